"""The emotion lane: the labelled scale, one smooth curve per persona, draggable markers."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

from ....layout import CurveLayout, Rect, ScaleTick, TextBlock, text_width
from ....layout.emotion_evidence import (
    BAND_OPACITY,
    WEAK_RING_COLOUR,
    WEAK_RING_DASH,
    WEAK_RING_RADIUS,
    WHISKER_CAP,
    band_outline,
)
from ....layout.emotion_labels import LABEL_PLATE_OPACITY, LABEL_PLATE_RADIUS, label_plate
from ....layout.paint import curve_stroke
from ....layout.style import STYLE
from ....layout.text import REGULAR
from .. import style
from ..fonts import draw_block, draw_text
from .base import MapItem
from .shapes import face_path, line_pen, paint_marker

LABEL_SIZE = 7.0


@dataclass(frozen=True)
class ScaleBox:
    """What the scale item draws: the band, its ticks, and the title column beside it."""

    rect: Rect  # title column x .. grid right, band top .. band bottom
    band: Rect
    ticks: tuple[ScaleTick, ...]
    vmin: int
    vmax: int


class EmotionScaleItem(MapItem):
    """Horizontal guide lines at every scale value, each labelled with a face, number and word."""

    kind = "scale"

    def __init__(self, lane_id: str, box: ScaleBox) -> None:
        super().__init__(lane_id, box)
        self.setZValue(1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:  # noqa: N802
        w, h = self._size
        return QRectF(0, -8, w, h + 16)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        box: ScaleBox = self.box
        dx, dy = self.origin
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        band_x0, band_x1 = box.band.x + dx, box.band.right + dx
        for tick in box.ticks:
            y = tick.y + dy
            e = STYLE.emotion
            painter.setPen(style.pen(e.scale_zero if tick.value == 0 else e.scale_line))
            painter.drawLine(QPointF(band_x0, y), QPointF(band_x1, y))
        draw_scale_labels(painter, box, dx, dy)


def draw_scale_labels(painter: QPainter, box: ScaleBox, dx: float = 0.0, dy: float = 0.0) -> None:
    """Face, signed number and word for each scale value, right-aligned left of the band."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    label_right = box.band.x + dx - 6
    for tick in box.ticks:
        y = tick.y + dy
        tw = text_width(tick.label, REGULAR, LABEL_SIZE)
        draw_text(painter, label_right - tw, y + LABEL_SIZE * 0.36, tick.label, LABEL_SIZE, colour=style.MUTED)
        span = max(1, box.vmax if tick.value > 0 else -box.vmin)
        painter.setPen(QPen(style.MUTED, 0.7))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(face_path(label_right - tw - 8, y, 4.2, tick.value / span))


class CurveItem(QGraphicsPathItem):
    """One persona's as-is or to-be curve; runs of monotone Béziers, broken at gaps.

    Under a measured as-is curve it draws the 95 % band (a whisker for a point
    alone) and a dashed ring around each weak-evidence point (layout/emotion_evidence.py).
    """

    kind = "curve"

    def __init__(self, curve: CurveLayout) -> None:
        super().__init__()
        self.curve: CurveLayout | None = None
        self._bands = QPainterPath()
        self._whiskers = QPainterPath()
        self._rings: list[QPointF] = []
        self._evidence_bounds = QRectF()
        self.setZValue(20)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.set_box(curve)

    def _set_evidence(self, curve: CurveLayout) -> None:
        self.prepareGeometryChange()
        self._bands, self._whiskers = QPainterPath(), QPainterPath()
        for band in curve.bands:
            outline = band_outline(band)
            for command, args in outline:
                if command == "M":
                    self._bands.moveTo(*args)
                elif command == "C":
                    self._bands.cubicTo(*args)
                elif command == "L":
                    self._bands.lineTo(*args)
                else:
                    self._bands.closeSubpath()
            if not outline:
                for x, high, low in band.ends:
                    for y in (high, low):
                        self._whiskers.moveTo(x - WHISKER_CAP, y)
                        self._whiskers.lineTo(x + WHISKER_CAP, y)
                    self._whiskers.moveTo(x, high)
                    self._whiskers.lineTo(x, low)
        at = {p.step_id: QPointF(p.x, p.y) for p in curve.points}
        self._rings = [at[step_id] for step_id in curve.weak if step_id in at]
        r = WEAK_RING_RADIUS + 1
        bounds = self._bands.boundingRect().united(self._whiskers.boundingRect().adjusted(-1, -1, 1, 1))
        for c in self._rings:
            bounds = bounds.united(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))
        self._evidence_bounds = bounds

    def boundingRect(self) -> QRectF:  # noqa: N802
        return super().boundingRect().united(self._evidence_bounds)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        curve = self.curve
        if curve is not None and (curve.bands or curve.weak):
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            colour = QColor(curve.colour)
            fill = QColor(colour)
            fill.setAlphaF(BAND_OPACITY)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawPath(self._bands)
            edge = QColor(colour)
            edge.setAlphaF(min(1.0, BAND_OPACITY * 4))
            painter.setPen(QPen(edge, 1.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._whiskers)
            ring = line_pen(WEAK_RING_COLOUR, 1.0, WEAK_RING_DASH)
            painter.setPen(ring)
            for c in self._rings:
                painter.drawEllipse(c, WEAK_RING_RADIUS, WEAK_RING_RADIUS)
        super().paint(painter, option, widget)

    def set_box(self, curve: CurveLayout) -> bool:
        if curve == self.curve:
            return False
        self.curve = curve
        self._set_evidence(curve)
        path = QPainterPath()
        for run in curve.runs:
            for k, (x0, y0, c1x, c1y, c2x, c2y, x1, y1) in enumerate(run):
                if k == 0:
                    path.moveTo(x0, y0)
                path.cubicTo(c1x, c1y, c2x, c2y, x1, y1)
        stroke = curve_stroke(curve)  # the style table's width and dash, as on paper
        pen = line_pen(stroke.colour, stroke.width, stroke.dash)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.setPen(pen)
        self.setPath(path)
        return True

    def shape(self) -> QPainterPath:
        return QPainterPathStroker().createStroke(self.path())


@dataclass(frozen=True)
class MarkerBox:
    persona_id: str
    kind: str
    step_id: str
    x: float
    y: float
    value: int
    colour: str
    marker: str
    size: float
    label: str
    #: where the layout put the label, clear of other labels and markers (scene coordinates)
    label_block: TextBlock | None = None
    #: the emotion lane's fill: the label's plate knocks the curves out in it
    label_fill: str = "#ffffff"


class MarkerItem(MapItem):
    """A scored step on a curve: drag it up or down to change the score (snaps to the scale)."""

    kind = "marker"

    def __init__(self, box: MarkerBox) -> None:
        self._bounds_for: MarkerBox | None = None
        self._bounds = QRectF()
        super().__init__(f"{box.persona_id}:{box.kind}:{box.step_id}", box)
        self.setZValue(30)
        self.setCursor(Qt.CursorShape.SizeVerCursor)
        self.setToolTip("")

    def box_rect(self, box: MarkerBox) -> Rect:
        return Rect(box.x, box.y, 0, 0)

    def boundingRect(self) -> QRectF:  # noqa: N802
        box = self.box
        if self._bounds_for is not box:  # Qt asks often while items move: work it out once per box
            r = box.size + 4
            bounds = QRectF(-r, -r, 2 * r, 2 * r)
            block = box.label_block
            if block is not None:
                b = block.rect
                bounds = bounds.united(QRectF(b.x - box.x - 2, b.y - box.y - 2, b.w + 4, b.h + 4))
            self._bounds, self._bounds_for = bounds, box
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        r = self.box.size * 0.9 + 3  # a little larger than drawn: easy to grab
        path.addEllipse(QPointF(0, 0), r, r)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        box: MarkerBox = self.box
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_marker(painter, box.marker, box.size, box.colour, hollow=box.kind == "to_be")
        if box.label_block is not None:
            plate = label_plate(box.label_block)
            fill = QColor(box.label_fill)
            fill.setAlphaF(LABEL_PLATE_OPACITY)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(plate.x - box.x, plate.y - box.y, plate.w, plate.h),
                                    LABEL_PLATE_RADIUS, LABEL_PLATE_RADIUS)
            draw_block(painter, box.label_block, -box.x, -box.y)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        event.accept()  # the scene's marker-drag interaction takes it from here
