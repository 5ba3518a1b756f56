"""What the canvas tells a screen reader, and when: a focus event for the child that now has the focus
(after a cursor move, a card entered, an editor opened, the focus coming back), and announcements of
the edits made on the canvas and of every undo and redo.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAccessible, QUndoStack

from ..a11y import announce, send_focus
from .accessible_nodes import EDITOR, Key

if TYPE_CHECKING:
    from .accessible import CanvasAccessible
    from .view import MapView


class CanvasSpeech(QObject):
    """Decides which child has the focus after each move, edit or selection, and tells the screen reader.

    Changes are gathered until control returns to the event loop, so moving to a
    new cell (which also selects its first card) is one focus event: the cell's.
    """

    def __init__(self, view: MapView) -> None:
        super().__init__(view)
        self.view = view
        scene = view.map_scene
        self._cell_moved = False
        self._force = False
        self._timer = QTimer(self)  # dies with the view: nothing is said for a closed window
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.speak)
        stack = view.session.undo_stack
        self._index, self._count = stack.index(), stack.count()
        self._redo_next = _next_step(stack, self._index)
        scene.focus_cell_changed.connect(self._on_cell)
        scene.focusItemChanged.connect(self._soon)  # bound methods: disconnected when this object goes
        view.session.selection_changed.connect(self._soon)
        stack.indexChanged.connect(self._on_undo_index)
        view.installEventFilter(self)

    def canvas(self) -> CanvasAccessible | None:
        from .accessible import CanvasAccessible

        if not shiboken6.isValid(self.view):
            return None
        iface = QAccessible.queryAccessibleInterface(self.view)
        return iface if isinstance(iface, CanvasAccessible) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.view and event.type() == QEvent.Type.FocusIn:
            self._force = True  # back on the canvas: say which cell the cursor is on, not just "canvas"
            self._cell_moved = True
            self._soon()
        return False

    def _on_cell(self, _cell: object) -> None:
        self._cell_moved = True
        self._soon()

    def _soon(self, *_args: object) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def focus_key(self, canvas: CanvasAccessible) -> Key | None:
        """The child that has the focus now: the editor, the card moved to, a selected header, or the cell."""
        if canvas.editor() is not None:
            return EDITOR
        scene, selection = canvas.scene, self.view.session.selection
        cell = scene.focus_cell
        layout = scene.layout
        if len(selection) == 1 and not self._cell_moved:
            obj_id = selection[0]
            box = layout.cards.get(obj_id)
            if box is not None and (cell is None or (box.lane_id, box.step_id) == cell):
                return ("card", obj_id)
            for kind, boxes in (("stage", layout.stages), ("step", layout.steps), ("lane", layout.lanes)):
                if obj_id in boxes:
                    return (kind, obj_id)
        return ("cell", *cell) if cell is not None else None

    def speak(self) -> None:
        """Send the focus event for the child that now has the focus (once per change of it)."""
        canvas = self.canvas()
        if canvas is None:
            return
        key = self.focus_key(canvas)
        self._cell_moved = False
        force, self._force = self._force, False
        if key == canvas.current and not force:
            return
        canvas.current = key
        if self.view.hasFocus():
            send_focus(canvas.node_for(key))

    # -- undo and redo say what they did -------------------------------------------------------
    def _on_undo_index(self, index: int) -> None:
        stack = self.view.session.undo_stack
        if not (shiboken6.isValid(stack) and shiboken6.isValid(self.view)):
            return  # the window is closing: its stack is being taken down
        old, count = self._index, stack.count()
        if index == old:
            return
        said = ""
        if index < old and count == self._count:
            said = f"Undone: {stack.text(index)}"
        elif index == old + 1 and count == self._count and self._redo_next is not None \
                and _next_step(stack, old) == self._redo_next:
            said = f"Redone: {stack.text(old)}"
        elif self.view.hasFocus():  # a new step made on the canvas: confirm it
            said = stack.text(index - 1) if index > 0 else ""
        self._index, self._count = index, count
        self._redo_next = _next_step(stack, index)
        if said and self.view.window().isActiveWindow():
            announce(self.view, said)


def _next_step(stack: QUndoStack, index: int) -> object | None:
    """What identifies the step a redo would do next: the command itself when Python made it, else its text.

    A macro is made by Qt in C++: a Python wrapper of it kept here would outlive the command when
    the stack drops it, and PySide would hand that stale wrapper out for the next object Qt puts at
    the same address (a QTextDocument came back as a QUndoCommand). So only Python's own commands
    are held; a macro is known by its text.
    """
    if index >= stack.count():
        return None
    command = stack.command(index)
    if shiboken6.createdByPython(command):
        return command
    return ("macro", stack.text(index))
