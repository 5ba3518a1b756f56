"""Hiding or showing a lane: the rows below move by its height; nothing else is laid out again.

Rows below keep their boxes and only record how far they moved (:class:`RowCards`);
a lane shown again is laid out on its own. This is exact only when every
distance on the map is a sum of binary fractions (the default sizes are): then a
row moved by ``dy`` sits exactly where a fresh layout's own sums put it. With
other sizes it hands back ``None`` and the caller runs the full layout. When
the emotion lane moves, its curves and labels are laid out again where it now is.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import fields, replace
from functools import cache

from ..model import JourneyMap, LaneKind
from .boxes import CardBox, LaneBox, StepBox
from .columns import Columns, grid_columns
from .emotion import build_emotion
from .emotion_legend import plan_legend
from .geometry import Rect
from .lane_visibility_cards import Row, RowCards, rows_of
from .map_layout import (
    MapLayout,
    _blueprint_lines,
    _memo_for,
    emotion_band,
    emotion_label_area,
    lane_legend,
    layout_row,
    row_cells,
    step_widths,
    visible_lanes,
)
from .options import LayoutOptions
from .style import ROW_FILLS


def relayout_lane_visibility(old: MapLayout, journey: JourneyMap, lane_ids: Collection[str]) -> MapLayout | None:
    """``old`` after the lanes ``lane_ids`` were hidden or shown; ``None`` when a full layout is needed."""
    opts = old.options
    lanes = {lane.id: lane for lane in journey.lanes}
    if any(lane_id not in lanes or lanes[lane_id].kind == LaneKind.EMOTION for lane_id in lane_ids):
        return None
    if opts.show_hidden_lanes or not _sums_are_exact(opts) or not old.steps:
        return None
    columns = grid_columns(journey, opts)
    if not _columns_are_exact(columns):
        return None
    shown = visible_lanes(journey, opts)
    if old.emotion is not None and old.emotion.lane_id not in {lane.id for lane in shown}:
        return None
    first_step = next(iter(old.steps.values()))
    y = first_step.rect.y + first_step.rect.h
    m = opts.margin
    grid_x, grid_right = columns.grid_x, columns.grid_right
    if list(columns.step_index) != list(old.steps):
        return None
    parent_rows = rows_of(old.cards)
    memo = _memo_for(opts)
    lane_boxes: dict[str, LaneBox] = {}
    cells: dict[tuple[str, str], Rect] = {}
    rows: dict[str, Row] = {}
    for index, lane in enumerate(shown):
        box = old.lanes.get(lane.id)
        if box is None or lane.id in lane_ids:
            made: dict[str, CardBox] = {}
            box, new_cells, _band = layout_row(lane, index, y, False, columns, made, memo, opts)
            rows[lane.id] = Row(made)
            cells.update(new_cells)
        else:
            h = box.rect.h
            dy = y - box.rect.y
            fill = ROW_FILLS[index % 2]
            if dy or fill != box.fill:
                t = box.title
                title = replace(t, rect=Rect(t.rect.x, y + opts.cell_padding, t.rect.w, t.rect.h))
                box = replace(box, rect=Rect(box.rect.x, y, box.rect.w, h), title=title, fill=fill)
            parent = parent_rows.get(lane.id)
            if parent is None:
                rows[lane.id] = Row({})
            elif dy:
                rows[lane.id] = Row(parent.boxes, parent.dy + dy)
            else:
                rows[lane.id] = parent
            cells.update(row_cells(lane.id, y, h, columns, memo))
        lane_boxes[lane.id] = box
        y += box.rect.h
    grid_bottom = y
    steps = old.steps
    first_column = first_step.column
    if grid_bottom - first_column.y != first_column.h:
        header_y = first_column.y
        h = grid_bottom - header_y
        steps = {step_id: StepBox(b.step_id, b.stage_id, b.rect, b.title, Rect(b.column.x, header_y, b.column.w, h),
                                  b.moment_of_truth, b.metrics, b.moment_mark)
                 for step_id, b in old.steps.items()}
    emotion = old.emotion
    if emotion is not None and lane_boxes[emotion.lane_id] is not old.lanes[emotion.lane_id]:
        # the emotion lane moved: its curves are laid out again where it now is (value_to_y divides,
        # so moved copies would not match a fresh layout to the last bit)
        rect = lane_boxes[emotion.lane_id].rect
        band = emotion_band(rect.y, lane_boxes[emotion.lane_id].title.rect.h, grid_x, grid_right, opts)
        step_x = {step_id: box.rect.x + box.rect.w / 2 for step_id, box in old.steps.items()}
        emotion = build_emotion(journey, emotion.lane_id, band, step_x, list(old.steps),
                                emotion_label_area(rect, band, grid_x, grid_right, opts), step_widths(columns), opts,
                                lane_legend(plan_legend(journey, opts), rect, band, opts))
    lines = _blueprint_lines(shown, lane_boxes, m, grid_right, opts)
    if lines == old.blueprint_lines:
        lines = old.blueprint_lines
    g = old.grid
    return replace(old, height=y + m, steps=steps, lanes=lane_boxes, cells=cells, emotion=emotion,
                   cards=RowCards(rows, old.cards, parent_rows), blueprint_lines=lines,
                   grid=Rect(g.x, g.y, g.w, grid_bottom - g.y))


@cache
def _sums_are_exact(opts: LayoutOptions) -> bool:
    """True when every size, and every line height, is a multiple of 1/64 pt well below 2**30.

    Sums of such numbers are exact in floating point, so a row moved by a
    distance lands where a fresh layout's own additions put it, to the last bit.
    """
    values = [getattr(opts, f.name) for f in fields(opts) if isinstance(getattr(opts, f.name), float)]
    sizes = (opts.title_size, opts.scenario_size, opts.stage_size, opts.step_size, opts.lane_title_size,
             opts.card_size, opts.small_size, opts.small_size + 1)
    values += [size * opts.leading for size in sizes]
    return all(abs(v) < 2**20 and (v * 64).is_integer() for v in values)


def _columns_are_exact(columns: Columns) -> bool:
    """The column edges are exact sums too (whole-point widths always are)."""
    return all(abs(v) < 2**20 and (v * 64).is_integer() for v in (*columns.xs, *columns.widths))
