"""The layout after a step edit (rename, moment of truth, metrics) that keeps the header row's height.

It changes one step header: this re-does just that header with the very
arithmetic :func:`layout_map` uses, and hands back ``None`` when the header row
grows or shrinks, so the caller runs the full layout. The result always equals
a fresh ``layout_map``; unchanged boxes are the very same objects.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from ..model import JourneyMap
from .boxes import StepBox
from .map_layout import (
    MapLayout,
    metric_texts,
    step_head,
)


def relayout_step_heads(old: MapLayout, journey: JourneyMap, step_ids: Collection[str]) -> MapLayout | None:
    """``old`` after the steps ``step_ids`` changed their own fields; ``None`` if the header row resizes."""
    opts = old.options
    pad = opts.cell_padding
    found = {step.id: step for step in journey.steps() if step.id in step_ids}
    if len(found) != len(set(step_ids)) or any(step_id not in old.steps for step_id in found):
        return None
    if not old.steps:
        return None
    first = next(iter(old.steps.values()))
    header_y, step_h = first.rect.y, first.rect.h
    heads = {}
    for step_id, step in found.items():
        box = old.steps[step_id]
        heads[step_id] = step_head(step, metric_texts(step), box.rect.x, header_y, box.rect.w, opts)
    tallest = max(head[0] for head in heads.values())
    if tallest > step_h:
        return None
    if tallest < step_h:
        # the row keeps its height only if another step still needs all of it
        if not any(step_id not in heads and _head_height(box, header_y, pad) == step_h
                   for step_id, box in old.steps.items()):
            return None
    steps = dict(old.steps)
    changed = False
    for step_id, (_h, title, badges, mark) in heads.items():
        box = old.steps[step_id]
        new = replace(box, title=title, metrics=badges, moment_of_truth=found[step_id].moment_of_truth,
                      moment_mark=mark)
        if new != box:
            steps[step_id] = new
            changed = True
    return replace(old, steps=steps) if changed else old


def _head_height(box: StepBox, header_y: float, pad: float) -> float:
    """The height a step's header content needs, worked out as :func:`step_head` does."""
    by = box.metrics[-1].rect.bottom if box.metrics else box.title.rect.bottom + 3
    return by - header_y + pad
