"""The projector theme: near-black on white, stage colours only as accents, sizes from the screen.

Every type size is derived from the height of the projected surface, with
1/40 of it as the floor (27 px at 1080p): the smallest text a person at the
back of a workshop room can still read.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

INK = "#111111"
PAPER = "#ffffff"
RULE = "#111111"
CARD_BORDER = "#2b2b2b"
ACCENT_RED = "#b00020"  # moments of truth, proposed cards: 6.9:1 on white
FOCUS = "#0050c8"  # the voting focus ring: 6.6:1 on white
VOTE_DOT = "#111111"
BLANK = "#000000"
OVERLAY = "#111111"
OVERLAY_INK = "#ffffff"
LEADING = 1.25


def min_text_px(height: int) -> int:
    """The smallest type allowed on a surface ``height`` pixels tall."""
    return max(1, math.ceil(height / 40))


@dataclass(frozen=True)
class Sizes:
    """Type sizes and spacings in pixels for one surface."""

    width: int
    height: int
    min: int
    small: int
    card: int
    lane: int
    step: int
    stage: int
    title: int
    scenario: int
    margin: int
    pad: int
    gap: int
    line: float  # rule thickness

    @classmethod
    def for_surface(cls, width: int, height: int) -> Sizes:
        floor = min_text_px(height)

        def px(fraction: float) -> int:
            return max(floor, round(height * fraction))

        return cls(
            width=width, height=height, min=floor, small=floor, card=px(1 / 36), lane=px(1 / 38),
            step=px(1 / 33), stage=px(1 / 21), title=px(1 / 13), scenario=px(1 / 32),
            margin=max(8, round(height / 36)), pad=max(4, round(height / 80)),
            gap=max(4, round(height / 90)), line=max(1.0, height / 540),
        )

    def leading(self, size: int) -> float:
        return size * LEADING
