"""Marker shapes and small glyphs drawn with QPainterPath (curves, legend, faces, stars)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from ....layout.emotion import marker_outline
from ....layout.style import STYLE


def _polygon(points: list[tuple[float, float]]) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    path.closeSubpath()
    return path


def star_points(r: float, inner: float = 0.45, n: int = 5) -> list[tuple[float, float]]:
    out = []
    for k in range(2 * n):
        rr = r if k % 2 == 0 else r * inner
        a = -math.pi / 2 + math.pi * k / n
        out.append((rr * math.cos(a), rr * math.sin(a)))
    return out


def marker_path(name: str, size: float) -> QPainterPath:
    """A marker of ``size`` points centred on (0, 0); shapes tell personas apart without colour.

    The corners come from the layout's :func:`marker_outline`, the table the PDF
    and SVG writers use, so a persona's shape is the same on screen and paper.
    """
    r = size / 2
    path = QPainterPath()
    corners = marker_outline(name)
    if not corners:
        path.addEllipse(QPointF(0, 0), r, r)
        return path
    return _polygon([(x * r, y * r) for x, y in corners])


def line_pen(colour: str, width: float, dash: tuple[float, ...] | list[float] | None = None) -> QPen:
    """A curve's pen: solid, or dashed with ``dash`` in points (Qt counts dashes in pen widths)."""
    pen = QPen(QColor(colour), width)
    if dash:
        pen.setStyle(Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([d / width for d in dash])
    return pen


def paint_marker(painter: QPainter, name: str, size: float, colour: str, hollow: bool = False) -> None:
    """A curve's marker at the painter's origin: as-is filled with a white rim, to-be hollow in its colour.

    The markers on the curves, the header's curve legend and the emotion lane's legend all look alike.
    """
    e = STYLE.emotion
    painter.setBrush(QColor(STYLE.paper if hollow else colour))
    painter.setPen(QPen(QColor(colour if hollow else e.marker_rim), e.marker_outline))
    painter.drawPath(marker_path(name, size))


def face_path(cx: float, cy: float, r: float, mood: float) -> QPainterPath:
    """A simple face outline: eyes and a mouth curving up (mood > 0) or down (mood < 0)."""
    path = QPainterPath()
    path.addEllipse(QPointF(cx, cy), r, r)
    eye = r * 0.12
    path.addEllipse(QPointF(cx - r * 0.35, cy - r * 0.25), eye, eye)
    path.addEllipse(QPointF(cx + r * 0.35, cy - r * 0.25), eye, eye)
    my = cy + r * 0.35
    path.moveTo(cx - r * 0.45, my - mood * r * 0.12)
    path.quadTo(cx, my + mood * r * 0.45, cx + r * 0.45, my - mood * r * 0.12)
    return path
