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

from ..i18n import _
from ..model import JourneyMap, LaneKind
from .bands import BAND_GAP, CONTINUED, Column, split_columns
from .emotion_legend import KEY_GAP, _key_rows, legend_top, plan_legend
from .map_layout import (
    CHANNEL_ICON,
    _CardShape,
    _layout_header,
    card_badges,
    metric_texts,
    picture_size,
    step_head,
    visible_lanes,
)
from .options import LayoutOptions
from .text import BOLD, REGULAR, text_width, wrapped


def card_height(shape: _CardShape, opts: LayoutOptions) -> float:
    """A measured card's height, as ``map_layout._place_card`` makes it."""
    picture = shape.picture[1] if shape.picture is not None else None
    return _height(len(shape.lines), sum(len(b) for b in shape.badges), opts, bool(shape.channel), picture)


def _height(lines: int, badge_lines: int, opts: LayoutOptions, icon: bool = False,
            picture: float | None = None) -> float:
    """A card's height from its parts, with ``map_layout._place_card``'s arithmetic.

    ``picture`` is the printed height of its picture (above the text), None without one.
    """
    pad = opts.card_padding
    small_leading = opts.small_size * opts.leading
    top = pad + (0.0 if picture is None else picture + opts.picture_gap)
    text_bottom = top + lines * opts.card_size * opts.leading
    badge_y = text_bottom + (3.0 if lines else 0.0 if picture is None else 3.0 - opts.picture_gap)
    if lines or badge_lines or picture is None:
        bottom = badge_y + badge_lines * small_leading
    else:
        bottom = pad + picture  # a picture with no caption: the card ends under it
    # the channel icon is centred on the first badge line and may reach below the last one
    icon_bottom = badge_y + (small_leading + CHANNEL_ICON) / 2 if icon and badge_lines else 0.0
    return max(opts.min_card_height, bottom + pad, icon_bottom + pad)


#: a text as a card holds it: the text, and its width on one line at size 1000 (-1: it must be wrapped to know)
Measured = tuple[str, float]


def _measured(text: str) -> Measured:
    plain = bool(text) and text == text.strip() and "  " not in text and not any(c in text for c in "\n\r\t")
    return (text, text_width(text, REGULAR, 1000.0) if plain else -1.0)


def _lines(m: Measured, size: float, width: float) -> int:
    """How many lines a text wraps to: one without wrapping when it fits (most badges and short cards)."""
    text, one_line = m
    if not text:
        return 0
    if 0 <= one_line * size / 1000.0 <= width:
        return 1
    return len(wrapped(text, REGULAR, size, width))


#: a card's picture as its size depends on it: pixel width and height, and whether it is a thumbnail
PictureShape = tuple[int, int, bool]

#: per shown lane: (column, text, badges, the widest badge on one line at size 1000 (-1: a badge must be
#: wrapped), the room the channel icon takes from the first badge line, how many more columns the card
#: spans, its picture or None)
CardTexts = list[list[tuple[int, Measured, tuple[Measured, ...], float, float, int, PictureShape | None]]]


def card_texts(journey: JourneyMap, opts: LayoutOptions, columns: list[Column]) -> CardTexts:
    """Each shown lane's cards with their column, text and badge lines: all a card's height depends on."""
    at = {journey.stages[si].steps[ti].id: k for k, (si, ti) in enumerate(columns) if ti is not None}
    out: CardTexts = []
    for lane in visible_lanes(journey, opts):
        row = []
        for card in lane.cards:
            if card.step in at:
                badges = tuple(_measured(b) for b in card_badges(card, lane))
                widest = -1.0 if any(w < 0 for _b, w in badges) else max((w for _b, w in badges), default=0.0)
                icon = CHANNEL_ICON + 3 if card.channel else 0.0  # as map_layout's _card_shape leaves it
                first = at[card.step]
                last = at.get(card.last_step, first) if card.last_step is not None else first
                picture = None if card.picture is None else (
                    card.picture.width, card.picture.height, lane.kind != LaneKind.IMAGES)
                row.append((first, _measured(card.text), badges, widest, icon, max(0, last - first), picture))
        out.append(row)
    return out


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
    def measure(cls, journey: JourneyMap, opts: LayoutOptions, columns: list[Column],
                texts: CardTexts | None = None) -> BandSizes:
        """Measure every column at ``opts``' card width (``texts``: :func:`card_texts`, made once for many widths)."""
        pad = opts.cell_padding
        texts = texts if texts is not None else card_texts(journey, opts, columns)
        inner = opts.card_width - 2 * opts.card_padding
        col_w = opts.card_width + 2 * pad
        head = [0.0 if ti is None else step_head(journey.stages[si].steps[ti],
                                                 metric_texts(journey.stages[si].steps[ti]), 0, 0, col_w, opts)[0]
                for si, ti in columns]
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
        for lane, in_lane in zip(lanes, texts, strict=True):
            lines = max(1, len(wrapped(lane.display_title, BOLD, opts.lane_title_size,
                                       opts.lane_title_width - 2 * pad)))
            title_h = lines * leading
            band_h = 0.0
            floor = plain = max(opts.min_row_height, title_h + 2 * pad)
            if lane.kind == LaneKind.EMOTION and not emotion_done:
                emotion_done = True
                band_h = pad + title_h + opts.emotion_lane_height
                floor = plain = max(floor, band_h + pad)
                if legend is not None and not legend.inside:  # a legend between the scale's values adds nothing
                    band_bottom = pad + title_h + opts.emotion_lane_height - opts.emotion_padding
                    floor = max(floor, legend_top(band_bottom) + legend.height + pad)
                    plain = max(plain, legend_top(band_bottom) + legend.height - key_h + pad)
            need = [0.0] * len(columns)
            count = [0] * len(columns)
            small, size = opts.small_size, opts.card_size
            for k, text, badges, widest, icon, span, picture in in_lane:
                room = inner + span * col_w  # a card spanning steps is as wide as its columns
                if 0 <= widest * small / 1000.0 <= room - icon:  # every badge on one line: most cards
                    badge_lines = len(badges)
                else:
                    badge_lines = sum(_lines(b, small, room - (icon if j == 0 else 0.0)) for j, b in enumerate(badges))
                picture_h = None if picture is None else picture_size(*picture[:2], room, picture[2], opts)[1]
                h = _height(_lines(text, size, room), badge_lines, opts, bool(icon), picture_h)
                for column in range(k, min(k + span, len(columns) - 1) + 1):  # estimated: in each column it covers
                    need[column] += h
                    count[column] += 1
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
            name = _(CONTINUED).format(name=stage.name) if cut else stage.name
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


def sizes_at(journey: JourneyMap, opts: LayoutOptions, card_width: float, columns: list[Column],
             texts: CardTexts | None = None) -> BandSizes:
    return BandSizes.measure(journey, replace(opts, card_width=card_width), columns, texts)
