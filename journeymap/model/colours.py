"""Colours a new persona or stage gets: the next one of a palette not already in use.

Persona colours are the Okabe-Ito colour-blind-safe set (lines and markers on
white paper); stage tints are light bands that keep dark text readable. A new
object takes the first colour nobody uses; when all are taken the palette
cycles, so neighbours still differ.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

#: Okabe & Ito (2008), the dark-enough members (their yellow is too light for a line on white).
PERSONA_COLOURS: tuple[str, ...] = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9",
                                    "#000000")

#: The stage band tints (the Colour menu's swatches), blue, orange and green first as in the templates.
STAGE_TINTS: tuple[str, ...] = ("#dbe9f6", "#fde2c8", "#dcefdc", "#e8ddf5", "#fff3c4", "#fbd9d5",
                                "#e8eaed")


def next_colour(palette: Sequence[str], used: Iterable[str]) -> str:
    """The first colour of ``palette`` not in ``used``; when all are used, the palette cycles on."""
    taken = [c.lower() for c in used]
    for colour in palette:
        if colour.lower() not in taken:
            return colour
    return palette[len(taken) % len(palette)]


def next_persona_colour(personas: Iterable) -> str:
    return next_colour(PERSONA_COLOURS, (p.colour for p in personas))


def next_stage_tint(stages: Iterable) -> str:
    return next_colour(STAGE_TINTS, (s.colour for s in stages))
