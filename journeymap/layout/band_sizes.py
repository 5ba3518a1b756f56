"""The size a band of a map would have, measured without laying it out: for choosing a poster's bands fast.

Choosing how many bands print a map largest, at which card width, means
comparing dozens of arrangements; laying each out (placing 3,000 cards every
time) took seconds. Here each card is measured once per card width, each
lane's and step's needs are kept per column, and a band's height is summed
from them with the arithmetic of :func:`~journeymap.layout.map_layout.layout_map`.
A test keeps the two equal on every bundled template; the poster still lays
out the arrangement it chooses for real, so an estimate can only ever cost
the best choice, never a wrong drawing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import JourneyMap, LaneKind
from .bands import BAND_GAP, CONTINUED, Column, split_columns
from .emotion_legend import KEY_GAP, _key_rows, legend_top, plan_legend
from .map_layout import _card_shape, _CardShape, _layout_header, metric_texts, step_head, visible_lanes
from .options import LayoutOptions
from .text import BOLD, wrapped


def card_height(shape: _CardShape, opts: LayoutOptions) -> float:
    """A measured card's height, as ``map_layout._place_card`` makes it."""
    pad = opts.card_padding
    text = len(shape.lines) * opts.card_size * opts.leading + (3.0 if shape.lines else 0.0)
    badges = sum(len(b) for b in shape.badges) * opts.small_size * opts.leading
    return max(opts.min_card_height, pad + text + badges + pad)


@dataclass
class BandSizes:
    """What each column of a map needs at one card width; the size of any run of columns from it."""

    journey: JourneyMap
    opts: LayoutOptions
    head: list[float]  # the step header's height per column (0 for an empty stage)
    cells: list[list[float]]  # per shown lane, per column: the height its cards need (0: none)
    floors: list[float]  # per shown lane: its row's height with no cards
    keyless: list[float]  # the same where a band has no to-be score (the persona legend has no as-is/to-be key)
    targets: list[bool]  # per column: a shown persona has a to-be score there

    @classmethod
    def measure(cls, journey: JourneyMap, opts: LayoutOptions, columns: list[Column]) -> BandSizes:
        pad = opts.cell_padding
        col_w = opts.card_width + 2 * pad
        head = [0.0 if ti is None else step_head(journey.stages[si].steps[ti],
                                                 metric_texts(journey.stages[si].steps[ti]), 0, 0, col_w, opts)[0]
                for si, ti in columns]
        at = {journey.stages[si].steps[ti].id: k for k, (si, ti) in enumerate(columns) if ti is not None}
        lanes = visible_lanes(journey, opts)
        legend = plan_legend(journey, opts) if any(lane.kind == LaneKind.EMOTION for lane in lanes) else None
        key_h = KEY_GAP + _key_rows(legend.width, opts) * opts.small_size * opts.leading if legend and legend.key else 0
        shown = {p.id for p in journey.personas if p.show_curve}
        targets = [ti is not None and any(s.persona in shown and s.target is not None
                                          for s in journey.stages[si].steps[ti].scores) for si, ti in columns]
        leading = opts.lane_title_size * opts.leading
        cells: list[list[float]] = []
        floors: list[float] = []
        keyless: list[float] = []
        emotion_done = False
        for lane in lanes:
            lines = max(1, len(wrapped(lane.display_title, BOLD, opts.lane_title_size,
                                       opts.lane_title_width - 2 * pad)))
            title_h = lines * leading
            band_h = 0.0
            floor = plain = max(opts.min_row_height, title_h + 2 * pad)
            if lane.kind == LaneKind.EMOTION and not emotion_done:
                emotion_done = True
                band_h = pad + title_h + opts.emotion_lane_height
                floor = plain = max(floor, band_h + pad)
                if legend is not None:
                    band_bottom = pad + title_h + opts.emotion_lane_height - opts.emotion_padding
                    floor = max(floor, legend_top(band_bottom) + legend.height + pad)
                    plain = max(plain, legend_top(band_bottom) + legend.height - key_h + pad)
            need = [0.0] * len(columns)
            count = [0] * len(columns)
            for card in lane.cards:
                k = at.get(card.step)
                if k is None:
                    continue
                need[k] += card_height(_card_shape(card, lane, opts), opts)
                count[k] += 1
            cells.append([band_h + 2 * pad + h + (n - 1) * opts.card_gap if n else 0.0
                          for h, n in zip(need, count, strict=True)])
            floors.append(floor)
            keyless.append(plain)
        return cls(journey, opts, head, cells, floors, keyless, targets)

    def band(self, columns: list[Column], index: list[int], first: bool) -> tuple[float, float]:
        """(width, height) of a band holding the columns at ``index`` (positions in the map's columns)."""
        opts = self.opts
        pad = opts.cell_padding
        col_w = opts.card_width + 2 * pad
        width = opts.lane_title_width + len(index) * col_w + 2 * opts.margin
        y = opts.margin
        if first and opts.show_header:
            y = _layout_header(self.journey, opts, opts.margin, width - 2 * opts.margin)[2]
        spans: dict[int, int] = {}
        for k in index:
            spans[columns[k][0]] = spans.get(columns[k][0], 0) + 1
        leading = opts.stage_size * opts.leading
        stage_lines = 1
        for si, n in spans.items():
            stage = self.journey.stages[si]
            cut = bool(stage.steps) and columns[index[0]][0] == si and columns[index[0]][1] not in (None, 0)
            name = CONTINUED.format(name=stage.name) if cut else stage.name
            stage_lines = max(stage_lines, len(wrapped(name, BOLD, opts.stage_size, n * col_w - 2 * pad)))
        y += stage_lines * leading + 2 * pad
        heads = [self.head[k] for k in index if columns[k][1] is not None]
        y += max(heads) if heads else opts.step_size * 2
        floors = self.floors if any(self.targets[k] for k in index) else self.keyless
        for floor, cells in zip(floors, self.cells, strict=True):
            y += max(floor, max(cells[k] for k in index))
        return width, y + opts.margin


def estimate_bands(sizes: BandSizes, columns: list[Column], count: int) -> tuple[float, float]:
    """(width, height) of the map in ``count`` bands, as :func:`~journeymap.layout.bands.layout_bands` stacks them.

    A shorter band's wider cards are not re-measured: its height is estimated
    at the common card width (a little taller than it will be).
    """
    runs = split_columns(columns, count)
    position = {c: k for k, c in enumerate(columns)}
    width, height = 0.0, 0.0
    for k, run in enumerate(runs):
        w, h = sizes.band(columns, [position[c] for c in run], k == 0)
        width = max(width, w)
        height += h + (BAND_GAP if k else 0.0)
    return width, height


def sizes_at(journey: JourneyMap, opts: LayoutOptions, card_width: float, columns: list[Column]) -> BandSizes:
    return BandSizes.measure(journey, replace(opts, card_width=card_width), columns)
