"""What every undo command shares: the Document it edits, and obsolescence."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from ..model import Document


class DocumentCommand(QUndoCommand):
    """An undoable edit of one Document; subclasses call only Document operations."""

    def __init__(self, document: Document, text: str) -> None:
        super().__init__(text)
        self.document = document
