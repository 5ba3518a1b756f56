"""A page as a list of simple shapes, so PDF, SVG and PNG all draw the same thing.

Coordinates are points (1/72 in) from the page's top-left corner, y downwards.
Text items are single lines already wrapped by the layout, which measures them
with the same embedded fonts the PDF uses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Anchor = Literal["start", "middle", "end"]


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float
    fill: str | None = None
    stroke: str | None = None
    line_width: float = 1.0
    radius: float = 0.0
    dash: tuple[float, ...] = ()


@dataclass(frozen=True)
class Circle:
    cx: float
    cy: float
    r: float
    fill: str | None = None
    stroke: str | None = None
    line_width: float = 1.0


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    stroke: str = "#000000"
    line_width: float = 1.0
    dash: tuple[float, ...] = ()


@dataclass(frozen=True)
class Text:
    """One line of text; ``y`` is the baseline."""

    x: float
    y: float
    text: str
    font: str
    size: float
    colour: str = "#1a1a1a"
    anchor: Anchor = "start"


@dataclass(frozen=True)
class Picture:
    """A photo drawn inside a circle of diameter ``d`` at (x, y) top-left."""

    x: float
    y: float
    d: float
    media_type: str
    data: bytes


Shape = Box | Circle | Line | Text | Picture


@dataclass
class Page:
    width: float
    height: float
    title: str = ""
    shapes: list[Shape] = field(default_factory=list)

    def add(self, *shapes: Shape) -> None:
        self.shapes.extend(shapes)

    def texts(self) -> list[str]:
        return [s.text for s in self.shapes if isinstance(s, Text)]
