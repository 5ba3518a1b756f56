"""The paint plan's vocabulary: a few plain shapes every output can draw, in points, y downwards.

A plan is what to draw, in order, with every colour and line already chosen
from the style table; a player (PDF, SVG, PNG; HTML next) only translates each
shape to its own calls. Shapes are dataclasses with slots, to be read and never
changed (not frozen only because a frozen one takes five times as long to make:
a 3,000-card map makes some 14,000 of them).

Objects of the map are found by their ids: a :class:`Group` names the objects
it draws (a card, a lane, a persona's curve, a score label) and the part of
the page it covers, so a tile prints only the groups it shows, an SVG keeps a
card's shapes together, and (next) an HTML export can make each one a link.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..bidi import paragraph_direction
from ..boxes import TextBlock
from ..fonts import ASCENT, DESCENT
from ..geometry import Rect
from ..style import Stroke

Align = Literal["left", "center", "right"]
Anchor = Literal["start", "middle", "end"]  # where a single line's x is: its start, middle or end
Direction = Literal["ltr", "rtl"]


@dataclass(slots=True)
class Box:
    """A rectangle, with rounded corners when ``radius`` > 0; ``opacity`` applies to the fill."""

    rect: Rect
    fill: str | None = None
    stroke: Stroke | None = None
    radius: float = 0.0
    opacity: float = 1.0


@dataclass(slots=True)
class Circle:
    cx: float
    cy: float
    r: float
    fill: str | None = None
    stroke: Stroke | None = None


@dataclass(slots=True)
class Line:
    x0: float
    y0: float
    x1: float
    y1: float
    stroke: Stroke


#: A run of a path: its start point, then cubic segments (c1x, c1y, c2x, c2y, x, y), or points for straight ones.
Segment = tuple[float, float] | tuple[float, float, float, float, float, float]


@dataclass(slots=True)
class Path:
    """One or more runs drawn with one fill and stroke; a closed run is a polygon.

    Each run is ``(start, segments)``: a segment of two numbers is a straight
    line to that point, of six a cubic Bézier (two control points, then the end).
    """

    runs: tuple[tuple[tuple[float, float], tuple[Segment, ...]], ...]
    fill: str | None = None
    stroke: Stroke | None = None
    closed: bool = False
    opacity: float = 1.0  # of the fill (a measured curve's interval band is faint)


@dataclass(slots=True)
class Marker:
    """A persona's marker: its shape (the sign that is not colour, see ``emotion.MARKERS``), centre and radius."""

    shape: str
    x: float
    y: float
    r: float
    fill: str
    stroke: Stroke


#: Lines of text, already wrapped, each on its baseline (``baselines()``), aligned in ``rect``:
#: the layout's text box. ``font`` is the text engine's face (bold and italic are faces of their
#: own); a player that embeds fonts turns each line into shaped runs with
#: :func:`journeymap.layout.shaping.shape`, the one place that picks fallback faces and orders
#: right-to-left runs. The map's plan holds the layout's own boxes: nothing is copied.
Text = TextBlock


@dataclass(slots=True)
class Image:
    """A picture filling ``rect`` (cropped to it, centred), clipped to a circle when ``round``.

    ``alt`` says what it shows, for outputs that can carry it (SVG's title).
    """

    rect: Rect
    media_type: str
    data: bytes
    round: bool = False
    alt: str = ""


@dataclass(slots=True)
class Arrow:
    """An arrow from (x0, y0) through ``via`` to (x1, y1), its head at the end: the size of the head's sides.

    The line takes the stroke (dashed or not); the head is always filled solid,
    pointing along the last run.
    """

    x0: float
    y0: float
    x1: float
    y1: float
    stroke: Stroke
    head: float = 6.0
    via: tuple[tuple[float, float], ...] = ()

    def points(self) -> list[tuple[float, float]]:
        return [(self.x0, self.y0), *self.via, (self.x1, self.y1)]


Shape = Box | Circle | Line | Path | Marker | Text | Image | Arrow


@dataclass(slots=True)
class Group:
    """Shapes that draw the objects ``ids`` (of the ``kind``), within ``bounds``.

    A page or tile that does not show ``bounds`` skips the whole group (None:
    always drawn). A zero-height ``bounds`` is a horizontal line, shown when its
    ``y`` is on the page.
    """

    kind: str
    ids: tuple[str, ...]
    bounds: Rect | None
    items: tuple[Shape | Group, ...]


Item = Shape | Group


@dataclass
class Plan:
    """A page's worth of drawing: its size in points, its title, and the items in painting order.

    ``round_caps``: lines end and join round (the map), else square-cut (the sheets).
    """

    width: float
    height: float
    title: str = ""
    items: list[Item] = field(default_factory=list)
    round_caps: bool = False

    def add(self, *items: Item) -> None:
        self.items.extend(items)

    def shapes(self) -> list[Shape]:
        """Every shape, groups opened, in painting order."""
        out: list[Shape] = []

        def walk(items: tuple[Item, ...] | list[Item]) -> None:
            for item in items:
                if isinstance(item, Group):
                    walk(item.items)
                else:
                    out.append(item)

        walk(self.items)
        return out

    def texts(self) -> list[str]:
        """Every line of text, in painting order."""
        return [line for s in self.shapes() if isinstance(s, Text) for line in s.lines]

    def groups(self, kind: str | None = None) -> list[Group]:
        """Every group (of ``kind``), nested ones too, in painting order."""
        out: list[Group] = []

        def walk(items: tuple[Item, ...] | list[Item]) -> None:
            for item in items:
                if isinstance(item, Group):
                    if kind is None or item.kind == kind:
                        out.append(item)
                    walk(item.items)

        walk(self.items)
        return out


def text_at(x: float, baseline: float, text: str, face: str, size: float, colour: str,
            anchor: Anchor = "start", width: float = 0.0, direction: Direction | None = None) -> Text:
    """One line with its baseline at ``baseline``, starting, centred or ending at ``x`` (``width``: its measure).

    ``direction``: that of the paragraph the line belongs to (None: the line's
    own, from its first strong character), so "التاريخ:" keeps its colon at the left.
    """
    leading = size * 1.25
    top = baseline - ((leading - (ASCENT + DESCENT) * size) / 2 + ASCENT * size)
    left = x if anchor == "start" else x - width / 2 if anchor == "middle" else x - width
    align: Align = "left" if anchor == "start" else "center" if anchor == "middle" else "right"
    return TextBlock(Rect(left, top, width, leading), (text,), face, size, leading, align=align, colour=colour,
                     direction=direction or paragraph_direction(text))
