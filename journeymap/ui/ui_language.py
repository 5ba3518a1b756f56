"""Start the editor in the user's language: the catalogs for Journeymap's own words, Qt's for its standard
buttons (OK, Cancel, Yes), and a mirrored layout for right-to-left languages.

The choice is read once, when the editor starts (Preferences says a change applies after a restart):
every menu, dock and dialog is built in one language, never half in another.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from ..i18n.ui import UI_LANGUAGE_KEY, choose, set_ui_language, system_language, ui_direction
from .settings import Settings


def system_ui_language() -> str:
    """The system's language: the gettext variables first, then what Qt reads from the platform."""
    return system_language() or QLocale.system().name()


def apply_ui_language(app: QApplication, settings: Settings) -> str:
    """Speak the language chosen in Preferences (or the system's) from now on; returns it."""
    preference = settings.choice(UI_LANGUAGE_KEY, "")
    code = set_ui_language(choose(preference if isinstance(preference, str) else "", system_ui_language()))
    for old in app.findChildren(QTranslator, "journeymap-qt"):
        app.removeTranslator(old)
    if code != "en":
        translator = QTranslator(app)
        translator.setObjectName("journeymap-qt")
        if translator.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(translator)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if ui_direction() == "rtl"
                           else Qt.LayoutDirection.LeftToRight)
    return code
