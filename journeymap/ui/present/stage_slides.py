"""Stage slides: a stage's steps as columns, the workshop view's lanes, the emotion strip underneath.

A card spanning steps is drawn across the columns of its steps on the slide;
where its span goes on past the slide (into the next stage, or the next slide
of a wide stage) its box runs open to the grid's edge, and the next slide
shows it again from its first column.

One slide per stage: a crowded stage is condensed first (type down to the
projector minimum, then fewer lines per card; the spotlight shows a card in
full), then split in two by lanes, evenly. Only a stage that cannot fit two
slides even condensed (or whose lanes are set to show cards in full) takes
more, split inside its lanes. Type never goes below the projector minimum.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from ...i18n import _
from ...layout import Rect, blueprint_splits, metric_texts
from ...model import Card, JourneyMap, Lane, LaneKind, Stage, Step
from ...model.spans import span_steps
from ...model.workshop import CardText, workshop_lanes
from .cards import CardPlan, Density, card_ops, ladder, plan_card
from .curves import PersonaCurve, strip_height, strip_ops
from .ops import BoxOp, LineOp, Op, Slide, TextOp
from .slide_arrows import arrow_ops
from .text import block_height, clip_lines, measure, place, wrap_lines
from .theme import ACCENT_RED, INK, LEADING, RULE, Sizes

#: Narrowest column, in ems of the smallest type: about 16 characters of card text a line.
MIN_COLUMN_EMS = 9
#: A slide of a stage split in two keeps at least this many cards (when the stage has twice as many).
MIN_CARDS_PER_SLIDE = 4
#: The emotion strip grows into the height the lanes leave, up to this share of the screen.
MAX_STRIP = 0.4


@dataclass(frozen=True)
class _Placed:
    """A card on a slide: its plan, the slide's columns it covers, and whether its span goes on past them."""

    plan: CardPlan
    first: int
    last: int
    goes_on_before: bool = False
    goes_on_after: bool = False

    @property
    def columns(self) -> range:
        return range(self.first, self.last + 1)

    @property
    def open_sides(self) -> tuple[str, ...]:
        return (("left",) if self.goes_on_before else ()) + (("right",) if self.goes_on_after else ())


def stacked(cards: list[_Placed], gap: float) -> tuple[list[float], float]:
    """Each card's top below the row's first gap, and the bottom of the lowest: the map's rule, a card goes
    below everything already in any of its columns (a spanning card pushes the cards under it down)."""
    free: dict[int, float] = {}
    tops = []
    bottom = 0.0
    for placed in cards:
        top = max(free.get(c, 0.0) for c in placed.columns)
        tops.append(top)
        bottom = max(bottom, top + placed.plan.height)
        for c in placed.columns:
            free[c] = top + placed.plan.height + gap
    return tops, bottom


@dataclass
class _Row:
    lane: Lane
    cards: list[_Placed]  # in the order they are stacked: by their first step, then the lane's order
    continued: bool = False
    line: str | None = None  # a service-blueprint line drawn above this lane

    def height(self, s: Sizes, title_h: float) -> float:
        return max(stacked(self.cards, s.gap)[1] + 2 * s.gap, title_h + 2 * s.gap)

    def total(self, s: Sizes, title_h: float) -> float:
        """Height including the band of a blueprint line above it."""
        return self.height(s, title_h) + (line_band(s) if self.line else 0.0)


def line_band(s: Sizes) -> float:
    """The strip a blueprint line and its label take between two lanes."""
    return s.small * LEADING + s.gap


def blueprint_lines(lanes: list[Lane]) -> tuple[dict[str, str], set[str]]:
    """Which lane each blueprint line sits above (lane id -> label), and the lanes the lines separate.

    The editor's rule: a line goes between the last lane of its upper group
    and the first later lane of its lower group.
    """
    above: dict[str, str] = {}
    involved: set[str] = set()
    for label, below, kinds in blueprint_splits(lanes):
        above[below.id] = label
        involved |= {lane.id for lane in lanes if lane.kind in kinds}
    return above, involved


@dataclass
class _Page:
    rows: list[_Row] = field(default_factory=list)


def step_groups(n_steps: int, max_per_page: int) -> list[range]:
    """Split n steps into the fewest even groups of at most ``max_per_page``."""
    if n_steps == 0:
        return [range(0)]
    groups = math.ceil(n_steps / max_per_page)
    base, extra = divmod(n_steps, groups)
    out, start = [], 0
    for g in range(groups):
        size = base + (1 if g < extra else 0)
        out.append(range(start, start + size))
        start += size
    return out


class StagePlanner:
    """Plans every slide of one journey's stages on one surface size."""

    def __init__(self, journey: JourneyMap, s: Sizes, curves: list[PersonaCurve]) -> None:
        self.journey = journey
        self.s = s
        self.curves = curves
        self.label_w = round(s.width * 0.14)
        self.grid_x = s.margin + self.label_w
        self.grid_w = s.width - s.margin - self.grid_x
        self.max_steps = max(1, int(self.grid_w // (MIN_COLUMN_EMS * s.small)))
        self.step_order = [step.id for step in journey.steps()]
        self.step_index = {step_id: i for i, step_id in enumerate(self.step_order)}
        shown = workshop_lanes(journey)
        self.how = {lane.id: how for lane, how in shown}
        self.lanes = [lane for lane, _ in shown if lane.kind != LaneKind.EMOTION]
        if not any(lane.kind == LaneKind.EMOTION for lane, _ in shown):
            self.curves = []  # the workshop view leaves the emotion curve out
        # blueprint lanes stay on their stage's slides even when empty there, so the lines keep their meaning
        self.line_above, self.blueprint_lanes = blueprint_lines(self.lanes)

    # --- sizes of the fixed parts of a slide
    def _title_lines(self, stage: Stage, number: int) -> list[str]:
        w = self.s.width - 2 * self.s.margin - self.s.width * 0.25
        return clip_lines(wrap_lines(f"{number}. {stage.name}", self.s.stage, w, "bold"), 2, self.s.stage, w,
                          "bold")

    def _inline_description(self, stage: Stage, number: int) -> str | None:
        """The description on the title's line, after it, when the title is one line and both fit."""
        title = self._title_lines(stage, number)
        lines = self._description_lines(stage)
        if len(title) != 1 or len(lines) != 1:
            return None
        # the top right quarter stays free for the page counter and the room's tag
        room = self.s.width * 0.75 - 2 * self.s.margin - measure(title[0], self.s.stage, "bold")
        return lines[0] if measure(lines[0], self.s.small) + self.s.margin <= room else None

    def _heading_height(self, stage: Stage, number: int) -> float:
        height = block_height(len(self._title_lines(stage, number)), self.s.stage)
        if self._inline_description(stage, number) is None:
            height += block_height(len(self._description_lines(stage)), self.s.small)
        return height

    def _description_lines(self, stage: Stage) -> list[str]:
        w = self.s.width - 2 * self.s.margin
        return clip_lines(wrap_lines(stage.description, self.s.small, w), 1, self.s.small, w)

    def _step_header(self, step: Step, col_w: float) -> tuple[list[str], list[str]]:
        inner = col_w - 2 * self.s.pad
        title = clip_lines(wrap_lines(step.name, self.s.step, inner, "bold"), 2, self.s.step, inner, "bold")
        badges = ([_star_label()] if step.moment_of_truth else []) + metric_texts(step)
        # measured bold: the moment of truth is drawn bold, so a line never grows past its column
        small = clip_lines(wrap_lines(" \u00b7 ".join(badges), self.s.small, inner, "bold"), 2, self.s.small,
                           inner, "bold")
        return title, small

    def _lane_title(self, lane: Lane, continued: bool) -> list[str]:
        w = self.label_w - self.s.pad
        name = _("{lane} (cont.)").format(lane=lane.display_title) if continued else lane.display_title
        return clip_lines(wrap_lines(name, self.s.lane, w, "bold"), 3, self.s.lane, w, "bold")

    # --- planning
    def slides(self, stage: Stage, number: int) -> list[Slide]:
        groups = step_groups(len(stage.steps), self.max_steps)
        pages: list[tuple[list[Step], _Page]] = []
        for group in groups:
            steps = [stage.steps[i] for i in group]
            for page in self._paginate(stage, number, steps):
                pages.append((steps, page))
        slides = []
        for i, (steps, page) in enumerate(pages, start=1):
            slide = Slide("stage", stage.name, stage_id=stage.id, stage_number=number, page=i, pages=len(pages),
                          steps=tuple(step.id for step in steps))
            strip_top = self._strip_top(self._top_of_rows(stage, number, steps) + self._used(page))
            self._draw(slide, stage, number, steps, page, strip_top)
            slides.append(slide)
        return slides

    def _used(self, page: _Page) -> float:
        return sum(row.total(self.s, block_height(len(self._lane_title(row.lane, row.continued)), self.s.lane))
                   for row in page.rows)

    def _strip_top(self, rows_end: float) -> float:
        """Where a slide's emotion strip starts: the height its lanes leave goes to the strip.

        Lanes are paginated against the strip's smallest height; whatever a
        slide's lanes leave over then widens the band (the levels further apart,
        easier to tell from the back of the room), up to MAX_STRIP of the screen.
        """
        s = self.s
        bottom = s.height - s.margin - s.pad
        least = strip_height(self.curves, self.grid_w, s)
        most = max(least, s.height * MAX_STRIP)
        return bottom - min(most, max(least, bottom - rows_end - s.pad))

    def _top_of_rows(self, stage: Stage, number: int, steps: list[Step]) -> float:
        s = self.s
        y = s.margin + self._heading_height(stage, number) + s.pad * 1.5
        col_w = self.grid_w / max(1, len(steps))
        header = 0.0
        for step in steps:
            title, small = self._step_header(step, col_w)
            header = max(header, block_height(len(title), s.step) + block_height(len(small), s.small))
        return y + (header + 2 * s.pad if steps else 0.0)

    def _rows_bottom(self) -> float:
        s = self.s
        bottom = s.height - s.margin - s.pad
        return bottom - strip_height(self.curves, self.grid_w, s)

    def _span(self, card: Card) -> tuple[int, int] | None:
        """The first and last step a card covers, as indexes in the whole map (None: its step is gone)."""
        if card.step not in self.step_index:
            return None
        covered = span_steps(card, self.step_order, self.step_index)  # the model's rule for what a span covers
        return self.step_index[covered[0]], self.step_index[covered[-1]]

    def _rows(self, steps: list[Step], col_w: float, room: float, density: Density) -> list[_Row]:
        """The lanes with the cards whose steps are on the slide, a spanning card cut to the slide's steps."""
        rows: list[_Row] = []
        lo = self.step_index[steps[0].id] if steps else 0
        hi = lo + len(steps) - 1
        for lane in self.lanes:
            how = self.how.get(lane.id, CardText.FIT)
            shown = []
            for card in lane.cards:
                span = self._span(card)
                if span is None or span[1] < lo or span[0] > hi:
                    continue
                first, last = max(span[0], lo) - lo, min(span[1], hi) - lo
                width = (last - first + 1) * col_w - 2 * self.s.gap
                plan = plan_card(card, lane, width, self.s, max_height=room - 2 * self.s.gap, density=density,
                                 how=how)
                shown.append((span[0], _Placed(plan, first, last, span[0] < lo, span[1] > hi)))
            shown.sort(key=lambda entry: entry[0])  # stable: a cell keeps its order
            if shown or lane.id in self.blueprint_lanes:
                rows.append(_Row(lane, [placed for _start, placed in shown], line=self.line_above.get(lane.id)))
        return rows

    def _height(self, rows: list[_Row]) -> float:
        return sum(row.total(self.s, block_height(len(self._lane_title(row.lane, row.continued)), self.s.lane))
                   for row in rows)

    def _paginate(self, stage: Stage, number: int, steps: list[Step]) -> list[_Page]:
        """One slide at the roomiest density that fits; else two, split evenly by lanes; else as many as needed."""
        s = self.s
        col_w = self.grid_w / max(1, len(steps))
        room = self._rows_bottom() - self._top_of_rows(stage, number, steps)
        rungs = ladder(s)
        for density in rungs:
            rows = self._rows(steps, col_w, room, density)
            if self._height(rows) <= room:
                return [_Page(rows)]
        splits = []
        for density in rungs:
            rows = self._rows(steps, col_w, room, density)
            split = self._split_in_two(rows, room)
            if split is not None:
                splits.append((split[0], rows, split[1]))
        if splits:  # the roomiest density whose halves keep enough cards each, else the roomiest at all
            _few, rows, k = next((c for c in splits if not c[0]), splits[0])
            return [_Page(rows[:k]), _Page(rows[k:])]
        rows = self._rows(steps, col_w, room, rungs[-1])
        pages = self._fill(rows, room)
        if len(pages) > 1:
            # the same number of slides, evened out: no last slide with a single lane
            low, high = room / len(pages), room
            for _attempt in range(12):
                mid = (low + high) / 2
                if len(self._fill(rows, mid, room)) <= len(pages):
                    high = mid
                else:
                    low = mid
            pages = self._fill(rows, high, room)
        return pages

    def _split_in_two(self, rows: list[_Row], room: float) -> tuple[bool, int] | None:
        """Where to cut the lanes so both slides fit: each with enough cards, then the most even heights."""
        def cards(part: list[_Row]) -> int:
            return sum(len(row.cards) for row in part)

        total = cards(rows)
        best: tuple[tuple, int] | None = None
        for k in range(1, len(rows)):
            top, bottom = self._height(rows[:k]), self._height(rows[k:])
            if top > room or bottom > room:
                continue
            few = min(cards(rows[:k]), cards(rows[k:])) < min(MIN_CARDS_PER_SLIDE, total // 2)
            key = (few, abs(top - bottom))
            if best is None or key < best[0]:
                best = (key, k)
        return (best[0][0], best[1]) if best else None

    def _fill(self, rows: list[_Row], target: float, room: float | None = None) -> list[_Page]:
        """Greedy: rows onto slides up to ``target`` high; a lane taller than ``room`` is split."""
        s = self.s
        room = target if room is None else room
        pages = [_Page()]
        used = 0.0
        queue = list(rows)
        while queue:
            row = queue.pop(0)
            title_h = block_height(len(self._lane_title(row.lane, row.continued)), s.lane)
            h = row.total(s, title_h)
            if used + h <= target or (not pages[-1].rows and h <= room):
                pages[-1].rows.append(row)
                used += h
                continue
            if pages[-1].rows:
                pages.append(_Page())
                used = 0.0
                queue.insert(0, row)
                continue
            head, tail = self._split(row, room)
            pages[-1].rows.append(head)
            pages.append(_Page())
            used = 0.0
            queue.insert(0, tail)
        if not pages[-1].rows and len(pages) > 1:
            pages.pop()
        return pages

    def _split(self, row: _Row, room: float) -> tuple[_Row, _Row]:
        """Cards of an over-tall lane that fit on this slide, and the rest for the next one."""
        s = self.s
        head: list[_Placed] = []
        tail: list[_Placed] = []
        taken: set[int] = set()  # columns with a card on this slide
        left: set[int] = set()  # columns whose next card waits for the next slide (so do the ones below it)
        tops, _bottom = stacked(row.cards, s.gap)
        for placed, top in zip(row.cards, tops, strict=True):
            columns = set(placed.columns)
            fits = 2 * s.gap + top + placed.plan.height <= room
            if not columns & left and (fits or not columns & taken):  # every column takes one card at least
                head.append(placed)
                taken |= columns
            else:
                tail.append(placed)
                left |= columns
        return _Row(row.lane, head, row.continued, row.line), _Row(row.lane, tail, True)

    # --- drawing
    def _line_ops(self, label: str, top: float) -> list[Op]:
        """A labelled dashed line across the slide: 'Line of visibility - - - - -'."""
        s = self.s
        x0, right = s.margin, s.width - s.margin
        mid = top + line_band(s) / 2
        # bold, not italic: at the smallest size slanted type is the first to blur from the back of a room
        words = clip_lines([label], 1, s.small, right - x0, "bold")
        ops: list[Op] = [LineOp(x0 + measure(words[0], s.small, "bold") + s.gap, mid, right, mid, RULE,
                                s.line * 2.5, True)]
        ops.extend(place(words, x0, mid - s.small * LEADING / 2, s.small, "bold", INK)[0])
        return ops

    def _draw(self, slide: Slide, stage: Stage, number: int, steps: list[Step], page: _Page,
              strip_top: float) -> None:
        s = self.s
        ops = slide.ops
        x0, right = s.margin, s.width - s.margin
        # title, page counter and the stage colour as an accent bar
        title = self._title_lines(stage, number)
        t_ops, y = place(title, x0, s.margin, s.stage, "bold")
        ops.extend(t_ops)
        if slide.pages > 1:
            label = _("{page} of {pages}").format(page=slide.page, pages=slide.pages)
            ops.extend(place([label], right - measure(label, s.small), s.margin, s.small)[0])
        inline = self._inline_description(stage, number)
        if inline is not None:
            tx = x0 + measure(title[0], s.stage, "bold") + s.margin
            # on the title's baseline: one line of heading, read left to right
            base = t_ops[0].y
            ops.append(TextOp(tx, base, inline, s.small))
        else:
            d_ops, y = place(self._description_lines(stage), x0, y, s.small)
            ops.extend(d_ops)
        bar = s.pad * 0.9
        ops.append(BoxOp(Rect(x0, y + s.pad * 0.2, right - x0, bar), stage.colour, RULE, s.line * 0.5, accent=True))
        y += s.pad * 1.5
        col_w = self.grid_w / max(1, len(steps))
        # step headers, tinted with the stage colour
        header_h = self._top_of_rows(stage, number, steps) - y
        for i, step in enumerate(steps):
            cx = self.grid_x + i * col_w
            ops.append(BoxOp(Rect(cx + s.gap / 2, y, col_w - s.gap, header_h - s.pad), stage.colour))
            title_lines, small = self._step_header(step, col_w)
            t, by = place(title_lines, cx + s.pad, y + s.pad / 2, s.step, "bold")
            ops.extend(t)
            for line in small:
                star = _star_label()
                if line.startswith(star):  # the star in red and bold, the figures after it in ink
                    ops.extend(place([star], cx + s.pad, by, s.small, "bold", ACCENT_RED)[0])
                    rest = line[len(star):]
                    ops.extend(place([rest], cx + s.pad + measure(star, s.small, "bold"), by, s.small)[0])
                    by += s.small * LEADING
                else:
                    t, by = place([line], cx + s.pad, by, s.small)
                    ops.extend(t)
        y += header_h
        if not steps:
            ops.extend(place([_("This stage has no steps yet.")], self.grid_x, y, s.card)[0])
        elif not page.rows:
            ops.extend(place([_("No cards in this stage.")], self.grid_x, y + s.gap, s.card)[0])
        # lanes
        row_rects: list[Rect] = []
        for row in page.rows:
            title_lines = self._lane_title(row.lane, row.continued)
            h = row.height(s, block_height(len(title_lines), s.lane))
            if row.line:  # at the top of a slide too: the lanes below are behind that line
                ops.extend(self._line_ops(row.line, y))
                y += line_band(s)
            else:
                ops.append(LineOp(x0, y, right, y, RULE, s.line))
            ops.extend(place(title_lines, x0, y + s.gap, s.lane, "bold")[0])
            row_rects.append(Rect(x0, y, right - x0, h))
            tops, _bottom = stacked(row.cards, s.gap)
            for placed, top in zip(row.cards, tops, strict=True):
                cx = self.grid_x + placed.first * col_w + s.gap
                c_ops, rect = card_ops(placed.plan, cx, y + s.gap + top, len(placed.columns) * col_w - 2 * s.gap,
                                       s, placed.open_sides)
                ops.extend(c_ops)
                slide.cards[placed.plan.card.id] = rect
            y += h
        ops.extend(arrow_ops(self.journey, slide.cards, row_rects, self.grid_x, col_w, len(steps), s))
        strip = bool(self.curves and steps)
        if page.rows and not (strip and strip_top - y < 3 * s.pad):  # the strip's own rule closes the lanes
            ops.append(LineOp(x0, y, right, y, RULE, s.line))
        if strip:
            top = strip_top
            first = self.step_index[steps[0].id]
            rect = Rect(x0, top, right - x0, s.height - s.margin - s.pad - top)
            ops.extend(strip_ops(self.journey, self.curves, rect, self.label_w, first, len(steps), s))


def _star_label() -> str:
    """The red star of a moment of truth, with its name in the map's language."""
    return "\u2605 " + _("Moment of truth")
