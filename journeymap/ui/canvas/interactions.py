"""Mouse gestures on the map as small handlers with start, move, finish and cancel.

The router picks a handler on press from what is under the pointer; Qt's own
selection handling still runs for clicks. A drag moves items live and pushes
exactly one command (or one macro) on release; Escape or a lost grab cancels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene, QGraphicsSceneMouseEvent

from ...commands import MoveCard, MoveStep, Reorder
from ...i18n import ntr, tr
from . import style
from .column_resize import ColumnEdges, ColumnResize
from .editing import CanvasEditing
from .items import CardItem, MarkerItem
from .live_curve import curve_with_point_at
from .score_picker import ScorePicker

if TYPE_CHECKING:
    from .scene import Cell, MapScene

DRAG_THRESHOLD = 4.0  # points in the scene before a press becomes a drag


class DropIndicator(QGraphicsLineItem):
    """A thick blue line where a dragged card, stage, step or lane will land."""

    def __init__(self) -> None:
        super().__init__()
        pen = QPen(style.DROP_INDICATOR, 3.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.setPen(pen)
        self.setZValue(60)
        self.setVisible(False)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def show_at(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.setLine(QLineF(x0, y0, x1, y1))
        self.setVisible(True)


class Interaction:
    """A gesture in progress: ``move`` while the button is down, then ``finish`` or ``cancel``."""

    def __init__(self, scene: MapScene, event: QGraphicsSceneMouseEvent) -> None:
        self.scene = scene
        self.start_pos = event.scenePos()
        self.active = False

    def _past_threshold(self, pos: QPointF) -> bool:
        if not self.active:
            d = pos - self.start_pos
            self.active = abs(d.x()) + abs(d.y()) >= DRAG_THRESHOLD
        return self.active

    def move(self, event: QGraphicsSceneMouseEvent) -> None: ...

    def finish(self, event: QGraphicsSceneMouseEvent) -> None: ...

    def cancel(self) -> None: ...


class CardDrag(Interaction):
    """Drag the selected cards to another cell or place; one MoveCard (or one macro) on release."""

    def __init__(self, scene: MapScene, item: CardItem, event: QGraphicsSceneMouseEvent) -> None:
        super().__init__(scene, event)
        chosen = [i for i in scene.selectedItems() if isinstance(i, CardItem)]
        if item not in chosen:
            chosen = [item]
        order = {cid: k for k, cid in enumerate(scene.layout.cards)}
        self.items = sorted(chosen, key=lambda i: order.get(i.obj_id, 0))
        self.origins = {i: i.pos() for i in self.items}
        self.target: tuple[Cell, int] | None = None

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        if not self._past_threshold(pos):
            return
        delta = pos - self.start_pos
        for item in self.items:
            item.setPos(self.origins[item] + delta)
            item.setZValue(50)
        self.target = self._target(pos)
        self._show_indicator()

    def _target(self, pos: QPointF) -> tuple[Cell, int] | None:
        cell = self.scene.cell_at(pos)
        if cell is None:
            return None
        moving = {i.obj_id for i in self.items}
        others = sorted((b for b in self.scene.layout.cards.values()
                         if (b.lane_id, b.step_id) == cell and b.card_id not in moving), key=lambda b: b.index)
        index = sum(1 for b in others if b.rect.y + b.rect.h / 2 < pos.y())
        return cell, index

    def _show_indicator(self) -> None:
        indicator = self.scene.router.indicator
        if self.target is None:
            indicator.setVisible(False)
            return
        (cell, index) = self.target
        layout = self.scene.layout
        o = layout.options
        moving = {i.obj_id for i in self.items}
        others = sorted((b for b in layout.cards.values()
                         if (b.lane_id, b.step_id) == cell and b.card_id not in moving), key=lambda b: b.index)
        rect = layout.cells[cell]
        if index < len(others):
            y = others[index].rect.y - o.card_gap / 2
        elif others:
            y = others[-1].rect.bottom + o.card_gap / 2
        else:
            y = rect.y + o.cell_padding / 2 + 1
            emo = layout.emotion
            if emo is not None and emo.lane_id == cell[0]:
                y = emo.band.bottom + o.emotion_padding
        x0 = rect.x + o.cell_padding
        indicator.show_at(x0, y, rect.right - o.cell_padding, y)

    def finish(self, event: QGraphicsSceneMouseEvent) -> None:
        self.scene.router.indicator.setVisible(False)
        target = self.target if self.active else None
        for item in self.items:
            item.setZValue(10)
        if target is not None:
            move_cards(self.scene.router.editing, [i.obj_id for i in self.items], *target)
        self._snap_back()

    def cancel(self) -> None:
        self.scene.router.indicator.setVisible(False)
        for item in self.items:
            item.setZValue(10)
        self._snap_back()

    def _snap_back(self) -> None:
        """Put every dragged card where the (new) layout says; a no-op drop ends where it began."""
        cards = self.scene.layout.cards
        for item in self.items:
            box = cards.get(item.obj_id)
            if box is not None and item.scene() is self.scene:
                item.setPos(box.rect.x, box.rect.y)


def move_cards(editing: CanvasEditing, card_ids: list[str], cell: Cell, index: int) -> None:
    doc = editing.document
    lane_id, step_id = cell
    if len(card_ids) == 1:
        editing.push(MoveCard(doc, card_ids[0], lane_id, step_id, index))
        return
    with editing.macro(ntr("Move {n} card", "Move {n} cards", len(card_ids)).format(n=len(card_ids))):
        for k, card_id in enumerate(card_ids):
            editing.scene.session.push(MoveCard(doc, card_id, lane_id, step_id, index + k))


class MarkerDrag(Interaction):
    """Drag an emotion marker up or down; it snaps to whole scale steps; one SetScore on release."""

    def __init__(self, scene: MapScene, item: MarkerItem, event: QGraphicsSceneMouseEvent) -> None:
        super().__init__(scene, event)
        self.item = item
        self.value = item.box.value
        self.curve_item = scene.curves.get((item.box.persona_id, item.box.kind))
        self.curve = self.curve_item.curve if self.curve_item is not None else None

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        emo = self.scene.layout.emotion
        if emo is None or not self._past_threshold(event.scenePos()):
            return
        self.value = emo.y_to_value(event.scenePos().y())
        y = emo.value_to_y(self.value)
        self.item.setPos(self.item.box.x, y)
        if self.curve_item is not None and self.curve is not None:  # the line follows live
            self.curve_item.set_box(curve_with_point_at(self.curve, self.item.box.step_id, y))

    def finish(self, event: QGraphicsSceneMouseEvent) -> None:
        box = self.item.box
        self.item.setPos(box.x, box.y)
        self._restore_curve()
        if self.active and self.value != box.value:
            self.scene.router.editing.set_score_value(box.step_id, box.persona_id, box.kind, self.value)

    def cancel(self) -> None:
        self.item.setPos(self.item.box.x, self.item.box.y)
        self._restore_curve()

    def _restore_curve(self) -> None:
        if self.curve_item is not None and self.curve is not None and self.curve_item.scene() is self.scene:
            self.curve_item.set_box(self.curve)


class ReorderDrag(Interaction):
    """Drag a stage band or step header sideways, or a lane title up or down, to reorder it."""

    def __init__(self, scene: MapScene, item, event: QGraphicsSceneMouseEvent) -> None:
        super().__init__(scene, event)
        self.item = item
        self.kind = item.kind
        self.origin = item.pos()
        self.result: tuple | None = None

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        if not self._past_threshold(pos):
            return
        d = pos - self.start_pos
        along_x = self.kind in ("stage", "step")
        self.item.setPos(self.origin + (QPointF(d.x(), 0) if along_x else QPointF(0, d.y())))
        self.item.setZValue(50)
        self.item.setOpacity(0.8)
        self.result = self._target(pos)

    def _target(self, pos: QPointF) -> tuple | None:
        layout = self.scene.layout
        journey = self.scene.session.journey
        indicator = self.scene.router.indicator
        g = layout.grid
        me = self.item.obj_id
        if self.kind == "stage":
            others = [s for s in journey.stages if s.id != me]
            index = sum(1 for s in others if layout.stages[s.id].rect.center[0] < pos.x())
            x = layout.stages[others[index].id].rect.x if index < len(others) else \
                max((layout.stages[s.id].rect.right for s in others), default=g.x)
            indicator.show_at(x, g.y, x, g.bottom)
            return ("stage", index)
        if self.kind == "step":
            under = next((s for s in layout.stages.values() if s.rect.x <= pos.x() <= s.rect.right), None)
            if under is None:
                return None
            stage = self.scene.session.document.stage(under.stage_id)
            others = [s for s in stage.steps if s.id != me]
            index = sum(1 for s in others if layout.steps[s.id].rect.center[0] < pos.x())
            x = layout.steps[others[index].id].rect.x if index < len(others) else \
                (layout.steps[others[-1].id].rect.right if others else under.rect.x)
            indicator.show_at(x, layout.steps[me].rect.y, x, g.bottom)
            return ("step", under.stage_id, index)
        visible = [lane for lane in journey.lanes if lane.id in layout.lanes and lane.id != me]
        k = sum(1 for lane in visible if layout.lanes[lane.id].rect.center[1] < pos.y())
        rest = [lane.id for lane in journey.lanes if lane.id != me]
        index = rest.index(visible[k].id) if k < len(visible) else len(rest)
        y = layout.lanes[visible[k].id].rect.y if k < len(visible) else \
            max((layout.lanes[lane.id].rect.bottom for lane in visible), default=g.y)
        indicator.show_at(g.x, y, g.right, y)
        return ("lane", index)

    def finish(self, event: QGraphicsSceneMouseEvent) -> None:
        self._restore()
        if not self.active or self.result is None:
            return
        editing = self.scene.router.editing
        doc = editing.document
        me = self.item.obj_id
        if self.result[0] == "step":
            _, stage_id, index = self.result
            slot = doc.slot_of(me)
            if (slot.owner, slot.index) != (stage_id, index):
                editing.push(MoveStep(doc, me, stage_id, index))
        else:
            index = self.result[1]
            if doc.slot_of(me).index != index:
                editing.push(Reorder(doc, me, index, {"stage": tr("Move stage"), "lane": tr("Move lane"),
                                                      "persona": tr("Move persona")}.get(self.kind, tr("Move"))))

    def cancel(self) -> None:
        self._restore()

    def _restore(self) -> None:
        self.scene.router.indicator.setVisible(False)
        self.item.setOpacity(1.0)
        self.item.setZValue(5 if self.kind != "lane" else 0)
        box = self.item.box
        rect = self.item.box_rect(box)
        if self.item.scene() is self.scene:
            self.item.setPos(rect.x, rect.y)


class InteractionRouter:
    """Turns the scene's mouse events into handlers and double-click edits."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self.editing = CanvasEditing(scene)
        self.indicator = DropIndicator()
        scene.addItem(self.indicator)
        self.columns = ColumnEdges(scene)
        self.scores = ScorePicker(scene)
        self.active: Interaction | ColumnResize | None = None

    def press(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene
        if self.active is not None:
            self.cancel()
        editor = self.editing.editor
        if editor is not None and editor.contains(editor.mapFromScene(event.scenePos())):
            QGraphicsScene.mousePressEvent(scene, event)
            return
        self.editing.close_editor(commit=True)
        if self.columns.under(event.scenePos()):
            event.accept()
            if event.button() == Qt.MouseButton.LeftButton:
                self.active = ColumnResize(scene, event)
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:  # Shift-click adds, like Ctrl-click
            event.setModifiers(event.modifiers() | Qt.KeyboardModifier.ControlModifier)
        if scene.pinned_at(event.scenePos()):
            self._press_pinned(event)
            return
        if event.button() == Qt.MouseButton.LeftButton and self._press_handle(event):
            return
        item = scene.map_item_at(event.scenePos(), ("marker", "card", "stage", "step", "lane"))
        if event.button() == Qt.MouseButton.LeftButton and isinstance(item, MarkerItem):
            self.active = MarkerDrag(scene, item, event)
            event.accept()
            return
        QGraphicsScene.mousePressEvent(scene, event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if isinstance(item, CardItem):
            box = scene.layout.cards.get(item.obj_id)
            if box is not None:
                scene.set_focus_cell((box.lane_id, box.step_id))
            if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.active = CardDrag(scene, item, event)
        elif item is not None and item.kind in ("stage", "step", "lane"):
            if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.active = ReorderDrag(scene, item, event)
        else:
            cell = scene.cell_at(event.scenePos())
            if cell is not None:
                scene.set_focus_cell(cell)

    def _press_handle(self, event: QGraphicsSceneMouseEvent) -> bool:
        """A press on a selected card's connector or right edge starts connecting or spanning."""
        from .link_gestures import ConnectDrag, SpanResize, handle_at

        found = handle_at(self.scene, event.scenePos())
        if found is None:
            return False
        kind, item = found
        self.active = (ConnectDrag if kind == "connect" else SpanResize)(self.scene, item, event)
        event.accept()
        return True

    def hover(self, event: QGraphicsSceneMouseEvent) -> None:
        """Over a selected card's handle the pointer shows what a drag would do."""
        from .link_gestures import cursor_at

        shape = cursor_at(self.scene, event.scenePos())
        for view in self.scene.views():
            if getattr(view, "_space_held", False) or getattr(view, "_pan_from", None) is not None:
                continue
            if shape is not None:
                view.viewport().setCursor(shape)
                self._cursor_set = True
            elif getattr(self, "_cursor_set", False):
                view.viewport().setCursor(Qt.CursorShape.ArrowCursor)
                self._cursor_set = False

    def _press_pinned(self, event: QGraphicsSceneMouseEvent) -> None:
        """A press on a pinned header selects that header; nothing beneath it gets the click."""
        scene = self.scene
        event.accept()
        if event.button() not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            return
        item = scene.map_item_at(event.scenePos(), ("stage", "step", "lane"))
        toggle = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        selection = list(scene.session.selection)
        if item is None:
            if not toggle and event.button() == Qt.MouseButton.LeftButton:
                scene.select_ids([])
        elif toggle and event.button() == Qt.MouseButton.LeftButton:
            scene.select_ids([i for i in selection if i != item.obj_id] if item.obj_id in selection
                             else [*selection, item.obj_id])
        elif item.obj_id not in selection or event.button() == Qt.MouseButton.LeftButton:
            scene.select_ids([item.obj_id])

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.active is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self.active.move(event)
            event.accept()
            return
        if not event.buttons():
            pos = event.scenePos()
            self.columns.hover(pos)
            self.scores.hover(pos, isinstance(self.scene.map_item_at(pos, ("marker",)), MarkerItem))
            self.hover(event)
        QGraphicsScene.mouseMoveEvent(self.scene, event)

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        active, self.active = self.active, None
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            event.setModifiers(event.modifiers() | Qt.KeyboardModifier.ControlModifier)
        QGraphicsScene.mouseReleaseEvent(self.scene, event)
        if active is not None:
            active.finish(event)

    def cancel(self) -> None:
        active, self.active = self.active, None
        if active is not None:
            active.cancel()

    def double_click(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene
        pos = event.scenePos()
        editor = self.editing.editor
        if editor is not None and editor.contains(editor.mapFromScene(pos)):
            QGraphicsScene.mouseDoubleClickEvent(scene, event)
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.cancel()
        event.accept()
        if self.columns.under(pos):
            self.columns.reset(self.columns.grip.step_id or "")
            return
        item = scene.map_item_at(pos, ("marker", "card", "stage", "step", "lane"))
        if scene.pinned_at(pos):
            if item is not None:
                self.editing.rename(item.kind, item.obj_id)
            return
        if isinstance(item, CardItem):
            self.editing.edit_card(item.obj_id)
            return
        if isinstance(item, MarkerItem):
            return
        if item is not None:
            self.editing.rename(item.kind, item.obj_id)
            return
        if self.scores.double_click(pos, event.screenPos()):
            return
        cell = scene.cell_at(pos)
        if cell is not None:
            self.editing.add_card(cell)


__all__ = ["CardDrag", "InteractionRouter", "MarkerDrag", "ReorderDrag"]
