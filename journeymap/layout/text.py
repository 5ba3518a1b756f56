"""The text engine: measuring, wrapping and hyphenation, with the bundled DejaVu TrueType fonts. No Qt.

Every output draws the lines wrapped here (the canvas, the PDF and SVG, the
empathy sheets' notes, the digest, the slides), so a word breaks at the same
place on a card, in a sticky note and on paper. Widths come from the fonts' own
advance widths (ReportLab's TrueType parser) and are cached per word. Faces are
in :mod:`.fonts`; a wrapped line becomes runs to draw in :mod:`.shaping`;
fitting text into a box by size is :mod:`.fitting`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from functools import cache

from .bidi import has_rtl
from .font_widths import bundled_widths
from .fonts import (
    ASCENT,
    BOLD,
    DESCENT,
    EMOJI,
    ITALIC,
    QT_FAMILY,
    REGULAR,
    ZERO_WIDTH,
    bundled_face_for,
    font_file,
    register_fonts,
)

__all__ = [
    "ASCENT", "BOLD", "BREAK_HYPHEN", "DESCENT", "ELLIPSIS", "EMOJI", "ITALIC", "QT_FAMILY", "REGULAR", "font_file", "register_fonts",
    "clamp_lines", "elide", "text_width", "unbroken", "wrap", "wrapped",
]


@cache
def _advances(face: str) -> tuple[dict[int, float], float]:
    return bundled_widths()[face]


_word_cache: dict[tuple[str, str], float] = {}


def _char_width(ch: str, widths: dict[int, float], default: float, face: str = REGULAR) -> float:
    code = ord(ch)
    w = widths.get(code)
    if w is not None:
        return w
    if code in ZERO_WIDTH:
        return 0.0
    stand_in = bundled_face_for(code, face)  # Arabic, Hebrew, emoji: the bundled face that draws it
    if stand_in is not None:
        return _advances(stand_in[0])[0][code]
    # In no bundled face (CJK...): measured as drawn by a fallback font or substitute.
    if code > 0xFFFF or unicodedata.east_asian_width(ch) in ("W", "F"):
        return 1000.0
    if unicodedata.category(ch) in ("Mn", "Me"):  # a vowel sign or tone mark placed on its letter (Hindi, Thai)
        return 0.0
    return default


def text_width(text: str, face: str, size: float) -> float:
    """Advance width of ``text`` in points at ``size`` points, as the PDF draws it.

    Right-to-left text is measured shaped (Arabic letters joined, lam-alef one
    glyph), exactly as :func:`.shaping.shape` draws it; other text by the
    advance of each character in the face that has it.
    """
    key = (face, text)
    units = _word_cache.get(key)
    if units is None:
        if has_rtl(text):
            from .shaping import line_width, shape

            units = line_width(shape(text, face), 1000.0)
        else:
            units = plain_width(text, face, 1000.0)
        if len(_word_cache) > 200_000:
            _word_cache.clear()
        _word_cache[key] = units
    return units * size / 1000.0


def plain_width(text: str, face: str, size: float) -> float:
    """The sum of the characters' advances (no shaping), each in the bundled face that draws it."""
    widths, default = _advances(face)
    units = 0.0
    for ch in text:
        w = widths.get(ord(ch))
        units += w if w is not None else _char_width(ch, widths, default, face)
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
        words = deque(w for w in paragraph.split(" ") if w)
        current: list[str] = []
        used = 0.0
        # A line that mixes right-to-left words with others is drawn shaped as a whole, while a word without
        # right-to-left letters was measured by its characters' advances (kerning and control characters
        # can differ): such a line is measured again as a whole when it is closed. Lines of right-to-left
        # words alone were measured shaped word by word, and nothing joins across a space.
        rtl = ltr = False
        while True:
            if words:
                word = words.popleft()
                w = text_width(word, font, 1000.0)
                extra = w + (space if current else 0.0)
                if used + extra <= limit:
                    current.append(word)
                    used += extra
                    if has_rtl(word):
                        rtl = True
                    else:
                        ltr = True
                    continue
                words.appendleft(word)
            if rtl and ltr and len(current) > 1 and text_width(" ".join(current), font, 1000.0) > limit:
                words.appendleft(current.pop())  # fit word by word, not shaped together: the last goes on
                continue
            if not words:
                lines.append(" ".join(current))
                break
            if current:
                lines.append(" ".join(current))
                current, used, rtl, ltr = [], 0.0, False, False
                continue
            word = words.popleft()
            w = text_width(word, font, 1000.0)
            rtl = has_rtl(word)
            ltr = not rtl
            if w <= limit:
                current, used = [word], w
                continue
            pieces = _break_word(word, font, limit)
            lines.extend(pieces[:-1])
            current, used = [pieces[-1]], text_width(pieces[-1], font, 1000.0)
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
            and unicodedata.east_asian_width(after) not in ("W", "F")
            and not _UNSPACED.match(before) and not _UNSPACED.match(after))


#: scripts written without spaces between words (Thai, Lao, Tibetan, Myanmar, Khmer): a line breaks
#: inside their runs without a hyphen, as CJK does
_UNSPACED = re.compile("[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\uaa60-\uaa7f]")
_JOINERS = frozenset("\u200c\u200d\u034f\ufe0e\ufe0f")


def _may_break_before(word: str, i: int) -> bool:
    """Whether a line may break between ``word[i - 1]`` and ``word[i]``: never inside a letter's cluster.

    A vowel sign, tone mark or other combining mark stays with the letter it is placed on, a joiner with
    what it joins, and a consonant after a virama with the conjunct it forms (Hindi, Tamil, Thai...).
    """
    if i <= 0 or i >= len(word):
        return True
    after, before = word[i], word[i - 1]
    return not (unicodedata.category(after)[0] == "M" or after in _JOINERS or before in _JOINERS
                or (unicodedata.combining(before) == 9 and not _VISIBLE_VIRAMA.match(before)))


#: Tamil's virama (pulli) ends a syllable where it is seen, as a word can: a line may break after it
_VISIBLE_VIRAMA = re.compile("[\u0b80-\u0bff]")


#: a long word breaks after one of these first, without adding a hyphen (a URL after "/" or ".")
BREAK_AFTER = frozenset("/.-_\u2013\u2014")
_DOMAIN = re.compile(r"[\w-]\.[^\W\d_]{2,}(?:[/:?#]|$)")


def technical(word: str) -> bool:
    """A URL, an e-mail address, a number or a token with digits: a hyphen added in it would change it.

    "marketplac-e.com" is another address and "DE-2-026-000482913" another
    order number: such words are broken after a slash, dot or dash when they
    must be, else between any two characters, never with a hyphen.
    """
    return (any(ch.isdigit() for ch in word) or "@" in word or "://" in word
            or word[:4].lower() == "www." or _DOMAIN.search(word) is not None)


def _break_word(word: str, font: str, limit: float) -> list[str]:
    """``word`` in pieces no wider than ``limit`` (font units at size 1000).

    A piece ends after a slash, dot or dash when there is one (in a word of
    letters: when it falls in the last part of the line); otherwise one that
    ends inside a word of letters ends with
    :data:`BREAK_HYPHEN` (which counts in its width), unless the word is
    :func:`technical`. A piece always holds at least one character, so a glyph
    wider than the line still makes progress (without a hyphen if even that
    does not fit).
    """
    widths, default = _advances(font)
    hyphen = widths.get(ord(BREAK_HYPHEN), default)
    no_hyphen = technical(word)
    rtl = has_rtl(word)
    advances = []
    for ch in word:
        w = widths.get(ord(ch))
        advances.append(w if w is not None else _char_width(ch, widths, default, font))
    pieces: list[str] = []
    start, n = 0, len(word)
    while start < n:
        used, end = 0.0, start
        while end < n and (end == start or used + advances[end] <= limit):
            used += advances[end]
            end += 1
        while rtl and end > start + 1 and text_width(word[start:end], font, 1000.0) > limit:
            end -= 1  # shaped right-to-left text is wider or narrower than its letters' advances
            used -= advances[end]
        end, used = _at_cluster_end(word, advances, start, end, used)
        if end == n:
            pieces.append(word[start:])
            break
        # after a slash, dot or dash when that still fills most of the line: no hyphen needed
        at, filled = end, used
        while at > start + 1 and word[at - 1] not in BREAK_AFTER:
            at -= 1
            filled -= advances[at]
        if at > start + 1 and (no_hyphen or filled >= 0.4 * limit):
            pieces.append(word[start:at])
            start = at
            continue
        if no_hyphen:
            pieces.append(word[start:end])
            start = end
            continue
        # back off until the piece and its hyphen fit (a piece keeps at least one character), and so
        # that the word's end never goes on alone ("versteckte-n", "comportamiento / ?") while the
        # longer end still fits its own line
        tail = sum(advances[end:])
        while end > start + 1 and (
                (_hyphenates(word[end - 1], word[end]) and used + hyphen > limit)
                or (n - end < _MIN_TAIL and end - start > _MIN_HEAD and tail + advances[end - 1] <= limit)):
            end -= 1
            used -= advances[end]
            tail += advances[end]
        end, used = _at_cluster_end(word, advances, start, end, used)
        mark = BREAK_HYPHEN if end < n and _hyphenates(word[end - 1], word[end]) and used + hyphen <= limit else ""
        pieces.append(word[start:end] + mark)
        start = end
    return pieces


def _at_cluster_end(word: str, advances: list[float], start: int, end: int, used: float) -> tuple[int, float]:
    """``end`` moved back to where a cluster ends (forward, when the piece is one cluster wider than the line)."""
    k, width = end, used
    while k > start + 1 and not _may_break_before(word, k):
        k -= 1
        width -= advances[k]
    if _may_break_before(word, k):
        return k, width
    while end < len(word) and not _may_break_before(word, end):
        used += advances[end]
        end += 1
    return end, used


_MIN_HEAD, _MIN_TAIL = 2, 3  #: characters a break inside a word leaves at least before and after it


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
