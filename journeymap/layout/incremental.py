"""Re-laying out only the cells whose cards changed, for the editor's per-keystroke speed.

:func:`layout_map` wraps every card's text; on a large map that is far too slow to
run after each edit. When an edit touches only cards (text, fields, add, delete,
move), :func:`relayout_cells` wraps just the cards of the touched cells, and if
that changes a row's height, moves the rows below by the difference. The result
equals a fresh :func:`layout_map` of the same map (the tests check that).
Anything else (stages, steps, lanes, personas, scores) returns ``None``: call
:func:`layout_map`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..model import JourneyMap, Lane
from .boxes import BlueprintLine, CardBox, LaneBox, StepBox, TextBlock
from .geometry import Rect
from .map_layout import MapLayout, _layout_card

Cell = tuple[str, str]


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
    cards = dict(old.cards)
    for card_id, box in old.cards.items():  # all stale boxes go before any new one is placed
        if box.step_id in wanted.get(box.lane_id, ()):
            del cards[card_id]
    for lane_id, step_ids in wanted.items():
        lane = lanes[lane_id]
        lane_box = old.lanes[lane_id]
        top = lane_box.rect.y + _band_height(old, lane_box) + pad
        for step_id in step_ids:
            x = old.cells[(lane_id, step_id)].x + pad
            cy = top
            index = 0
            for card in lane.cards:
                if card.step != step_id:
                    continue
                box = _layout_card(card, lane, step_id, x, cy, index, opts)
                cards[card.id] = box
                cy = box.rect.bottom + opts.card_gap
                index += 1
    layout = replace(old, cards=cards)
    for lane_id in [lid for lid in old.lanes if lid in wanted]:  # top to bottom
        layout = _fit_row(layout, lanes[lane_id])
    return layout


def _fit_row(layout: MapLayout, lane: Lane) -> MapLayout:
    """Give ``lane``'s row the height its cards need now, moving every row below."""
    opts = layout.options
    pad = opts.cell_padding
    box = layout.lanes[lane.id]
    top = box.rect.y
    band_h = _band_height(layout, box)
    tallest = 0.0
    for card in lane.cards:
        card_box = layout.cards.get(card.id)
        if card_box is not None:
            tallest = max(tallest, card_box.rect.bottom + pad - top)
    h = max(opts.min_row_height, tallest, box.title.rect.h + 2 * pad, band_h + (pad if band_h else 0))
    dy = h - box.rect.h
    if abs(dy) < 1e-9:
        return layout
    return _grow_row(layout, lane.id, dy)


def _moved_block(block: TextBlock, dy: float) -> TextBlock:
    return replace(block, rect=block.rect.moved(0, dy))


def _moved_card(box: CardBox, dy: float) -> CardBox:
    return replace(box, rect=box.rect.moved(0, dy), text=_moved_block(box.text, dy),
                   badges=tuple(_moved_block(b, dy) for b in box.badges))


def _grow_row(layout: MapLayout, lane_id: str, dy: float) -> MapLayout:
    """Make ``lane_id``'s row ``dy`` taller and move everything below it down by ``dy``."""
    order = list(layout.lanes)
    below = set(order[order.index(lane_id) + 1:])
    lanes: dict[str, LaneBox] = {}
    for lid, box in layout.lanes.items():
        if lid == lane_id:
            r = box.rect
            lanes[lid] = replace(box, rect=Rect(r.x, r.y, r.w, r.h + dy))
        elif lid in below:
            lanes[lid] = replace(box, rect=box.rect.moved(0, dy), title=_moved_block(box.title, dy))
        else:
            lanes[lid] = box
    cells = {}
    for (lid, sid), r in layout.cells.items():
        if lid == lane_id:
            cells[(lid, sid)] = Rect(r.x, r.y, r.w, r.h + dy)
        elif lid in below:
            cells[(lid, sid)] = r.moved(0, dy)
        else:
            cells[(lid, sid)] = r
    cards = {cid: (_moved_card(box, dy) if box.lane_id in below else box) for cid, box in layout.cards.items()}
    steps: dict[str, StepBox] = {
        sid: replace(s, column=Rect(s.column.x, s.column.y, s.column.w, s.column.h + dy))
        for sid, s in layout.steps.items()
    }
    emotion = layout.emotion
    if emotion is not None and emotion.lane_id in below:
        band = emotion.band.moved(0, dy)
        step_x = {sid: s.column.center[0] for sid, s in steps.items()}
        emotion = _shift_emotion(emotion, band, step_x)
    lines: list[BlueprintLine] = []
    for line in layout.blueprint_lines:
        if line.y > layout.lanes[lane_id].rect.y + 1e-9:
            text = _moved_block(line.text, dy) if line.text is not None else None
            line = replace(line, y=line.y + dy, text=text)
        lines.append(line)
    g = layout.grid
    return replace(layout, height=layout.height + dy, lanes=lanes, cells=cells, cards=cards, steps=steps,
                   emotion=emotion, blueprint_lines=lines, grid=Rect(g.x, g.y, g.w, g.h + dy))


def _shift_emotion(emotion, band: Rect, step_x: dict[str, float]):
    """The emotion layout with its band moved: every tick, point and Bézier moves with it."""
    dy = band.y - emotion.band.y
    ticks = [t._replace(y=t.y + dy) for t in emotion.scale_ticks]
    curves = []
    for curve in emotion.curves:
        points = [p._replace(y=p.y + dy) for p in curve.points]
        runs = [[(a, b + dy, c, d + dy, e, f + dy, g, h + dy) for (a, b, c, d, e, f, g, h) in run]
                for run in curve.runs]
        curves.append(replace(curve, points=points, runs=runs))
    return replace(emotion, band=band, scale_ticks=ticks, curves=curves)
