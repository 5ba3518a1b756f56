"""The editing session of one open map: Document, undo stack, selection, file path.

The canvas, the panels and the window all hold the same :class:`EditSession`
and talk through it: edits go in through :meth:`push` and :meth:`macro` (one
undo step each) and come out through :attr:`changed`, once per undo step, as
one :class:`ChangeSet`, whoever made them (the user, an undo, a co-editor, the
workshop room, an import). That one signal is the change intake: scene,
panels, autosave, empathy boards and the co-editing binding subscribe to it.
The selection is shared so that it is mirrored everywhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from ..i18n import tr
from ..model import ChangeSet, Document, JourneyMap


class PersonalUndo(Protocol):
    """Undo and redo of one user's own edits in a shared map."""

    def undo(self) -> bool: ...
    def redo(self) -> bool: ...
    def steps(self) -> int:
        """How many steps of this user's are there to undo."""
        ...


class EditSession(QObject):
    """One open map. ``changed`` carries one :class:`ChangeSet` per undo step (Signal(object), never dict)."""

    changed = Signal(object)
    selection_changed = Signal(object)
    path_changed = Signal(object)
    refused = Signal(str)  # an edit the map could not take (nothing changed; the reason, for the status bar)

    def __init__(self, journey: JourneyMap | None = None, path: Path | None = None,
                 parent: QObject | None = None, document: Document | None = None) -> None:
        """``document``: edit this Document (a shared map's, when joining a live room) instead of a new one."""
        super().__init__(parent)
        self.document = document if document is not None else Document(journey)
        self.undo_stack = QUndoStack(self)
        #: While the map is shared live: this user's own undo and redo, as Yjs's undo manager does
        #: them (a colleague's later edit is never undone); None otherwise.
        self.personal_undo: PersonalUndo | None = None
        self._path = path
        self._selection: tuple[str, ...] = ()
        self.document.subscribe_sets(self._relay)

    def _relay(self, changes: ChangeSet) -> None:
        self.changed.emit(changes)
        removed = {i for change in changes if change.action == "remove" for i in change.ids}
        if removed.intersection(self._selection):
            self.select([i for i in self._selection if i not in removed])

    @property
    def journey(self) -> JourneyMap:
        return self.document.journey

    @property
    def path(self) -> Path | None:
        return self._path

    @path.setter
    def path(self, value: Path | None) -> None:
        self._path = value
        self.path_changed.emit(value)

    def push(self, command: QUndoCommand) -> bool:
        """Apply an edit as one undo step; False (and ``refused`` emitted) when the map refused it."""
        text = command.text()
        with self.document.batch():  # inside a macro, the macro's batch holds it
            self.undo_stack.push(command)  # a refused command is obsolete: Qt deletes the C++ side at once
        error = getattr(command, "error", None)
        if error is not None:
            self.refused.emit(tr("{step}: not done ({why})").format(step=text, why=_first_line(error)))
            return False
        return True

    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Several pushes as one undo step and one change set; closed even when an edit inside fails."""
        with self.document.batch():
            self.undo_stack.beginMacro(text)
            try:
                yield
            finally:
                self.undo_stack.endMacro()

    def undo(self) -> None:
        """Undo one step (a macro too) as one change set."""
        with self.document.batch():
            self.undo_stack.undo()

    def redo(self) -> None:
        with self.document.batch():
            self.undo_stack.redo()

    def step_action(self, parent: QObject, redo: bool = False) -> QAction:
        """An Undo (or Redo) action like ``QUndoStack.createUndoAction``'s, going through :meth:`undo`/:meth:`redo`.

        Qt's own action calls the stack from C++, past the batch that makes an
        undone macro one change set.
        """
        stack, word = self.undo_stack, (tr("&Redo") if redo else tr("&Undo"))
        action = QAction(word, parent)
        can, text_changed, text = ((stack.canRedoChanged, stack.redoTextChanged, stack.redoText) if redo
                                   else (stack.canUndoChanged, stack.undoTextChanged, stack.undoText))

        def show(step: str) -> None:
            action.setText(tr("{command} {step}").format(command=word, step=step) if step else word)

        action.setEnabled(stack.canRedo() if redo else stack.canUndo())
        show(text())
        can.connect(action.setEnabled)
        text_changed.connect(show)
        action.triggered.connect(self.redo if redo else self.undo)
        return action

    @property
    def selection(self) -> tuple[str, ...]:
        return self._selection

    def select(self, ids: list[str] | tuple[str, ...], origin: object | None = None) -> None:
        """Select objects by id (cards, steps, stages, lanes, personas); emits only on change."""
        ids = tuple(dict.fromkeys(i for i in ids if i == self.journey.id or self.document.has(i)))
        if ids != self._selection:
            self._selection = ids
            self.selection_changed.emit((ids, origin))

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()


def _first_line(error: Exception) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[0][:200] if lines else type(error).__name__
