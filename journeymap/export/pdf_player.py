"""Play a paint plan on a ReportLab canvas: the poster, the tiles, the digest's drawings, the empathy sheets.

Plans have y downwards; the player maps a plan point (x, y) to the PDF point
(ox + x * scale, top - y * scale) itself (no mirrored text tricks), skips the
groups outside ``visible`` (a tile draws only its own piece) and, below
``min_text_size`` printed points, draws a line of text as a grey bar (a
thumbnail). Text is turned into shaped runs by the text engine
(:func:`journeymap.layout.shaping.shape`): a face per run, embedded.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Iterable
from functools import cache

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ..i18n import N_
from ..layout.emotion import marker_outline
from ..layout.fonts import register_fonts
from ..layout.geometry import Rect
from ..layout.paint import Arrow, Box, Circle, Group, Image, Item, Line, Marker, Path, Plan, Text
from ..layout.shaping import FontReport, shape
from ..layout.style import STYLE, Stroke, Style
from ..layout.text import text_width
from ..safety.photo_decode import PRINT_DPI
from ..safety.photo_decode import fitted as fitted_picture
from .pdf_text import LineWriter, fit_line


@cache
def rgb(colour: str) -> tuple[float, float, float]:
    return (int(colour[1:3], 16) / 255, int(colour[3:5], 16) / 255, int(colour[5:7], 16) / 255)


class PdfPlayer:
    """Draws plan items at ``scale`` with plan point (0, 0) at PDF point (ox, top)."""

    def __init__(self, canvas: Canvas, scale: float = 1.0, ox: float = 0.0, top: float = 0.0,
                 report: FontReport | None = None, visible: Rect | None = None, min_text_size: float = 0.0,
                 style: Style = STYLE, min_line_width: float = 0.0) -> None:
        register_fonts()
        self.c = canvas
        self.scale = scale
        self.ox = ox
        self.top = top
        self.report = report
        self.visible = visible
        self.min_text_size = min_text_size
        self.min_line_width = min_line_width  # a poster's print-shop minimum (``print_check.MIN_LINE``)
        self.style = style
        self._draw: dict[type, Callable] = {
            Group: self.group, Box: self.box, Circle: self.circle, Line: self.line, Path: self.path,
            Marker: self.marker, Text: self.text, Image: self.image, Arrow: self.arrow,
        }

    # coordinates -----------------------------------------------------------
    def page_x(self, x: float) -> float:
        return self.ox + x * self.scale

    def page_y(self, y: float) -> float:
        return self.top - y * self.scale

    def shows_round(self, x: float, y: float, reach: float) -> bool:
        """Whether a round shape of radius ``reach`` centred on (x, y) touches the visible part."""
        return self.visible is None or self.shows(Rect(x - reach, y - reach, 2 * reach, 2 * reach))

    def shows(self, r: Rect) -> bool:
        """Whether any of ``r`` is on the visible part; a zero-height ``r`` is a line, shown when its y is."""
        v = self.visible
        if v is None:
            return True
        if not (r.x < v.right and v.x < r.right):
            return False
        if r.h == 0:
            return v.y <= r.y <= v.bottom
        return r.y < v.bottom and v.y < r.bottom

    # playing -----------------------------------------------------------------
    def play(self, plan: Plan, items: Iterable[Item] | None = None) -> None:
        """Draw ``plan`` (or just ``items`` of it, in their order: a tile's share)."""
        c = self.c
        if plan.round_caps:
            c.saveState()
            c.setLineJoin(1)
            c.setLineCap(1)
        draw = self._draw
        for item in plan.items if items is None else items:
            draw[type(item)](item)
        if plan.round_caps:
            c.restoreState()

    def group(self, group: Group) -> None:
        if group.bounds is None or self.visible is None or self.shows(group.bounds):
            draw = self._draw
            for item in group.items:
                draw[type(item)](item)

    # paint -------------------------------------------------------------------
    def fill(self, colour: str) -> None:
        self.c.setFillColorRGB(*rgb(colour))

    def stroke(self, stroke: Stroke) -> None:
        c, s = self.c, self.scale
        c.setStrokeColorRGB(*rgb(stroke.colour))
        c.setLineWidth(max(stroke.width * s, self.min_line_width))
        if stroke.dash:
            c.setDash([d * s for d in stroke.dash])
        else:
            c.setDash()

    # shapes ------------------------------------------------------------------
    def box(self, b: Box) -> None:
        c, s, r = self.c, self.scale, b.rect
        if b.opacity < 1.0:
            c.saveState()
            c.setFillAlpha(b.opacity)
        if b.fill:
            self.fill(b.fill)
        if b.stroke:
            self.stroke(b.stroke)
        x, y, w, h = self.page_x(r.x), self.page_y(r.bottom), r.w * s, r.h * s
        if b.radius * s >= 0.6:
            c.roundRect(x, y, w, h, b.radius * s, stroke=int(bool(b.stroke)), fill=int(bool(b.fill)))
        else:
            c.rect(x, y, w, h, stroke=int(bool(b.stroke)), fill=int(bool(b.fill)))
        if b.opacity < 1.0:
            c.restoreState()

    def circle(self, o: Circle) -> None:
        if not self.shows_round(o.cx, o.cy, o.r + (o.stroke.width if o.stroke else 0)):
            return
        if o.fill:
            self.fill(o.fill)
        if o.stroke:
            self.stroke(o.stroke)
        self.c.circle(self.page_x(o.cx), self.page_y(o.cy), o.r * self.scale, stroke=int(bool(o.stroke)),
                      fill=int(bool(o.fill)))

    def line(self, ln: Line) -> None:
        self.stroke(ln.stroke)
        self.c.line(self.page_x(ln.x0), self.page_y(ln.y0), self.page_x(ln.x1), self.page_y(ln.y1))

    def path(self, p: Path) -> None:
        c, px, py = self.c, self.page_x, self.page_y
        if p.opacity < 1.0:
            c.saveState()
            c.setFillAlpha(p.opacity)
        if p.fill:
            self.fill(p.fill)
        if p.stroke:
            self.stroke(p.stroke)
        for (x, y), segments in p.runs:
            path = c.beginPath()
            path.moveTo(px(x), py(y))
            for seg in segments:
                if len(seg) == 6:
                    path.curveTo(px(seg[0]), py(seg[1]), px(seg[2]), py(seg[3]), px(seg[4]), py(seg[5]))
                else:
                    path.lineTo(px(seg[0]), py(seg[1]))
            if p.closed:
                path.close()
            c.drawPath(path, stroke=int(bool(p.stroke)), fill=int(bool(p.fill)))
        if p.opacity < 1.0:
            c.restoreState()

    def marker(self, m: Marker) -> None:
        if not self.shows_round(m.x, m.y, m.r + m.stroke.width):  # a curve's group spans the map: a tile
            return  # draws only its own markers
        c = self.c
        c.setStrokeColorRGB(*rgb(m.stroke.colour))
        c.setLineWidth(max(m.stroke.width * self.scale, self.min_line_width))
        if m.stroke.dash:
            c.setDash([d * self.scale for d in m.stroke.dash])
        else:
            c.setDash()
        self.fill(m.fill)
        marker_path(c, m.shape, self.page_x(m.x), self.page_y(m.y), m.r * self.scale)

    def arrow(self, a: Arrow) -> None:
        self.stroke(a.stroke)
        if a.via:
            line = self.c.beginPath()
            (x, y), *rest = a.points()
            line.moveTo(self.page_x(x), self.page_y(y))
            for x, y in rest:
                line.lineTo(self.page_x(x), self.page_y(y))
            self.c.drawPath(line, stroke=1, fill=0)
        else:
            self.c.line(self.page_x(a.x0), self.page_y(a.y0), self.page_x(a.x1), self.page_y(a.y1))
        self.c.setDash()
        self.fill(a.stroke.colour)
        path = self.c.beginPath()
        (x0, y0), (x1, y1), (x2, y2) = arrow_head(a)
        path.moveTo(self.page_x(x0), self.page_y(y0))
        path.lineTo(self.page_x(x1), self.page_y(y1))
        path.lineTo(self.page_x(x2), self.page_y(y2))
        path.close()
        self.c.drawPath(path, stroke=0, fill=1)

    def text(self, t: Text) -> None:
        if not t.lines or not self.shows(t.rect):
            return
        s = self.scale
        size = t.size * s
        if size < self.min_text_size:
            if size >= self.min_text_size / 4:  # below that even a bar is a speck
                self.greek(t)
            return
        obj = self.c.beginText()  # one text object per block: far fewer operators than drawString per line
        obj.setFillColorRGB(*rgb(t.colour))
        writer = LineWriter(obj, size)
        writer.colour = rgb(t.colour)
        left = self.page_x(t.rect.x)
        room = t.rect.w * s
        for line, base in zip(t.lines, t.baselines(), strict=True):
            runs = shape(line, t.font, self.report, t.direction)
            line_size, widths = fit_line(line, runs, size, room)
            writer.resize(line_size)
            if t.align == "left":
                x = left
            else:
                widths = widths or [run.width(size) for run in runs]
                free = room - sum(widths)
                x = left + (free if t.align == "right" else free / 2)
            writer.line(x, self.page_y(base), runs, widths)
        self.c.drawText(obj)
        writer.draw_marks(self.c)

    def greek(self, t: Text) -> None:
        """Lines too small to read in a thumbnail: a bar per line, as long as the line."""
        paper = self.style.paper
        self.fill(paper if t.colour == paper else self.style.thumbnail.greek)
        s, r = self.scale, t.rect
        for line, base in zip(t.lines, t.baselines(), strict=True):
            w = min(r.w, text_width(line, t.font, t.size))
            x = r.x if t.align == "left" else r.x + (r.w - w) / (1 if t.align == "right" else 2)
            self.c.rect(self.page_x(x), self.page_y(base), w * s, t.size * 0.55 * s, stroke=0, fill=1)

    def image(self, im: Image) -> None:
        c, s, r = self.c, self.scale, im.rect
        # as many pixels as the printed size needs at 300 dpi, never more (and never upsampled)
        fitted = fitted_picture(im.data, im.media_type, math.ceil(r.w * s / 72 * PRINT_DPI),
                                math.ceil(r.h * s / 72 * PRINT_DPI))
        try:
            if fitted is None:
                raise ValueError("damaged")
            picture = ImageReader(io.BytesIO(fitted[1]))
            iw, ih = picture.getSize()
        except Exception:  # a damaged picture must not stop the export
            if self.report:
                if im.alt:
                    self.report.warn(N_("the picture ‘{alt}’ could not be decoded and was left out"), alt=im.alt)
                else:
                    self.report.warn(N_("a picture could not be decoded and was left out"))
            return
        k = max(r.w / iw, r.h / ih) * s  # cover the box, centred; what spills over is clipped
        w, h = iw * k, ih * k
        x, top = self.page_x(r.x), self.page_y(r.y)
        c.saveState()
        clip = c.beginPath()
        if im.round:
            clip.circle(x + r.w * s / 2, top - r.h * s / 2, min(r.w, r.h) * s / 2)
        else:
            clip.rect(x, top - r.h * s, r.w * s, r.h * s)
        c.clipPath(clip, stroke=0, fill=0)
        c.drawImage(picture, x + (r.w * s - w) / 2, top - r.h * s + (r.h * s - h) / 2, w, h, mask="auto")
        c.restoreState()


def arrow_head(a: Arrow) -> tuple[tuple[float, float], tuple[float, float], tuple[float, float]]:
    """The head's three corners: the tip at the arrow's end, the two barbs behind it (30° either side)."""
    x0, y0 = a.via[-1] if a.via else (a.x0, a.y0)
    angle = math.atan2(a.y1 - y0, a.x1 - x0)
    left = (a.x1 - a.head * math.cos(angle - math.pi / 6), a.y1 - a.head * math.sin(angle - math.pi / 6))
    right = (a.x1 - a.head * math.cos(angle + math.pi / 6), a.y1 - a.head * math.sin(angle + math.pi / 6))
    return (a.x1, a.y1), left, right


def marker_path(c: Canvas, shape: str, x: float, y: float, r: float) -> None:
    """Stroke and fill a persona marker of radius ``r`` centred on PDF point (x, y), in the current colours.

    The poster, tiles and the digest's stage charts all draw markers with it, so a
    persona's shape is the same everywhere (the shape, not only the colour, tells personas apart).
    """
    if shape == "circle":
        c.circle(x, y, r, stroke=1, fill=1)
        return
    if shape == "square":
        c.rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8, stroke=1, fill=1)
        return
    pts = marker_outline(shape)
    p = c.beginPath()
    p.moveTo(x + pts[0][0] * r, y - pts[0][1] * r)  # the outline's y is downwards, the PDF's upwards
    for px, py in pts[1:]:
        p.lineTo(x + px * r, y - py * r)
    p.close()
    c.drawPath(p, stroke=1, fill=1)
