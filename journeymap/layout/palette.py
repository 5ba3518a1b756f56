"""Default tints per lane kind and a contrast rule for text on any fill."""

from __future__ import annotations

from functools import cache

from ..model import LaneKind

CARD_TINTS: dict[LaneKind, str] = {
    LaneKind.ACTIONS: "#e3eefa",
    LaneKind.TOUCHPOINTS: "#e6f4ea",
    LaneKind.THOUGHTS: "#f1e9fb",
    LaneKind.FEELINGS: "#fdebf3",
    LaneKind.EMOTION: "#fff4e0",
    LaneKind.PAIN_POINTS: "#fde4e1",
    LaneKind.OPPORTUNITIES: "#fff3c4",
    LaneKind.IDEAS: "#fff8d6",
    LaneKind.OWNERSHIP: "#e8eaed",
    LaneKind.METRICS: "#e0f2f1",
    LaneKind.EVIDENCE: "#efebe4",
    LaneKind.IMAGES: "#f1f3f4",
    LaneKind.TEXT: "#ffffff",
    LaneKind.PHYSICAL_EVIDENCE: "#efebe4",
    LaneKind.FRONTSTAGE: "#e3f2fd",
    LaneKind.BACKSTAGE: "#eceff1",
    LaneKind.SUPPORT_PROCESSES: "#f3f4f6",
}

ROW_FILLS = ("#ffffff", "#f6f7f9")
INK = "#1a1a1a"
PAPER = "#ffffff"
MUTED = "#4a5360"
PROPOSED = "#b3261e"
MOMENT = "#b3261e"


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
