"""The editor's own language: the user's choice in Preferences, else the system's; Arabic mirrors the window.

The map's content and its exports keep the map's language (``JourneyMap.language``);
this decides only the words of the editor itself (menus, actions, dialogs).
It is read once at start-up, before the first window is built.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from ..i18n import N_, direction, set_ui_language, speak_on_this_thread, system_language
from .settings import Settings

#: settings choice: "" follows the system, else a language code
UI_LANGUAGE = "ui_language"
#: what Preferences offers: code, name as its speakers write it ("" = the system's)
CHOICES = (("", N_("System default")), ("en", "English"), ("de", "Deutsch"), ("fr", "Français"),
           ("es", "Español"), ("ar", "العربية"))


def chosen_language(settings: Settings) -> str:
    """The code the user chose in Preferences ("" for the system's)."""
    value = settings.choice(UI_LANGUAGE, "")
    return value if isinstance(value, str) and value in {code for code, _ in CHOICES} else ""


def apply_ui_language(app: QApplication, settings: Settings) -> str:
    """Speak the chosen (or the system's) language; right to left for Arabic. Returns the language used."""
    code = set_ui_language(chosen_language(settings) or system_language())
    speak_on_this_thread(code)  # the Qt-free layers' messages shown in the editor (io, analysis) too
    _load_qt_words(app, code)
    rtl = direction(code) == "rtl"
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    return code


def _load_qt_words(app: QApplication, code: str) -> None:
    """Qt's own words (OK, Cancel, the file dialogs) from the translations Qt ships, in the same language."""
    global _qt_words
    if _qt_words is not None:
        app.removeTranslator(_qt_words)
        _qt_words = None
    if code == "en":
        return
    words = QTranslator(app)
    if words.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) or words.load(
            f"qtbase_{code.split('_')[0]}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(words)
        _qt_words = words


_qt_words: QTranslator | None = None
