"""Playing a slide's display list with QPainter; every word goes through :func:`draw_text`.

:class:`TextLog` records the pixel size each text was actually drawn at (the
font's pixel size times the painter's scale), which is what the projector
rule is tested against.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from ...layout import QT_FAMILY, font_file
from ...layout.text import BOLD, ITALIC, REGULAR
from .ops import BoxOp, CurveOp, LineOp, MarkerOp, Op, TextOp


@dataclass
class DrawnText:
    """A line as it reached the screen: its pixel size and its box in device pixels."""

    text: str
    pixel_size: float
    left: float = 0.0
    right: float = 0.0
    top: float = 0.0
    bottom: float = 0.0


@dataclass
class TextLog:
    """What was drawn in one paint: text and effective pixel size."""

    items: list[DrawnText] = field(default_factory=list)

    def clear(self) -> None:
        self.items.clear()

    def smallest(self) -> float:
        return min((t.pixel_size for t in self.items), default=math.inf)


@cache
def family() -> str:
    """Register the bundled DejaVu faces once; the family name Qt knows them by."""
    name = QT_FAMILY
    for face in (REGULAR, BOLD, ITALIC):
        font_id = QFontDatabase.addApplicationFont(font_file(face))
        if font_id >= 0 and QFontDatabase.applicationFontFamilies(font_id):
            name = QFontDatabase.applicationFontFamilies(font_id)[0]
    return name


@cache
def qfont(size: int, face: str) -> QFont:
    font = QFont(family())
    font.setPixelSize(max(1, int(size)))
    font.setBold(face == "bold")
    font.setItalic(face == "italic")
    font.setKerning(False)  # the planner measured plain advance widths
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def draw_text(painter: QPainter, op: TextOp, log: TextLog | None) -> None:
    """The one place text reaches the screen."""
    font = qfont(op.size, op.face)
    painter.setFont(font)
    painter.setPen(QColor(op.colour))
    painter.drawText(QPointF(op.x, op.y), op.text)
    if log is not None:
        transform = painter.worldTransform()
        scale = math.sqrt(abs(transform.determinant()))
        metrics = QFontMetricsF(font)
        box = transform.mapRect(QRectF(op.x, op.y - metrics.ascent(), metrics.horizontalAdvance(op.text),
                                       metrics.ascent() + metrics.descent()))
        log.items.append(DrawnText(op.text, font.pixelSize() * scale, box.left(), box.right(), box.top(),
                                   box.bottom()))


def _pen(colour: str, width: float, dashed: bool) -> QPen:
    pen = QPen(QColor(colour), width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap if dashed else Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dashed:
        pen.setStyle(Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([2.5, 1.6])
    return pen


def marker_path(shape: str, x: float, y: float, size: float) -> QPainterPath:
    r = size / 2
    path = QPainterPath()
    if shape == "circle":
        path.addEllipse(QPointF(x, y), r, r)
        return path
    if shape == "square":
        path.addRect(QRectF(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8))
        return path
    if shape in ("cross",):
        w = r * 0.38
        path.addRect(QRectF(x - r, y - w, 2 * r, 2 * w))
        path.addRect(QRectF(x - w, y - r, 2 * w, 2 * r))
        return path.simplified()
    if shape == "star":
        pts = [QPointF(x + (r if i % 2 == 0 else r * 0.45) * math.sin(i * math.pi / 5),
                       y - (r if i % 2 == 0 else r * 0.45) * math.cos(i * math.pi / 5)) for i in range(10)]
    elif shape == "hexagon":
        pts = [QPointF(x + r * math.cos(i * math.pi / 3), y + r * math.sin(i * math.pi / 3)) for i in range(6)]
    elif shape == "diamond":
        pts = [QPointF(x, y - r * 1.1), QPointF(x + r * 1.1, y), QPointF(x, y + r * 1.1), QPointF(x - r * 1.1, y)]
    elif shape == "triangle_down":
        pts = [QPointF(x - r * 1.1, y - r * 0.8), QPointF(x + r * 1.1, y - r * 0.8), QPointF(x, y + r * 1.1)]
    else:  # triangle
        pts = [QPointF(x, y - r * 1.1), QPointF(x + r * 1.1, y + r * 0.8), QPointF(x - r * 1.1, y + r * 0.8)]
    path.addPolygon(QPolygonF(pts))
    path.closeSubpath()
    return path


def play(painter: QPainter, ops: Iterable[Op], log: TextLog | None = None,
         hidden_personas: frozenset[str] = frozenset()) -> None:
    """Draw ops in order; anything belonging to a not-yet-revealed persona is skipped."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    for op in ops:
        if getattr(op, "persona_id", None) in hidden_personas:
            continue
        if isinstance(op, TextOp):
            draw_text(painter, op, log)
        elif isinstance(op, BoxOp):
            r = QRectF(op.rect.x, op.rect.y, op.rect.w, op.rect.h)
            painter.setBrush(QBrush(QColor(op.fill)) if op.fill else Qt.BrushStyle.NoBrush)
            painter.setPen(_pen(op.border, op.width, op.dashed) if op.border and op.width else Qt.PenStyle.NoPen)
            if op.radius:
                painter.drawRoundedRect(r, op.radius, op.radius)
            else:
                painter.drawRect(r)
        elif isinstance(op, LineOp):
            painter.setPen(_pen(op.colour, op.width, op.dashed))
            painter.drawLine(QPointF(op.x0, op.y0), QPointF(op.x1, op.y1))
        elif isinstance(op, CurveOp):
            path = QPainterPath()
            for i, (x0, y0, c1x, c1y, c2x, c2y, x1, y1) in enumerate(op.segments):
                if i == 0:
                    path.moveTo(x0, y0)
                path.cubicTo(c1x, c1y, c2x, c2y, x1, y1)
            painter.save()
            painter.setClipRect(QRectF(op.clip.x, op.clip.y, op.clip.w, op.clip.h))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(_pen(op.colour, op.width, op.dashed))
            painter.drawPath(path)
            painter.restore()
        elif isinstance(op, MarkerOp):
            path = marker_path(op.shape, op.x, op.y, op.size)
            if op.hollow:
                painter.setBrush(QColor("#ffffff"))
                painter.setPen(QPen(QColor(op.colour), max(2.0, op.size / 6)))
            else:
                painter.setBrush(QColor(op.colour))
                painter.setPen(QPen(QColor("#ffffff"), max(1.0, op.size / 12)))
            painter.drawPath(path)
