"""An arrow between two cards, drawn from its route in the layout; selectable, so it can be edited or deleted."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from ....layout.arrows import ArrowRoute
from ....layout.style import STYLE
from .. import style
from ..fonts import draw_block
from .base import MapItem

HIT_WIDTH = 8.0  # how far from its line an arrow takes a click


class ArrowItem(MapItem):
    """One arrow; above the cards, below the pinned headers."""

    kind = "arrow"

    def __init__(self, route: ArrowRoute) -> None:
        self._shape: QPainterPath | None = None
        super().__init__(route.arrow_id, route)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(12)

    def box_rect(self, box: ArrowRoute):  # type: ignore[override]
        return box.bounds

    def set_box(self, box: ArrowRoute) -> bool:  # type: ignore[override]
        self._shape = None
        return super().set_box(box)

    def boundingRect(self) -> QRectF:  # noqa: N802
        w, h = self._size
        m = max(HIT_WIDTH, STYLE.arrow.head) + 2
        return QRectF(-m, -m, w + 2 * m, h + 2 * m)

    def _path(self) -> QPainterPath:
        dx, dy = self.origin
        path = QPainterPath()
        (x, y), *rest = self.box.points
        path.moveTo(x + dx, y + dy)
        for x, y in rest:
            path.lineTo(x + dx, y + dy)
        return path

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(HIT_WIDTH)
            self._shape = stroker.createStroke(self._path())
            label = self.box.label
            if label is not None:
                dx, dy = self.origin
                r = label.rect
                self._shape.addRect(QRectF(r.x + dx - 2, r.y + dy - 1, r.w + 4, r.h + 2))
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        route: ArrowRoute = self.box
        a = STYLE.arrow
        dx, dy = self.origin
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = style.SELECTION if selected else QColor(a.colour)
        if selected:  # a halo first, so the selected arrow reads above the others
            halo = QPen(QColor(style.SELECTION.red(), style.SELECTION.green(), style.SELECTION.blue(), 70), 5.0)
            painter.setPen(halo)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._path())
        pen = QPen(colour, a.width * (1.4 if selected else 1.0))
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        if route.dashed:
            pen.setStyle(Qt.PenStyle.CustomDashLine)
            pen.setDashPattern([d / pen.widthF() for d in a.dependency_dash])
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path())
        (x0, y0), (x1, y1) = route.points[-2], route.points[-1]
        angle = math.atan2(y1 - y0, x1 - x0)
        tip = QPointF(x1 + dx, y1 + dy)
        barbs = [QPointF(x1 + dx - a.head * math.cos(angle + s * math.pi / 6),
                         y1 + dy - a.head * math.sin(angle + s * math.pi / 6)) for s in (-1, 1)]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([tip, *barbs]))
        if route.label is not None:
            r = route.label.rect
            painter.setBrush(QColor(STYLE.paper))
            painter.setPen(QPen(colour, 0.6) if selected else Qt.PenStyle.NoPen)
            painter.drawRoundedRect(QRectF(r.x + dx - 1.5, r.y + dy - 1.5, r.w + 3, r.h + 3), 2, 2)
            draw_block(painter, route.label, dx, dy)
