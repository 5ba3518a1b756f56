"""The status bar as a live region: the selection and the zoom are said when they change.

The canvas and the Outline say the selection themselves (their focused child
is what was selected), the Personas list is a list of what it selects, and
Find says what it found, so the selection is announced only when the
keyboard focus is elsewhere: the Health panel, the Inspector. Zooming is said
once the zoom settles (a wheel turn is many steps).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from . import announce

if TYPE_CHECKING:
    from ..main_window import MainWindow

SETTLE_MS = 400


class StatusSpeech(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._zoom = QTimer(self)
        self._zoom.setSingleShot(True)
        self._zoom.setInterval(SETTLE_MS)
        self._zoom.timeout.connect(self._say_zoom)
        window.session.selection_changed.connect(self._selection_changed)
        window.view.zoom_changed.connect(self._zoom_changed)

    def _speaks_for_itself(self) -> bool:
        focus = QApplication.focusWidget()
        w = self.window
        return focus is None or focus is w.view or any(panel.isAncestorOf(focus)
                                                       for panel in (w.outline, w.finder, w.personas))

    def _selection_changed(self, _payload: object) -> None:
        from ..main_window import describe_selection

        if self.window.isActiveWindow() and not self._speaks_for_itself():
            announce(self.window.selection_label, describe_selection(self.window.session))

    def _zoom_changed(self, _factor: float) -> None:
        if QApplication.focusWidget() is self.window.view:  # the user zoomed (opening a map zooms too: not said)
            self._zoom.start()

    def _say_zoom(self) -> None:
        if self.window.isActiveWindow() and QApplication.focusWidget() is self.window.view:
            announce(self.window.zoom_label, self.window.zoom_label.text())
