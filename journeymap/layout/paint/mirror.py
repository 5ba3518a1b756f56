"""A plan mirrored left to right: a sheet laid out for a language written right to left. No Qt.

An empathy sheet in Arabic reads from the right: its title, header fields,
section headings and badges start at the right edge and its areas are met in
that order. Its plan is made as for a left-to-right language and then
mirrored here: every shape moves to the other side of the page and every line
of text that was set flush left is set flush right (and the other way round).
Letters are never flipped: each line is still shaped in its own direction.
"""

from __future__ import annotations

from dataclasses import replace

from ..geometry import Rect
from .primitives import Arrow, Box, Circle, Group, Image, Item, Line, Marker, Path, Plan, Segment, Text

_FLIPPED = {"left": "right", "right": "left", "center": "center"}


def mirrored(plan: Plan) -> Plan:
    """``plan`` with every item reflected about the page's vertical centre line."""
    width = plan.width

    def x(v: float) -> float:
        return width - v

    def rect(r: Rect) -> Rect:
        return Rect(width - r.x - r.w, r.y, r.w, r.h)

    def item(i: Item) -> Item:
        if isinstance(i, Text):
            return replace(i, rect=rect(i.rect), align=_FLIPPED[i.align])  # type: ignore[arg-type]
        if isinstance(i, Box):
            return Box(rect(i.rect), i.fill, i.stroke, i.radius, i.opacity)
        if isinstance(i, Circle):
            return Circle(x(i.cx), i.cy, i.r, i.fill, i.stroke)
        if isinstance(i, Line):
            return Line(x(i.x0), i.y0, x(i.x1), i.y1, i.stroke)
        if isinstance(i, Image):
            return Image(rect(i.rect), i.media_type, i.data, i.round)
        if isinstance(i, Marker):
            return Marker(i.shape, x(i.x), i.y, i.r, i.fill, i.stroke)
        if isinstance(i, Arrow):
            return Arrow(x(i.x0), i.y0, x(i.x1), i.y1, i.stroke, i.head)
        if isinstance(i, Path):
            runs = tuple(((x(sx), sy), tuple(_segment(seg, width) for seg in segs)) for (sx, sy), segs in i.runs)
            return Path(runs, i.fill, i.stroke, i.closed, i.opacity)
        if isinstance(i, Group):
            bounds = None if i.bounds is None else rect(i.bounds)
            return Group(i.kind, i.ids, bounds, tuple(item(k) for k in i.items))
        raise TypeError(f"cannot mirror {type(i).__name__}")

    return Plan(plan.width, plan.height, plan.title, [item(i) for i in plan.items], plan.round_caps)


def _segment(seg: Segment, width: float) -> Segment:
    if len(seg) == 2:
        return (width - seg[0], seg[1])
    c1x, c1y, c2x, c2y, ex, ey = seg
    return (width - c1x, c1y, width - c2x, c2y, width - ex, ey)
