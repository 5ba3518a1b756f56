"""The persona legend in the emotion lane's title cell: marker and colour beside each name."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from ....layout.boxes import LaneLegend
from ....layout.emotion_legend import KEY_MARKER
from ..fonts import draw_block
from .base import MapItem
from .shapes import line_pen, marker_path, paint_marker


def draw_lane_legend(painter: QPainter, legend: LaneLegend, marker_size: float,
                     dx: float = 0.0, dy: float = 0.0) -> None:
    """Each persona's marker as its curve shows it (filled, white rim), its name, then the line-style key
    (a solid line with a filled dot for as-is, a dashed one with a hollow dot for to-be).

    Used by the scene's item and by the view's pinned title column, so both look the same.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for key in legend.personas:
        painter.save()
        painter.translate(key.x + dx, key.y + dy)
        paint_marker(painter, key.marker, marker_size, key.colour)
        painter.restore()
        draw_block(painter, key.name, dx, dy)
    for line in legend.lines:
        pen = line_pen(line.colour, 1.4, line.dash)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(line.x0 + dx, line.y + dy), QPointF(line.x1 + dx, line.y + dy))
        painter.save()
        painter.translate((line.x0 + line.x1) / 2 + dx, line.y + dy)
        hollow = line.kind == "to_be"
        painter.setBrush(QColor("#ffffff") if hollow else QColor(line.colour))
        painter.setPen(QPen(QColor(line.colour), 1.0))
        painter.drawPath(marker_path("circle", KEY_MARKER))
        painter.restore()
        draw_block(painter, line.label, dx, dy)
    painter.restore()


class EmotionLegendItem(MapItem):
    """The legend under the emotion scale; clicks pass through to the lane's title cell."""

    kind = "legend"

    def __init__(self, lane_id: str, legend: LaneLegend, marker_size: float) -> None:
        self.marker_size = marker_size
        super().__init__(lane_id, legend)
        self.setZValue(2)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:  # noqa: N802
        w, h = self._size
        m = self.marker_size  # a star reaches a little past its line
        return QRectF(-m / 2, -m / 2, w + m, h + m)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        draw_lane_legend(painter, self.box, self.marker_size, *self.origin)
