"""Resizing a step's column by dragging the right edge of its header, as in a spreadsheet.

Over the edge the pointer becomes a resize cursor (a grip item is placed there, so
Qt shows its cursor, also on the pinned header row); dragging shows a guide line
across the map and the new width; the release sets the step's card width, one undo
step saved in the file, so every export uses it. A double-click on the edge gives
the column the map's card width again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneMouseEvent, QStyleOptionGraphicsItem, QWidget

from ...commands import SetFields
from ...i18n import tr
from ...layout import text_width
from ...layout.text import BOLD
from ...model.limits import MAX_CARD_WIDTH, MIN_CARD_WIDTH
from . import style
from .fonts import draw_text

if TYPE_CHECKING:
    from .scene import MapScene

GRIP_PIXELS = 5.0  # how near the edge (on screen, either side) the pointer takes the grip
GRIP_Z = 48.0  # over the pinned header strips (45-47), under the drop indicator and the in-place editor


class ColumnGrip(QGraphicsItem):
    """The invisible handle on one step header's right edge; it shows a resize cursor and a blue edge."""

    kind = "column_edge"

    def __init__(self) -> None:
        super().__init__()
        self.step_id: str | None = None
        self.rect = QRectF()
        self.setZValue(GRIP_Z)
        self.setVisible(False)
        self.setCursor(Qt.CursorShape.SplitHCursor)
        self.setAcceptHoverEvents(True)  # also turns on the view's mouse tracking, which hovering needs
        self.setToolTip(tr("Drag to resize this step's column; double-click for the map's card width"))

    def place(self, step_id: str, rect: QRectF) -> None:
        if rect != self.rect:
            self.prepareGeometryChange()
            self.rect = rect
        self.step_id = step_id
        self.setVisible(True)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self.rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        x = self.rect.center().x()
        painter.setPen(QPen(style.SELECTION, 2.0))
        painter.drawLine(QPointF(x, self.rect.top()), QPointF(x, self.rect.bottom()))


class WidthLabel(QGraphicsItem):
    """The width a dragged column will take ("220 pt"), white on the selection blue beside the guide line."""

    SIZE = 8.0

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self.setZValue(GRIP_Z + 20)
        self.setVisible(False)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_text(self, text: str) -> None:
        if text != self.text:
            self.prepareGeometryChange()
            self.text = text
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return QRectF(0, 0, text_width(self.text, BOLD, self.SIZE) + 8, self.SIZE * 1.8)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        r = self.boundingRect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.SELECTION)
        painter.drawRoundedRect(r, 3, 3)
        draw_text(painter, 4, r.height() / 2 + self.SIZE * 0.36, self.text, self.SIZE, bold=True,
                  colour=QColor("#ffffff"))


class ColumnEdges:
    """Finds the header edge under the pointer and runs the resize drag."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self.grip = ColumnGrip()
        scene.addItem(self.grip)
        self.label = WidthLabel()
        scene.addItem(self.label)

    def _scale(self) -> float:
        views = self.scene.views()
        return abs(views[0].transform().m11()) if views else 1.0

    def hover(self, pos: QPointF) -> None:
        """Place the grip on the step-header edge near ``pos`` (scene point), or hide it."""
        found = self.edge_at(pos)
        if found is None:
            if self.grip.isVisible():
                self.grip.setVisible(False)
            return
        self.grip.place(*found)

    def edge_at(self, pos: QPointF) -> tuple[str, QRectF] | None:
        """The step whose header's right edge is near ``pos``, and the grip's rect there."""
        layout = self.scene.layout
        if not layout.steps:
            return None
        offset = self.scene.pinned.offset_of("step")
        first = next(iter(layout.steps.values()))
        top, bottom = first.rect.y + offset.y(), first.rect.bottom + offset.y()
        if not top <= pos.y() <= bottom:
            return None
        reach = GRIP_PIXELS / max(self._scale(), 1e-6)
        if self.scene.pinned.column.isVisible() and pos.x() < self.scene.pinned.title_right() + reach:
            return None  # under the pinned lane titles: no column edge shows there
        for step_id, box in layout.steps.items():
            edge = box.rect.right + offset.x()
            if abs(pos.x() - edge) <= reach:
                return step_id, QRectF(edge - reach, top, 2 * reach, bottom - top)
        return None

    def under(self, pos: QPointF) -> bool:
        return self.grip.isVisible() and self.grip.rect.contains(pos)

    def reset(self, step_id: str) -> None:
        """The column takes the map's card width again (one undo step; nothing when it already has)."""
        doc = self.scene.session.document
        if doc.has(step_id) and doc.step(step_id).card_width is not None:
            self.scene.router.editing.push(SetFields(doc, step_id, {"card_width": None}))


class ColumnResize:
    """Dragging a header edge: a guide line and the width follow the pointer; one SetFields on release."""

    def __init__(self, scene: MapScene, event: QGraphicsSceneMouseEvent) -> None:
        self.scene = scene
        self.edges = scene.router.columns
        self.step_id = self.edges.grip.step_id
        layout = scene.layout
        box = layout.steps[self.step_id]
        self.left = box.rect.x
        self.padding = layout.options.cell_padding
        self.start = box.rect.w - 2 * self.padding
        self.width = self.start
        self.active = False
        self.start_x = event.scenePos().x()

    def _width_at(self, x: float) -> int:
        return int(max(MIN_CARD_WIDTH, min(MAX_CARD_WIDTH, round(x - self.left - 2 * self.padding))))

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        self.active = self.active or abs(pos.x() - self.start_x) >= 2
        if not self.active:
            return
        self.width = self._width_at(pos.x() + (self.left + self.start + 2 * self.padding - self.start_x))
        edge = self.left + self.width + 2 * self.padding
        g = self.scene.layout.grid
        self.scene.router.indicator.show_at(edge, g.y, edge, g.bottom)
        self.label.set_text(f"{self.width} pt")
        self.label.setPos(edge + 6, pos.y() - 8)
        self.label.setVisible(True)

    @property
    def label(self) -> WidthLabel:
        return self.edges.label

    def finish(self, event: QGraphicsSceneMouseEvent) -> None:
        self._hide()
        self.edges.grip.setVisible(False)  # the edge moves: the next hover places the grip again
        if self.active and self.width != self.start:
            doc = self.scene.session.document
            if doc.has(self.step_id):
                self.scene.router.editing.push(SetFields(doc, self.step_id, {"card_width": self.width}))

    def cancel(self) -> None:
        self._hide()

    def _hide(self) -> None:
        self.scene.router.indicator.setVisible(False)
        self.label.setVisible(False)
