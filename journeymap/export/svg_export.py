"""The whole map as SVG, drawn from the shared layout (no Qt): for slides and wikis.

Text stays text (searchable, selectable); fonts are named, not embedded, so
the SVG asks for DejaVu Sans first, which has the metrics the layout wrapped with.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ..layout import LayoutOptions, MapLayout, Rect, TextBlock, layout_map
from ..layout.boxes import LaneLegend
from ..layout.emotion import marker_outline
from ..layout.emotion_labels import LABEL_PLATE_OPACITY, LABEL_PLATE_RADIUS, label_plate
from ..layout.emotion_legend import KEY_MARKER
from ..model import JourneyMap
from .pdf_draw import GRID_LINE, HEADER_FILL, TITLE_COLUMN_FILL

FONT = "'DejaVu Sans', Verdana, 'Noto Sans', sans-serif"


def _n(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".")


class SvgWriter:
    def __init__(self, layout: MapLayout) -> None:
        self.L = layout
        self.out: list[str] = []

    def rect(self, r: Rect, fill: str | None, stroke: str | None = None, width: float = 0.5,
             radius: float = 0.0, dash: tuple[float, ...] = ()) -> None:
        attrs = f'x="{_n(r.x)}" y="{_n(r.y)}" width="{_n(r.w)}" height="{_n(r.h)}"'
        if radius:
            attrs += f' rx="{_n(radius)}"'
        attrs += f' fill="{fill or "none"}"'
        if stroke:
            attrs += f' stroke="{stroke}" stroke-width="{_n(width)}"'
            if dash:
                attrs += f' stroke-dasharray="{" ".join(_n(d) for d in dash)}"'
        self.out.append(f"<rect {attrs}/>")

    def line(self, x0: float, y0: float, x1: float, y1: float, colour: str, width: float = 0.5,
             dash: tuple[float, ...] = ()) -> None:
        d = f' stroke-dasharray="{" ".join(_n(v) for v in dash)}"' if dash else ""
        self.out.append(f'<line x1="{_n(x0)}" y1="{_n(y0)}" x2="{_n(x1)}" y2="{_n(y1)}" stroke="{colour}" '
                        f'stroke-width="{_n(width)}"{d}/>')

    def text(self, block: TextBlock | None) -> None:
        if block is None or not block.lines:
            return
        anchor, x = {"left": ("start", block.rect.x), "center": ("middle", block.rect.x + block.rect.w / 2),
                     "right": ("end", block.rect.right)}[block.align]
        style = f'font-size="{_n(block.size)}" fill="{block.colour}" text-anchor="{anchor}"'
        if block.bold:
            style += ' font-weight="bold"'
        if block.italic:
            style += ' font-style="italic"'
        # one <text> per line: Qt's SVG renderer (SVG Tiny) ignores positioned <tspan>s
        lines = "".join(f'<text x="{_n(x)}" y="{_n(y)}">{escape(line)}</text>'
                        for line, y in zip(block.lines, block.baselines(), strict=False))
        self.out.append(f"<g {style}>{lines}</g>")

    def marker(self, shape: str, x: float, y: float, r: float, colour: str, hollow: bool,
               rim: str | None = None) -> None:
        fill, stroke = ("#ffffff", colour) if hollow else (colour, "#ffffff")
        stroke = rim or stroke
        paint = f'fill="{fill}" stroke="{stroke}" stroke-width="1"'
        if shape == "circle":
            self.out.append(f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(r)}" {paint}/>')
            return
        if shape == "square":
            self.out.append(f'<rect x="{_n(x - r * .9)}" y="{_n(y - r * .9)}" width="{_n(r * 1.8)}" '
                            f'height="{_n(r * 1.8)}" {paint}/>')
            return
        pts = marker_outline(shape)
        points = " ".join(f"{_n(x + px * r)},{_n(y + py * r)}" for px, py in pts)
        self.out.append(f'<polygon points="{points}" {paint}/>')

    def lane_legend(self, legend: LaneLegend) -> None:
        """The persona legend in the emotion lane's title cell, as the canvas and the PDF draw it."""
        r = self.L.options.marker_size / 2
        for key in legend.personas:
            self.marker(key.marker, key.x, key.y, r, key.colour, False)
            self.text(key.name)
        for line in legend.lines:
            self.line(line.x0, line.y, line.x1, line.y, line.colour, 1.2, line.dash)
            self.marker("circle", (line.x0 + line.x1) / 2, line.y, KEY_MARKER / 2, line.colour,
                        line.kind == "to_be", line.colour)
            self.text(line.label)

    def write(self, title: str) -> str:
        L = self.L
        o = self.out
        o.append('<?xml version="1.0" encoding="UTF-8"?>')
        o.append(f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{_n(L.width)}pt" '
                 f'height="{_n(L.height)}pt" viewBox="0 0 {_n(L.width)} {_n(L.height)}" '
                 f'font-family="{FONT}">')
        o.append(f"<title>{escape(title)}</title>")
        o.append(f'<rect width="{_n(L.width)}" height="{_n(L.height)}" fill="#ffffff"/>')
        if L.header:
            self.text(L.header.title)
            self.text(L.header.details)
            self.text(L.header.scenario)
        for e in L.legend:
            cy = e.swatch.y + e.swatch.h / 2
            self.line(e.swatch.x, cy, e.swatch.right, cy, e.colour, 1.6, e.dash)
            self.marker(e.marker, e.swatch.x + e.swatch.w / 2, cy, L.options.marker_size / 2, e.colour,
                        e.kind == "to_be")
            self.text(e.label)
        tw = L.options.lane_title_width
        for lane in L.lanes.values():
            self.rect(lane.rect, lane.fill)
            self.rect(Rect(lane.rect.x, lane.rect.y, tw, lane.rect.h), TITLE_COLUMN_FILL)
            self.text(lane.title)
        for stage in L.stages.values():
            self.rect(stage.rect, stage.colour, "#ffffff", 1.5)
            self.text(stage.title)
        for step in L.steps.values():
            self.rect(step.rect, HEADER_FILL, GRID_LINE)
            if step.moment_of_truth:
                self.rect(Rect(step.rect.x, step.rect.y, step.rect.w, 2.5), "#b3261e")
                if step.moment_mark:
                    m = step.moment_mark
                    self.marker("star", m.x + m.w / 2, m.y + m.h / 2, m.w / 2, "#b3261e", False)
            self.text(step.title)
            for b in step.metrics:
                self.text(b)
        if L.lanes:
            top = min(lane.rect.y for lane in L.lanes.values())
            bottom = max(lane.rect.bottom for lane in L.lanes.values())
            for step in L.steps.values():
                self.line(step.column.right, top, step.column.right, bottom, GRID_LINE)
            for lane in L.lanes.values():
                self.line(L.grid.x, lane.rect.bottom, L.grid.right, lane.rect.bottom, GRID_LINE)
        for card in L.cards.values():
            dash = (3.0, 2.0) if card.border == "dashed" else ()
            width = 1.2 if card.proposed or dash else 0.6
            o.append(f'<g id="card-{card.card_id}">')
            self.rect(card.rect, card.fill, card.border_colour, width, 4.0, dash)
            if card.proposed:
                r = card.rect
                o.append(f'<polygon points="{_n(r.right - 9)},{_n(r.y)} {_n(r.right - 3)},{_n(r.y)} '
                         f'{_n(r.right)},{_n(r.y + 3)} {_n(r.right)},{_n(r.y + 9)}" fill="{card.border_colour}"/>')
            self.text(card.text)
            for b in card.badges:
                self.text(b)
            o.append("</g>")
        emo = L.emotion
        if emo:
            x_label = L.lanes[emo.lane_id].rect.x + tw - L.options.cell_padding
            for value, y, label in emo.scale_ticks:
                self.line(emo.band.x, y, emo.band.right, y, "#8d96a3" if value == 0 else "#dde1e6",
                          0.8 if value == 0 else 0.5, () if value == 0 else (2.0, 2.0))
                o.append(f'<text x="{_n(x_label)}" y="{_n(y + 2.5)}" font-size="{_n(L.options.small_size)}" '
                         f'fill="#4a5360" text-anchor="end">{escape(label)}</text>')
            if emo.legend is not None:
                self.lane_legend(emo.legend)
            for curve in emo.curves:
                dash = f' stroke-dasharray="{" ".join(_n(d) for d in curve.dash)}"' if curve.dash else ""
                for run in curve.runs:
                    if not run:
                        continue
                    d = f"M{_n(run[0][0])},{_n(run[0][1])}" + "".join(
                        f" C{_n(s[2])},{_n(s[3])} {_n(s[4])},{_n(s[5])} {_n(s[6])},{_n(s[7])}" for s in run)
                    o.append(f'<path d="{d}" fill="none" stroke="{curve.colour}" '
                             f'stroke-width="{2.0 if curve.kind == "as_is" else 1.6}"{dash}/>')
                for p in curve.points:
                    self.marker(curve.marker, p.x, p.y, L.options.marker_size / 2, curve.colour,
                                curve.kind == "to_be")
            fill = L.lanes[emo.lane_id].fill
            for curve in emo.curves:  # on a plate that knocks the curves out behind the label
                for block in curve.label_blocks.values():
                    r = label_plate(block)
                    o.append(f'<rect x="{_n(r.x)}" y="{_n(r.y)}" width="{_n(r.w)}" height="{_n(r.h)}" '
                             f'rx="{_n(LABEL_PLATE_RADIUS)}" fill="{fill}" '
                             f'fill-opacity="{LABEL_PLATE_OPACITY}"/>')
                    self.text(block)
        for bl in L.blueprint_lines:
            self.line(bl.x0, bl.y, bl.x1, bl.y, "#37474f", 1.2, (6.0, 3.0))
            self.text(bl.text)
        o.append("</svg>")
        return "\n".join(o) + "\n"


def svg_text(journey: JourneyMap, options: LayoutOptions | None = None) -> str:
    return SvgWriter(layout_map(journey, options)).write(journey.title)


def export_svg(journey: JourneyMap, out: Path | str) -> Path:
    Path(out).write_text(svg_text(journey), encoding="utf-8")
    return Path(out)


__all__ = ["export_svg", "quoteattr", "svg_text"]
