"""Draw a :class:`MapLayout` on a ReportLab canvas: the map as vector shapes and real text.

The poster, the tiled pages and the digest's thumbnails all use this painter,
with their own scale and offset. Layout coordinates have y downwards; the
painter maps them to PDF space itself (no mirrored text tricks), and skips
whatever lies outside the visible part (tiles draw only their own piece).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from ..layout import REGULAR, MapLayout, Rect, TextBlock, text_width
from ..layout.boxes import CardBox, LaneLegend
from ..layout.emotion import marker_outline
from ..layout.emotion_labels import LABEL_PLATE_OPACITY, LABEL_PLATE_RADIUS, label_plate
from ..layout.emotion_legend import KEY_MARKER
from ..layout.fonts import register_fonts
from ..layout.shaping import FontReport, shape

GRID_LINE = "#c9ced6"
HEADER_FILL = "#f2f4f7"
TITLE_COLUMN_FILL = "#e9edf2"


@cache
def rgb(colour: str) -> tuple[float, float, float]:
    return (int(colour[1:3], 16) / 255, int(colour[3:5], 16) / 255, int(colour[5:7], 16) / 255)


class MapPainter:
    """Paints one layout at ``scale`` with layout point (0, 0) at PDF point (ox, top)."""

    def __init__(self, canvas: Canvas, layout: MapLayout, scale: float, ox: float, top: float,
                 report: FontReport | None = None, visible: Rect | None = None,
                 min_text_size: float = 0.0, cards: Iterable[CardBox] | None = None) -> None:
        """``min_text_size``: text printed smaller than this is drawn as grey bars (thumbnails).

        ``cards``: the cards that may lie in ``visible`` (a tile's share), so a
        page of a big map does not test every card; None: all of them.
        """
        self.cards = cards
        register_fonts()
        self.min_text_size = min_text_size
        self.c = canvas
        self.layout = layout
        self.s = scale
        self.ox = ox
        self.top = top
        self.report = report
        self.visible = visible

    # coordinates -----------------------------------------------------------
    def X(self, x: float) -> float:  # noqa: N802 - reads like the maths
        return self.ox + x * self.s

    def Y(self, y: float) -> float:  # noqa: N802
        return self.top - y * self.s

    def shows(self, r: Rect) -> bool:
        v = self.visible
        return v is None or (r.x < v.right and v.x < r.right and r.y < v.bottom and v.y < r.bottom)

    # primitives --------------------------------------------------------------
    def fill(self, colour: str) -> None:
        self.c.setFillColorRGB(*rgb(colour))

    def stroke(self, colour: str, width: float = 0.5, dash: tuple[float, ...] = ()) -> None:
        self.c.setStrokeColorRGB(*rgb(colour))
        self.c.setLineWidth(width * self.s)
        if dash:
            self.c.setDash([d * self.s for d in dash])
        else:
            self.c.setDash()

    def rect(self, r: Rect, fill: str | None, stroke: str | None = None, width: float = 0.5,
             radius: float = 0.0, dash: tuple[float, ...] = ()) -> None:
        if fill:
            self.fill(fill)
        if stroke:
            self.stroke(stroke, width, dash)
        x, y, w, h = self.X(r.x), self.Y(r.bottom), r.w * self.s, r.h * self.s
        if radius * self.s >= 0.6:
            self.c.roundRect(x, y, w, h, radius * self.s, stroke=int(bool(stroke)), fill=int(bool(fill)))
        else:
            self.c.rect(x, y, w, h, stroke=int(bool(stroke)), fill=int(bool(fill)))

    def line(self, x0: float, y0: float, x1: float, y1: float, colour: str, width: float = 0.5,
             dash: tuple[float, ...] = ()) -> None:
        self.stroke(colour, width, dash)
        self.c.line(self.X(x0), self.Y(y0), self.X(x1), self.Y(y1))

    def text(self, block: TextBlock | None) -> None:
        if block is None or not block.lines or not self.shows(block.rect):
            return
        size = block.size * self.s
        if size < self.min_text_size:
            if size >= self.min_text_size / 4:  # below that even a bar is a speck
                self.greek(block)
            return
        t = self.c.beginText()  # one text object per block: far fewer operators than drawString per line
        t.setFillColorRGB(*rgb(block.colour))
        current = ""
        for line, base in zip(block.lines, block.baselines(), strict=False):
            parts = [(run.face, run.text) for run in shape(line, block.font, self.report)]
            if block.align == "left":
                x = self.X(block.rect.x)
            else:
                width = sum(pdfmetrics.stringWidth(part, f, size) for f, part in parts)
                free = block.rect.w * self.s - width
                x = self.X(block.rect.x) + (free if block.align == "right" else free / 2)
            t.setTextOrigin(x, self.Y(base))
            for font, text in parts:
                if font != current:
                    t.setFont(font, size)
                    current = font
                # one run: no need for textOut's width measuring (it only moves the cursor along)
                t.textOut(text) if len(parts) > 1 else t._textOut(text)
        self.c.drawText(t)

    def greek(self, block: TextBlock) -> None:
        """Lines too small to read in a thumbnail: a bar per line, as long as the line."""
        self.c.setFillColorRGB(*rgb("#b4bac2" if block.colour != "#ffffff" else "#ffffff"))
        for line, base in zip(block.lines, block.baselines(), strict=False):
            w = min(block.rect.w, text_width(line, block.font, block.size))
            x = block.rect.x if block.align == "left" else block.rect.x + (block.rect.w - w) / 2
            self.c.rect(self.X(x), self.Y(base), w * self.s, block.size * 0.55 * self.s, stroke=0, fill=1)

    # the map -----------------------------------------------------------------
    def draw(self) -> None:
        L = self.layout
        c = self.c
        c.saveState()
        c.setLineJoin(1)
        c.setLineCap(1)
        self.draw_header()
        self.draw_lanes()
        self.draw_stages_and_steps()
        self.draw_grid_lines()
        for card in L.cards.values() if self.cards is None else self.cards:
            if self.shows(card.rect):
                self.draw_card(card)
        self.draw_emotion()
        self.draw_blueprint_lines()
        c.restoreState()

    def draw_header(self) -> None:
        h = self.layout.header
        if h is None or not self.shows(h.rect):
            return
        self.text(h.title)
        self.text(h.details)
        self.text(h.scenario)
        for entry in self.layout.legend:
            sw = entry.swatch
            cy = sw.y + sw.h / 2
            self.line(sw.x, cy, sw.right, cy, entry.colour, 1.6, entry.dash)
            self.marker(entry.marker, sw.x + sw.w / 2, cy, self.layout.options.marker_size / 2,
                        entry.colour, hollow=entry.kind == "to_be")
            self.text(entry.label)

    def draw_lanes(self) -> None:
        L = self.layout
        title_w = L.options.lane_title_width
        for lane in L.lanes.values():
            if not self.shows(lane.rect):
                continue
            self.rect(lane.rect, lane.fill)
            self.rect(Rect(lane.rect.x, lane.rect.y, title_w, lane.rect.h), TITLE_COLUMN_FILL)
            self.text(lane.title)

    def draw_stages_and_steps(self) -> None:
        L = self.layout
        for stage in L.stages.values():
            if self.shows(stage.rect):
                self.rect(stage.rect, stage.colour, "#ffffff", 1.5)
                self.text(stage.title)
        for step in L.steps.values():
            if not self.shows(step.rect):
                continue
            self.rect(step.rect, HEADER_FILL, GRID_LINE, 0.5)
            if step.moment_of_truth:
                self.rect(Rect(step.rect.x, step.rect.y, step.rect.w, 2.5), "#b3261e")
                if step.moment_mark:
                    m = step.moment_mark
                    self.marker("star", m.x + m.w / 2, m.y + m.h / 2, m.w / 2, "#b3261e")
            self.text(step.title)
            for badge in step.metrics:
                self.text(badge)

    def draw_grid_lines(self) -> None:
        L = self.layout
        if not L.lanes:
            return
        top = min(lane.rect.y for lane in L.lanes.values())
        bottom = max(lane.rect.bottom for lane in L.lanes.values())
        for step in L.steps.values():
            col = step.column
            if self.shows(col):
                self.line(col.right, top, col.right, bottom, GRID_LINE, 0.5)
        x0, x1 = L.grid.x, L.grid.right
        for lane in L.lanes.values():
            if self.shows(lane.rect):
                self.line(x0, lane.rect.bottom, x1, lane.rect.bottom, GRID_LINE, 0.5)
        self.line(x0 + L.options.lane_title_width, top, x0 + L.options.lane_title_width, bottom,
                  "#8d96a3", 0.8)

    def draw_card(self, card: CardBox) -> None:
        dash = (3.0, 2.0) if card.border == "dashed" else ()
        width = 1.2 if card.proposed or card.border == "dashed" else 0.6
        self.rect(card.rect, card.fill, card.border_colour, width, radius=4.0, dash=dash)
        if card.proposed:
            r = card.rect
            size = 9.0
            p = self.c.beginPath()
            p.moveTo(self.X(r.right - size), self.Y(r.y))
            p.lineTo(self.X(r.right - 3), self.Y(r.y))
            p.lineTo(self.X(r.right), self.Y(r.y + 3))
            p.lineTo(self.X(r.right), self.Y(r.y + size))
            p.close()
            self.fill(card.border_colour)
            self.c.drawPath(p, stroke=0, fill=1)
        self.text(card.text)
        for badge in card.badges:
            self.text(badge)

    def draw_emotion(self) -> None:
        L = self.layout
        emo = L.emotion
        if emo is None:
            return
        lane = L.lanes[emo.lane_id]
        if not self.shows(lane.rect):
            return
        size = L.options.small_size
        x_label = lane.rect.x + L.options.lane_title_width - L.options.cell_padding
        for value, y, label in emo.scale_ticks:
            colour = "#8d96a3" if value == 0 else "#dde1e6"
            self.line(emo.band.x, y, emo.band.right, y, colour, 0.8 if value == 0 else 0.5,
                      () if value == 0 else (2.0, 2.0))
            width = pdfmetrics.stringWidth(label, REGULAR, size)
            block = TextBlock(Rect(x_label - width - 2, y - size * 0.65, width + 2, size * 1.25), (label,),
                              REGULAR, size, size * 1.25, align="right", colour="#4a5360")
            self.text(block)
        if emo.legend is not None:
            self.draw_lane_legend(emo.legend)
        c = self.c
        for curve in emo.curves:
            self.stroke(curve.colour, 2.0 if curve.kind == "as_is" else 1.6, curve.dash)
            for run in curve.runs:
                if not run:
                    continue
                p = c.beginPath()
                p.moveTo(self.X(run[0][0]), self.Y(run[0][1]))
                for _x0, _y0, c1x, c1y, c2x, c2y, x1, y1 in run:
                    p.curveTo(self.X(c1x), self.Y(c1y), self.X(c2x), self.Y(c2y), self.X(x1), self.Y(y1))
                c.drawPath(p, stroke=1, fill=0)
            for point in curve.points:
                self.marker(curve.marker, point.x, point.y, L.options.marker_size / 2, curve.colour,
                            hollow=curve.kind == "to_be")
        for curve in emo.curves:  # labels last, on a plate that knocks the curves out behind them
            for block in curve.label_blocks.values():
                if self.shows(block.rect):
                    c.saveState()
                    c.setFillAlpha(LABEL_PLATE_OPACITY)
                    self.rect(label_plate(block), lane.fill, radius=LABEL_PLATE_RADIUS)
                    c.restoreState()
                self.text(block)

    def draw_lane_legend(self, legend: LaneLegend) -> None:
        """The persona legend in the emotion lane's title cell (the canvas draws the same, items/legend.py)."""
        if not self.shows(legend.rect):
            return
        r = self.layout.options.marker_size / 2
        for key in legend.personas:
            self.marker(key.marker, key.x, key.y, r, key.colour)
            self.text(key.name)
        for line in legend.lines:
            self.line(line.x0, line.y, line.x1, line.y, line.colour, 1.2, line.dash)
            self.marker("circle", (line.x0 + line.x1) / 2, line.y, KEY_MARKER / 2, line.colour,
                        hollow=line.kind == "to_be", rim=line.colour)
            self.text(line.label)

    def draw_blueprint_lines(self) -> None:
        for line in self.layout.blueprint_lines:
            if self.visible is not None and not (self.visible.y <= line.y <= self.visible.bottom):
                continue
            self.line(line.x0, line.y, line.x1, line.y, "#37474f", 1.2, (6.0, 3.0))
            self.text(line.text)

    def marker(self, shape: str, x: float, y: float, r: float, colour: str, hollow: bool = False,
               rim: str | None = None) -> None:
        c = self.c
        X, Y, s = self.X(x), self.Y(y), self.s
        rr = r * s
        c.setStrokeColorRGB(*rgb(rim or (colour if hollow else "#ffffff")))
        c.setLineWidth(1.0 * s)
        c.setDash()
        self.fill("#ffffff" if hollow else colour)
        marker_path(c, shape, X, Y, rr)


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
