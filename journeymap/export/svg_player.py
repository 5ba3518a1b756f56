"""Play a paint plan as an SVG document (no Qt): the map, and each empathy sheet.

Text stays text (searchable, selectable); fonts are named, not embedded, so
the SVG asks for DejaVu Sans first, which has the metrics the layout wrapped
with, and the viewer's own fonts draw what DejaVu lacks (emoji stay emoji).
Each card's shapes are one ``<g id="card-...">``.
"""

from __future__ import annotations

import base64
from xml.sax.saxutils import escape

from ..layout.emotion import marker_outline
from ..layout.fonts import BOLD, ITALIC
from ..layout.paint import Arrow, Box, Circle, Group, Image, Item, Line, Marker, Path, Plan, Text
from ..layout.style import Stroke
from .pdf_player import arrow_head

FONT = "'DejaVu Sans', Verdana, 'Noto Sans', sans-serif"
_ANCHORS = {"left": "start", "center": "middle", "right": "end"}


def _n(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".")


def _stroke(stroke: Stroke | None) -> str:
    if stroke is None:
        return ""
    out = f' stroke="{stroke.colour}" stroke-width="{_n(stroke.width)}"'
    if stroke.dash:
        out += f' stroke-dasharray="{" ".join(_n(d) for d in stroke.dash)}"'
    return out


class SvgPlayer:
    """Collects the SVG elements of a plan's items, one per line."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.clips = 0

    def play(self, items: list[Item] | tuple[Item, ...]) -> None:
        for item in items:
            if isinstance(item, Group):
                if item.kind in ("card", "arrow"):
                    self.out.append(f'<g id="{item.kind}-{item.ids[0]}">')
                    self.play(item.items)
                    self.out.append("</g>")
                else:
                    self.play(item.items)
            else:
                self.shape(item)

    def shape(self, s: object) -> None:  # noqa: C901 - one branch per kind of shape, flat on purpose
        o = self.out
        if isinstance(s, Text):
            if s.lines:
                o.append(_text(s))
        elif isinstance(s, Box):
            r = s.rect
            attrs = f'x="{_n(r.x)}" y="{_n(r.y)}" width="{_n(r.w)}" height="{_n(r.h)}"'
            if s.radius:
                attrs += f' rx="{_n(s.radius)}"'
            attrs += f' fill="{s.fill or "none"}"'
            if s.opacity < 1.0:
                attrs += f' fill-opacity="{s.opacity}"'
            o.append(f"<rect {attrs}{_stroke(s.stroke)}/>")
        elif isinstance(s, Line):
            o.append(f'<line x1="{_n(s.x0)}" y1="{_n(s.y0)}" x2="{_n(s.x1)}" y2="{_n(s.y1)}"{_stroke(s.stroke)}/>')
        elif isinstance(s, Marker):
            o.append(_marker(s))
        elif isinstance(s, Path):
            o.extend(_path(s))
        elif isinstance(s, Circle):
            o.append(f'<circle cx="{_n(s.cx)}" cy="{_n(s.cy)}" r="{_n(s.r)}" fill="{s.fill or "none"}"'
                     f'{_stroke(s.stroke)}/>')
        elif isinstance(s, Image):
            o.append(self._image(s))
        elif isinstance(s, Arrow):
            tip, left, right = arrow_head(s)
            if s.via:
                points = " ".join(f"{_n(x)},{_n(y)}" for x, y in s.points())
                o.append(f'<polyline points="{points}" fill="none"{_stroke(s.stroke)}/>')
            else:
                o.append(f'<line x1="{_n(s.x0)}" y1="{_n(s.y0)}" x2="{_n(s.x1)}" y2="{_n(s.y1)}"{_stroke(s.stroke)}/>')
            o.append(f'<polygon points="{" ".join(f"{_n(x)},{_n(y)}" for x, y in (tip, left, right))}" '
                     f'fill="{s.stroke.colour}"/>')

    def _image(self, s: Image) -> str:
        r = s.rect
        href = f"data:{s.media_type};base64,{base64.b64encode(s.data).decode('ascii')}"
        box = f'x="{_n(r.x)}" y="{_n(r.y)}" width="{_n(r.w)}" height="{_n(r.h)}"'
        clip = ""
        if s.round:
            self.clips += 1
            clip = (f'<clipPath id="clip{self.clips}"><circle cx="{_n(r.x + r.w / 2)}" cy="{_n(r.y + r.h / 2)}" '
                    f'r="{_n(min(r.w, r.h) / 2)}"/></clipPath>')
        use = f' clip-path="url(#clip{self.clips})"' if s.round else ""
        title = f"<title>{escape(s.alt)}</title>" if s.alt else ""
        alt = f' aria-label="{escape(s.alt, {chr(34): "&quot;"})}"' if s.alt else ""
        tag = f'<image {box} preserveAspectRatio="xMidYMid slice"{use}{alt} xlink:href="{href}"'
        return f"{clip}{tag}>{title}</image>" if title else f"{clip}{tag}/>"


def _text(s: Text) -> str:
    r = s.rect
    x = r.x if s.align == "left" else r.x + r.w / 2 if s.align == "center" else r.right
    style = f'font-size="{_n(s.size)}" fill="{s.colour}" text-anchor="{_ANCHORS[s.align]}"'
    if s.font == BOLD:
        style += ' font-weight="bold"'
    if s.font == ITALIC:
        style += ' font-style="italic"'
    # a right-to-left paragraph is an embedding (RLE ... PDF) inside the line, not an SVG direction: browsers
    # read text-anchor by the direction (``end`` would be the left end) and Qt ignores it; both apply the
    # embedding, so the words are ordered right to left and the anchor stays where the layout put it
    wrap = ("\u202b", "\u202c") if s.direction == "rtl" else ("", "")
    # one <text> per line: Qt's SVG renderer (SVG Tiny) ignores positioned <tspan>s
    lines = "".join(f'<text x="{_n(x)}" y="{_n(y)}">{wrap[0]}{escape(line)}{wrap[1]}</text>'
                    for line, y in zip(s.lines, s.baselines(), strict=True))
    return f"<g {style}>{lines}</g>"


def _marker(m: Marker) -> str:
    x, y, r = m.x, m.y, m.r
    paint = f'fill="{m.fill}"{_stroke(m.stroke)}'
    if m.shape == "circle":
        return f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(r)}" {paint}/>'
    if m.shape == "square":
        return (f'<rect x="{_n(x - r * .9)}" y="{_n(y - r * .9)}" width="{_n(r * 1.8)}" '
                f'height="{_n(r * 1.8)}" {paint}/>')
    points = " ".join(f"{_n(x + px * r)},{_n(y + py * r)}" for px, py in marker_outline(m.shape))
    return f'<polygon points="{points}" {paint}/>'


def _path(p: Path) -> list[str]:
    paint = f'fill="{p.fill or "none"}"{_stroke(p.stroke)}' + (f' fill-opacity="{p.opacity}"' if p.opacity < 1.0 else "")
    out = []
    for (x, y), segments in p.runs:
        if p.closed and all(len(seg) == 2 for seg in segments):
            points = " ".join(f"{_n(seg[0])},{_n(seg[1])}" for seg in [(x, y), *segments])
            out.append(f'<polygon points="{points}" {paint}/>')
            continue
        d = f"M{_n(x)},{_n(y)}" + "".join(
            f" C{_n(s[0])},{_n(s[1])} {_n(s[2])},{_n(s[3])} {_n(s[4])},{_n(s[5])}" if len(s) == 6
            else f" L{_n(s[0])},{_n(s[1])}" for s in segments) + (" Z" if p.closed else "")
        out.append(f'<path d="{d}" {paint}/>')
    return out


def svg_document(plan: Plan) -> str:
    """``plan`` as a standalone SVG document, sizes in points."""
    w, h = _n(plan.width), _n(plan.height)
    player = SvgPlayer()
    player.play(plan.items)
    images = any(isinstance(s, Image) for s in plan.shapes())
    xlink = ' xmlns:xlink="http://www.w3.org/1999/xlink"' if images else ""
    caps = ' stroke-linecap="round" stroke-linejoin="round"' if plan.round_caps else ""
    head = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg"{xlink} version="1.1" width="{w}pt" height="{h}pt" '
        f'viewBox="0 0 {w} {h}" font-family="{FONT}"{caps}>',
        f"<title>{escape(plan.title)}</title>",
        f'<rect width="{w}" height="{h}" fill="#ffffff"/>',
    ]
    return "\n".join([*head, *player.out, "</svg>"]) + "\n"
