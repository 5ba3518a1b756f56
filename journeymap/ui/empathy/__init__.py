"""The empathy-map board: a persona's empathy map as sticky notes, beside the journey."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...model import Document
from .board import EmpathyBoard

__all__ = ["EmpathyBoard", "EmpathyWindow", "open_empathy_board"]

_open: dict[tuple[int, str], EmpathyWindow] = {}


class EmpathyWindow(QWidget):
    """A separate window holding one board, so the journey stays visible beside it."""

    def __init__(self, document: Document, undo_stack: QUndoStack, persona_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.board = EmpathyBoard(document, undo_stack, persona_id, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.board)
        self.board.set_export_handler(self._export_handler(parent, document))
        self.setWindowTitle(self.board.windowTitle() or "Empathy map")
        self.setAccessibleName("Empathy map window")
        self.resize(1200, 800)
        self._key = (id(document), persona_id)
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

    def _export_handler(self, parent: QWidget | None, document: Document):
        """Exporting needs the open file and the settings, which the journey's main window holds."""
        session = getattr(parent, "session", None)
        editor = getattr(parent, "editor", None)
        if session is None or editor is None or getattr(session, "document", None) is not document:
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
        _open.pop(self._key, None)
        super().closeEvent(event)


def open_empathy_board(parent: QWidget | None, document: Document, undo_stack: QUndoStack,
                       persona_id: str) -> QWidget:
    """Show (or bring to the front) the board of one persona's empathy map; returns its window."""
    key = (id(document), persona_id)
    window = _open.get(key)
    if window is None:
        window = EmpathyWindow(document, undo_stack, persona_id, parent)
        _open[key] = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window
