"""A small picture of a whole map for the template gallery, drawn from the shared layout.

It draws what the eye finds first on a map: the stage bands in their colours, the
lanes' rows, every card as a block in its tint and the emotion curves in the
personas' colours, so two templates can be told apart at a glance.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap

from ..layout import layout_map
from ..model import JourneyMap

PAPER = QColor("#ffffff")
ROW_LINE = QColor("#d5d9e0")
TITLE_COLUMN = QColor("#eef1f5")


def thumbnail(journey: JourneyMap, width: int, height: int, ratio: float = 2.0) -> QPixmap:
    """``journey`` fitted into ``width`` x ``height`` pixels (its top-left part if it is very long)."""
    layout = layout_map(journey)
    pixmap = QPixmap(int(width * ratio), int(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor("#e9ecf0"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    g = layout.grid
    scale = (width - 8) / max(1.0, g.w)  # the whole width; a map taller than the picture shows its top rows
    painter.translate(4, 4 + max(0.0, (height - 8 - g.h * scale) / 2))
    painter.scale(scale, scale)
    painter.translate(-g.x, -g.y)
    painter.fillRect(QRectF(g.x, g.y, g.w, g.h), PAPER)
    o = layout.options
    for lane in layout.lanes.values():
        r = lane.rect
        painter.fillRect(QRectF(r.x, r.y, r.w, r.h), QColor(lane.fill))
        painter.fillRect(QRectF(r.x, r.y, o.lane_title_width, r.h), TITLE_COLUMN)
        painter.setPen(QPen(ROW_LINE, 1.0 / scale))
        painter.drawLine(QPointF(r.x, r.bottom), QPointF(r.right, r.bottom))
    for stage in layout.stages.values():
        r = stage.rect
        painter.fillRect(QRectF(r.x + 1, r.y, r.w - 2, r.h), QColor(stage.colour))
    for step in layout.steps.values():
        r = step.rect
        painter.fillRect(QRectF(r.x + 1, r.y, r.w - 2, r.h), QColor("#f3f5f8"))
    painter.setPen(Qt.PenStyle.NoPen)
    for card in layout.cards.values():
        r = card.rect
        painter.setBrush(QColor(card.fill).darker(104))
        painter.drawRoundedRect(QRectF(r.x, r.y, r.w, r.h), 5, 5)
    if layout.emotion is not None:
        for curve in layout.emotion.curves:
            if curve.kind != "as_is":
                continue
            pen = QPen(QColor(curve.colour), max(2.5, 1.6 / scale))
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for run in curve.runs:
                path = QPainterPath()
                for k, (x0, y0, c1x, c1y, c2x, c2y, x1, y1) in enumerate(run):
                    if k == 0:
                        path.moveTo(x0, y0)
                    path.cubicTo(c1x, c1y, c2x, c2y, x1, y1)
                painter.drawPath(path)
    painter.end()
    return pixmap
