"""Light and dark projector palettes: slides are planned once, and their colours are mapped at paint time.

The planners write the light theme's colours. A palette turns them into what
reaches the screen: the dark one swaps paper and ink, sinks card and header
tints toward the background, and lifts curve and accent colours so they
still stand out. Whatever the palette, text is checked against the colour it
actually sits on and moved in lightness until it contrasts at least 7:1.
"""

from __future__ import annotations

import colorsys
from dataclasses import dataclass
from functools import cache

from .theme import ACCENT_RED, CARD_BORDER, FOCUS, INK, OVERLAY, OVERLAY_INK, PAPER, RULE

TEXT_CONTRAST = 7.0  # WCAG AAA for text
GRAPHIC_CONTRAST = 3.0  # lines and markers against the background
WHITE, BLACK = "#ffffff", "#000000"
NEUTRAL_INKS = frozenset({INK, OVERLAY_INK, WHITE, "#1a1a1a"})


def rgb(colour: str) -> tuple[int, int, int]:
    c = colour.lstrip("#")
    if len(c) == 8:  # #aarrggbb
        c = c[2:]
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


def alpha(colour: str) -> float:
    c = colour.lstrip("#")
    return int(c[0:2], 16) / 255 if len(c) == 8 else 1.0


def hex_of(r: float, g: float, b: float) -> str:
    return "#{:02x}{:02x}{:02x}".format(*(max(0, min(255, round(v))) for v in (r, g, b)))


def mix(colour: str, other: str, weight: float) -> str:
    """``weight`` of ``colour`` and the rest of ``other``."""
    a, b = rgb(colour), rgb(other)
    return hex_of(*(weight * x + (1 - weight) * y for x, y in zip(a, b, strict=True)))


def _channel(v: int) -> float:
    s = v / 255
    return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4


@cache
def luminance(colour: str) -> float:
    r, g, b = rgb(colour)
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


@cache
def ensure_contrast(colour: str, background: str, ratio: float) -> str:
    """``colour`` moved toward white or black (keeping its hue) until it contrasts ``ratio`` with the background."""
    if contrast(colour, background) >= ratio:
        return colour
    toward = WHITE if contrast(WHITE, background) > contrast(BLACK, background) else BLACK
    for step in range(1, 21):
        moved = mix(toward, colour, step / 20)
        if contrast(moved, background) >= ratio:
            return moved
    return toward


@dataclass(frozen=True)
class Palette:
    name: str
    paper: str
    dark_ink: str
    light_ink: str

    @property
    def dark(self) -> bool:
        return self.name == "dark"

    @property
    def ink(self) -> str:
        return self.light_ink if self.dark else self.dark_ink

    def fill(self, colour: str, accent: bool = False) -> str:
        """A box's fill: on dark, surfaces for text sink toward the background; accents stay bright."""
        if not self.dark or alpha(colour) < 1.0:
            return colour
        if colour == PAPER:
            return self.paper
        if colour == OVERLAY:
            return "#2a2a2a"
        if accent:
            return colour
        return _sunk(colour, self.paper, self.light_ink)

    def stroke(self, colour: str) -> str:
        """Lines, borders, curves and markers: visible (3:1) against the paper."""
        if not self.dark:
            return colour
        if colour in (INK, RULE):
            return self.light_ink
        if colour == CARD_BORDER:
            return "#c4c4c4"
        if colour == FOCUS:
            return "#7fb2ff"
        if colour == ACCENT_RED:
            return "#ff7a85"
        return ensure_contrast(colour, self.paper, GRAPHIC_CONTRAST + 1.5)

    def text(self, colour: str, background: str) -> str:
        """Text colour on ``background``: neutral ink flips to whichever contrasts more; any colour reaches 7:1."""
        if colour in NEUTRAL_INKS:
            dark, light = self.dark_ink, self.light_ink
            colour = dark if contrast(dark, background) >= contrast(light, background) else light
        elif colour == ACCENT_RED and luminance(background) < 0.18:
            colour = "#ff9ea6"  # the same red signal, light enough for a dark surface
        return ensure_contrast(colour, background, TEXT_CONTRAST)


#: The least saturation a sunk tint keeps, so a pale pastel still reads as its hue on the dark theme.
MIN_SATURATION = 0.45


@cache
def _sunk(colour: str, paper: str, ink: str) -> str:
    """The same hue, darkened until the light ink reads on it at 7:1 (with a margin): lanes stay told apart.

    Mixing toward the paper would turn every pastel into the same grey; the
    hue is kept instead, with enough saturation to be seen, and only the
    lightness goes down.
    """
    r, g, b = (v / 255 for v in rgb(colour))
    hue, lightness, saturation = colorsys.rgb_to_hls(r, g, b)
    if saturation < 0.05:  # a grey stays a grey, a shade above the paper
        saturation = 0.0
    else:
        saturation = max(saturation, MIN_SATURATION)
    for step in range(30, 0, -1):
        sunk = hex_of(*(255 * v for v in colorsys.hls_to_rgb(hue, min(lightness, step / 100), saturation)))
        if contrast(ink, sunk) >= TEXT_CONTRAST + 1 and sunk != paper:
            return sunk
    return paper


LIGHT = Palette("light", PAPER, INK, WHITE)
DARK = Palette("dark", "#121212", "#111111", "#f2f2f2")
PALETTES = {"light": LIGHT, "dark": DARK}

_session = {"theme": "light"}


def session_palette() -> Palette:
    """The theme last chosen in this run of the app (not saved: the next launch starts light)."""
    return PALETTES[_session["theme"]]


def remember_palette(palette: Palette) -> None:
    _session["theme"] = palette.name


__all__ = ["DARK", "LIGHT", "Palette", "contrast", "ensure_contrast", "remember_palette", "session_palette"]
