"""One stage's emotion curves as a small chart (for the digest), as a paint plan: scale, step names, curves, markers.

Each step is named under its column, wrapped to the column's width (up to
three lines). When a stage has so many steps that a name would not fit
without breaking a word, the columns are numbered instead and the full names
follow the chart (:attr:`StageChart.key`): a name is never cut nor printed
over its neighbour's. Markers have the persona's shape, as on the map; a
measured point has its 95 % band under it, and a point resting on too few
responses its dashed ring, as on the map (``paint.evidence``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ...model import JourneyMap, Persona, Stage
from ..emotion import TO_BE_DASH, monotone_beziers, persona_marker, scale_label
from ..emotion_evidence import point_evidence
from ..fonts import REGULAR
from ..geometry import Rect
from ..style import STYLE, Stroke, Style
from ..text import text_width, wrap
from .evidence import band_items, bands_of, weak_rings
from .primitives import Item, Marker, Path, Plan, Segment, text_at
from .primitives import Line as LineShape

SCALE_W = 78.0  # the scale's words, left of the chart
CHART_H = 102.0
LABEL_LEADING = 7.8
MAX_LINES = 3


@dataclass(frozen=True)
class StageChart:
    plan: Plan
    numbered: bool  # the columns are numbered: the names did not fit under them
    step_lines: list[list[str]]  # what is printed under each column
    label_boxes: list[Rect]  # where, y downwards from the chart's top
    key: str  # the full names of numbered columns ("" when they fit under the chart)

    @property
    def width(self) -> float:
        return self.plan.width

    @property
    def height(self) -> float:
        return self.plan.height


def stage_chart(journey: JourneyMap, stage: Stage, width: float, style: Style = STYLE) -> StageChart:
    """The chart of ``stage`` at ``width`` points wide (its height follows from the step names)."""
    st = style.chart
    size = st.type
    steps = stage.steps
    col = (width - SCALE_W) / max(1, len(steps))
    room = col - 4
    names = [step.name for step in steps]
    wrapped_names = [wrap(name, REGULAR, size, room) for name in names]
    numbered = any(len(lines) > MAX_LINES or any(text_width(word, REGULAR, size) > room for word in name.split())
                   for name, lines in zip(names, wrapped_names, strict=True))
    step_lines = [[str(i + 1)] for i in range(len(steps))] if numbered else wrapped_names
    rows = max((len(lines) for lines in step_lines), default=1)
    height = CHART_H + rows * LABEL_LEADING + 4
    plan = Plan(width, height)

    scale = journey.emotion_scale
    weak_below = journey.research.weak_evidence_below
    top, bottom = 8.0, CHART_H - 6

    def y_of(v: float) -> float:
        return bottom - (v - scale.min) / (scale.max - scale.min) * (bottom - top)

    rise = style.emotion.scale_label_rise * size
    for v in range(scale.min, scale.max + 1):
        plan.add(text_at(SCALE_W - 6, y_of(v) + rise, scale_label(v, scale.min, scale.max), REGULAR, size,
                         st.label, "end"),
                 LineShape(SCALE_W, y_of(v), width, y_of(v), st.scale_zero if v == 0 else st.scale_line))
    boxes = []
    for i, lines in enumerate(step_lines):
        x = SCALE_W + (i + 0.5) * col
        w = max((text_width(line, REGULAR, size) for line in lines), default=0.0)
        boxes.append(Rect(x - w / 2, CHART_H + 2, w, len(lines) * LABEL_LEADING))
        for k, line in enumerate(lines):
            plan.add(text_at(x, CHART_H + (k + 1) * LABEL_LEADING, line, REGULAR, size, st.step_name, "middle"))
    for index, persona in enumerate(journey.personas):
        if not persona.show_curve:
            continue
        for kind in ("as_is", "to_be"):
            points: list[tuple[float, float] | None] = []
            measured: list[list[tuple[float, float, float]]] = [[]]  # runs of (x, high y, low y)
            weak: list[tuple[float, float]] = []
            for i, step in enumerate(steps):
                score = next((s for s in step.scores if s.persona == persona.id), None)
                value = None if score is None else (score.value if kind == "as_is" else score.target)
                if value is not None:
                    value = max(scale.min, min(scale.max, value))
                x = SCALE_W + (i + 0.5) * col
                points.append(None if value is None else (x, y_of(value)))
                evidence = point_evidence(score, weak_below) if score is not None and kind == "as_is" else None
                if value is not None and evidence is not None and evidence.weak:
                    weak.append((x, y_of(value)))
                interval = score.interval if score is not None and kind == "as_is" and value is not None else None
                if interval is not None:
                    measured[-1].append((x, y_of(max(scale.min, min(scale.max, interval.high))),
                                         y_of(max(scale.min, min(scale.max, interval.low)))))
                elif measured[-1]:
                    measured.append([])
            plan.items += band_items(bands_of(measured), persona.colour)  # under the curve, as on screen
            plan.items += weak_rings(weak, st.marker_radius)
            plan.items += _curve(persona, index, kind, points, style)
    key = " \u00b7 ".join(f"{i + 1} {step.name}" for i, step in enumerate(steps)) if numbered else ""
    return StageChart(plan, numbered, step_lines, boxes, key)


def _curve(persona: Persona, index: int, kind: str, points: list[tuple[float, float] | None],
           style: Style) -> list[Item]:
    """A persona's curve through its scored steps (a step without a score breaks it), then its markers."""
    st = style.chart
    hollow = kind == "to_be"
    runs: list[tuple[tuple[float, float], tuple[Segment, ...]]] = []
    run: list[tuple[float, float]] = []
    for p in [*points, None]:
        if p is not None:
            run.append(p)
            continue
        if len(run) > 1:
            segments = monotone_beziers([q[0] for q in run], [q[1] for q in run])
            runs.append((run[0], tuple(seg[2:] for seg in segments)))
        run = []
    stroke = Stroke(persona.colour, st.to_be_width if hollow else st.as_is_width, TO_BE_DASH if hollow else ())
    edge = Stroke(persona.colour, st.marker_outline)
    return [Path(tuple(runs), stroke=stroke),
            *(Marker(persona_marker(index), x, y, st.marker_radius, style.paper if hollow else persona.colour, edge)
              for x, y in (p for p in points if p is not None))]
