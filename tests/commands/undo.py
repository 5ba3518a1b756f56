"""The check every command test makes: one push is one undo step, and undo and redo are exact."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack

from journeymap.model import Document


def push_undo_redo(doc: Document, command: QUndoCommand) -> None:
    """Push ``command``; undo must give back the identical map, redo the edited one, twice over.

    The map is left edited, for the caller to look at what the command did.
    """
    before = doc.journey.model_dump()
    stack = QUndoStack()
    stack.push(command)
    after = doc.journey.model_dump()
    assert after != before, "the command changed nothing"
    assert stack.count() == 1
    for _ in range(2):
        stack.undo()
        assert doc.journey.model_dump() == before
        stack.redo()
        assert doc.journey.model_dump() == after
