"""The empathy-map board: a persona's empathy map as sticky notes, beside the journey."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...i18n import tr
from ..session import EditSession
from .board import EmpathyBoard

__all__ = ["EmpathyBoard", "EmpathyWindow", "close_empathy_boards", "open_empathy_board", "open_boards"]

#: The open boards, by the session of the map they edit and the persona: one window each.
_open: dict[tuple[EditSession, str], EmpathyWindow] = {}


class EmpathyWindow(QWidget):
    """A separate window holding one board, so the journey stays visible beside it."""

    def __init__(self, session: EditSession, persona_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.board = EmpathyBoard(session, persona_id, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.board)
        self.board.set_export_handler(self._export_handler(parent, session))
        self.setWindowTitle(self.board.windowTitle() or tr("Empathy map"))
        self.setAccessibleName(tr("Empathy map window"))
        self.resize(1200, 800)
        self._key = (session, persona_id)
        key, token = self._key, object()
        self._token = token
        # A board deleted with its main window gets no closeEvent: forget it all the same.
        self.destroyed.connect(lambda *_: _forget(key, token))
        close = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close.activated.connect(self.close)
        if close.key() != QKeySequence("Ctrl+W"):
            QShortcut(QKeySequence("Ctrl+W"), self).activated.connect(self.close)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Escape closes the board (a note being edited takes its own Escape first: it cancels the edit)."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def _export_handler(self, parent: QWidget | None, session: EditSession):
        """Exporting needs the settings, which the journey's main window holds."""
        editor = getattr(parent, "editor", None)
        if editor is None or getattr(parent, "session", None) is not session:
            return None

        def export(persona_id: str) -> QWidget | None:
            from ..export_dialog import ExportDialog

            dialog = ExportDialog(session, editor.settings, self, persona_id=persona_id)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            dialog.open()
            return dialog

        return export

    def closeEvent(self, event) -> None:  # noqa: N802
        self.board.detach()
        _forget(self._key, self._token)
        super().closeEvent(event)


def _forget(key: tuple[EditSession, str], token: object) -> None:
    """Drop the window that registered ``token`` (not a newer board of the same persona)."""
    window = _open.get(key)
    if window is not None and window._token is token:
        del _open[key]


def open_boards(session: EditSession) -> list[EmpathyWindow]:
    """The empathy boards open on ``session``'s map."""
    return [window for (owner, _persona), window in _open.items() if owner is session]


def close_empathy_boards(session: EditSession) -> None:
    """Close the boards of a map whose window is closing (none is left behind in the registry)."""
    for window in open_boards(session):
        window.close()
        _forget(window._key, window._token)


def open_empathy_board(parent: QWidget | None, session: EditSession, persona_id: str) -> QWidget:
    """Show (or bring to the front) the board of one persona's empathy map; returns its window."""
    key = (session, persona_id)
    window = _open.get(key)
    if window is None:
        window = EmpathyWindow(session, persona_id, parent)
        _open[key] = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window
