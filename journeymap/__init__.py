"""Journeymap: customer journey maps on the designer's own machine."""

__version__ = "0.1.0"
APP_NAME = "Journeymap"
LICENCE = "GPL-3.0-or-later"
HOMEPAGE = "https://github.com/journeymap/journeymap"
BUG_TRACKER = "https://github.com/journeymap/journeymap/issues"
DESKTOP_ID = "io.github.journeymap.Journeymap"
