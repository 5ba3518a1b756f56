"""The legend in the emotion lane's title cell: which marker and colour is which persona.

The map's header has a legend too, but at 100% zoom it is off screen whenever
the emotion lane is in view, and on a poster or tiled print it is far from the
curves. This one sits in the lane's title cell, under the scale's words, so the
key is beside the curves wherever they are seen: each shown persona's marker in
its colour and its name, and, when any of them has a to-be score, a line-style
key ("as-is" solid, "to-be" dashed). The lane grows to fit it, as it does for cards.

It is measured first (:func:`plan_legend`, no position) so the row's height is
known before the row is placed, then placed (:func:`place_legend`); both add the
same distances in the same order, so every re-layout path lands on the same numbers.

Where the scale leaves room, the legend costs the lane no height at all: each line
(a persona, then the line-style key) goes in the gap between two scale values'
words, top down (:func:`place_between_ticks`), names cut to one line with an
ellipsis (the map's header legend has them whole). Only a scale too fine for a line
between its values, or more personas than gaps, puts it under the scale, where the
lane grows to hold it, as before.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import _
from ..model import JourneyMap
from .boxes import LaneLegend, LineKey, PersonaKey, TextBlock
from .emotion import TO_BE_DASH, marker_spacing, persona_marker
from .geometry import Rect
from .options import LayoutOptions
from .style import INK, MUTED, STYLE
from .text import BREAK_HYPHEN, REGULAR, elide, text_width, wrapped

#: From the band's bottom (the lowest scale value's line) to the legend: clear of that value's word.
LEGEND_GAP = 10.0
ENTRY_GAP = 2.0  # between two personas
KEY_GAP = 4.0  # between the last persona and the line-style key
SAMPLE_LENGTH = 20.0  # the line sample beside "as-is" / "to-be", a small marker in its middle
KEY_MARKER = STYLE.emotion.key_marker  # that marker's size: filled for as-is, hollow for to-be, as on the curves
MAX_NAME_LINES = 2
ELLIPSIS = "\u2026"
#: A scale value's word reaches this far above and below its line (7 pt type, baseline 2.5 pt below)
TICK_ABOVE = 3.0
TICK_BELOW = 4.5


@dataclass(frozen=True)
class LegendPlan:
    """The legend measured but not placed: names wrapped, key lines, total height."""

    names: tuple[tuple[str, str, str, tuple[str, ...]], ...]  # persona id, colour, marker, name lines
    key: bool
    width: float
    height: float  # what the lane grows by under the scale (0 when the legend sits between its values)
    #: the names cut to one line each, and the lines the key takes, when the legend fits between the
    #: scale's values; () when it does not
    inside: tuple[str, ...] = ()
    key_rows: int = 0
    gaps: int = 0  # how many gaps the scale has between its values (max - min)


def name_size(opts: LayoutOptions) -> float:
    return opts.small_size + 1


def _fit(name: str, size: float, width: float) -> tuple[str, ...]:
    """``name`` wrapped to ``width``; past two lines, the second ends in an ellipsis."""
    lines = wrapped(name or _("Unnamed"), REGULAR, size, width)
    if len(lines) <= MAX_NAME_LINES:
        return lines
    last = lines[MAX_NAME_LINES - 1].removesuffix(BREAK_HYPHEN)
    while last and text_width(last.rstrip() + ELLIPSIS, REGULAR, size) > width:
        last = last[:-1]
    return (*lines[:MAX_NAME_LINES - 1], last.rstrip() + ELLIPSIS)


def _marker_column(opts: LayoutOptions) -> float:
    return marker_spacing(opts.marker_size)


def plan_legend(journey: JourneyMap, opts: LayoutOptions) -> LegendPlan | None:
    """The legend of ``journey``'s shown personas; ``None`` when no persona's curve is shown."""
    shown = [(i, p) for i, p in enumerate(journey.personas) if p.show_curve]
    if not shown:
        return None
    width = opts.lane_title_width - 2 * opts.cell_padding
    name_w = width - _marker_column(opts) - 3
    size = name_size(opts)
    leading = size * opts.leading
    names = []
    h = 0.0
    for k, (index, persona) in enumerate(shown):
        lines = _fit(persona.name, size, name_w)
        names.append((persona.id, persona.colour, persona_marker(index), lines))
        h = h + (ENTRY_GAP if k else 0.0) + len(lines) * leading
    shown_ids = {p.id for _i, p in shown}
    key = any(s.persona in shown_ids and s.target is not None for step in journey.steps() for s in step.scores)
    if key:
        h = h + KEY_GAP + _key_rows(width, opts) * opts.small_size * opts.leading
    inside = _between_ticks(journey, names, key, width, opts)
    if inside:
        gaps = journey.emotion_scale.max - journey.emotion_scale.min
        return LegendPlan(tuple(names), key, width, 0.0, inside, _key_rows(width, opts) if key else 0, gaps)
    return LegendPlan(tuple(names), key, width, h)


def tick_spacing(journey: JourneyMap, opts: LayoutOptions) -> float:
    """The distance between two neighbouring scale values in the emotion band."""
    return (opts.emotion_lane_height - 2 * opts.emotion_padding) / max(1, journey.emotion_scale.max
                                                                        - journey.emotion_scale.min)


def _between_ticks(journey: JourneyMap, names: list, key: bool, width: float,
                   opts: LayoutOptions) -> tuple[str, ...]:
    """The one-line names when every line of the legend fits in a gap between two scale values; else ()."""
    gaps = journey.emotion_scale.max - journey.emotion_scale.min
    rows = len(names) + (_key_rows(width, opts) if key else 0)
    leading = name_size(opts) * opts.leading
    if rows > gaps or tick_spacing(journey, opts) - TICK_ABOVE - TICK_BELOW < leading:
        return ()
    name_w = width - _marker_column(opts) - 3
    size = name_size(opts)
    return tuple(elide(" ".join(lines).replace(BREAK_HYPHEN + " ", ""), REGULAR, size, name_w)
                 for _pid, _colour, _marker, lines in names)


def _key_parts(opts: LayoutOptions) -> list[tuple[str, str, float]]:
    size = opts.small_size
    words = (("as_is", _("as-is")), ("to_be", _("to-be")))
    return [(kind, word, text_width(word, REGULAR, size)) for kind, word in words]


def _key_rows(width: float, opts: LayoutOptions) -> int:
    """One row when both "as-is ——" and "to-be - - -" fit side by side, else two."""
    (_k1, _w1, a), (_k2, _w2, b) = _key_parts(opts)
    return 1 if a + b + 2 * (3 + SAMPLE_LENGTH) + 8 <= width else 2


def place_legend(plan: LegendPlan, x: float, y: float, opts: LayoutOptions) -> LaneLegend:
    """The legend with its top-left at (x, y): arithmetic on the plan only."""
    size = name_size(opts)
    leading = size * opts.leading
    column = _marker_column(opts)
    personas = []
    cy = y
    for k, (persona_id, colour, marker, lines) in enumerate(plan.names):
        if k:
            cy = cy + ENTRY_GAP
        name = TextBlock(Rect(x + column + 3, cy, plan.width - column - 3, len(lines) * leading), lines,
                         REGULAR, size, leading, False, False, "left", INK)
        personas.append(PersonaKey(persona_id, name, colour, marker, x + column / 2, cy + leading / 2))
        cy = cy + len(lines) * leading
    keys: list[LineKey] = []
    if plan.key:
        cy = cy + KEY_GAP
        small = opts.small_size
        small_leading = small * opts.leading
        two_rows = _key_rows(plan.width, opts) == 2
        kx = x
        for kind, word, w in _key_parts(opts):
            label = TextBlock(Rect(kx, cy, w, small_leading), (word,), REGULAR, small, small_leading,
                              False, False, "left", MUTED)
            mid = label.baselines()[0] - small * 0.3
            x0 = kx + w + 3
            keys.append(LineKey(kind, label, x0, x0 + SAMPLE_LENGTH, mid,  # type: ignore[arg-type]
                                () if kind == "as_is" else TO_BE_DASH))
            if two_rows:
                cy = cy + small_leading
            else:
                kx = x0 + SAMPLE_LENGTH + 8
    return LaneLegend(Rect(x, y, plan.width, plan.height), tuple(personas), tuple(keys))


def place_between_ticks(plan: LegendPlan, x: float, band_y: float, spacing: float,
                        opts: LayoutOptions) -> LaneLegend:
    """The legend in the title cell, one line in each gap between the scale's values from the top.

    ``band_y`` is the highest value's line and ``spacing`` the distance between two values.
    """
    size = name_size(opts)
    leading = size * opts.leading
    column = _marker_column(opts)

    def row_top(k: int, height: float) -> float:  # centred in the room the values' words leave
        return band_y + k * spacing + TICK_BELOW + (spacing - TICK_ABOVE - TICK_BELOW - height) / 2

    personas = []
    for k, ((persona_id, colour, marker, _lines), name) in enumerate(zip(plan.names, plan.inside, strict=True)):
        top = row_top(k, leading)
        block = TextBlock(Rect(x + column + 3, top, plan.width - column - 3, leading), (name,), REGULAR, size,
                          leading, False, False, "left", INK)
        personas.append(PersonaKey(persona_id, block, colour, marker, x + column / 2, top + leading / 2))
    keys: list[LineKey] = []
    small = opts.small_size
    small_leading = small * opts.leading
    row = len(plan.names)
    kx = x
    for kind, word, w in (_key_parts(opts) if plan.key else []):
        top = row_top(row, small_leading)
        label = TextBlock(Rect(kx, top, w, small_leading), (word,), REGULAR, small, small_leading,
                          False, False, "left", MUTED)
        mid = label.baselines()[0] - small * 0.3
        x0 = kx + w + 3
        keys.append(LineKey(kind, label, x0, x0 + SAMPLE_LENGTH, mid,  # type: ignore[arg-type]
                            () if kind == "as_is" else TO_BE_DASH))
        if plan.key_rows == 2:
            row += 1
        else:
            kx = x0 + SAMPLE_LENGTH + 8
    rows = len(plan.names) + plan.key_rows
    top = band_y + TICK_BELOW
    bottom = band_y + (rows - 1) * spacing + spacing - TICK_ABOVE
    return LaneLegend(Rect(x, top, plan.width, bottom - top), tuple(personas), tuple(keys), inside=True)


def legend_top(band_bottom: float) -> float:
    """Where the legend starts: under the band, clear of the lowest value's word and face."""
    return band_bottom + LEGEND_GAP
