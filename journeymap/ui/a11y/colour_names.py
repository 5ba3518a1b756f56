"""Colours in words ("pale blue"), so a colour swatch is never the only way to know a colour.

Said in the editor's language; a shade and its hue are one phrase ("pale {hue}": "bleu pâle", "hellblau").
"""

from __future__ import annotations

import colorsys

from ...i18n import N_, tr

_HUES = ((15, N_("red")), (47, N_("orange")), (68, N_("yellow")), (165, N_("green")), (195, N_("teal")),
         (255, N_("blue")), (290, N_("purple")), (340, N_("pink")), (360, N_("red")))


def colour_name(colour: str | None) -> str:
    """ "#dbe9f6" -> "pale blue"; "#0072b2" -> "blue"; None -> "automatic"."""
    if not colour:
        return tr("automatic")
    try:
        r, g, b = (int(colour[k:k + 2], 16) / 255 for k in (1, 3, 5))
    except (ValueError, IndexError):
        return colour
    h, lightness, s = colorsys.rgb_to_hls(r, g, b)
    if lightness >= 0.95:
        return tr("white")
    if lightness <= 0.1:
        return tr("black")
    if s < 0.15 or (s < 0.3 and 0.25 < lightness < 0.85 and max(r, g, b) - min(r, g, b) < 0.08):
        return tr("light grey") if lightness > 0.7 else tr("dark grey") if lightness < 0.35 else tr("grey")
    degrees = h * 360
    hue = next(name for limit, name in _HUES if degrees < limit)
    if hue in ("orange", "red", "yellow") and lightness < 0.35:
        return tr("dark brown") if lightness < 0.15 else tr("brown")
    if lightness > 0.82:
        return tr("pale {hue}").format(hue=tr(hue))
    if lightness > 0.6:
        return tr("light {hue}").format(hue=tr(hue))
    if lightness < 0.3:
        return tr("dark {hue}").format(hue=tr(hue))
    return tr(hue)


def colour_words(colour: str | None) -> str:
    """ "pale blue (#dbe9f6)": the name for people, the code for whoever must match it."""
    return tr("automatic") if not colour else f"{colour_name(colour)} ({colour.lower()})"
