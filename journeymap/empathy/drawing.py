"""An empathy sheet's shapes, in the paint plan's vocabulary: a sheet is a :class:`~journeymap.layout.paint.Plan`.

Coordinates are points from the page's top-left corner, y downwards. These
helpers keep the sheet's code short (x, y, w, h and a colour name); what they
make is what the map's plan is made of, played by the same PDF, SVG and PNG players.
"""

from __future__ import annotations

from ..layout.geometry import Rect
from ..layout.paint import Box, Circle, Image, Line, Plan, text_at
from ..layout.style import Stroke

__all__ = ["Plan", "box", "circle", "picture", "rule", "text_at"]


def box(x: float, y: float, w: float, h: float, fill: str | None = None, stroke: str | None = None,
        line_width: float = 1.0, radius: float = 0.0) -> Box:
    return Box(Rect(x, y, w, h), fill, Stroke(stroke, line_width) if stroke else None, radius)


def circle(cx: float, cy: float, r: float, fill: str | None = None, stroke: str | None = None,
           line_width: float = 1.0) -> Circle:
    return Circle(cx, cy, r, fill, Stroke(stroke, line_width) if stroke else None)


def rule(x1: float, y1: float, x2: float, y2: float, colour: str, width: float,
         dash: tuple[float, ...] = ()) -> Line:
    return Line(x1, y1, x2, y2, Stroke(colour, width, dash))


def picture(x: float, y: float, d: float, media_type: str, data: bytes) -> Image:
    """A photo in a circle of diameter ``d`` with its top-left at (x, y)."""
    return Image(Rect(x, y, d, d), media_type, data, round=True)
