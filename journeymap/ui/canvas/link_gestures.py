"""Two gestures on a selected card: drag its connector onto another card (an arrow), or drag its right
edge across steps (the card spans them). Each pushes one command on release; Escape cancels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsRectItem, QGraphicsSceneMouseEvent

from ...commands.links import AddArrow, SetSpan
from ...i18n import tr
from ...model.arrows import Arrow
from . import style
from .interactions import Interaction
from .items import CardItem
from .items.handles import connector_centre, on_connector, on_right_edge

if TYPE_CHECKING:
    from .scene import MapScene


def _card_rect(item: CardItem) -> QRectF:
    w, h = item._size
    return QRectF(item.pos().x(), item.pos().y(), w, h)


def handle_at(scene: MapScene, pos: QPointF) -> tuple[str, CardItem] | None:
    """("connect", card) on a selected card's connector; ("span", card) on its right edge; else None."""
    chosen = [i for i in scene.selectedItems() if isinstance(i, CardItem)]
    for item in chosen:
        if on_connector(_card_rect(item), pos):
            return "connect", item
    for item in chosen:
        if on_right_edge(_card_rect(item), pos):
            return "span", item
    return None


def cursor_at(scene: MapScene, pos: QPointF) -> Qt.CursorShape | None:
    """The pointer over a handle says what a drag from there does."""
    found = handle_at(scene, pos)
    if found is None:
        return None
    return Qt.CursorShape.CrossCursor if found[0] == "connect" else Qt.CursorShape.SizeHorCursor


class ConnectDrag(Interaction):
    """From a card's connector to another card: a dashed line follows the pointer; release on a card connects."""

    def __init__(self, scene: MapScene, item: CardItem, event: QGraphicsSceneMouseEvent) -> None:
        super().__init__(scene, event)
        self.source = item.obj_id
        self.start = connector_centre(_card_rect(item))
        self.line = QGraphicsPathItem()
        pen = QPen(style.SELECTION, 1.6, Qt.PenStyle.DashLine)
        self.line.setPen(pen)
        self.line.setZValue(60)
        self.line.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.mark = QGraphicsRectItem()
        self.mark.setPen(QPen(style.DROP_INDICATOR, 2.5))
        self.mark.setBrush(QBrush(QColor(0, 0, 0, 0)))
        self.mark.setZValue(59)
        self.mark.setVisible(False)
        self.mark.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        scene.addItem(self.line)
        scene.addItem(self.mark)
        self.target: str | None = None

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        if not self._past_threshold(pos):
            return
        path = QPainterPath(self.start)
        path.lineTo(pos)
        self.line.setPath(path)
        item = self.scene.map_item_at(pos, ("card",))
        self.target = item.obj_id if isinstance(item, CardItem) and item.obj_id != self.source else None
        if self.target is not None:
            self.mark.setRect(_card_rect(item).adjusted(-3, -3, 3, 3))
        self.mark.setVisible(self.target is not None)

    def finish(self, event: QGraphicsSceneMouseEvent) -> None:
        self._clear()
        if not self.active or self.target is None:
            return
        connect(self.scene, self.source, self.target)

    def cancel(self) -> None:
        self._clear()

    def _clear(self) -> None:
        for item in (self.line, self.mark):
            if item.scene() is self.scene:
                self.scene.removeItem(item)


def connect(scene: MapScene, source: str, target: str) -> str | None:
    """Add an arrow from ``source`` to ``target`` (one undo step) and select it; None if one is there already."""
    doc = scene.session.document
    if source == target or any(a.source == source and a.target == target for a in doc.journey.arrows):
        scene.session.refused.emit(tr("Those cards are connected already"))
        return None
    arrow = Arrow(source=source, target=target)
    scene.router.editing.push(AddArrow(doc, arrow))
    scene.select_ids([arrow.id])
    return arrow.id


class SpanResize(Interaction):
    """Drag a card's right edge across steps: the outline snaps to whole columns; release sets the span."""

    def __init__(self, scene: MapScene, item: CardItem, event: QGraphicsSceneMouseEvent) -> None:
        super().__init__(scene, event)
        self.card_id = item.obj_id
        layout = scene.layout
        box = layout.cards[item.obj_id]
        self.rect = box.rect
        self.first = box.step_id
        ids = list(layout.steps)
        self.steps = ids[ids.index(self.first):]
        self.last: str | None = None
        self.outline = QGraphicsRectItem()
        self.outline.setPen(QPen(style.DROP_INDICATOR, 2.0, Qt.PenStyle.DashLine))
        self.outline.setZValue(60)
        self.outline.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        scene.addItem(self.outline)
        self.outline.setVisible(False)

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        if not self._past_threshold(pos):
            return
        layout = self.scene.layout
        pad = layout.options.cell_padding
        last = self.steps[0]
        for step_id in self.steps:
            if layout.steps[step_id].column.x <= pos.x():
                last = step_id
        self.last = last
        right = layout.steps[last].column.right - pad
        r = self.rect
        self.outline.setRect(QRectF(r.x, r.y, max(right - r.x, 10.0), r.h))
        self.outline.setVisible(True)

    def finish(self, event: QGraphicsSceneMouseEvent) -> None:
        self._clear()
        if not self.active or self.last is None:
            return
        set_span(self.scene, self.card_id, None if self.last == self.first else self.last)

    def cancel(self) -> None:
        self._clear()

    def _clear(self) -> None:
        if self.outline.scene() is self.scene:
            self.scene.removeItem(self.outline)


def set_span(scene: MapScene, card_id: str, last_step: str | None) -> None:
    doc = scene.session.document
    if doc.card(card_id).last_step != last_step:
        scene.router.editing.push(SetSpan(doc, card_id, last_step))


def widen(scene: MapScene, card_id: str, by: int) -> None:
    """Make a card span one step more (``by`` 1) or one fewer (-1), within the map's steps."""
    doc = scene.session.document
    card = doc.card(card_id)
    order = [s.id for s in doc.journey.steps()]
    first = order.index(card.step)
    last = order.index(card.last_step) if card.last_step in order else first
    last = max(first, min(len(order) - 1, last + by))
    set_span(scene, card_id, None if last == first else order[last])
