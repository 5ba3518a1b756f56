"""The one table of paper sizes, in points: the poster, the tiles, the digest, the empathy sheets, the CLI.

A leaf module every layer may read (like :mod:`.resources`), cheap to import so
the command line can list the sizes without loading the layout. ISO sizes are
the exact millimetre sizes, computed as ReportLab computes them, so an A4
sheet is the same 595.28 x 841.89 pt in every export.
"""

from __future__ import annotations

_INCH = 72.0
_MM = _INCH / 2.54 * 0.1  # ReportLab's mm, to the last bit

#: Portrait sheets (width, height) in points, in the order menus list them.
SHEETS: dict[str, tuple[float, float]] = {
    "A4": (210 * _MM, 297 * _MM), "A3": (297 * _MM, 420 * _MM), "A2": (420 * _MM, 594 * _MM),
    "A1": (594 * _MM, 841 * _MM), "A0": (841 * _MM, 1189 * _MM),
    "letter": (8.5 * _INCH, 11 * _INCH), "tabloid": (11 * _INCH, 17 * _INCH),
}

#: The names the command line and the Export dialog offer.
PAGE_SIZES: list[str] = list(SHEETS)

#: The short side of A4: the empathy sheets scale their type from it.
A4_SHORT_SIDE = SHEETS["A4"][0]


def page_size(name: str, landscape: bool) -> tuple[float, float]:
    """The sheet ``name`` in points, turned to ``landscape`` or portrait."""
    w, h = SHEETS[name]
    w, h = min(w, h), max(w, h)
    return (h, w) if landscape else (w, h)
