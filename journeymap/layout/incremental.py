"""Re-laying out only the cells whose cards changed, for the editor's per-keystroke speed.

:func:`layout_map` wraps every card's text; on a large map that is far too slow to
run after each edit. When an edit touches only cards (text, fields, add, delete,
move), :func:`relayout_cells` wraps just the cards of the touched cells; if that
changes a row's height, every row below moves, and it hands over to
:func:`layout_map`, which reuses the boxes and wrapped lines of everything that
did not change. The result equals a fresh :func:`layout_map` of the same map
(the tests check that).
Anything else (stages, steps, lanes, personas, scores) returns ``None``: call
:func:`layout_map`, or call :func:`relayout`, which picks the cheapest way for any edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from ..model import Change, JourneyMap, Lane
from .boxes import CardBox, LaneBox
from .lane_visibility_cards import Row, RowCards
from .lane_visibility_edit import relayout_lane_visibility
from .map_layout import MapLayout, _layout_card, layout_map
from .score_edit import relayout_scores
from .step_edit import relayout_step_heads

Cell = tuple[str, str]


def relayout(previous: MapLayout, journey: JourneyMap, changed_ids: Iterable[str],
             changes: Iterable[Change] | None = None) -> MapLayout:
    """The layout of ``journey`` after an edit that changed the objects ``changed_ids``.

    ``previous`` is the layout before the edit (same options). Edits of cards only
    (text, fields, add, remove, move) re-lay out just the touched cells. Given the
    Document's ``changes`` too, score edits re-draw just the touched curves and
    column labels, and step edits that keep the header row's height re-lay out
    just those headers (:mod:`.score_edit`, :mod:`.step_edit`). Any other edit re-runs
    :func:`layout_map`, which reuses the measured boxes of everything unchanged,
    so it re-does arithmetic but wraps no unchanged text. Either way the result
    equals a fresh ``layout_map(journey, previous.options)``.
    """
    if changes is not None:
        done = _relayout_by_kind(previous, journey, [c for c in changes if c.kind != "note"])
        if done is not None:
            return done
    ids = set(changed_ids)
    if ids:
        where: dict[str, Cell] = {}
        for lane in journey.lanes:
            for card in lane.cards:
                if card.id in ids:
                    where[card.id] = (lane.id, card.step)
        cells: set[Cell] = set()
        for card_id in ids:
            old = previous.cards.get(card_id)
            new = where.get(card_id)
            if old is None and new is None:
                break  # not a card (or a card never shown and now gone): lay out everything
            if old is not None:
                cells.add((old.lane_id, old.step_id))
            if new is not None:
                cells.add(new)
        else:
            done = relayout_cells(previous, journey, cells)
            if done is not None:
                return done
    return layout_map(journey, previous.options)


def _relayout_by_kind(previous: MapLayout, journey: JourneyMap, changes: list[Change]) -> MapLayout | None:
    """The narrow re-layouts that the kinds of the changes allow; ``None`` when none applies."""
    if not changes:
        return None
    if all(c.kind == "score" and len(c.ids) == 2 for c in changes):
        return relayout_scores(previous, journey, {c.ids[0] for c in changes}, {c.ids[1] for c in changes})
    if all(c.kind == "step" and c.action == "update" and not {"scores", "card_width"} & set(c.fields)
           for c in changes):
        return relayout_step_heads(previous, journey, {i for c in changes for i in c.ids})
    if all(c.kind == "lane" and c.action == "update" and set(c.fields) == {"hidden"} for c in changes):
        return relayout_lane_visibility(previous, journey, {i for c in changes for i in c.ids})
    return None


def _band_height(layout: MapLayout, lane: LaneBox) -> float:
    """The emotion band at the top of the emotion lane (0 for other lanes)."""
    if layout.emotion is None or layout.emotion.lane_id != lane.lane_id:
        return 0.0
    return layout.options.cell_padding + lane.title.rect.h + layout.options.emotion_lane_height


def relayout_cells(old: MapLayout, journey: JourneyMap, cells: Iterable[Cell]) -> MapLayout | None:
    """``old`` with the cards of ``cells`` laid out again; ``None`` when a full layout is needed."""
    opts = old.options
    pad = opts.cell_padding
    lanes = {lane.id: lane for lane in journey.lanes}
    wanted: dict[str, set[str]] = {}
    for lane_id, step_id in cells:
        lane = lanes.get(lane_id)
        if lane is None or step_id not in old.steps:
            return None
        if lane_id not in old.lanes:
            if lane.hidden and not opts.show_hidden_lanes:
                continue  # an edit in a hidden lane changes nothing on the map
            return None
        wanted.setdefault(lane_id, set()).add(step_id)
    if any(card.last_step is not None for lane_id in wanted for card in lanes[lane_id].cards) or any(
            old.cards[card.id].columns > 1 for lane_id in wanted for card in lanes[lane_id].cards
            if card.id in old.cards):
        return None  # a card spanning columns: its neighbours' places depend on it (a full layout reuses boxes)
    if isinstance(old.cards, RowCards):  # after a lane was hidden: make only the touched rows' boxes
        edited = _edited_rows(old.cards, wanted)
        cards: Mapping[str, CardBox] = RowCards(
            {lane_id: Row(edited[lane_id]) if lane_id in edited else old.cards.rows[lane_id]
             for lane_id in old.lanes if lane_id in edited or lane_id in old.cards.rows},
            old.cards, old.cards.rows)
        place = lambda card_id, lane_id, box: edited[lane_id].__setitem__(card_id, box)  # noqa: E731
    else:
        plain = dict(old.cards)
        for card_id, box in old.cards.items():  # all stale boxes go before any new one is placed
            if box.step_id in wanted.get(box.lane_id, ()):
                del plain[card_id]
        cards = plain
        place = lambda card_id, _lane_id, box: plain.__setitem__(card_id, box)  # noqa: E731
    for lane_id, step_ids in wanted.items():
        lane = lanes[lane_id]
        lane_box = old.lanes[lane_id]
        top = lane_box.rect.y + _band_height(old, lane_box) + pad
        for step_id in step_ids:
            cell = old.cells[(lane_id, step_id)]
            x, width = cell.x + pad, cell.w - 2 * pad
            cy = top
            index = 0
            for card in lane.cards:
                if card.step != step_id:
                    continue
                box = _layout_card(card, lane, step_id, x, cy, index, width, opts)
                place(card.id, lane_id, box)
                cy = box.rect.bottom + opts.card_gap
                index += 1
    for lane_id in wanted:
        if _row_height(old, lanes[lane_id], cards) != old.lanes[lane_id].rect.h:
            # Every row below moves: a full layout places them with exactly its own arithmetic
            # (moving boxes by the difference would drift by rounding) and still reuses their wrapping.
            return layout_map(journey, opts)
    return replace(old, cards=cards)


def _edited_rows(cards: RowCards, wanted: dict[str, set[str]]) -> dict[str, dict[str, CardBox]]:
    """The boxes of the rows with edited cells, without the boxes of those cells."""
    edited = {}
    for lane_id, step_ids in wanted.items():
        row = cards.rows.get(lane_id)
        edited[lane_id] = {} if row is None else {
            card_id: row.box(card_id) for card_id, box in row.boxes.items() if box.step_id not in step_ids}
    return edited


def _row_height(layout: MapLayout, lane: Lane, cards: Mapping[str, CardBox]) -> float:
    """The height ``lane``'s row needs for ``cards``, as :func:`layout_map` works it out."""
    opts = layout.options
    pad = opts.cell_padding
    box = layout.lanes[lane.id]
    top = box.rect.y
    band_h = _band_height(layout, box)
    tallest = 0.0
    for card in lane.cards:
        card_box = cards.get(card.id)
        if card_box is not None:
            tallest = max(tallest, card_box.rect.bottom + opts.card_gap - opts.card_gap + pad - top)
    h = max(opts.min_row_height, tallest, box.title.rect.h + 2 * pad, band_h + (pad if band_h else 0))
    legend = layout.emotion.legend if band_h and layout.emotion is not None else None
    if legend is not None and not legend.inside:
        h = max(h, legend.rect.bottom + pad - top)  # as layout_row: the title cell's legend under the band
    return h
