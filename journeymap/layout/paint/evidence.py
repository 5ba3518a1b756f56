"""A measured curve's evidence as paint: a faint 95 % band per run of measured points, under the curve,
and a dashed ring round each point resting on too few responses.

Shared by the map's plan (poster, tiled, SVG) and the digest's per-stage charts, so paper shows the
band the editor and the slides draw (``layout.emotion_evidence`` computes it; this draws it).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from ..boxes import EvidenceBand
from ..emotion import monotone_beziers
from ..emotion_evidence import (
    BAND_OPACITY,
    MAP_MARKER_RADIUS,
    WEAK_RING_COLOUR,
    WEAK_RING_DASH,
    WHISKER_CAP,
    band_outline,
    weak_ring_radius,
)
from ..style import Stroke
from .primitives import Circle, Item, Line, Path, Segment


def band_items(bands: Iterable[EvidenceBand], colour: str) -> list[Item]:
    """Each band filled faintly in ``colour``; a point alone (no outline) gets a capped whisker."""
    out: list[Item] = []
    for band in bands:
        outline = band_outline(band)
        if outline:
            start = outline[0][1]
            segments = tuple(cast(Segment, args) for command, args in outline[1:] if command in ("C", "L"))
            out.append(Path((((start[0], start[1]), segments),), fill=colour, closed=True, opacity=BAND_OPACITY))
            continue
        whisker = Stroke(colour, 1.2)
        for x, high, low in band.ends:
            out += [Line(x, high, x, low, whisker), Line(x - WHISKER_CAP, high, x + WHISKER_CAP, high, whisker),
                    Line(x - WHISKER_CAP, low, x + WHISKER_CAP, low, whisker)]
    return out


def bands_of(runs: Iterable[list[tuple[float, float, float]]]) -> list[EvidenceBand]:
    """Bands through runs of (x, y of the interval's high end, y of its low end), as the curve bends."""
    bands = []
    for run in runs:
        if not run:
            continue
        xs = [x for x, _high, _low in run]
        upper = tuple(monotone_beziers(xs, [high for _x, high, _low in run]))
        lower = tuple(monotone_beziers(xs, [low for _x, _high, low in run]))
        bands.append(EvidenceBand(upper, lower, tuple(run)))
    return bands


def weak_rings(centres: Iterable[tuple[float, float]], marker_radius: float = MAP_MARKER_RADIUS) -> list[Item]:
    """The dashed ring the editor draws around a point resting on too few responses.

    A chart with smaller markers (the digest's) gets a ring as much smaller,
    so it keeps the same gap round the marker and does not reach the next point.
    """
    ring = Stroke(WEAK_RING_COLOUR, 1.0, WEAK_RING_DASH)
    radius = weak_ring_radius(marker_radius)
    return [Circle(x, y, radius, None, ring) for x, y in centres]
