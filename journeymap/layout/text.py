"""The text engine: measuring, wrapping and hyphenation, with the bundled DejaVu TrueType fonts. No Qt.

Every output draws the lines wrapped here (the canvas, the PDF and SVG, the
empathy sheets' notes, the digest, the slides), so a word breaks at the same
place on a card, in a sticky note and on paper. Widths come from the fonts' own
advance widths (ReportLab's TrueType parser) and are cached per word. Faces are
in :mod:`.fonts`; a wrapped line becomes runs to draw in :mod:`.shaping`;
fitting text into a box by size is :mod:`.fitting`.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from .font_widths import bundled_widths
from .fonts import ASCENT, BOLD, DESCENT, EMOJI, ITALIC, QT_FAMILY, REGULAR, font_file, register_fonts

__all__ = [
    "ASCENT", "BOLD", "BREAK_HYPHEN", "DESCENT", "ELLIPSIS", "EMOJI", "ITALIC", "QT_FAMILY", "REGULAR", "font_file", "register_fonts",
    "clamp_lines", "elide", "text_width", "unbroken", "wrap", "wrapped",
]


@cache
def _advances(face: str) -> tuple[dict[int, float], float]:
    return bundled_widths()[face]


_word_cache: dict[tuple[str, str], float] = {}


@cache
def _emoji_advances() -> dict[int, float]:
    """The bundled emoji face's advance widths (per 1000 units of the em), read once, when first needed."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    face = TTFontFile(font_file(EMOJI))
    return {code: face.charWidths.get(code, face.defaultWidth) for code in face.charToGlyph}


#: Joiners, variation selectors, skin tones and tags: they change how the emoji before them looks, and
#: take no room of their own.
_ZERO_WIDTH = frozenset({0x200D, 0x20E3, *range(0xFE00, 0xFE10), *range(0x1F3FB, 0x1F400), *range(0xE0020, 0xE0080)})


def _char_width(ch: str, widths: dict[int, float], default: float) -> float:
    code = ord(ch)
    w = widths.get(code)
    if w is not None:
        return w
    if code in _ZERO_WIDTH:
        return 0.0
    # Not in DejaVu: an emoji is drawn by the emoji font (measured with the bundled one); CJK and the
    # rest by a fallback font, about one em wide.
    if code > 0x2000:
        emoji = _emoji_advances().get(code)
        if emoji is not None:
            return emoji
    if code > 0xFFFF or unicodedata.east_asian_width(ch) in ("W", "F"):
        return 1000.0
    return default


def text_width(text: str, face: str, size: float) -> float:
    """Advance width of ``text`` in points at ``size`` points."""
    key = (face, text)
    units = _word_cache.get(key)
    if units is None:
        widths, default = _advances(face)
        units = 0.0
        for ch in text:
            w = widths.get(ord(ch))
            units += w if w is not None else _char_width(ch, widths, default)
        if len(_word_cache) > 200_000:
            _word_cache.clear()
        _word_cache[key] = units
    return units * size / 1000.0


_wrap_cache: dict[tuple[str, str, float, float], tuple[str, ...]] = {}


def wrapped(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """:func:`wrap`, remembered: a re-layout after an edit re-wraps only the text that changed."""
    key = (text, font, size, width)
    lines = _wrap_cache.get(key)
    if lines is None:
        lines = tuple(wrap(text, font, size, width))
        if len(_wrap_cache) > 100_000:
            _wrap_cache.clear()
        _wrap_cache[key] = lines
    return lines


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Break ``text`` into lines no wider than ``width``; explicit newlines are kept.

    Long words (URLs, CJK runs, product codes) are broken between characters so
    a line never overflows. An empty text gives no lines.
    """
    if not text:
        return []
    limit = width * 1000.0 / size
    space = text_width(" ", font, 1000.0)
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ").split("\n"):
        words = paragraph.split(" ")
        current: list[str] = []
        used = 0.0
        for word in words:
            if not word:
                continue
            w = text_width(word, font, 1000.0)
            extra = w + (space if current else 0.0)
            if used + extra <= limit:
                current.append(word)
                used += extra
                continue
            if current:
                lines.append(" ".join(current))
                current, used = [], 0.0
            if w <= limit:
                current, used = [word], w
                continue
            pieces = _break_word(word, font, limit)
            lines.extend(pieces[:-1])
            current, used = [pieces[-1]], text_width(pieces[-1], font, 1000.0)
        lines.append(" ".join(current))
    while lines and not lines[-1]:
        lines.pop()
    return lines


#: ends the pieces of a word broken because it is wider than the line (U+2010 HYPHEN: unlike
#: a typed hyphen-minus it says "this word goes on", so the pieces can be joined again)
BREAK_HYPHEN = "\u2010"


def _hyphenates(before: str, after: str) -> bool:
    """A break between these two characters gets a hyphen: inside a word of a spaced script only.

    CJK runs break between characters without one, and a break next to a
    slash, dot or dash (URLs, codes) needs none.
    """
    return (before.isalnum() and after.isalnum()
            and unicodedata.east_asian_width(before) not in ("W", "F")
            and unicodedata.east_asian_width(after) not in ("W", "F"))


def _break_word(word: str, font: str, limit: float) -> list[str]:
    """``word`` in pieces no wider than ``limit`` (font units at size 1000).

    A piece that ends inside a word of letters ends with :data:`BREAK_HYPHEN`,
    which counts in its width. A piece always holds at least one character, so
    a glyph wider than the line still makes progress (without a hyphen if even
    that does not fit).
    """
    widths, default = _advances(font)
    hyphen = widths.get(ord(BREAK_HYPHEN), default)
    advances = []
    for ch in word:
        w = widths.get(ord(ch))
        advances.append(w if w is not None else _char_width(ch, widths, default))
    pieces: list[str] = []
    start, n = 0, len(word)
    while start < n:
        used, end = 0.0, start
        while end < n and (end == start or used + advances[end] <= limit):
            used += advances[end]
            end += 1
        if end == n:
            pieces.append(word[start:])
            break
        # back off until the piece and its hyphen fit (a piece keeps at least one character)
        while end > start + 1 and _hyphenates(word[end - 1], word[end]) and used + hyphen > limit:
            end -= 1
            used -= advances[end]
        mark = BREAK_HYPHEN if _hyphenates(word[end - 1], word[end]) and used + hyphen <= limit else ""
        pieces.append(word[start:end] + mark)
        start = end
    return pieces


def unbroken(lines: list[str] | tuple[str, ...]) -> str:
    """Wrapped lines joined back into the text: spaces between lines, none after a broken word's piece."""
    out = ""
    for line in lines:
        if out.endswith(BREAK_HYPHEN):
            out = out[:-1] + line
        else:
            out = f"{out} {line}" if out else line
    return out


def remaining(text: str, lines: list[str] | tuple[str, ...], shown: int) -> str:
    """What of ``text`` is left once its first ``shown`` wrapped ``lines`` are printed, as the user typed it.

    A note too long for one page goes on with this on the next, where it is
    wrapped again to that page's width: its words and paragraph breaks are
    kept, not the line breaks of the page before.
    """
    at, n = 0, len(text)
    for line in lines[:shown]:
        for k, ch in enumerate(line):
            if ch == " ":
                continue
            while at < n and text[at] != ch and text[at] in " \t\r\n":
                at += 1
            if at < n and text[at] == ch:
                at += 1
            elif not (ch == BREAK_HYPHEN and k == len(line) - 1):  # a hyphen wrap added is not in the text
                raise ValueError(f"line {line!r} is not a line of the text")
    return text[at:].lstrip(" \t\r\n")
ELLIPSIS = "\u2026"


def elide(text: str, face: str, size: float, width: float) -> str:
    """``text`` cut to fit ``width`` points, ending in an ellipsis when cut ("" when nothing fits)."""
    if text_width(text, face, size) <= width:
        return text
    room = width - text_width(ELLIPSIS, face, size)
    if room <= 0:
        return ""
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix that fits
        mid = (lo + hi + 1) // 2
        if text_width(text[:mid], face, size) <= room:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ELLIPSIS if lo else ""


def clamp_lines(lines: tuple[str, ...], limit: int, face: str, size: float, last_width: float) -> tuple[tuple[str, ...], int]:
    """At most ``limit`` of ``lines``, the last cut to ``last_width`` with an ellipsis; and how many were left out.

    ``limit`` 0 keeps them all. The last kept line always ends in an ellipsis when
    lines were left out, so the reader sees the text goes on.
    """
    if not limit or len(lines) <= limit:
        return lines, 0
    last = lines[limit - 1].removesuffix(BREAK_HYPHEN).rstrip()
    cut = elide(last + ELLIPSIS, face, size, last_width) or ELLIPSIS
    return (*lines[:limit - 1], cut), len(lines) - limit
