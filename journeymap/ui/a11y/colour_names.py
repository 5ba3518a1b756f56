"""Colours in words ("pale blue"), so a colour swatch is never the only way to know a colour."""

from __future__ import annotations

import colorsys

_HUES = ((15, "red"), (47, "orange"), (68, "yellow"), (165, "green"), (195, "teal"), (255, "blue"),
         (290, "purple"), (340, "pink"), (360, "red"))


def colour_name(colour: str | None) -> str:
    """ "#dbe9f6" -> "pale blue"; "#0072b2" -> "blue"; None -> "automatic"."""
    if not colour:
        return "automatic"
    try:
        r, g, b = (int(colour[k:k + 2], 16) / 255 for k in (1, 3, 5))
    except (ValueError, IndexError):
        return colour
    h, lightness, s = colorsys.rgb_to_hls(r, g, b)
    if lightness >= 0.95:
        return "white"
    if lightness <= 0.1:
        return "black"
    if s < 0.15 or (s < 0.3 and 0.25 < lightness < 0.85 and max(r, g, b) - min(r, g, b) < 0.08):
        return "light grey" if lightness > 0.7 else "dark grey" if lightness < 0.35 else "grey"
    degrees = h * 360
    hue = next(name for limit, name in _HUES if degrees < limit)
    if hue in ("orange", "red", "yellow") and lightness < 0.35:
        return "dark brown" if lightness < 0.15 else "brown"
    if lightness > 0.82:
        return f"pale {hue}"
    if lightness > 0.6:
        return f"light {hue}"
    if lightness < 0.3:
        return f"dark {hue}"
    return hue


def colour_words(colour: str | None) -> str:
    """ "pale blue (#dbe9f6)": the name for people, the code for whoever must match it."""
    return "automatic" if not colour else f"{colour_name(colour)} ({colour.lower()})"
