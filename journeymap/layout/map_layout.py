"""Compute where everything on a journey map sits: the one layout behind canvas and PDF.

The grid: stages are bands across the top, their steps are columns, lanes are
rows with their titles in a column at the left. Every column is one card wide;
every row is as tall as its tallest cell, and every cell as tall as its stacked
cards, so nothing is ever clipped. Text is wrapped here, once, for everyone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Literal

from ..i18n import N_, _, direction, format_number, format_percent, ngettext
from ..model import BLUEPRINT_LINES, Card, JourneyMap, Lane, LaneKind, Step, channel_name
from ..model.kinds import EvidenceStatus
from .arrows import ArrowRoute, ArrowSpec, route_arrows
from .bidi import lines_direction, paragraph_direction, start_align
from .boxes import (
    BlueprintLine,
    CardBox,
    HeaderLayout,
    LaneBox,
    LaneLegend,
    LegendEntry,
    PictureBox,
    StageBox,
    StepBox,
    TextBlock,
)
from .columns import Columns, grid_columns
from .emotion import EmotionLayout, build_emotion, persona_marker
from .emotion_legend import LegendPlan, legend_top, place_between_ticks, place_legend, plan_legend
from .geometry import Rect
from .options import LayoutOptions
from .palette import ink_on
from .style import CARD_TINTS, INK, MOMENT, MUTED, PROPOSED, ROW_FILLS, STYLE
from .text import BOLD, ITALIC, REGULAR, clamp_lines, text_width, wrapped

#: The mark at the end of a card face cut to the line limit (the whole text is in the inspector,
#: the tooltip, the spotlight and every export).
MORE_TEXT = "more"
#: The channel's icon at the right end of a touchpoint card's channel line: large enough to read the
#: channel at a glance at 100 % (the line's words wrap short of it).
CHANNEL_ICON = 13.0


@dataclass(frozen=True)
class MapLayout:
    width: float
    height: float
    header: HeaderLayout | None
    stages: dict[str, StageBox]
    steps: dict[str, StepBox]
    lanes: dict[str, LaneBox]
    cells: dict[tuple[str, str], Rect]
    cards: Mapping[str, CardBox]  # read it, don't change it (a dict, or RowCards after a lane is hidden)
    emotion: EmotionLayout | None
    blueprint_lines: list[BlueprintLine]
    legend: list[LegendEntry]
    grid: Rect  # stage bands to the last lane, title column included
    options: LayoutOptions
    arrow_specs: tuple[ArrowSpec, ...] = ()

    @cached_property
    def arrows(self) -> tuple[ArrowRoute, ...]:
        """Every shown arrow, routed around the cards where they now are (worked out when first asked)."""
        if not self.arrow_specs:
            return ()
        columns = sorted((s.column.x, s.column.w) for s in self.steps.values())
        return route_arrows(self.arrow_specs, self.cards, self.lanes, columns, self.options)

    def cell_at(self, x: float, y: float) -> tuple[str, str] | None:
        """The (lane_id, step_id) cell under a point, for drops and double-clicks."""
        lane_id = next((lid for lid, lane in self.lanes.items() if lane.rect.y <= y <= lane.rect.bottom), None)
        step_id = next((sid for sid, s in self.steps.items() if s.column.x <= x <= s.column.right), None)
        if lane_id is None or step_id is None:
            return None
        return (lane_id, step_id)

    def card_at(self, x: float, y: float) -> str | None:
        cell = self.cell_at(x, y)
        if cell is None:
            return None
        for card in self.cards.values():  # a card spanning steps is found in any of its columns
            if card.lane_id == cell[0] and card.rect.contains(x, y):
                return card.card_id
        return None


def block(
    text: str, x: float, y: float, width: float, font: str, size: float, opts: LayoutOptions,
    *, align: str = "left", colour: str = INK, min_lines: int = 0,
) -> TextBlock:
    """Wrap ``text`` to ``width`` and place it with its top-left at (x, y).

    A paragraph that starts with a right-to-left letter reads right to left and,
    left-aligned, is set flush right (``direction`` and ``align`` of the block).
    """
    lines = wrapped(text, font, size, width)
    leading = size * opts.leading
    n = max(len(lines), min_lines)
    direction = paragraph_direction(text)
    return TextBlock(
        Rect(x, y, width, n * leading), lines, font, size, leading,
        bold=font == BOLD, italic=font == ITALIC, align=start_align(direction, align),
        colour=colour, direction=direction,
    )


def _decimals(value: float) -> int:
    return 0 if float(value).is_integer() else 1


def _signed(value: float) -> str:
    sign = "+" if value > 0 else "\u2212" if value < 0 else ""
    return sign + format_number(abs(value), _decimals(value))


def _number(value: float) -> str:
    return format_number(value, _decimals(value))


def _percent(value: float) -> str:
    return format_percent(value / 100, _decimals(value))


#: the scores' names on the badges: the trade writes them as these abbreviations in every language
_METRIC_NAMES = (N_("NPS"), N_("CSAT"), N_("CES"))


def metric_texts(step: Step) -> list[str]:
    """Short badges in the map's language: 'NPS +32 · n=120', 'CSAT 78% · n=40', 'CES 3.5 · n=12' (de: 'CES 3,5')."""
    out = []
    m = step.metrics
    for name, metric, fmt in zip(_METRIC_NAMES, (m.nps, m.csat, m.ces), (_signed, _percent, _number), strict=True):
        if metric is None:
            continue
        n = (" \u00b7 " + _("n={n}").format(n=format_number(metric.sample_size))
             if metric.sample_size is not None else "")
        out.append(f"{_(name)} {fmt(metric.value)}{n}")
    return out


def status_label(status: EvidenceStatus) -> str:
    """How a card's evidence status reads in the map's language: Observed, Assumed, Proposed."""
    return _({EvidenceStatus.OBSERVED: N_("Observed"), EvidenceStatus.ASSUMED: N_("Assumed"),
              EvidenceStatus.PROPOSED: N_("Proposed")}[status])


def card_badges(card: Card, lane: Lane) -> list[str]:
    """The small lines under a card's text: channel and owner, votes, evidence status."""
    out = []
    channel = channel_name(card.channel) if card.channel else ""
    if channel and card.owner:
        out.append(f"{channel} \u00b7 {card.owner}")
    elif channel or card.owner:
        out.append(channel or card.owner)
    tail = []
    if card.votes:
        tail.append(ngettext("{n} vote", "{n} votes", card.votes).format(n=card.votes))
    if card.status != EvidenceStatus.OBSERVED:
        tail.append(status_label(card.status))
    if tail:
        out.append(" \u00b7 ".join(tail))
    return out


@dataclass(frozen=True, slots=True)
class _CardShape:
    """A card measured, wherever it sits: its wrapped lines, colours and fixed fields."""

    lines: tuple[str, ...]
    badges: tuple[tuple[str, ...], ...]
    fill: str
    ink: str
    muted: str
    border: str
    proposed: bool
    status: str
    votes: int
    channel: str
    owner: str
    border_colour: str
    width: float
    more: int  # lines left out of the face (the options' line limit); 0 when the whole text shows
    columns: int  # how many step columns the card spans
    picture: tuple[float, float, str, str, str, bool] | None  # w, h, media type, data, alt, thumbnail


def picture_size(pixel_w: int, pixel_h: int, inner: float, thumbnail: bool, opts: LayoutOptions) -> tuple[float, float]:
    """The printed size of a picture on a card whose text is ``inner`` wide: its proportions kept.

    A thumbnail is at most ``thumbnail_height`` high; a storyboard frame fills the
    card's width, at most ``frame_max_height`` high (a tall picture is narrower).
    """
    ratio = pixel_h / pixel_w
    w, h = inner, inner * ratio
    cap = opts.thumbnail_height if thumbnail else opts.frame_max_height
    if h > cap:
        h, w = cap, cap / ratio
    return w, h


def more_mark_width(opts: LayoutOptions) -> float:
    """The width of the "more" mark: its word in small type and a little room around it."""
    return text_width(MORE_TEXT, REGULAR, opts.small_size) + 6.0


def _card_shape(card: Card, lane: Lane, width: float, opts: LayoutOptions, columns: int = 1) -> _CardShape:
    inner = width - 2 * opts.card_padding
    fill = card.colour or lane.colour or CARD_TINTS.get(lane.kind, "#ffffff")
    ink = ink_on(fill)
    proposed = card.status == EvidenceStatus.PROPOSED
    picture = None
    if card.picture is not None:
        p = card.picture
        thumbnail = lane.kind != LaneKind.IMAGES
        w, h = picture_size(p.width, p.height, inner, thumbnail, opts)
        picture = (w, h, p.media_type, p.data, p.alt, thumbnail)
    limit = 0 if card.id in opts.open_cards else opts.card_max_lines
    lines, more = clamp_lines(wrapped(card.text, REGULAR, opts.card_size, inner), limit, REGULAR,
                              opts.card_size, inner - more_mark_width(opts) - 2)
    badges = card_badges(card, lane)
    icon_room = CHANNEL_ICON + 3 if card.channel else 0.0  # the channel line is the first badge
    return _CardShape(
        lines,
        tuple(wrapped(line, REGULAR, opts.small_size, inner - (icon_room if k == 0 else 0.0))
              for k, line in enumerate(badges)),
        fill, ink, MUTED if ink == INK else ink,
        "dashed" if card.status == EvidenceStatus.ASSUMED else "solid",
        proposed, card.status.value, card.votes, channel_name(card.channel) if card.channel else "",
        card.owner, PROPOSED if proposed else STYLE.card.border, width, more, columns, picture,
    )


def _place_card(shape: _CardShape, card_id: str, lane_id: str, step_id: str, x: float, y: float, index: int,
                opts: LayoutOptions) -> CardBox:
    """The box of a measured card with its top-left at (x, y): arithmetic only."""
    pad = opts.card_padding
    inner = shape.width - 2 * pad
    size, small = opts.card_size, opts.small_size
    leading, small_leading = size * opts.leading, small * opts.leading
    tx = x + pad
    lines = shape.lines
    top = y + pad
    picture = None
    if shape.picture is not None:
        w, h, media_type, data, alt, thumbnail = shape.picture
        px = tx if thumbnail else tx + (inner - w) / 2
        picture = PictureBox(Rect(px, top, w, h), media_type, data, alt, thumbnail)
        top += h + opts.picture_gap
    direction = lines_direction(lines)
    text = TextBlock(Rect(tx, top, inner, len(lines) * leading), lines, REGULAR, size, leading,
                     False, False, start_align(direction, "left"), shape.ink, direction)
    more = None
    if shape.more:
        mark_w = more_mark_width(opts)
        more = Rect(tx + inner - mark_w, text.rect.bottom - leading, mark_w, leading)
    badge_y = text.rect.bottom + (3.0 if lines else 0.0 if picture is None else -opts.picture_gap + 3.0)
    badges = []
    icon = None
    for k, badge_lines in enumerate(shape.badges):
        w = inner - (CHANNEL_ICON + 3 if k == 0 and shape.channel else 0.0)
        d = lines_direction(badge_lines)
        b = TextBlock(Rect(tx, badge_y, w, len(badge_lines) * small_leading), badge_lines, REGULAR, small,
                      small_leading, False, False, start_align(d, "left"), shape.muted, d)
        if k == 0 and shape.channel:
            icon = Rect(tx + inner - CHANNEL_ICON, badge_y + (small_leading - CHANNEL_ICON) / 2, CHANNEL_ICON,
                        CHANNEL_ICON)
        badges.append(b)
        badge_y = b.rect.bottom
    bottom = badge_y if lines or shape.badges or picture is None else picture.rect.bottom
    height = max(opts.min_card_height, bottom + pad - y, (icon.bottom + pad - y) if icon else 0.0)
    return CardBox(card_id, lane_id, step_id, Rect(x, y, shape.width, height), text, tuple(badges),
                   shape.fill, shape.border, shape.proposed, shape.status, shape.votes,  # type: ignore[arg-type]
                   shape.channel, shape.owner, index, shape.border_colour, more, icon, shape.columns, picture)


def _layout_card(
    card: Card, lane: Lane, step_id: str, x: float, y: float, index: int, width: float, opts: LayoutOptions
) -> CardBox:
    return _place_card(_card_shape(card, lane, width, opts), card.id, lane.id, step_id, x, y, index, opts)


class _Memo:
    """What recent layouts with one set of options made, with everything each piece depends on.

    A layout after an edit hands back the very same box for every card, step
    header and row of cells whose inputs did not change, so it wraps no text and
    makes few objects; a box is reused only when its whole key is equal, so the
    result is exactly what a fresh layout makes.
    """

    def __init__(self) -> None:
        self.cards: dict[str, tuple[tuple, _CardShape, tuple, CardBox]] = {}
        self.step_heads: dict[str, tuple[tuple, tuple]] = {}
        self.steps: dict[str, tuple[tuple, StepBox]] = {}
        self.rows: dict[str, list[tuple[tuple, dict[tuple[str, str], Rect]]]] = {}


_memos: dict[LayoutOptions, _Memo] = {}


def _memo_for(opts: LayoutOptions) -> _Memo:
    if opts.open_cards:  # the card being typed in is keyed as open; everything else is shared
        opts = replace(opts, open_cards=frozenset())
    memo = _memos.get(opts)
    if memo is None or len(memo.cards) > 200_000:
        if len(_memos) > 8:
            _memos.clear()
        memo = _memos[opts] = _Memo()
    return memo


StepHead = tuple[float, TextBlock, tuple[TextBlock, ...], Rect | None]  # height, title, badges, star


def step_head(step: Step, metrics: list[str], x: float, y: float, col_w: float, opts: LayoutOptions) -> StepHead:
    """A step's header laid out in its column at (x, y): name, moment-of-truth label, metric badges."""
    pad = opts.cell_padding
    star = opts.step_size + 2
    inner = col_w - 2 * pad - (star + 2 if step.moment_of_truth else 0)
    title = block(step.name, x + pad, y + pad, inner, BOLD, opts.step_size, opts, min_lines=1)
    by = title.rect.bottom + 3
    badges = []
    if step.moment_of_truth:
        b = block(_("Moment of truth"), x + pad, by, col_w - 2 * pad, BOLD, opts.small_size, opts, colour=MOMENT)
        badges.append(b)
        by = b.rect.bottom
    for text in metrics:
        b = block(text, x + pad, by, col_w - 2 * pad, REGULAR, opts.small_size, opts, colour=MUTED)
        badges.append(b)
        by = b.rect.bottom
    mark = Rect(x + col_w - pad - star, y + pad, star, star) if step.moment_of_truth else None
    return (by - y + pad, title, tuple(badges), mark)


def visible_lanes(journey: JourneyMap, opts: LayoutOptions) -> list[Lane]:
    return [lane for lane in journey.lanes if opts.show_hidden_lanes or not lane.hidden]


def layout_row(lane: Lane, row: int, top: float, may_hold_emotion: bool, columns: Columns,
               cards: dict[str, CardBox], memo: _Memo, opts: LayoutOptions, legend: LegendPlan | None = None
               ) -> tuple[LaneBox, dict[tuple[str, str], Rect], float]:
    """One lane's row with its top at ``top``: its box, its cells, and the emotion band's height.

    Its cards' boxes go into ``cards``; boxes measured before (``memo``) are reused.
    The emotion lane's row is also tall enough for its title cell's ``legend``.
    """
    m = opts.margin
    pad = opts.cell_padding
    grid_x, grid_right = columns.grid_x, columns.grid_right
    step_index = columns.step_index
    title = block(lane.display_title, m + pad, top + pad, opts.lane_title_width - 2 * pad, BOLD,
                  opts.lane_title_size, opts, min_lines=1)
    band_h = 0.0
    if lane.kind == LaneKind.EMOTION and may_hold_emotion:
        band_h = pad + title.rect.h + opts.emotion_lane_height
    tallest = 0.0
    lane_id, lane_colour, lane_kind = lane.id, lane.colour, lane.kind
    start = top + band_h + pad
    xs, widths = columns.xs, columns.widths
    free: dict[int, float] = {}  # column -> the y where its next card may go (a spanning card fills several)
    in_cell: dict[str, int] = {}
    for first, last, card in _placed_order(lane.cards, step_index):
        step_id = card.step
        x = xs[first] + pad
        width = widths[first] - 2 * pad if last == first else xs[last] + widths[last] - xs[first] - 2 * pad
        cy = max([free.get(c, start) for c in range(first, last + 1)]) if last > first else free.get(first, start)
        index = in_cell.get(step_id, 0)
        in_cell[step_id] = index + 1
        content = (card.text, card.colour, card.channel, card.owner, card.votes, card.status,
                   lane_colour, lane_kind, width, card.id in opts.open_cards, card.picture, last - first)
        where = (lane_id, step_id, index, x, cy)
        hit = memo.cards.get(card.id)
        if hit is not None and hit[0] == content:
            if hit[2] == where:
                box = hit[3]
            else:
                box = _place_card(hit[1], card.id, lane_id, step_id, x, cy, index, opts)
                memo.cards[card.id] = (content, hit[1], where, box)
        else:
            shape = _card_shape(card, lane, width, opts, last - first + 1)
            box = _place_card(shape, card.id, lane_id, step_id, x, cy, index, opts)
            memo.cards[card.id] = (content, shape, where, box)
        cards[card.id] = box
        below = box.rect.bottom + opts.card_gap
        for c in range(first, last + 1):
            free[c] = below
        tallest = max(tallest, box.rect.bottom + pad - top)
    h = max(opts.min_row_height, tallest, title.rect.h + 2 * pad, band_h + (pad if band_h else 0))
    if band_h and legend is not None and not legend.inside:
        band = emotion_band(top, title.rect.h, grid_x, grid_right, opts)
        h = max(h, legend_top(band.bottom) + legend.height + pad - top)
    rect = Rect(m, top, grid_right - m, h)
    lane_box = LaneBox(lane.id, rect, title, lane.kind.value, lane.hidden, ROW_FILLS[row % 2])
    return lane_box, row_cells(lane.id, top, h, columns, memo), band_h


def _placed_order(cards: list[Card], step_index: dict[str, int]) -> list[tuple[int, int, Card]]:
    """(first column, last column, card) for the cards shown, left to right, each cell in its order.

    A card spanning to a step that is not shown (or that comes first) covers its own step only.
    """
    out = []
    for card in cards:
        first = step_index.get(card.step)
        if first is None:
            continue
        last = step_index.get(card.last_step, first) if card.last_step is not None else first
        out.append((first, max(first, last), card))
    if any(last != first for first, last, _card in out):
        out.sort(key=lambda entry: entry[0])  # stable: a cell keeps its order
    return out


def row_cells(lane_id: str, top: float, h: float, columns: Columns, memo: _Memo) -> dict[tuple[str, str], Rect]:
    """The cells of one row; the last two placements of each row are remembered (hide, then show)."""
    key = (top, h, columns.key)
    recent = memo.rows.setdefault(lane_id, [])
    for hit_key, hit in recent:
        if hit_key == key:
            return hit
    xs, widths = columns.xs, columns.widths
    cells = {(lane_id, step_id): Rect(xs[i], top, widths[i], h) for step_id, i in columns.step_index.items()}
    recent.insert(0, (key, cells))
    del recent[2:]
    return cells


def layout_map(journey: JourneyMap, options: LayoutOptions | None = None) -> MapLayout:
    """Place every stage, step, lane, card, curve and label of ``journey``, in points."""
    opts = options or LayoutOptions()
    m = opts.margin
    columns = grid_columns(journey, opts)
    grid_x, grid_right = columns.grid_x, columns.grid_right
    width = grid_right + m

    header, legend, y = _layout_header(journey, opts, m, grid_right - m)

    # stage bands: from their first column's left edge to their last column's right edge
    stage_x: dict[str, list[float]] = {}
    k = 0
    for stage in journey.stages:
        n = max(1, len(stage.steps))
        stage_x[stage.id] = [columns.xs[k], columns.xs[k + n - 1] + columns.widths[k + n - 1]]
        k += n
    pad = opts.cell_padding
    stage_titles = {}
    for stage in journey.stages:
        x0, x1 = stage_x[stage.id]
        ink = ink_on(stage.colour)
        stage_titles[stage.id] = block(stage.name, x0 + pad, y + pad, x1 - x0 - 2 * pad, BOLD,
                                       opts.stage_size, opts, colour=ink, min_lines=1)
    stage_h = max((t.rect.h for t in stage_titles.values()), default=opts.stage_size) + 2 * pad
    stages = {
        s.id: StageBox(s.id, Rect(stage_x[s.id][0], y, stage_x[s.id][1] - stage_x[s.id][0], stage_h),
                       stage_titles[s.id], s.colour)
        for s in journey.stages
    }
    grid_top = y
    y += stage_h

    # step headers
    step_parts: dict[str, StepHead] = {}
    memo = _memo_for(opts)
    steps_in_order = [(stage.id, step) for stage in journey.stages for step in stage.steps]
    for _stage_id, step in steps_in_order:
        x, col_w = columns.x(step.id), columns.width(step.id)
        metrics = metric_texts(step)
        head_key = (step.name, step.moment_of_truth, tuple(metrics), x, y, col_w)
        head_hit = memo.step_heads.get(step.id)
        if head_hit is not None and head_hit[0] == head_key:
            step_parts[step.id] = head_hit[1]
            continue
        step_parts[step.id] = step_head(step, metrics, x, y, col_w, opts)
        memo.step_heads[step.id] = (head_key, step_parts[step.id])
    step_h = max((p[0] for p in step_parts.values()), default=opts.step_size * 2)
    header_y = y
    y += step_h

    # lanes
    lanes_in_order = visible_lanes(journey, opts)
    lane_boxes: dict[str, LaneBox] = {}
    cells: dict[tuple[str, str], Rect] = {}
    cards: dict[str, CardBox] = {}
    emotion_rows: list[tuple[Lane, Rect, float]] = []
    has_emotion = any(lane.kind == LaneKind.EMOTION for lane in lanes_in_order)
    lane_key = plan_legend(journey, opts) if has_emotion else None
    for row, lane in enumerate(lanes_in_order):
        lane_box, row_cells, band_h = layout_row(lane, row, y, not emotion_rows, columns, cards, memo, opts,
                                                 lane_key)
        lane_boxes[lane.id] = lane_box
        cells.update(row_cells)
        rect, h = lane_box.rect, lane_box.rect.h
        if band_h:
            emotion_rows.append((lane, rect, band_h))
        y += h

    grid_bottom = y
    steps: dict[str, StepBox] = {}
    for stage_id, step in steps_in_order:
        x, col_w = columns.x(step.id), columns.width(step.id)
        h, title, badges, mark = step_parts[step.id]
        step_key = (stage_id, x, header_y, step_h, grid_bottom, title, badges, mark, col_w)
        step_hit = memo.steps.get(step.id)
        if step_hit is not None and step_hit[0] == step_key:
            steps[step.id] = step_hit[1]
        else:
            steps[step.id] = StepBox(
                step.id, stage_id, Rect(x, header_y, col_w, step_h), title,
                Rect(x, header_y, col_w, grid_bottom - header_y), step.moment_of_truth, badges, mark,
            )
            memo.steps[step.id] = (step_key, steps[step.id])

    emotion: EmotionLayout | None = None
    if emotion_rows:
        lane, rect, _band_h = emotion_rows[0]
        band = emotion_band(rect.y, lane_boxes[lane.id].title.rect.h, grid_x, grid_right, opts)
        label_area = emotion_label_area(rect, band, grid_x, grid_right, opts)
        emotion = build_emotion(journey, lane.id, band, step_centres(columns), list(columns.step_index),
                                label_area, step_widths(columns), opts, lane_legend(lane_key, rect, band, opts))

    lines = _blueprint_lines(lanes_in_order, lane_boxes, m, grid_right, opts)
    return MapLayout(
        width=width, height=y + m, header=header, stages=stages, steps=steps, lanes=lane_boxes,
        cells=cells, cards=cards, emotion=emotion, blueprint_lines=lines, legend=legend,
        grid=Rect(m, grid_top, grid_right - m, grid_bottom - grid_top), options=opts,
        arrow_specs=arrow_specs(journey),
    )


def arrow_specs(journey: JourneyMap) -> tuple[ArrowSpec, ...]:
    """The map's arrows as the layout routes them."""
    return tuple(ArrowSpec(a.id, a.source, a.target, a.label, a.style.value == "dependency") for a in journey.arrows)


def step_centres(columns: Columns) -> dict[str, float]:
    """The x of each step's column middle, where its curve points sit."""
    return {step_id: columns.xs[i] + columns.widths[i] / 2 for step_id, i in columns.step_index.items()}


def step_widths(columns: Columns) -> dict[str, float]:
    """Each step's column width, inside which its score labels are placed."""
    return {step_id: columns.widths[i] for step_id, i in columns.step_index.items()}


def emotion_band(lane_top: float, title_h: float, grid_x: float, grid_right: float, opts: LayoutOptions) -> Rect:
    """Where the scale's values map in the emotion lane whose row starts at ``lane_top``."""
    return Rect(grid_x, lane_top + opts.cell_padding + title_h + opts.emotion_padding, grid_right - grid_x,
                opts.emotion_lane_height - 2 * opts.emotion_padding)


def lane_legend(plan: LegendPlan | None, lane_rect: Rect, band: Rect, opts: LayoutOptions) -> LaneLegend | None:
    """The emotion lane's legend placed in its title cell: between the scale's values, or under the band."""
    if plan is None:
        return None
    if plan.inside:
        return place_between_ticks(plan, lane_rect.x + opts.cell_padding, band.y, band.h / plan.gaps, opts)
    return place_legend(plan, lane_rect.x + opts.cell_padding, legend_top(band.bottom), opts)


def emotion_label_area(lane_rect: Rect, band: Rect, grid_x: float, grid_right: float,
                       opts: LayoutOptions) -> Rect:
    """Where score labels may go: the whole band row, down to where the emotion lane's cards start."""
    pad = opts.cell_padding
    return Rect(grid_x, lane_rect.y + 2, grid_right - grid_x,
                band.bottom + opts.emotion_padding + pad - 2 - (lane_rect.y + 2))


def _layout_header(
    journey: JourneyMap, opts: LayoutOptions, m: float, content_w: float
) -> tuple[HeaderLayout | None, list[LegendEntry], float]:
    """Title, scope and personas, scenario, expectations at the left; the persona legend at the right.

    The header is the document's own text: it is aligned as the map's language
    reads, whatever the direction of a title or scenario typed in another
    script. A map in Arabic or Hebrew has its header mirrored: the text flush
    right against the right edge, the legend at the left, well clear of it.
    """
    legend: list[LegendEntry] = []
    rtl = direction() == "rtl"
    align: Literal["left", "right"] = "right" if rtl else "left"
    shown = [(i, p) for i, p in enumerate(journey.personas) if p.show_curve]
    has_target = {s.persona for st in journey.steps() for s in st.scores if s.target is not None}
    if not opts.show_header:
        return None, legend, m
    legend_w = opts.legend_width if shown else 0.0
    text_w = max(240.0, content_w - legend_w - (opts.header_gap if shown else 0.0))
    text_x = m + content_w - text_w if rtl else m
    title = replace(block(journey.title, text_x, m, text_w, BOLD, opts.title_size, opts, min_lines=1), align=align)
    y = title.rect.bottom + 4
    facts = [_("Scope: {scope}").format(scope=journey.scope.label)]
    if journey.personas:
        facts.append(_("Personas: {names}").format(names=", ".join(p.name for p in journey.personas)))
    if journey.authors:
        facts.append(_("By {authors}").format(authors=", ".join(journey.authors)))
    details_text = "   \u00b7   ".join(facts)
    if journey.expectations:
        details_text += "\n" + _("Expectations: {expectations}").format(expectations=journey.expectations)
    details = replace(block(details_text, text_x, y, text_w, REGULAR, opts.small_size + 1, opts, colour=MUTED),
                      align=align)
    y = details.rect.bottom + 4
    scenario = None
    if journey.scenario:
        scenario_w = min(text_w, opts.scenario_width)
        scenario = replace(block(journey.scenario, text_x + text_w - scenario_w if rtl else text_x, y, scenario_w,
                                 ITALIC, opts.scenario_size, opts), align=align)
        y = scenario.rect.bottom
    ly = m
    lx = m if rtl else m + content_w - legend_w
    swatch_w = 28.0
    for index, persona in shown:
        kinds = ["as_is"] + (["to_be"] if persona.id in has_target else [])
        for kind in kinds:
            name = persona.name if kind == "as_is" else _("{name} (to-be)").format(name=persona.name)
            label = block(name, lx + swatch_w + 6, ly, legend_w - swatch_w - 6, REGULAR, opts.small_size + 1,
                          opts, min_lines=1)
            label = replace(label, align="left")  # beside its sample whatever its direction: a key, not a paragraph
            legend.append(LegendEntry(
                persona.id, kind, label, persona.colour, persona_marker(index),  # type: ignore[arg-type]
                () if kind == "as_is" else (5.0, 3.0), Rect(lx, ly, swatch_w, label.leading),
            ))
            ly = label.rect.bottom + 2
    bottom = max(y, ly)
    rect = Rect(m, m, content_w, bottom - m)
    return HeaderLayout(rect, title, scenario, details), legend, bottom + opts.header_gap


def blueprint_splits(lanes: list[Lane]) -> list[tuple[str, Lane, frozenset[LaneKind]]]:
    """Where each blueprint line goes: (label, the lane just below it, the lane kinds it separates).

    The rule: a line goes between the last lane of its upper group and the
    first later lane of its lower group. The map and the presentation's stage
    slides both place their lines by it.
    """
    out = []
    for label, upper, lower in BLUEPRINT_LINES:
        last_upper = max((i for i, lane in enumerate(lanes) if lane.kind in upper), default=None)
        if last_upper is None:
            continue
        below = next((lane for lane in lanes[last_upper + 1:] if lane.kind in lower), None)
        if below is not None:
            out.append((label, below, upper | lower))
    return out


def _blueprint_lines(
    lanes: list[Lane], boxes: dict[str, LaneBox], x0: float, x1: float, opts: LayoutOptions
) -> list[BlueprintLine]:
    """A labelled line between the last lane of one blueprint group and the next group's first."""
    out = []
    for label, below, _kinds in blueprint_splits(lanes):
        y = boxes[below.id].rect.y
        size = opts.small_size
        text = block(_(label), x0 + opts.cell_padding, y - size * opts.leading - 1,
                     opts.lane_title_width - 2 * opts.cell_padding, ITALIC, size, opts, align="left",
                     colour=MUTED)
        out.append(BlueprintLine(label, y, x0, x1, text))
    return out
