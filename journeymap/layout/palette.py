"""The contrast rule for text on any fill (the colours themselves are in the style table, :mod:`.style`)."""

from __future__ import annotations

from functools import cache

from .style import CARD_TINTS, INK, MOMENT, MUTED, PAPER, PROPOSED, ROW_FILLS

__all__ = ["CARD_TINTS", "INK", "MOMENT", "MUTED", "PAPER", "PROPOSED", "ROW_FILLS", "ink_on", "luminance"]


def _channel(c: int) -> float:
    v = c / 255
    return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


@cache
def ink_on(fill: str) -> str:
    """Dark or white text, whichever contrasts more with ``fill`` (WCAG formula)."""
    lum = luminance(fill)
    dark = (lum + 0.05) / (luminance(INK) + 0.05)
    light = (1.05) / (lum + 0.05)
    return INK if dark >= light else PAPER
