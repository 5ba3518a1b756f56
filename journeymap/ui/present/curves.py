"""The emotion strip under each stage slide: the curves of the whole journey, windowed.

The strip places every step of the map at the slide's column spacing and
clips to the slide, so a curve enters from the previous stage and leaves
toward the next one: the room sees the journey continue, not a fragment.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...layout import Rect, monotone_beziers, scale_label
from ...layout.emotion import collect_scores, marker_shifts, persona_marker
from ...model import JourneyMap
from .ops import CurveOp, LineOp, MarkerOp, Op
from .text import block_height, measure, place
from .theme import INK, LEADING, Sizes

GUIDE = "#9aa0a6"


@dataclass(frozen=True)
class PersonaCurve:
    persona_id: str
    name: str
    colour: str
    marker: str
    kind: str  # "as_is" or "to_be"
    values: tuple[int | None, ...]  # one per step of the map, None where unscored


def journey_curves(journey: JourneyMap) -> list[PersonaCurve]:
    """As-is and to-be curves of every persona whose curve is shown, in persona order."""
    steps = journey.steps()
    out = []
    for index, persona in enumerate(journey.personas):
        if not persona.show_curve:
            continue
        as_is: list[int | None] = []
        to_be: list[int | None] = []
        for step in steps:
            score = next((s for s in step.scores if s.persona == persona.id), None)
            as_is.append(score.value if score else None)
            to_be.append(score.target if score else None)
        for kind, values in (("as_is", as_is), ("to_be", to_be)):
            if any(v is not None for v in values):
                out.append(PersonaCurve(persona.id, persona.name, persona.colour, persona_marker(index),
                                        kind, tuple(values)))
    return out


def legend_height(curves: list[PersonaCurve], width: float, s: Sizes) -> float:
    return block_height(len(_legend_rows(curves, width, s)), s.small) if curves else 0.0


def _legend_items(curves: list[PersonaCurve], s: Sizes) -> list[tuple[PersonaCurve, str, float]]:
    sample = s.small * 2.4
    items = []
    for c in curves:
        label = c.name if c.kind == "as_is" else f"{c.name} (to-be)"
        items.append((c, label, sample + s.gap + measure(label, s.small) + s.small * 1.2))
    return items


def _legend_rows(curves: list[PersonaCurve], width: float, s: Sizes) -> list[list[tuple]]:
    rows: list[list[tuple]] = [[]]
    used = 0.0
    for item in _legend_items(curves, s):
        if rows[-1] and used + item[2] > width:
            rows.append([])
            used = 0.0
        rows[-1].append(item)
        used += item[2]
    return rows


def strip_ops(
    journey: JourneyMap, curves: list[PersonaCurve], rect: Rect, label_w: float,
    first_step: int, n_columns: int, s: Sizes,
) -> list[Op]:
    """The legend, scale words, column guides and clipped curves for one slide's columns."""
    ops: list[Op] = [LineOp(rect.x, rect.y, rect.right, rect.y, INK, s.line)]
    grid_x = rect.x + label_w
    grid_w = rect.right - grid_x
    col_w = grid_w / max(1, n_columns)
    # legend: a line sample with the marker, then the name; wraps to more rows when needed
    y = rect.y + s.gap
    for row in _legend_rows(curves, grid_w, s):
        x = grid_x
        mid = y + s.small * LEADING / 2
        for c, label, w in row:
            sample = s.small * 2.4
            dashed = c.kind == "to_be"
            ops.append(LineOp(x, mid, x + sample, mid, c.colour, s.line * 2.5, dashed, c.persona_id))
            ops.append(MarkerOp(x + sample / 2, mid, c.marker, s.small * 0.75, c.colour, dashed, c.persona_id))
            text, _ = place([label], x + sample + s.gap, y, s.small, persona_id=c.persona_id)
            ops.extend(text)
            x += w
        y += s.small * LEADING
    ops.extend(place(["Emotion"], rect.x, rect.y + s.gap, s.lane, "bold")[0])
    band_top = y + s.small * 0.6
    band = Rect(grid_x, band_top, grid_w, rect.bottom - band_top - s.small * 0.6)
    vmin, vmax = journey.emotion_scale.min, journey.emotion_scale.max

    def value_y(v: float) -> float:
        return band.y + (vmax - v) / (vmax - vmin) * band.h

    for i in range(n_columns + 1):
        x = grid_x + i * col_w
        ops.append(LineOp(x, band.y - s.small * 0.4, x, rect.bottom, GUIDE, s.line * 0.6))
    ticks = [vmax, 0, vmin] if vmin < 0 < vmax else [vmax, vmin]
    for v in ticks:
        ops.append(LineOp(grid_x, value_y(v), rect.right, value_y(v), GUIDE, s.line * 0.6, v == 0))
        label = scale_label(v, vmin, vmax)
        top = value_y(v) - s.small * LEADING / 2
        top = min(max(top, band.y - s.small * 0.6), rect.bottom - s.small * LEADING)
        ops.extend(place([label], rect.x, top, s.small)[0])
    clip = Rect(grid_x, rect.y, grid_w, rect.h)
    marker_size = s.small * 0.9
    # the layout's spreading, so a slide spreads shared scores as the canvas and the PDF do
    step_ids = [step.id for step in journey.steps()]
    shifts = marker_shifts(journey, collect_scores(journey), vmin, vmax, marker_size)
    for c in curves:
        points: list[tuple[float, float] | None] = [
            None if v is None else
            (grid_x + (g - first_step + 0.5) * col_w + shifts.get((c.persona_id, c.kind, step_ids[g]), 0.0),
             value_y(max(vmin, min(vmax, v))))
            for g, v in enumerate(c.values)
        ]
        dashed = c.kind == "to_be"
        for pts in _runs(points):
            segs = monotone_beziers([p[0] for p in pts], [p[1] for p in pts])
            if segs:
                ops.append(CurveOp(c.persona_id, tuple(segs), c.colour, s.line * 3, dashed, clip))
        ops.extend(MarkerOp(x, y, c.marker, marker_size, c.colour, dashed, c.persona_id)
                   for x, y in filter(None, points) if grid_x <= x <= rect.right)
    return ops


def _runs(points: list[tuple[float, float] | None]) -> list[list[tuple[float, float]]]:
    """The unbroken stretches of a curve: an unscored step ends one."""
    runs: list[list[tuple[float, float]]] = [[]]
    for point in points:
        if point is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(point)
    return [run for run in runs if run]


def strip_height(curves: list[PersonaCurve], width: float, s: Sizes) -> float:
    """Legend rows plus a band tall enough to tell the scale apart from the back of the room."""
    if not curves:
        return 0.0
    return s.gap + legend_height(curves, width, s) + s.small * 1.2 + max(s.height * 0.13, s.small * 4.2)
