"""Small helpers that write the HTML export's elements: everything escaped, map text marked with its direction.

The map's own words always go through :meth:`Markup.words`: escaped (a name
can never become markup), ``dir="auto"`` so Arabic or Hebrew reads right to
left wherever it appears, and the map's language where it is not the page's.
"""

from __future__ import annotations

from html import escape

from ...layout.palette import INK, MUTED, PAPER, luminance

BLACK = "#000000"
AA = 4.5  # WCAG 2.2 AA contrast for text


def esc(text: str) -> str:
    return escape(text, quote=True)


def contrast(a: str, b: str) -> float:
    la, lb = luminance(a), luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def readable_ink(fill: str) -> str:
    """The map's ink on ``fill`` when it meets AA, else white, else black (one of the two always does)."""
    for ink in (INK, PAPER, BLACK):
        if contrast(ink, fill) >= AA:
            return ink
    return BLACK if contrast(BLACK, fill) >= contrast(PAPER, fill) else PAPER


def soft_ink(fill: str) -> str:
    """Secondary text on ``fill``: the muted grey where it is readable there, else the readable ink."""
    return MUTED if contrast(MUTED, fill) >= AA else readable_ink(fill)


class Markup:
    """Writes map text in the map's language (``lang`` where it differs from the page's)."""

    def __init__(self, map_language: str, page_language: str) -> None:
        lang = (map_language or "").strip()
        self.lang_attr = f' lang="{esc(lang)}"' if lang and lang.lower() != page_language.lower() else ""

    def attrs(self) -> str:
        """The attributes of an element whose content is the map's text."""
        return f' dir="auto"{self.lang_attr}'

    def words(self, tag: str, text: str, cls: str = "", extra: str = "") -> str:
        """``<tag>`` holding map text; newlines become line breaks."""
        klass = f' class="{cls}"' if cls else ""
        body = "<br>".join(esc(line) for line in text.split("\n"))
        return f"<{tag}{klass}{extra}{self.attrs()}>{body}</{tag}>"
