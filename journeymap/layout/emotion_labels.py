"""Where each score label of the emotion curves goes, so no two labels print over each other.

Two personas often give a step the same or a neighbouring score; drawn at a fixed
offset from their markers their labels would overlap ("Stressed" over "Tired").
The layout places every label once, for every renderer: canvas, PDF, SVG, PNG.

Each label tries spots near its marker, nearest first (below, above, right,
left, then further down or up), and takes the first that is inside the step's
column and the emotion lane and clear of every marker and of the labels placed
before it. A label wider than its column is wrapped.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from dataclasses import replace

from .boxes import CurveLayout, CurvePoint, TextBlock
from .geometry import Rect
from .style import STYLE
from .text import REGULAR, text_width, wrapped

LABEL_COLOUR = STYLE.emotion.label
_GAP = 1.5  # between a marker and its label
_CLEAR = 1.0  # kept free around every label
#: Kept free beside a label on its own line: two labels side by side with less between them read as
#: one phrase ("Schock" beside "Panik" read "Schock Panik"); also half of it inside each column's edges.
WORD_GAP = 7.0


#: how opaque the plate behind a score label is: the curves under it fade to a hint, the words read clearly
LABEL_PLATE_OPACITY = STYLE.emotion.label_plate_opacity
LABEL_PLATE_RADIUS = STYLE.emotion.label_plate_radius


def label_plate(block: TextBlock) -> Rect:
    """The rounded plate behind a score label, in the emotion lane's fill, drawn above the curves.

    A label is kept clear of other labels and of markers, but a curve may still
    run through it ("Relieved" sitting on its own line); the plate knocks the
    curve out behind the words. It covers only the margin the placement keeps
    free around every label, so it never hides a marker or another label.
    """
    return block.rect.inset(-_CLEAR)


def marker_rect(x: float, y: float, marker_size: float) -> Rect:
    """The square a marker covers, a touch larger than drawn (stars and triangles poke out)."""
    r = marker_size * 0.7
    return Rect(x - r, y - r, 2 * r, 2 * r)


def place_labels(
    curves: list[CurveLayout],
    area: Rect,
    column_width: float | Mapping[str, float],
    size: float,
    leading: float,
    marker_size: float,
    steps: Collection[str] | None = None,
) -> list[CurveLayout]:
    """The curves with ``label_blocks`` filled: one placed TextBlock per labelled point.

    ``area`` is the part of the emotion lane labels may use (full grid width);
    each label also stays inside its own step's column (``column_width``: one
    width for all, or each step's). Labels at one step
    depend only on the markers and labels at that step, so with ``steps`` only
    the labels at those steps are placed again and every curve keeps its other
    ``label_blocks`` (a score edit re-places one column, not the whole lane);
    a curve whose blocks come out the same is handed back as the very same object.
    """
    at_step: dict[str, list[tuple[int, CurvePoint]]] = {}
    for i, curve in enumerate(curves):
        for p in curve.points:
            if steps is None or p.step_id in steps:
                at_step.setdefault(p.step_id, []).append((i, p))
    placed: list[dict[str, TextBlock]] = [{} if steps is None else dict(c.label_blocks) for c in curves]
    if steps is not None:
        for kept in placed:
            for step_id in steps:
                kept.pop(step_id, None)
    for step_id, entries in at_step.items():
        width = column_width if isinstance(column_width, float | int) else column_width[step_id]
        geometry = (area, width, size, leading, marker_size)
        key = (geometry, tuple((p.x, p.y, curves[i].kind, curves[i].label_text(step_id)) for i, p in entries))
        blocks = _memo.get(key)
        if blocks is None:
            blocks = _place_step(key[1], area, width, size, leading, marker_size)
            if len(_memo) > 50_000:
                _memo.clear()
            _memo[key] = blocks
        for (i, _p), block in zip(entries, blocks, strict=True):
            if block is not None:
                placed[i][step_id] = block
    out = []
    for curve, kept in zip(curves, placed, strict=True):
        out.append(curve if steps is not None and kept == curve.label_blocks
                   else replace(curve, label_blocks=kept))
    return out


#: placed labels of one step, by everything they depend on: a full layout after an edit that
#: moved no marker places no label again
_memo: dict[tuple, tuple[TextBlock | None, ...]] = {}


def _place_step(entries: tuple[tuple[float, float, str, str | None], ...], area: Rect, column_width: float,
                size: float, leading: float, marker_size: float) -> tuple[TextBlock | None, ...]:
    """The labels at one step, for its points (x, y, curve kind, label) in curve order.

    As-is labels go first, then to-be ones; each takes the nearest spot clear of
    every marker at the step and of the labels placed before it.
    """
    markers = [marker_rect(x, y, marker_size) for x, y, _kind, _text in entries]
    # markers sharing a score are spread symmetric around the step's x (emotion.marker_shifts),
    # so the middle of the outermost ones is the middle of the step's column
    xs = [x for x, _y, _kind, _text in entries]
    column = Rect((min(xs) + max(xs)) / 2 - column_width / 2 + WORD_GAP / 2, area.y, column_width - WORD_GAP,
                  area.h)
    taken: list[Rect] = []
    out: list[TextBlock | None] = [None] * len(entries)
    for k in sorted(range(len(entries)), key=lambda k: entries[k][2] != "as_is"):
        x, y, _kind, text = entries[k]
        if not text:
            continue
        widest = max(text_width(line, REGULAR, size) for line in text.split("\n"))  # a label, then its n
        width = min(widest, column.w - 2 * _CLEAR - 2)
        lines = wrapped(text, REGULAR, size, width + 0.01)
        height = leading * len(lines)
        rect = _best_spot(x, y, width, height, column, markers, taken, marker_size)
        taken.append(rect)
        out[k] = TextBlock(rect, lines, REGULAR, size, leading, align="center", colour=LABEL_COLOUR)
    return tuple(out)


def _spots(x: float, y: float, w: float, h: float, marker_size: float, reach: float) -> Iterator[Rect]:
    """Candidate label boxes around a marker, nearest first."""
    r = marker_size * 0.7 + _GAP
    yield Rect(x - w / 2, y + r, w, h)  # below
    yield Rect(x - w / 2, y - r - h, w, h)  # above
    yield Rect(x + r, y - h / 2, w, h)  # right
    yield Rect(x - r - w, y - h / 2, w, h)  # left
    step = h / 2
    k = 1
    while k * step <= reach:
        d = k * step
        yield Rect(x - w / 2, y + r + d, w, h)
        yield Rect(x - w / 2, y - r - h - d, w, h)
        yield Rect(x + r, y - h / 2 + d, w, h)
        yield Rect(x + r, y - h / 2 - d, w, h)
        yield Rect(x - r - w, y - h / 2 + d, w, h)
        yield Rect(x - r - w, y - h / 2 - d, w, h)
        k += 1


def _overlap(a: Rect, b: Rect) -> float:
    dx = min(a.right, b.right) - max(a.x, b.x)
    dy = min(a.bottom, b.bottom) - max(a.y, b.y)
    return dx * dy if dx > 0 and dy > 0 else 0.0


def _best_spot(x: float, y: float, w: float, h: float, column: Rect, markers: list[Rect], labels: list[Rect],
               marker_size: float) -> Rect:
    """The nearest free spot, a word's space clear of other labels beside it on the same line.

    If the lane is too crowded for that, the spot that overlaps least, a marker
    weighing far more than a label: a label may touch another, never hide a marker.
    """
    fallback: Rect | None = None
    least = float("inf")
    for rect in _spots(x, y, w, h, marker_size, column.h):
        if not column.inset(_CLEAR).contains_rect(rect):
            continue
        grown = rect.inset(-_CLEAR)
        beside = Rect(grown.x - WORD_GAP, grown.y, grown.w + 2 * WORD_GAP, grown.h)
        cost = 1000 * sum(_overlap(grown, o) for o in markers) + sum(_overlap(beside, o) for o in labels)
        if cost == 0:
            return rect
        if cost < least:
            fallback, least = rect, cost
    if fallback is not None:
        return fallback
    top = min(max(y + marker_size * 0.7 + _GAP, column.y), column.bottom - h)
    return Rect(x - w / 2, top, w, h)
