"""The emotion strip under each stage slide: the curves of the whole journey, windowed.

The strip places every step of the map at the slide's column spacing and
clips to the slide, so a curve enters from the previous stage and leaves
toward the next one: the room sees the journey continue, not a fragment.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...i18n import _
from ...layout import LayoutOptions, Rect, scale_label
from ...layout.emotion import build_emotion, persona_marker
from ...layout.emotion_evidence import band_outline, weak_ring_radius
from ...layout.emotion_labels import label_plate
from ...layout.paint import curve_stroke
from ...layout.style import STYLE
from ...model import JourneyMap
from .ops import BandOp, BoxOp, CurveOp, LineOp, MarkerOp, Op, TextOp
from .text import block_height, measure, place
from .theme import INK, LEADING, PAPER, Sizes

GUIDE = "#9aa0a6"
PLATE = PAPER  # behind a score label: the curve under it fades out, the word reads clearly


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
        label = c.name if c.kind == "as_is" else _("{name} (to-be)").format(name=c.name)
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
    first_step: int, n_columns: int, s: Sizes, *, heading: str = "Emotion", spread: bool = False,
) -> list[Op]:
    """The legend, scale words, column guides, clipped curves and score labels for one slide's columns.

    Score labels ("Annoyed", "Wary") are placed by the layout's label placer, the
    one the canvas and the PDF use, so they read the same on the wall.
    """
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
    if heading:
        ops.extend(place([heading], rect.x, rect.y + s.gap, s.lane, "bold")[0])
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
    steps = journey.steps()
    step_x = {step.id: grid_x + (g - first_step + 0.5) * col_w for g, step in enumerate(steps)}
    shown = {c.persona_id for c in curves}
    options = LayoutOptions(small_size=s.small, leading=LEADING, marker_size=marker_size)
    layout = build_emotion(journey, "", band, step_x, [step.id for step in steps],
                           label_area=Rect(grid_x, band.y - s.small * 0.5, grid_w, rect.bottom - band.y + s.small * 0.5),
                           column_width=col_w, options=options)
    labels: list[Op] = []
    spread_labels = _spread_labels(layout.curves, shown, band, s) if spread else {}
    for curve in layout.curves:
        if curve.persona_id not in shown:
            continue
        dashed = curve.kind == "to_be"
        width = s.line * 3 * curve_stroke(curve).width / STYLE.emotion.as_is_width  # the map's as-is : to-be
        for evidence in curve.bands:  # the 95 % interval of measured points, under the curve, as in the editor
            outline = band_outline(evidence)
            if outline:
                ops.append(BandOp(curve.persona_id, tuple(outline), curve.colour, clip))
            else:  # a measured point alone: a whisker
                ops.extend(LineOp(x, high, x, low, curve.colour, s.line, persona_id=curve.persona_id)
                           for x, high, low in evidence.ends if grid_x <= x <= rect.right)
        for run in curve.runs:
            if run:
                ops.append(CurveOp(curve.persona_id, tuple(run), curve.colour, width, dashed, clip))
        ops.extend(MarkerOp(p.x, p.y, curve.marker, marker_size, curve.colour, dashed, curve.persona_id)
                   for p in curve.points if grid_x <= p.x <= rect.right)
        ring = weak_ring_radius(marker_size / 2)  # too few responses: the editor's dashed ring, at the room's size
        ops.extend(BoxOp(Rect(p.x - ring, p.y - ring, 2 * ring, 2 * ring), None, INK, s.line, True, ring,
                         persona_id=curve.persona_id)
                   for p in curve.points if p.step_id in curve.weak and grid_x <= p.x <= rect.right)
        blocks = spread_labels.get((curve.persona_id, curve.kind), {}) if spread else curve.label_blocks
        for step_id, block in blocks.items():
            if grid_x <= block.rect.x and block.rect.right <= rect.right + 0.5:
                plate = label_plate(block)
                labels.append(BoxOp(plate, PLATE, radius=s.gap / 2, persona_id=curve.persona_id))
                for line, base in zip(block.lines, block.baselines(), strict=True):
                    lx = block.rect.x + (block.rect.w - measure(line, s.small)) / 2
                    labels.append(TextOp(lx, base, line, s.small, "regular", INK, curve.persona_id))
            del step_id
    ops.extend(labels)  # over every curve, so no line runs through a word
    return ops


def _spread_labels(curves: list, shown: set[str], band: Rect, s: Sizes) -> dict[tuple[str, str], dict]:
    """Score labels for the whole journey on one slide, where columns are too narrow for a word.

    Each label stays on one line, whole, centred above or below its marker or
    beside it; labels are placed turning points first (the lows and highs the
    room talks about), as-is before to-be, and one that would touch a marker or
    another label is left out rather than drawn over it. Every word drawn is
    readable; the stage slides show the rest.
    """
    from ...layout.boxes import TextBlock
    from ...layout.text import REGULAR

    size = s.small
    h = size * LEADING
    marker = s.small * 0.9
    taken = [Rect(p.x - marker * 0.7, p.y - marker * 0.7, marker * 1.4, marker * 1.4)
             for c in curves if c.persona_id in shown for p in c.points]
    area = Rect(band.x, band.y - h * 0.5, band.w, band.h + h)
    wanted = []
    for c in curves:
        if c.persona_id not in shown:
            continue
        values = [p.value for p in c.points]
        for i, p in enumerate(c.points):
            text = c.labels.get(p.step_id)
            if not text:
                continue
            before = values[i - 1] if i else None
            after = values[i + 1] if i + 1 < len(values) else None
            turning = (before is None or after is None or (p.value - before) * (after - p.value) <= 0)
            wanted.append(((c.kind != "as_is", not turning, i), c, p, text))
    out: dict[tuple[str, str], dict] = {}
    for _rank, c, p, text in sorted(wanted, key=lambda w: w[0]):
        w = measure(text, size) + 2
        gap = marker * 0.7 + s.gap / 3
        for r in (Rect(p.x - w / 2, p.y - gap - h, w, h), Rect(p.x - w / 2, p.y + gap, w, h),
                  Rect(p.x + gap, p.y - h / 2, w, h), Rect(p.x - gap - w, p.y - h / 2, w, h)):
            if not area.contains_rect(r):
                continue
            grown = r.inset(-s.gap / 4)
            if any(grown.intersects(o) for o in taken):
                continue
            taken.append(r)
            out.setdefault((c.persona_id, c.kind), {})[p.step_id] = TextBlock(r, (text,), REGULAR, size, h,
                                                                           align="center")
            break
    return out


def strip_height(curves: list[PersonaCurve], width: float, s: Sizes) -> float:
    """Legend rows plus a band tall enough to tell the scale apart from the back of the room."""
    if not curves:
        return 0.0
    return s.gap + legend_height(curves, width, s) + s.small * 1.2 + max(s.height * 0.16, s.small * 6.0)
