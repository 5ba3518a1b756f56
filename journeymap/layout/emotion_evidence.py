"""The evidence behind measured points of an emotion curve: the 95 % band, "n" and the weak-evidence mark.

A score measured from research data carries its mean, its number of
responses and its interval (see :mod:`journeymap.model.evidence`). The curve
passes through the mean; the interval is drawn as a band around each run of
neighbouring measured points (a whisker for a point alone); "n=214" is
written with the point's label; a point resting on fewer responses than the
map's threshold is marked as weak evidence, in words as well as by a mark.
Hand-entered scores have none of these, so they stay distinguishable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from ..i18n import _, format_number
from ..model import Score
from .boxes import CurvePoint, EvidenceBand
from .options import LayoutOptions


class PointEvidence(NamedTuple):
    """What a measured as-is point rests on: its mean, n, 95 % interval, and whether that is weak."""

    mean: float | None
    n: int | None
    low: float | None
    high: float | None
    weak: bool


def point_evidence(score: Score, weak_below: int) -> PointEvidence | None:
    """The evidence of a score's as-is value; None when nothing measured is behind it."""
    if score.value is None or (score.sample_size is None and score.mean is None and score.interval is None):
        return None
    low, high = (score.interval.low, score.interval.high) if score.interval is not None else (None, None)
    return PointEvidence(score.mean, score.sample_size, low, high,
                         score.sample_size is not None and score.sample_size < weak_below)


def evidence_note(evidence: PointEvidence) -> str:
    """"n=214" under a measured point; "n=12 (weak)" when it rests on too few responses."""
    if evidence.n is None:
        return ""
    n = _("n={n}").format(n=format_number(evidence.n))
    return _("{n} (weak)").format(n=n) if evidence.weak else n


def evidence_bands(value_to_y: Callable[[float], float], vmin: int, vmax: int, points: list[CurvePoint],
                   by_step: dict[str, tuple], step_order: list[str]) -> tuple[EvidenceBand, ...]:
    """One band per run of neighbouring points with an interval; a gap or a hand score ends a run.

    Interval ends beyond the scale are drawn at its edge, as the curve is.
    """
    from .emotion import monotone_beziers  # the curve's own interpolation, so the band follows it

    bands: list[EvidenceBand] = []
    run: list[tuple[float, float, float]] = []
    column = {step_id: k for k, step_id in enumerate(step_order)}
    last = -2

    def close() -> None:
        if run:
            xs = [x for x, _hi, _lo in run]
            upper = tuple(monotone_beziers(xs, [hi for _x, hi, _lo in run]))
            lower = tuple(monotone_beziers(xs, [lo for _x, _hi, lo in run]))
            bands.append(EvidenceBand(upper, lower, tuple(run)))
            run.clear()

    for point in points:
        entry = by_step.get(point.step_id)
        evidence = entry[4] if entry is not None and len(entry) > 4 else None
        if evidence is None or evidence.low is None or evidence.high is None:
            close()
            continue
        if column[point.step_id] != last + 1:  # an unscored step between: the curve has a gap here
            close()
        last = column[point.step_id]
        high = value_to_y(max(vmin, min(vmax, evidence.high)))
        low = value_to_y(max(vmin, min(vmax, evidence.low)))
        run.append((point.x, high, low))
    close()
    return tuple(bands)


#: how opaque the band of a persona's colour is: the curve and the cards under it stay readable
BAND_OPACITY = 0.16
#: the dashed ring around a weak-evidence point, in points from its centre (a marker is about 9 pt wide)
WEAK_RING_RADIUS = 8.5
WEAK_RING_DASH = (2.0, 1.6)
WEAK_RING_COLOUR = "#4a5360"
#: the marker radius WEAK_RING_RADIUS goes with: the map's default marker
MAP_MARKER_RADIUS = LayoutOptions.marker_size / 2


def weak_ring_radius(marker_radius: float = MAP_MARKER_RADIUS) -> float:
    """The ring's radius round a marker of ``marker_radius``: the map's proportions at any size (the
    digest's small charts, the slides), so it keeps its gap round the marker and clears the next point."""
    return WEAK_RING_RADIUS * marker_radius / MAP_MARKER_RADIUS
#: half the width of a whisker's caps, for a measured point with no neighbour in its band
WHISKER_CAP = 4.0


def band_outline(band: EvidenceBand) -> list[tuple[str, tuple[float, ...]]]:
    """The closed outline of a band as path commands ("M", x, y), ("C", 6 numbers), ("L", x, y), ("Z", ()).

    Along the upper edge left to right, down, back along the lower edge right
    to left: every renderer (canvas now, the paint plan later) draws the same shape.
    """
    if not band.upper:
        return []
    out: list[tuple[str, tuple[float, ...]]] = [("M", band.upper[0][:2])]
    out += [("C", seg[2:]) for seg in band.upper]
    last = band.lower[-1]
    out.append(("L", (last[6], last[7])))
    for x0, y0, c1x, c1y, c2x, c2y, _x1, _y1 in reversed(band.lower):
        out.append(("C", (c2x, c2y, c1x, c1y, x0, y0)))
    out.append(("Z", ()))
    return out
