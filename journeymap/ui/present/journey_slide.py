"""The journey at a glance: every stage, the whole emotion curve of every persona with its words,
and the moments of truth, on one slide before the stages one by one."""

from __future__ import annotations

from ...i18n import N_, _
from ...layout import Rect
from ...model import JourneyMap
from .curves import journey_curves, strip_ops
from .ops import BoxOp, LineOp, Slide
from .text import block_height, clip_lines, place, wrap_lines
from .theme import ACCENT_RED, INK, LEADING, RULE, Sizes

TITLE = N_("The journey at a glance")
STAR = "\u2605"


def journey_slides(journey: JourneyMap, s: Sizes) -> list[Slide]:
    steps = journey.steps()
    if not steps:
        return []
    slide = Slide("journey", _(TITLE))
    ops = slide.ops
    x0, right = s.margin, s.width - s.margin
    t, y = place([_(TITLE)], x0, s.margin, s.stage, "bold")
    ops.extend(t)
    label_w = round(s.width * 0.12)
    grid_x = x0 + label_w
    col_w = (right - grid_x) / len(steps)
    # the stages as bands over their steps: number and name
    y += s.pad
    band_h = block_height(2, s.small) + s.pad
    first = 0
    for number, stage in enumerate(journey.stages, start=1):
        n = len(stage.steps)
        if n == 0:
            continue
        bx = grid_x + first * col_w
        rect = Rect(bx + s.gap / 4, y, n * col_w - s.gap / 2, band_h)
        ops.append(BoxOp(rect, stage.colour, RULE, s.line * 0.5))
        inner = rect.w - s.pad
        lines = clip_lines(wrap_lines(f"{number}. {stage.name}", s.small, inner, "bold"), 2, s.small, inner, "bold")
        ops.extend(place(lines, rect.x + s.pad / 2, y + s.pad / 2, s.small, "bold")[0])
        first += n
    ops.extend(place(["Stages"], x0, y + s.pad / 2, s.small, "bold")[0])
    y += band_h + s.pad
    # the moments of truth, numbered over their columns and listed under the curve
    moments = [(g, step) for g, step in enumerate(steps) if step.moment_of_truth]
    stage_of = {step.id: stage.name for stage in journey.stages for step in stage.steps}
    legend = [f"{STAR}{k} {step.name} ({stage_of[step.id]})" for k, (_g, step) in enumerate(moments, start=1)]
    legend_lines = clip_lines(wrap_lines(_("Moments of truth: {list}").format(list="   ".join(legend)), s.small, right - x0, "bold"),
                              3, s.small, right - x0, "bold") if legend else []
    bottom = s.height - s.margin - 2 * s.pad - block_height(len(legend_lines), s.small)
    mark_h = s.small * LEADING if moments else 0.0
    strip_top = y + mark_h
    curves = journey_curves(journey)
    if curves:
        ops.extend(strip_ops(journey, curves, Rect(x0, strip_top, right - x0, bottom - strip_top), label_w, 0,
                             len(steps), s, heading=_("Emotion"), spread=True))
    else:
        ops.append(LineOp(x0, strip_top, right, strip_top, INK, s.line))
        hint = _("No emotion scores yet: score the steps in the editor, or ask the room with an emotion check (E).")
        ops.extend(place(wrap_lines(hint, s.card, right - grid_x), grid_x, strip_top + s.pad, s.card)[0])
    for k, (g, _step) in enumerate(moments, start=1):
        cx = grid_x + (g + 0.5) * col_w
        label = f"{STAR}{k}"
        ops.extend(place([label], cx - s.small * 0.7, y, s.small, "bold", ACCENT_RED)[0])
        ops.append(LineOp(cx, strip_top, cx, bottom, ACCENT_RED, s.line * 1.5, True))
    if legend_lines:
        ops.extend(place(legend_lines, x0, bottom + s.pad, s.small, "bold", ACCENT_RED)[0])
    return [slide]


__all__ = ["journey_slides"]
