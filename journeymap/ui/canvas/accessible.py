"""The canvas as a screen reader reads it: lanes by steps, each cell with its cards.

Qt sees a QGraphicsView as one opaque widget. Here the view gets an
accessible interface of its own (role Table) whose children are the stage
and step headers, each lane's title and its cells; a cell's children are its
cards, and an open in-place editor is one more child. Moving the cell cursor
sends a focus event for the cell, whose name is the cell in words ("Pain
points, Compares models (Research), 2 cards: …"); moving between the cards of
a cell focuses the card (text, channel, owner, evidence status, votes);
Enter or F2 focuses the editor. Undo and redo announce what they undid.

PySide cannot hand Qt the table-interface side of an interface (``interface_cast``
returns no usable pointer from Python), so rows and columns are said in each
cell's description ("row 6 of 11, column 3 of 14") rather than through
QAccessibleTableInterface.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, QTimer
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from ...layout import MapLayout
from ..a11y import announce, send_focus
from ..a11y.node import Node, NodeCache, Role
from ..a11y.phrases import (
    card_details,
    card_name,
    card_phrase,
    cell_phrase,
    lane_name,
    one_line,
    plural,
    stage_of,
    step_details,
    step_place,
)

if TYPE_CHECKING:
    from .view import MapView

Key = tuple  # ("stage"|"step"|"lane"|"card", id), ("cell", lane_id, step_id) or ("editor",)
EDITOR: Key = ("editor",)
KEYS_HELP = "Arrow keys move between cells and cards, Enter or F2 edits, N adds a card, Delete removes"


# -- what the canvas shows, read off its layout ---------------------------------------------
class Grid:
    """The layout's rows, columns and cell contents, worked out once per layout."""

    def __init__(self, layout: MapLayout) -> None:
        self.layout = layout
        self.lanes = list(layout.lanes)
        self.steps = list(layout.steps)
        self.stages = list(layout.stages)
        cells: dict[tuple[str, str], list[Any]] = {}
        for box in layout.cards.values():
            cells.setdefault((box.lane_id, box.step_id), []).append(box)
        self.cards = {cell: [b.card_id for b in sorted(boxes, key=lambda b: b.index)]
                      for cell, boxes in cells.items()}
        keys: list[Key] = [("stage", s) for s in self.stages] + [("step", s) for s in self.steps]
        for lane_id in self.lanes:
            keys.append(("lane", lane_id))
            keys.extend(("cell", lane_id, step_id) for step_id in self.steps)
        self.keys = keys
        self.index = {key: k for k, key in enumerate(keys)}

    def cards_in(self, lane_id: str, step_id: str) -> list[str]:
        return self.cards.get((lane_id, step_id), [])

    def exists(self, key: Hashable) -> bool:
        if not isinstance(key, tuple) or not key:
            return False
        if key[0] == "card":
            return key[1] in self.layout.cards
        return key == EDITOR or key in self.index


class CanvasAccessible(QAccessibleWidget):
    """The view's interface: a table of cells, each the parent of its cards."""

    def __init__(self, view: MapView) -> None:
        super().__init__(view, Role.Table)
        self.view = view
        self.nodes = NodeCache(view, lambda: self)
        self._grid: Grid | None = None
        #: the child the screen reader was last told has the focus (see CanvasSpeech)
        self.current: Key | None = None

    # -- the map behind it ------------------------------------------------------------
    @property
    def scene(self):
        return self.view.map_scene

    @property
    def document(self):
        return self.view.session.document

    def grid(self) -> Grid:
        layout = self.scene.layout
        if self._grid is None or self._grid.layout is not layout:
            self._grid = Grid(layout)
            self.nodes.drop(self._grid.exists)
        return self._grid

    def editor(self) -> Any:
        editor = self.scene.router.editing.editor
        return editor if editor is not None and not editor.finished else None

    def keys(self) -> list[Key]:
        keys = self.grid().keys
        return keys + [EDITOR] if self.editor() is not None else keys

    def node_for(self, key: Key | None) -> Node | None:
        if key is None:
            return None
        if key[0] == "card":
            box = self.scene.layout.cards.get(key[1])
            parent = self.node_for(("cell", box.lane_id, box.step_id)) if box is not None else None
            return parent.child(parent.child_keys().index(key)) if parent is not None else None
        if key not in self.grid().index and not (key == EDITOR and self.editor() is not None):
            return None
        return self.nodes.node(key, lambda: make_node(self, key))

    def scene_to_screen(self, rect: QRectF) -> QRect:
        view = self.view
        shown = view.mapFromScene(rect).boundingRect().intersected(view.viewport().rect())
        if shown.isEmpty():
            return QRect()
        return QRect(view.viewport().mapToGlobal(shown.topLeft()), shown.size())

    def on_screen(self, rect: QRectF) -> bool:
        return not self.scene_to_screen(rect).isEmpty()

    # -- QAccessibleInterface ------------------------------------------------------------
    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Name:
            return self.view.accessibleName() or "Journey map canvas"
        if t == QAccessible.Text.Description:
            grid = self.grid()
            return f"{plural(len(grid.lanes), 'lane')} by {plural(len(grid.steps), 'step')}. {KEYS_HELP}"
        return super().text(t)

    def childCount(self) -> int:  # noqa: N802 (Qt override)
        return len(self.keys())

    def child(self, index: int) -> QAccessibleInterface | None:
        keys = self.keys()
        return self.node_for(keys[index]) if 0 <= index < len(keys) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802
        key = getattr(child, "key", None)
        if key == EDITOR:
            return len(self.grid().keys) if self.editor() is not None else -1
        return self.grid().index.get(key, -1)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # noqa: N802
        view = self.view
        local = view.viewport().mapFromGlobal(QPoint(x, y))
        if not view.viewport().rect().contains(local):
            return None
        pos = view.mapToScene(local)
        cell = self.scene.cell_at(pos)
        return self.node_for(("cell", *cell)) if cell is not None else None

    def focusChild(self) -> QAccessibleInterface | None:  # noqa: N802
        if not self.view.hasFocus():
            return None
        if self.editor() is not None:  # typing: the editor, even before its focus event is sent
            return self.node_for(EDITOR)
        return self.node_for(self.current)


# -- the children ------------------------------------------------------------------------------
class CanvasNode(Node):
    def __init__(self, canvas: CanvasAccessible, key: Key) -> None:
        super().__init__(canvas.nodes, key)
        self.canvas = canvas

    @property
    def journey(self):
        return self.canvas.document.journey

    def focused(self) -> bool:
        return self.canvas.current == self.key and self.canvas.view.hasFocus()

    def fill_state(self, state: QAccessible.State) -> None:
        state.focusable = True
        state.focused = self.focused()
        rect = self.scene_rect()
        if rect is not None and not self.canvas.on_screen(rect):
            state.offscreen = True

    def scene_rect(self) -> QRectF | None:
        return None

    def screen_rect(self) -> QRect:
        rect = self.scene_rect()
        return self.canvas.scene_to_screen(rect) if rect is not None else QRect()


class HeaderNode(CanvasNode):
    """A stage or step header (column headers) or a lane's title (a row header)."""

    def __init__(self, canvas: CanvasAccessible, key: Key) -> None:
        super().__init__(canvas, key)
        self.kind, self.obj_id = key
        self.role_ = Role.RowHeader if self.kind == "lane" else Role.ColumnHeader

    def name(self) -> str:
        obj = self.canvas.document.get(self.obj_id)
        if self.kind == "lane":
            return lane_name(obj)
        return one_line(obj.name) or f"(unnamed {self.kind})"

    def description(self) -> str:
        doc, journey = self.canvas.document, self.journey
        grid = self.canvas.grid()
        if self.kind == "stage":
            stage = doc.stage(self.obj_id)
            number = grid.stages.index(self.obj_id) + 1
            return f"stage {number} of {len(grid.stages)}, {plural(len(stage.steps), 'step')}"
        if self.kind == "step":
            return step_details(journey, doc.step(self.obj_id), stage_of(journey).get(self.obj_id))
        lane = doc.lane(self.obj_id)
        parts = [f"lane {grid.lanes.index(self.obj_id) + 1} of {len(grid.lanes)}"]
        if lane.title and lane.title != lane.kind.label:
            parts.append(f"a {lane.kind.label} lane")
        parts.append(plural(len(lane.cards), "card"))
        return ", ".join(parts)

    def fill_state(self, state: QAccessible.State) -> None:
        super().fill_state(state)
        state.selectable = True
        state.selected = self.obj_id in self.canvas.view.session.selection

    def scene_rect(self) -> QRectF | None:
        layout = self.canvas.scene.layout
        box = {"stage": layout.stages, "step": layout.steps, "lane": layout.lanes}[self.kind].get(self.obj_id)
        if box is None:
            return None
        r = box.title.rect if self.kind == "lane" else box.rect
        return QRectF(r.x, r.y, r.w, r.h)


class CellNode(CanvasNode):
    """One lane at one step: named by what it holds, the parent of its cards."""

    role_ = Role.Cell

    def __init__(self, canvas: CanvasAccessible, key: Key) -> None:
        super().__init__(canvas, key)
        _, self.lane_id, self.step_id = key

    def card_ids(self) -> list[str]:
        return self.canvas.grid().cards_in(self.lane_id, self.step_id)

    def name(self) -> str:
        doc, journey = self.canvas.document, self.journey
        step = doc.step(self.step_id)
        cards = [doc.card(c) for c in self.card_ids()]
        return cell_phrase(journey, doc.lane(self.lane_id), step, stage_of(journey).get(self.step_id), cards)

    def description(self) -> str:
        grid = self.canvas.grid()
        row, column = grid.lanes.index(self.lane_id) + 1, grid.steps.index(self.step_id) + 1
        parts = [f"row {row} of {len(grid.lanes)}, column {column} of {len(grid.steps)}"]
        chosen = [c for c in self.card_ids() if c in self.canvas.view.session.selection]
        if len(chosen) == 1:
            parts.append(f"selected card: {card_phrase(self.canvas.document.card(chosen[0]))}")
        elif chosen:
            parts.append(f"{len(chosen)} cards selected")
        if not self.card_ids():
            parts.append("N or Enter adds a card")
        elif len(self.card_ids()) > 1:
            parts.append("Down and Up move between its cards")
        return ". ".join(parts)

    def child_keys(self) -> list[Hashable]:
        return [("card", c) for c in self.card_ids()]

    def make_child(self, key: Hashable) -> Node | None:
        return CardNode(self.canvas, key)  # type: ignore[arg-type]

    def scene_rect(self) -> QRectF | None:
        r = self.canvas.scene.layout.cells.get((self.lane_id, self.step_id))
        return QRectF(r.x, r.y, r.w, r.h) if r is not None else None


class CardNode(CanvasNode):
    """A card: its text as the name; channel, owner, evidence status, votes and place as the description."""

    role_ = Role.ListItem

    def __init__(self, canvas: CanvasAccessible, key: Key) -> None:
        super().__init__(canvas, key)
        self.card_id = key[1]

    @property
    def cell(self) -> CellNode:
        box = self.canvas.scene.layout.cards[self.card_id]
        return self.canvas.node_for(("cell", box.lane_id, box.step_id))  # type: ignore[return-value]

    def parent_node(self) -> QAccessibleInterface | None:
        return self.cell if self.card_id in self.canvas.scene.layout.cards else None

    def name(self) -> str:
        return card_name(self.canvas.document.card(self.card_id))

    def description(self) -> str:
        ids = self.cell.card_ids()
        doc = self.canvas.document
        number = ids.index(self.card_id) + 1 if self.card_id in ids else 0
        lane, step = doc.lane(self.cell.lane_id), doc.step(self.cell.step_id)
        place = f"card {number} of {len(ids)} in {lane_name(lane)} at " \
                f"{step_place(step, stage_of(self.journey).get(step.id))}"
        return f"{card_details(doc.card(self.card_id))}. {place}"

    def fill_state(self, state: QAccessible.State) -> None:
        super().fill_state(state)
        state.selectable = True
        state.selected = self.card_id in self.canvas.view.session.selection

    def scene_rect(self) -> QRectF | None:
        box = self.canvas.scene.layout.cards.get(self.card_id)
        return QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h) if box is not None else None


class EditorNode(CanvasNode):
    """The in-place editor: what is being typed, and into what."""

    role_ = Role.EditableText

    def purpose(self) -> str:
        editor = self.canvas.editor()
        kind, target = getattr(editor, "purpose", ("text", None))
        doc = self.canvas.document
        try:
            if kind == "card":
                return "Card text"
            if kind == "new_card":
                lane_id, step_id = target
                step = doc.step(step_id)
                return f"New card in {lane_name(doc.lane(lane_id))} at " \
                       f"{step_place(step, stage_of(self.journey).get(step_id))}"
            if kind in ("stage", "step"):
                return f"{kind.capitalize()} name"
            if kind == "lane":
                return "Lane title"
        except (KeyError, ValueError):
            pass
        return "Text"

    def name(self) -> str:
        return self.purpose()

    def value(self) -> str:
        editor = self.canvas.editor()
        return editor.toPlainText() if editor is not None else ""

    def description(self) -> str:
        editor = self.canvas.editor()
        lines = "Shift+Enter starts a new line, " if editor is not None and editor.multiline else ""
        return f"editing: {one_line(self.value(), 200) or 'empty'}. Enter saves, {lines}Escape cancels"

    def fill_state(self, state: QAccessible.State) -> None:
        state.focusable = True
        state.editable = True
        state.focused = self.focused()
        editor = self.canvas.editor()
        state.multiLine = bool(editor is not None and editor.multiline)

    def scene_rect(self) -> QRectF | None:
        editor = self.canvas.editor()
        return editor.sceneBoundingRect() if editor is not None else None


def make_node(canvas: CanvasAccessible, key: Key) -> Node | None:
    kind = key[0]
    if kind in ("stage", "step", "lane"):
        return HeaderNode(canvas, key)
    if kind == "cell":
        return CellNode(canvas, key)
    if kind == "editor":
        return EditorNode(canvas, key)
    return None


# -- what is said when ---------------------------------------------------------------------------
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
        self._redo_next = stack.command(self._index) if self._index < self._count else None
        scene.focus_cell_changed.connect(self._on_cell)
        scene.focusItemChanged.connect(self._soon)  # bound methods: disconnected when this object goes
        view.session.selection_changed.connect(self._soon)
        stack.indexChanged.connect(self._on_undo_index)
        view.installEventFilter(self)

    def canvas(self) -> CanvasAccessible | None:
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
                and stack.command(old) is self._redo_next:
            said = f"Redone: {stack.text(old)}"
        elif self.view.hasFocus():  # a new step made on the canvas: confirm it
            said = stack.text(index - 1) if index > 0 else ""
        self._index, self._count = index, count
        self._redo_next = stack.command(index) if index < count else None
        if said and self.view.window().isActiveWindow():
            announce(self.view, said)


# -- wiring ---------------------------------------------------------------------------------------
_LIVE: dict[int, CanvasAccessible] = {}  # keeps each view's interface alive while Qt holds it


def _factory(class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if class_name != "MapView" or not isinstance(obj, QWidget):
        return None
    from .view import MapView

    if not isinstance(obj, MapView):
        return None
    iface = CanvasAccessible(obj)
    key = id(obj)
    _LIVE[key] = iface
    obj.destroyed.connect(lambda *_a, key=key: _LIVE.pop(key, None))
    return iface


_installed = False


def make_accessible(view: MapView) -> CanvasSpeech:
    """Give the canvas its accessible table (once per process) and its speech (once per view)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
    return CanvasSpeech(view)
