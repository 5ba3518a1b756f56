"""Journeymap: customer journey maps on the designer's own machine."""

__version__ = "0.1.0"
APP_NAME = "Journeymap"
