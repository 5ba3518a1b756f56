"""The one table of paper sizes, in points: the poster, the tiles, the digest, the empathy sheets, the CLI.

A leaf module every layer may read (like :mod:`.resources`), cheap to import so
the command line can list the sizes without loading the layout. ISO sizes are
the exact millimetre sizes, computed as ReportLab computes them, so an A4
sheet is the same 595.28 x 841.89 pt in every export.
"""

from __future__ import annotations

import re

_INCH = 72.0
_MM = _INCH / 2.54 * 0.1  # ReportLab's mm, to the last bit

_CUSTOM = re.compile(r"(?P<w>\d+(?:\.\d+)?)\s*[x\u00d7]\s*(?P<h>\d+(?:\.\d+)?)\s*(?P<unit>mm|cm|in|pt)")

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


#: The smallest and largest side of a sheet given as ``WxH``: a business card, and the 200 inches
#: (14,400 pt) a PDF page may measure.
MIN_SIDE, MAX_SIDE = 72.0, 14_400.0
_UNITS = {"mm": _MM, "cm": _MM * 10, "in": _INCH, "pt": 1.0}


def custom_size(text: str) -> tuple[float, float] | None:
    """``914x2000mm``, ``36x80in``, ``30 x 42 cm`` as (width, height) in points; None if ``text`` is not one.

    The banner sizes of roll printers are not in any table: a sheet can be any
    size a PDF page can be. Raises ValueError (with what is wrong) for a size
    that is written right but cannot be printed.
    """
    m = _CUSTOM.fullmatch(text.strip().lower())
    if m is None:
        return None
    unit = _UNITS[m["unit"]]
    w, h = float(m["w"]) * unit, float(m["h"]) * unit
    for side in (w, h):
        if not MIN_SIDE <= side <= MAX_SIDE + 1e-6:
            raise ValueError(f"{text.strip()}: a side must be between 1 in (25.4 mm) and 200 in (5080 mm), "
                             "the most a PDF page can measure")
    return (w, h)


def is_page_size(text: str) -> bool:
    """Whether ``text`` names a sheet (``A3``) or gives one (``914x2000mm``) that can be printed."""
    if text in SHEETS:
        return True
    try:
        return custom_size(text) is not None
    except ValueError:
        return False


def page_size(name: str, landscape: bool) -> tuple[float, float]:
    """The sheet ``name`` (a name from the table or ``WxH`` with a unit) in points, turned to ``landscape`` or portrait."""
    size = SHEETS.get(name) or custom_size(name)
    if size is None:
        raise KeyError(name)
    w, h = size
    w, h = min(w, h), max(w, h)
    return (h, w) if landscape else (w, h)
