"""While a marker is dragged, its curve follows the pointer (the map changes only on release)."""

from __future__ import annotations

from dataclasses import replace

from ...layout.boxes import CurveLayout
from ...layout.emotion import monotone_beziers


def curve_with_point_at(curve: CurveLayout, step_id: str, y: float) -> CurveLayout:
    """``curve`` with its point at ``step_id`` moved to height ``y``, smoothed the same way as the layout."""
    old = next((p for p in curve.points if p.step_id == step_id), None)
    if old is None:
        return curve
    runs = []
    for run in curve.runs:
        if not run:
            runs.append(run)
            continue
        xs = [run[0][0], *(seg[6] for seg in run)]
        ys = [run[0][1], *(seg[7] for seg in run)]
        ys = [y if (x, v) == (old.x, old.y) else v for x, v in zip(xs, ys, strict=True)]
        runs.append(monotone_beziers(xs, ys))
    points = [p._replace(y=y) if p.step_id == step_id else p for p in curve.points]
    return replace(curve, points=points, runs=runs)
