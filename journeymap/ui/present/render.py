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
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
)

from ...export.qt_fonts import families_for
from ...layout.bidi import has_rtl, paragraph_direction
from ...layout.emotion_evidence import BAND_OPACITY
from ...layout.style import STYLE
from ..canvas.items.shapes import marker_path as canvas_marker
from ..faces import photo_image
from ..pictures import picture_image
from .ops import ArrowOp, BandOp, BoxOp, CurveOp, LineOp, MarkerOp, Op, PhotoOp, PictureOp, TextOp
from .palette import LIGHT, Palette, alpha, hex_of, rgb


@dataclass
class DrawnText:
    """A line as it reached the screen: its pixel size and its box in device pixels."""

    text: str
    pixel_size: float
    left: float = 0.0
    right: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    colour: str = ""  # as drawn
    background: str = ""  # what it sits on, translucent layers blended in


@dataclass
class TextLog:
    """What was drawn in one paint: text and effective pixel size."""

    items: list[DrawnText] = field(default_factory=list)
    photos: list[QRectF] = field(default_factory=list)  # persona photos drawn, in device pixels

    def clear(self) -> None:
        self.items.clear()
        self.photos.clear()

    def smallest(self) -> float:
        return min((t.pixel_size for t in self.items), default=math.inf)


class Backdrop:
    """The filled boxes painted so far, to tell what colour any point of the slide has."""

    def __init__(self, page: str) -> None:
        self.page = page
        self.boxes: list[tuple[float, float, float, float, str]] = []

    def add(self, x: float, y: float, w: float, h: float, colour: str) -> None:
        self.boxes.append((x, y, x + w, y + h, colour))

    def at(self, x: float, y: float) -> str:
        colour = self.page
        for left, top, right, bottom, fill in self.boxes:
            if left <= x <= right and top <= y <= bottom:
                a = alpha(fill)
                if a >= 1.0:
                    colour = fill if len(fill) == 7 else hex_of(*rgb(fill))
                else:
                    colour = hex_of(*(a * f + (1 - a) * c for f, c in zip(rgb(fill), rgb(colour), strict=True)))
        return colour


# The map's dash patterns from the one style table, in pen widths (Qt's unit): a slide's lines are
# thicker than the map's, their dashes keep the map's proportions.
ARROW_DASH = [d / STYLE.arrow.width for d in STYLE.arrow.dependency_dash]
TO_BE_DASH = [d / STYLE.emotion.as_is_width for d in STYLE.emotion.to_be_dash]
MISSING_PICTURE = "#d0d4da"  # a picture that cannot be decoded: a grey box, as on the canvas

def draw_photo(painter: QPainter, op: PhotoOp, log: TextLog | None, palette: Palette) -> None:
    target = QRectF(op.rect.x, op.rect.y, op.rect.w, op.rect.h)
    circle = QPainterPath()
    circle.addEllipse(target)
    image = photo_image(op.photo)
    if image is None:
        painter.fillPath(circle, QColor(palette.fill(op.fallback)))
        return
    side = min(image.width(), image.height())  # the middle square: faces are usually centred
    source = QRectF((image.width() - side) / 2, (image.height() - side) / 2, side, side)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.setClipPath(circle, Qt.ClipOperation.IntersectClip)
    painter.drawImage(target, image, source)
    painter.restore()
    if log is not None:
        log.photos.append(painter.worldTransform().mapRect(target))


def draw_picture(painter: QPainter, op: PictureOp, palette: Palette) -> None:
    """A card's picture in its box (laid out with its proportions), framed; a grey box if it cannot be decoded."""
    target = QRectF(op.rect.x, op.rect.y, op.rect.w, op.rect.h)
    side = max(1, round(max(op.rect.w, op.rect.h) * max(1.0, painter.device().devicePixelRatioF())))
    image = picture_image(op.picture.data, side)
    if image is None:
        painter.fillRect(target, QColor(palette.fill(MISSING_PICTURE)))
    else:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(target, image)
        painter.restore()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor(palette.stroke(STYLE.arrow.picture_frame.colour)), 1.0))
    painter.drawRect(target)


def draw_arrow(painter: QPainter, op: ArrowOp, palette: Palette) -> None:
    colour = QColor(palette.stroke(op.colour))
    path = QPainterPath()
    path.moveTo(*op.points[0])
    for x, y in op.points[1:]:
        path.lineTo(x, y)
    pen = QPen(colour, op.width)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    if op.dashed:
        pen.setStyle(Qt.PenStyle.CustomDashLine)
        pen.setDashPattern(ARROW_DASH)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(pen)
    painter.drawPath(path)
    (x0, y0), (x1, y1) = op.points[-2], op.points[-1]
    angle = math.atan2(y1 - y0, x1 - x0)
    head = QPainterPath()
    head.moveTo(x1, y1)
    for side in (-1, 1):
        head.lineTo(x1 - op.head * math.cos(angle + side * math.pi / 6), y1 - op.head * math.sin(angle + side * math.pi / 6))
    head.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPath(head)


@cache
def qfont(size: int, face: str, right_to_left: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(families_for(right_to_left))  # Arabic and Hebrew in the faces the planner measured them with
    font.setPixelSize(max(1, int(size)))
    font.setBold(face == "bold")
    font.setItalic(face == "italic")
    font.setKerning(False)  # the planner measured plain advance widths
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def draw_text(painter: QPainter, op: TextOp, log: TextLog | None, palette: Palette = LIGHT,
              backdrop: Backdrop | None = None) -> None:
    """The one place text reaches the screen, in a colour that contrasts with what lies under it."""
    font = qfont(op.size, op.face, has_rtl(op.text))
    metrics = QFontMetricsF(font)
    width = metrics.horizontalAdvance(op.text)
    backdrop = backdrop or Backdrop(palette.paper)
    background = backdrop.at(op.x + width / 2, op.y - op.size * 0.35)
    colour = palette.text(op.colour, background)
    painter.setFont(font)
    painter.setPen(QColor(colour))
    # the text's own direction: a painter starts in the application's, and an Arabic editor's
    # slides of an English map read ".Research 2" and "Delighted 3+"
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if paragraph_direction(op.text) == "rtl"
                               else Qt.LayoutDirection.LeftToRight)
    painter.drawText(QPointF(op.x, op.y), op.text)
    if log is not None:
        transform = painter.worldTransform()
        scale = math.sqrt(abs(transform.determinant()))
        box = transform.mapRect(QRectF(op.x, op.y - metrics.ascent(), width, metrics.ascent() + metrics.descent()))
        log.items.append(DrawnText(op.text, font.pixelSize() * scale, box.left(), box.right(), box.top(),
                                   box.bottom(), colour, background))


def _pen(colour: str, width: float, dashed: bool) -> QPen:
    pen = QPen(QColor(colour), width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap if dashed else Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dashed:
        pen.setStyle(Qt.PenStyle.CustomDashLine)
        pen.setDashPattern(TO_BE_DASH)
    return pen


def _square_on(r: QRectF, radius: float, sides: tuple[str, ...]) -> QPainterPath:
    """A rounded box whose corners on ``sides`` ("left" / "right") are square.

    Drawn corner by corner, clockwise from the top left: uniting a rounded box
    with a square one (QPainterPath.united) goes wrong at fractional sizes.
    """
    radius = max(0.0, min(radius, r.width() / 2, r.height() / 2))
    d = 2 * radius
    x0, y0, x1, y1 = r.left(), r.top(), r.right(), r.bottom()
    round_left, round_right = "left" not in sides, "right" not in sides
    path = QPainterPath()
    if round_left:
        path.arcMoveTo(QRectF(x0, y0, d, d), 180)
        path.arcTo(QRectF(x0, y0, d, d), 180, -90)
    else:
        path.moveTo(x0, y0)
    if round_right:
        path.arcTo(QRectF(x1 - d, y0, d, d), 90, -90)
        path.arcTo(QRectF(x1 - d, y1 - d, d, d), 0, -90)
    else:
        path.lineTo(x1, y0)
        path.lineTo(x1, y1)
    if round_left:
        path.arcTo(QRectF(x0, y1 - d, d, d), 270, -90)
    else:
        path.lineTo(x0, y1)
    path.closeSubpath()
    return path


def draw_open_box(painter: QPainter, r: QRectF, radius: float, sides: tuple[str, ...]) -> None:
    """A box with the painter's brush and pen whose ``sides`` are open: square, no border line there.

    The edge of a card whose span goes on past the slide: it reads as running
    off the edge, not as ending there. The outline is stroked a little past the
    open side and clipped at it, so the top and bottom lines reach the edge.
    """
    pen = painter.pen()
    brush = painter.brush()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawPath(_square_on(r, radius, sides))
    if pen.style() == Qt.PenStyle.NoPen:
        painter.setPen(pen)
        return
    reach = pen.widthF() * 2 + 1
    wide = r.adjusted(-reach if "left" in sides else 0.0, 0.0, reach if "right" in sides else 0.0, 0.0)
    clip = r.adjusted(0.0 if "left" in sides else -reach, -reach, 0.0 if "right" in sides else reach, reach)
    painter.save()
    painter.setClipRect(clip, Qt.ClipOperation.IntersectClip)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(pen)
    painter.drawPath(_square_on(wide, radius, sides))
    painter.restore()
    painter.setBrush(brush)


def marker_path(shape: str, x: float, y: float, size: float) -> QPainterPath:
    """The editor's marker (one shape table for screen, slides and paper), centred on (x, y)."""
    return canvas_marker(shape, size).translated(x, y)


def draw_band(painter: QPainter, op: BandOp, palette: Palette) -> None:
    """A curve's 95 % interval, filled faintly in its colour (the editor's opacity), inside the strip."""
    path = QPainterPath()
    for command, args in op.outline:
        if command == "M":
            path.moveTo(*args)
        elif command == "C":
            path.cubicTo(*args)
        elif command == "L":
            path.lineTo(*args)
        else:
            path.closeSubpath()
    fill = QColor(palette.stroke(op.colour))
    fill.setAlphaF(BAND_OPACITY)
    painter.save()
    painter.setClipRect(QRectF(op.clip.x, op.clip.y, op.clip.w, op.clip.h))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawPath(path)
    painter.restore()


def play(painter: QPainter, ops: Iterable[Op], log: TextLog | None = None,
         hidden_personas: frozenset[str] = frozenset(), palette: Palette = LIGHT,
         backdrop: Backdrop | None = None) -> Backdrop:
    """Draw ops in order; anything belonging to a not-yet-revealed persona is skipped.

    Returns the backdrop, so overlays played next know what they are drawn over.
    """
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    backdrop = backdrop or Backdrop(palette.paper)
    for op in ops:
        if getattr(op, "persona_id", None) in hidden_personas:
            continue
        if isinstance(op, TextOp):
            draw_text(painter, op, log, palette, backdrop)
        elif isinstance(op, BoxOp):
            r = QRectF(op.rect.x, op.rect.y, op.rect.w, op.rect.h)
            fill = (op.fill if op.exact else palette.fill(op.fill, op.accent)) if op.fill else None
            if fill:
                backdrop.add(op.rect.x, op.rect.y, op.rect.w, op.rect.h, fill)
            painter.setBrush(QBrush(QColor(fill)) if fill else Qt.BrushStyle.NoBrush)
            painter.setPen(_pen(palette.stroke(op.border), op.width, op.dashed) if op.border and op.width
                           else Qt.PenStyle.NoPen)
            if op.open_sides:
                draw_open_box(painter, r, op.radius, op.open_sides)
            elif op.radius:
                painter.drawRoundedRect(r, op.radius, op.radius)
            else:
                painter.drawRect(r)
        elif isinstance(op, LineOp):
            painter.setPen(_pen(palette.stroke(op.colour), op.width, op.dashed))
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
            painter.setPen(_pen(palette.stroke(op.colour), op.width, op.dashed))
            painter.drawPath(path)
            painter.restore()
        elif isinstance(op, BandOp):
            draw_band(painter, op, palette)
        elif isinstance(op, PhotoOp):
            draw_photo(painter, op, log, palette)
        elif isinstance(op, PictureOp):
            draw_picture(painter, op, palette)
        elif isinstance(op, ArrowOp):
            draw_arrow(painter, op, palette)
        elif isinstance(op, MarkerOp):
            path = marker_path(op.shape, op.x, op.y, op.size)
            colour = QColor(palette.stroke(op.colour))
            if op.hollow:
                painter.setBrush(QColor(palette.paper))
                painter.setPen(QPen(colour, max(2.0, op.size / 6)))
            else:
                painter.setBrush(colour)
                painter.setPen(QPen(QColor(palette.paper), max(1.0, op.size / 12)))
            painter.drawPath(path)
    return backdrop
