"""The emotion lane: scale, persona curves as monotone Béziers, markers, legend styles.

Curves use Fritsch-Carlson monotone cubic interpolation: between two scored
steps the curve never rises above the higher or dips below the lower score,
so it can never leave the scale. A step without a score ends one run and a
later score starts the next (a gap, never a zero).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from ..i18n import N_, _
from ..model import JourneyMap, Persona
from .boxes import Bezier, CurveLayout, CurvePoint, LaneLegend, ScaleTick
from .emotion_evidence import evidence_bands, evidence_note, point_evidence
from .emotion_labels import place_labels
from .geometry import Rect
from .options import LayoutOptions
from .style import STYLE

MARKERS = ("circle", "square", "triangle", "diamond", "triangle_down", "hexagon", "star", "cross")
TO_BE_DASH = STYLE.emotion.to_be_dash

_WORDS_7 = {3: N_("Delighted"), 2: N_("Happy"), 1: N_("Content"), 0: N_("Neutral"), -1: N_("Uneasy"),
            -2: N_("Upset"), -3: N_("Angry")}


def emotion_word(value: int, vmin: int, vmax: int) -> str:
    """A word for a scale position, so the scale is readable without colour or faces."""
    if value == 0:
        return _("Neutral")
    top = vmax if value > 0 else -vmin
    step = round(3 * abs(value) / top) if top else 0
    step = max(1, min(3, step))
    return _(_WORDS_7[step if value > 0 else -step])


def scale_label(value: int, vmin: int, vmax: int) -> str:
    sign = "+" if value > 0 else "\u2212" if value < 0 else ""
    return f"{sign}{abs(value)} {emotion_word(value, vmin, vmax)}"


def persona_marker(index: int) -> str:
    return MARKERS[index % len(MARKERS)]


_CROSS = ((-0.35, -1), (0.35, -1), (0.35, -0.35), (1, -0.35), (1, 0.35), (0.35, 0.35), (0.35, 1),
          (-0.35, 1), (-0.35, 0.35), (-1, 0.35), (-1, -0.35), (-0.35, -0.35))
_REGULAR = {"triangle": (3, -90, 1.2), "diamond": (4, 90, 1.15), "triangle_down": (3, 90, 1.2),
            "hexagon": (6, 0, 1.05)}


@cache
def marker_outline(shape: str) -> tuple[tuple[float, float], ...]:
    """The corners of a persona marker of radius 1 centred on (0, 0), y downwards; empty for a circle.

    The PDF and SVG writers scale these by the marker's radius, so a persona's
    shape (the sign that is not colour) is the same on every page and file.
    """
    if shape == "circle":
        return ()
    if shape == "square":
        return ((-0.9, -0.9), (0.9, -0.9), (0.9, 0.9), (-0.9, 0.9))
    if shape == "cross":
        return _CROSS
    if shape == "star":
        return tuple((math.cos(-math.pi / 2 + k * math.pi / 5) * (1.15 if k % 2 == 0 else 0.5),
                      math.sin(-math.pi / 2 + k * math.pi / 5) * (1.15 if k % 2 == 0 else 0.5)) for k in range(10))
    sides, turn, grow = _REGULAR.get(shape, (4, 45, 1.0))
    return tuple((math.cos(math.radians(turn + k * 360 / sides)) * grow,
                  math.sin(math.radians(turn + k * 360 / sides)) * grow) for k in range(sides))


@dataclass(frozen=True)
class EmotionLayout:
    lane_id: str
    band: Rect  # where values map: vmax at band.y, vmin at band.bottom
    vmin: int
    vmax: int
    scale_ticks: list[ScaleTick]
    curves: list[CurveLayout] = field(default_factory=list)
    #: the persona legend in the lane's title cell, under the scale (None: no persona's curve is shown)
    legend: LaneLegend | None = None

    def value_to_y(self, value: float) -> float:
        span = self.vmax - self.vmin
        return self.band.y + (self.vmax - value) / span * self.band.h

    def y_to_value(self, y: float) -> int:
        """The scale value nearest to ``y``, clamped to the scale (for dragging a marker)."""
        span = self.vmax - self.vmin
        raw = self.vmax - (y - self.band.y) / self.band.h * span
        return int(max(self.vmin, min(self.vmax, round(raw))))


def monotone_beziers(xs: Sequence[float], ys: Sequence[float]) -> list[Bezier]:
    """Cubic Bézier segments through the points, monotone between neighbours."""
    n = len(xs)
    if n < 2:
        return []
    h = [xs[i + 1] - xs[i] for i in range(n - 1)]
    d = [(ys[i + 1] - ys[i]) / h[i] if h[i] else 0.0 for i in range(n - 1)]
    m = [0.0] * n
    m[0], m[-1] = d[0], d[-1]
    for i in range(1, n - 1):
        if d[i - 1] * d[i] <= 0:
            m[i] = 0.0
        else:
            # weighted harmonic mean (Fritsch-Butland form of Fritsch-Carlson)
            w1 = 2 * h[i] + h[i - 1]
            w2 = h[i] + 2 * h[i - 1]
            m[i] = (w1 + w2) / (w1 / d[i - 1] + w2 / d[i])
    for i in range(n - 1):
        if d[i] == 0:
            m[i] = m[i + 1] = 0.0
            continue
        a, b = m[i] / d[i], m[i + 1] / d[i]
        s = a * a + b * b
        if s > 9:
            t = 3 / s**0.5
            m[i], m[i + 1] = t * a * d[i], t * b * d[i]
    segments: list[Bezier] = []
    for i in range(n - 1):
        third = h[i] / 3
        segments.append(
            (xs[i], ys[i], xs[i] + third, ys[i] + m[i] * third,
             xs[i + 1] - third, ys[i + 1] - m[i + 1] * third, xs[i + 1], ys[i + 1])
        )
    return segments


def collect_scores(journey: JourneyMap) -> dict[str, dict[str, tuple]]:
    """persona id -> step id -> (value, label, target, target label, evidence), for every scored step.

    ``evidence`` (see :func:`point_evidence`) is None for a score with nothing measured behind it.
    """
    scores: dict[str, dict[str, tuple]] = {}
    weak_below = journey.research.weak_evidence_below
    for stage in journey.stages:
        for step in stage.steps:
            for score in step.scores:
                scores.setdefault(score.persona, {})[step.id] = (
                    score.value, score.label, score.target, score.target_label, point_evidence(score, weak_below)
                )
    return scores


def marker_spacing(marker_size: float) -> float:
    """How far apart side-by-side markers sit: the widest shape (a star) plus a hair's gap."""
    return marker_size * 1.5


def marker_shifts(journey: JourneyMap, scores: dict[str, dict[str, tuple]], vmin: int, vmax: int,
                  marker_size: float, steps: Collection[str] | None = None) -> dict[tuple[str, str, str], float]:
    """Sideways shifts of markers that share a step and a score, so none hides another.

    Two personas (or one persona's as-is and to-be) with the same score at a step
    would print one marker exactly over the other. Such markers are spread side by
    side, symmetric around the step's x, in curve order (persona order, as-is
    first); each curve passes through its own marker. Keys are (persona id, kind,
    step id); a marker alone at its point is not moved and has no entry. With
    ``steps``, only the markers at those steps are looked at.
    """
    at: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for persona in journey.personas:
        if not persona.show_curve:
            continue
        by_step = scores.get(persona.id, {})
        if steps is not None:
            by_step = {step_id: by_step[step_id] for step_id in steps if step_id in by_step}
        for kind, slot in (("as_is", 0), ("to_be", 2)):
            for step_id, entry in by_step.items():
                value = entry[slot]
                if value is not None:
                    at.setdefault((step_id, max(vmin, min(vmax, value))), []).append((persona.id, kind))
    spacing = marker_spacing(marker_size)
    shifts: dict[tuple[str, str, str], float] = {}
    for (step_id, _value), group in at.items():
        if len(group) > 1:
            for k, (persona_id, kind) in enumerate(group):
                shifts[(persona_id, kind, step_id)] = (k - (len(group) - 1) / 2) * spacing
    return shifts


def build_emotion(
    journey: JourneyMap,
    lane_id: str,
    band: Rect,
    step_x: dict[str, float],
    step_order: list[str],
    label_area: Rect | None = None,
    column_width: float | Mapping[str, float] | None = None,
    options: LayoutOptions | None = None,
    legend: LaneLegend | None = None,
) -> EmotionLayout:
    """Scale ticks and one curve per shown persona (as-is, and to-be where set).

    Score labels are placed inside ``label_area`` (default: the band), each in
    its step's column of ``column_width`` (one width, or one per step id), none over another label
    or a marker.
    """
    vmin, vmax = journey.emotion_scale.min, journey.emotion_scale.max
    emo = EmotionLayout(lane_id, band, vmin, vmax, [])
    ticks = [ScaleTick(v, emo.value_to_y(v), scale_label(v, vmin, vmax)) for v in range(vmax, vmin - 1, -1)]
    opts = options or LayoutOptions()
    scores = collect_scores(journey)
    shifts = marker_shifts(journey, scores, vmin, vmax, opts.marker_size)
    curves: list[CurveLayout] = []
    for index, persona in enumerate(journey.personas):
        if not persona.show_curve:
            continue
        by_step = scores.get(persona.id, {})
        for kind in ("as_is", "to_be"):
            curve = _curve(emo, persona, index, kind, by_step, step_x, step_order, shifts)
            if curve is not None:
                curves.append(curve)
    if column_width is None:
        xs = sorted(step_x.values())
        column_width = min((b - a for a, b in zip(xs, xs[1:], strict=False)), default=opts.card_width)
    curves = place_labels(curves, label_area or band, column_width, opts.small_size,
                          opts.small_size * opts.leading, opts.marker_size)
    return EmotionLayout(lane_id, band, vmin, vmax, ticks, curves, legend)


def _curve(
    emo: EmotionLayout,
    persona: Persona,
    index: int,
    kind: str,
    by_step: dict[str, tuple],
    step_x: dict[str, float],
    step_order: list[str],
    shifts: dict[tuple[str, str, str], float] | None = None,
    keep_x: dict[str, float] | None = None,
) -> CurveLayout | None:
    """One curve through its markers; ``shifts`` (see :func:`marker_shifts`) moves coincident markers.

    ``keep_x`` (step id -> x) keeps the markers' x where a re-layout knows they did not move.
    """
    value_at, label_at = (0, 1) if kind == "as_is" else (2, 3)
    points: list[CurvePoint] = []
    labels: dict[str, str] = {}
    notes: dict[str, str] = {}
    weak: list[str] = []
    runs: list[list[Bezier]] = []
    run: list[CurvePoint] = []

    def close_run() -> None:
        if run:
            runs.append(monotone_beziers([p.x for p in run], [p.y for p in run]))
            run.clear()

    for step_id in step_order:
        entry = by_step.get(step_id)
        value = entry[value_at] if entry else None
        if entry is None or value is None:
            close_run()
            continue
        evidence = entry[4] if kind == "as_is" and len(entry) > 4 else None
        measured = value if evidence is None or evidence.mean is None else evidence.mean
        clamped = max(emo.vmin, min(emo.vmax, measured))
        if keep_x is not None and step_id in keep_x:
            x = keep_x[step_id]
        else:
            x = step_x[step_id] + (shifts.get((persona.id, kind, step_id), 0.0) if shifts else 0.0)
        point = CurvePoint(step_id, x, emo.value_to_y(clamped), value)
        points.append(point)
        run.append(point)
        if entry[label_at]:
            labels[step_id] = entry[label_at]
        if evidence is not None:
            if evidence_note(evidence):
                notes[step_id] = evidence_note(evidence)
            if evidence.weak:
                weak.append(step_id)
    close_run()
    if not points:
        return None
    return CurveLayout(
        persona_id=persona.id,
        kind=kind,  # type: ignore[arg-type]
        colour=persona.colour,
        dash=() if kind == "as_is" else TO_BE_DASH,
        marker=persona_marker(index),
        points=points,
        runs=runs,
        labels=labels,
        persona_name=persona.name,
        notes=notes,
        bands=evidence_bands(emo.value_to_y, emo.vmin, emo.vmax, points, by_step, step_order) if kind == "as_is" else (),
        weak=tuple(weak),
    )
