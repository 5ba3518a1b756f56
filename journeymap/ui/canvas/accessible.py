"""The canvas as a screen reader reads it: lanes by steps, each cell with its cards.

Qt sees a QGraphicsView as one opaque widget. Here the view gets an
accessible interface of its own (role Table) whose children are the stage
and step headers, each lane's title and its cells; a cell's children are its
cards, and an open in-place editor is one more child. Moving the cell cursor
sends a focus event for the cell, whose name is the cell in words ("Pain
points, Compares models (Research), 2 cards: …"); moving between the cards of
a cell focuses the card (text, channel, owner, evidence status, votes);
Enter or F2 focuses the editor (``speech.py`` decides what is said when; the
children are in ``accessible_nodes.py``).

PySide cannot hand Qt the table-interface side of an interface (``interface_cast``
returns no usable pointer from Python), so rows and columns are said in each
cell's description ("row 6 of 11, column 3 of 14") rather than through
QAccessibleTableInterface.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, QRect, QRectF
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from ...i18n import N_, tr
from ...layout import MapLayout
from ..a11y.node import Node, NodeCache, Role
from ..a11y.phrases import plural
from .accessible_nodes import EDITOR, Key, make_node
from .speech import CanvasSpeech

if TYPE_CHECKING:
    from .view import MapView

KEYS_HELP = N_("Arrow keys move between cells and cards, Enter or F2 edits, N adds a card, Delete removes")


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
            return self.view.accessibleName() or tr("Journey map canvas")
        if t == QAccessible.Text.Description:
            grid = self.grid()
            return tr("{lanes} by {steps}. {keys}").format(lanes=plural(len(grid.lanes), "lane"),
                                                           steps=plural(len(grid.steps), "step"), keys=tr(KEYS_HELP))
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
