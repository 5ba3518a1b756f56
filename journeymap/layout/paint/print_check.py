"""What a print shop checks on a file before it prints: the thinnest line and the smallest text. No Qt.

Measured on the plan, at the scale it will be printed: a hairline thinner than
0.25 pt may not print at all, and text under 6 pt cannot be read on a wall.
The poster player keeps every line at :data:`MIN_LINE` or more; the smallest
text is said to the person exporting (never printed on the page).
"""

from __future__ import annotations

from dataclasses import dataclass

from .primitives import Arrow, Box, Circle, Line, Marker, Path, Plan, Text

MIN_LINE = 0.25  # pt: thinner lines may vanish on a plotter or an offset press
MIN_TEXT = 6.0  # pt: the smallest type a poster should carry


@dataclass(frozen=True)
class PrintSizes:
    """The smallest text and the thinnest line of a plan printed at some scale, in points on paper."""

    smallest_text: float
    thinnest_line: float

    @property
    def text_too_small(self) -> bool:
        return self.smallest_text < MIN_TEXT - 1e-9


def print_sizes(plans: list[Plan], scale: float) -> PrintSizes:
    """The smallest text size and thinnest stroke of ``plans`` printed at ``scale`` (inf when there is none)."""
    text = line = float("inf")
    for plan in plans:
        for shape in plan.shapes():
            if isinstance(shape, Text):
                if shape.lines:
                    text = min(text, shape.size)
            elif isinstance(shape, Box | Circle | Path):
                if shape.stroke is not None:
                    line = min(line, shape.stroke.width)
            elif isinstance(shape, Line | Marker | Arrow):
                line = min(line, shape.stroke.width)
    return PrintSizes(text * scale, line * scale)
