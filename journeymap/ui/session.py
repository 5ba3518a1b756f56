"""The editing session of one open map: Document, undo stack, selection, file path.

The canvas, the panels and the window all hold the same :class:`EditSession`
and talk through it: edits go in through :meth:`push` (one undo step each),
the Document's change records come out through :attr:`changed`, and the
selection is shared so that it is mirrored everywhere.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..model import Change, Document, JourneyMap


class EditSession(QObject):
    """One open map. ``changed`` carries each :class:`Change` (Signal(object), never dict)."""

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
        self._path = path
        self._selection: tuple[str, ...] = ()
        self.document.subscribe(self._relay)

    def _relay(self, change: Change) -> None:
        self.changed.emit(change)
        if change.action == "remove" and any(i in self._selection for i in change.ids):
            self.select([i for i in self._selection if i not in change.ids])

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
        self.undo_stack.push(command)  # a refused command is obsolete: Qt deletes the C++ side at once
        error = getattr(command, "error", None)
        if error is not None:
            self.refused.emit(f"{text}: not done ({_first_line(error)})")
            return False
        return True

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
