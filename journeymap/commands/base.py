"""What every undo command shares: the Document it edits, and obsolescence."""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ..i18n import tr
from ..model import Document, DocumentError


class DocumentCommand(QUndoCommand):
    """An undoable edit of one Document; subclasses call only Document operations.

    A first ``redo`` the Document refuses (a value over a limit, an object gone)
    marks the command obsolete, so QUndoStack drops it at once: no failed step on
    the stack, the clean state (the modified flag) untouched, and the reason in
    :attr:`error` for the caller to show. An exception raised inside a Qt virtual
    would only be printed to stderr, with the step left on the stack.
    """

    def __init__(self, document: Document, text: str) -> None:
        super().__init__(tr(text))  # a default name (marked with N_) in the editor's language; others are already
        self.document = document
        self.error: Exception | None = None

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        redo = cls.__dict__.get("redo")
        if redo is not None and not getattr(redo, "_guarded", False):
            # setattr: replacing a method on purpose (each subclass's own redo, wrapped once), which mypy refuses
            setattr(cls, "redo", _guarded(redo))  # noqa: B010
        undo = cls.__dict__.get("undo")
        if undo is not None and not getattr(undo, "_batched", False):
            setattr(cls, "undo", _batched(undo))  # noqa: B010


def _batched(undo: Callable[[DocumentCommand], None]) -> Callable[[DocumentCommand], None]:
    """Undoing a command is one change set, however many Document operations it takes."""
    @functools.wraps(undo)
    def batched(self: DocumentCommand) -> None:
        with self.document.batch():
            undo(self)

    batched._batched = True  # type: ignore[attr-defined]
    return batched


def _guarded(redo: Callable[[DocumentCommand], None]) -> Callable[[DocumentCommand], None]:
    @functools.wraps(redo)
    def guarded(self: DocumentCommand) -> None:
        try:
            with self.document.batch():
                redo(self)
        except (ValueError, DocumentError) as e:  # pydantic's ValidationError is a ValueError
            self.error = e
            self.setObsolete(True)

    guarded._guarded = True  # type: ignore[attr-defined]
    return guarded
