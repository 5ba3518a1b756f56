"""The layout after a score edit, without running the whole layout again.

A score moves one marker: only that persona's curves and the labels of that step's
column change (and the legends, when a to-be score appears or goes: if that
changes the height of the emotion lane's legend, the row resizes, so it falls back).
This re-does just that part, with the very arithmetic :func:`layout_map` uses,
and hands back ``None`` when the edit reaches further, so the caller runs the
full layout. The result always equals a fresh ``layout_map`` of the same map;
unchanged boxes are the very same objects.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from ..model import JourneyMap
from .boxes import CurveLayout
from .columns import grid_columns
from .emotion import EmotionLayout, _curve, collect_scores, marker_shifts
from .emotion_labels import place_labels
from .emotion_legend import plan_legend
from .map_layout import (
    MapLayout,
    _layout_header,
    emotion_label_area,
    lane_legend,
    step_widths,
)


def relayout_scores(old: MapLayout, journey: JourneyMap, step_ids: Collection[str],
                    persona_ids: Collection[str]) -> MapLayout | None:
    """``old`` after scores of ``persona_ids`` at ``step_ids`` changed; ``None`` if more than that moved."""
    opts = old.options
    if any(step_id not in old.steps for step_id in step_ids):
        return None
    personas = {p.id: (index, p) for index, p in enumerate(journey.personas)}
    if any(pid not in personas for pid in persona_ids):
        return None
    columns = grid_columns(journey, opts)
    grid_x, grid_right = columns.grid_x, columns.grid_right
    header, legend, grid_top = _layout_header(journey, opts, opts.margin, grid_right - opts.margin)
    if grid_top != old.grid.y:
        return None  # the legend grew or shrank: the whole grid moves
    if header == old.header:
        header = old.header
    if legend == old.legend:
        legend = old.legend
    emo = old.emotion
    if emo is None:
        return replace(old, header=header, legend=legend)

    plan = plan_legend(journey, opts)
    if (plan is None) != (emo.legend is None) or (plan is not None and emo.legend is not None and (
            bool(plan.inside) != emo.legend.inside or (not plan.inside and plan.height != emo.legend.rect.h))):
        return None  # the lane's legend gained or lost the line-style key: the row may grow or shrink
    legend_box = lane_legend(plan, old.lanes[emo.lane_id].rect, emo.band, opts)
    if legend_box == emo.legend:
        legend_box = emo.legend

    step_x = {step_id: box.rect.x + box.rect.w / 2 for step_id, box in old.steps.items()}
    step_order = list(old.steps)
    scores = collect_scores(journey)
    touched = set(step_ids)
    # only markers at the touched steps can move aside or back; elsewhere the curves keep their points
    shifts = marker_shifts(journey, scores, emo.vmin, emo.vmax, opts.marker_size, touched)
    before = {(c.persona_id, c.kind): c for c in emo.curves}
    curves: list[CurveLayout] = []
    for index, persona in enumerate(journey.personas):
        if not persona.show_curve:
            continue
        for kind in ("as_is", "to_be"):
            curve = before.get((persona.id, kind))
            if persona.id in persona_ids or (curve is not None and any(
                    p.x != step_x[p.step_id] + shifts.get((persona.id, kind, p.step_id), 0.0)
                    for p in curve.points if p.step_id in touched)):  # a marker beside the moved one
                keep_x = None if curve is None else {
                    pt.step_id: pt.x for pt in curve.points if pt.step_id not in touched}
                fresh = _curve(emo, persona, index, kind, scores.get(persona.id, {}), step_x, step_order,
                               shifts, keep_x)
                if fresh is not None and curve is not None:
                    fresh = replace(fresh, label_blocks=curve.label_blocks)  # other columns' labels stand
                curve = fresh
            if curve is not None:
                curves.append(curve)
    area = emotion_label_area(old.lanes[emo.lane_id].rect, emo.band, grid_x, grid_right, opts)
    curves = place_labels(curves, area, step_widths(columns), opts.small_size, opts.small_size * opts.leading,
                          opts.marker_size, steps=set(step_ids))
    emotion = EmotionLayout(emo.lane_id, emo.band, emo.vmin, emo.vmax, emo.scale_ticks, curves, legend_box)
    return replace(old, header=header, legend=legend, emotion=emotion)
