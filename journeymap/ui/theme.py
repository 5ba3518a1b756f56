"""Follow the system's light or dark scheme for the editor's chrome.

Only the window (menus, panels, dialogs, icons) changes with the scheme; the
map keeps the colours the designer chose, because those are part of the work
and must look the same on a projector, in the PDF and on a colleague's screen.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from ..resources import resource_path


def is_dark() -> bool:
    """Dark when the system says so; ``JOURNEYMAP_COLOR_SCHEME=dark|light`` overrides it."""
    forced = os.environ.get("JOURNEYMAP_COLOR_SCHEME", "").strip().lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    app = QGuiApplication.instance()
    if app is None:
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def icon(name: str, dark: bool | None = None) -> QIcon:
    """The toolbar/menu icon ``name`` for the current scheme; a missing file gives an empty icon."""
    dark = is_dark() if dark is None else dark
    folder = resource_path("icons")
    for candidate in ([f"{name}-dark.svg"] if dark else []) + [f"{name}.svg"]:
        path = folder / candidate
        if path.is_file():
            return QIcon(str(path))
    return QIcon()


def dark_palette() -> QPalette:
    """A calm dark palette with enough contrast for text (WCAG AA on the main surfaces)."""
    p = QPalette()
    window, base, text = QColor("#2b2d30"), QColor("#1f2023"), QColor("#e8e8e8")
    disabled = QColor("#8a8d91")
    highlight = QColor("#3d7bd9")
    for role, colour in (
        (QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, QColor("#26282b")),
        (QPalette.ColorRole.ToolTipBase, QColor("#3a3d41")), (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, disabled), (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, QColor("#35373b")), (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.BrightText, QColor("#ff6b6b")), (QPalette.ColorRole.Link, QColor("#7fb2ff")),
        (QPalette.ColorRole.Highlight, highlight), (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.Light, QColor("#4a4d52")), (QPalette.ColorRole.Midlight, QColor("#3e4145")),
        (QPalette.ColorRole.Mid, QColor("#303236")), (QPalette.ColorRole.Dark, QColor("#18191b")),
        (QPalette.ColorRole.Shadow, QColor("#000000")),
    ):
        p.setColor(role, colour)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


class Theme(QObject):
    """Applies the scheme's palette now and again whenever the system scheme changes."""

    changed = Signal(bool)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_scheme)
        self.apply()

    def apply(self) -> None:
        dark = is_dark()
        self.app.setPalette(dark_palette() if dark else self.app.style().standardPalette())
        self.changed.emit(dark)

    def _on_scheme(self, _scheme: Qt.ColorScheme) -> None:
        self.apply()
