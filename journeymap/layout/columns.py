"""Where the grid's columns sit: one per step, each as wide as its step's cards.

A designer widens the column of a step whose cards hold long quotes, or narrows
the whole map's cards for a wall print; both widths are saved in the file
(``Step.card_width``, ``JourneyMap.card_width``), so the canvas and every export
place the same columns. Every path of the layout (a full layout, a re-layout
after an edit) asks this module, so the column edges are the same sums everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import JourneyMap, Step
from .options import LayoutOptions


def default_card_width(journey: JourneyMap, opts: LayoutOptions) -> float:
    """The width of a card whose step has none of its own: the map's, else the options' (150 pt)."""
    return float(journey.card_width) if journey.card_width is not None else opts.card_width


@dataclass(frozen=True, slots=True)
class Columns:
    """The grid's columns left to right; an empty stage keeps one column of the default width.

    ``key`` is equal for equal columns, so re-layouts can tell whether any column moved.
    """

    grid_x: float
    xs: tuple[float, ...]
    widths: tuple[float, ...]
    step_index: dict[str, int]  # step id -> its column
    padding: float  # the cell's padding on each side of a card

    @property
    def grid_right(self) -> float:
        return self.xs[-1] + self.widths[-1] if self.xs else self.grid_x

    @property
    def key(self) -> tuple:
        return (self.xs, self.widths, tuple(self.step_index))

    def x(self, step_id: str) -> float:
        return self.xs[self.step_index[step_id]]

    def width(self, step_id: str) -> float:
        return self.widths[self.step_index[step_id]]

    def card_width(self, step_id: str) -> float:
        return self.width(step_id) - 2 * self.padding


def grid_columns(journey: JourneyMap, opts: LayoutOptions) -> Columns:
    """The columns of ``journey``'s grid: each step's card width plus the cell padding on both sides."""
    pad = opts.cell_padding
    default = default_card_width(journey, opts)
    grid_x = opts.margin + opts.lane_title_width
    xs: list[float] = []
    widths: list[float] = []
    step_index: dict[str, int] = {}
    x = grid_x
    for stage in journey.stages:
        steps: list[Step | None] = list(stage.steps) or [None]  # an empty stage keeps one empty column
        for step in steps:
            card_w = default if step is None or step.card_width is None else float(step.card_width)
            w = card_w + 2 * pad
            if step is not None:
                step_index[step.id] = len(xs)
            xs.append(x)
            widths.append(w)
            x = x + w
    if not xs:  # a map without stages still has one empty column
        xs.append(grid_x)
        widths.append(default + 2 * pad)
    return Columns(grid_x, tuple(xs), tuple(widths), step_index, pad)
