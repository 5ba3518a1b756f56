"""Right-to-left text: the Unicode Bidirectional Algorithm (UAX #9) with python-bidi. No Qt.

A line is wrapped in logical order (the order it was typed), then reordered
here for display: the embedding level of each character comes from
python-bidi's implementation of the algorithm (rules P2-P3, X1-X10, W1-W7,
N1-N2, I1-I2), and this module applies L1 (trailing white space at the
paragraph's level) and L2 (reversing runs from the highest level down) to
stretches of characters, so runs can be shaped whole before being placed.

python-bidi is imported only when a line has right-to-left characters: Latin
maps never load it.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

Direction = Literal["ltr", "rtl"]

#: characters whose presence asks for the algorithm: Hebrew, Arabic, Syriac, Thaana, NKo..., their
#: presentation forms, RTL scripts beyond the BMP, and the explicit right-to-left marks and embeddings
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200f\u202b\u202e\u2067"
                  "\U00010800-\U00010fff\U0001e800-\U0001efff]")
#: the explicit embedding controls the algorithm removes (X9); they draw nothing
_REMOVED = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e"))
_X9 = {"RLE", "LRE", "RLO", "LRO", "PDF", "BN"}
#: LRI, RLI and PDI as LRE, RLE and PDF (see isolates_as_embeddings)
_EMBEDDING_FOR = {"\u2066": "\u202a", "\u2067": "\u202b", "\u2069": "\u202c"}
_WHITESPACE_RESET = {"WS", "S", "B", "LRI", "RLI", "FSI", "PDI"}


def has_rtl(text: str) -> bool:
    """True when ``text`` has a character written right to left (or an explicit RTL mark)."""
    return not text.isascii() and _RTL.search(text) is not None


def paragraph_direction(text: str) -> Direction:
    """The base direction of a paragraph (UAX #9 P2-P3): that of its first strong character; LTR without one."""
    if not has_rtl(text):
        return "ltr"
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return "ltr"


def lines_direction(lines: tuple[str, ...] | list[str]) -> Direction:
    """The direction of a paragraph given as wrapped lines (its first strong character decides).

    Without a right-to-left character anywhere it is left to right: most
    paragraphs are settled by looking at each line once.
    """
    for line in lines:
        if not line.isascii() and has_rtl(line):
            return paragraph_direction("".join(lines))
    return "ltr"


def start_align(direction: str, align: str) -> Literal["left", "center", "right"]:
    """Where a paragraph that starts at its "start" sits: a left-aligned RTL paragraph is set flush right."""
    if direction == "rtl" and align == "left":
        return "right"
    return align  # type: ignore[return-value]


def strip_controls(text: str) -> str:
    """``text`` without the explicit embedding controls (they change levels, then draw nothing)."""
    return text.translate(_REMOVED) if "\u202a" <= max(text) else text


def isolates_as_embeddings(line: str) -> str:
    """``line`` with the isolates (LRI, RLI, FSI ... PDI) written as the embeddings (LRE, RLE ... PDF) they resemble.

    python-bidi's algorithm knows embeddings but not isolates (it stops on an
    assertion), and chat apps put FSI ... PDI around every name they paste. An
    embedding lays out the isolated text the same way; only the neutrals just
    around it may take another direction. FSI takes the direction of the
    first strong character before its PDI. One character for one, so
    positions stay the same.
    """
    if not any("\u2066" <= ch <= "\u2069" for ch in line):
        return line
    out = []
    for k, ch in enumerate(line):
        if ch == "\u2068":
            inside = line[k + 1:].split("\u2069", 1)[0]
            ch = "\u202b" if paragraph_direction(inside) == "rtl" else "\u202a"
        out.append(_EMBEDDING_FOR.get(ch, ch))
    return "".join(out)


def levels(line: str, base: Direction | None = None) -> list[int]:
    """The resolved embedding level of each character of ``line`` (one line of one paragraph).

    ``base`` is the paragraph's direction (None: found from the line itself).
    Rule L1 is applied: white space at the end of the line and before tabs
    goes back to the paragraph's level.
    """
    from bidi.algorithm import (
        explicit_embed_and_overrides,
        get_embedding_levels,
        get_empty_storage,
        resolve_implicit_levels,
        resolve_neutral_types,
        resolve_weak_types,
    )

    direction = base or paragraph_direction(line)
    storage = get_empty_storage()
    storage["base_level"] = 1 if direction == "rtl" else 0
    storage["base_dir"] = "R" if direction == "rtl" else "L"
    line_as_read = isolates_as_embeddings(line)
    get_embedding_levels(line_as_read, storage)
    explicit_embed_and_overrides(storage)
    resolve_weak_types(storage)
    resolve_neutral_types(storage, False)
    resolve_implicit_levels(storage, False)
    resolved = [ch["level"] for ch in storage["chars"]]
    base_level = storage["base_level"]
    if len(resolved) == len(line):
        out = resolved
    else:  # the algorithm drops controls and boundary neutrals (ZWJ, ZWNJ): they take their neighbour's level
        out, at, previous = [], 0, base_level
        for ch in line_as_read:
            if unicodedata.bidirectional(ch) in _X9:
                out.append(previous)
            else:
                previous = resolved[at]
                at += 1
                out.append(previous)
    trailing = True
    for k in range(len(line) - 1, -1, -1):
        kind = unicodedata.bidirectional(line[k])
        if kind in ("S", "B"):
            out[k] = base_level
            trailing = True
        elif trailing and kind in _WHITESPACE_RESET:
            out[k] = base_level
        else:
            trailing = False
    return out


def visual_order(spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Spans ``(start, end, level)`` of a line in logical order, reordered as they are seen (rule L2).

    From the highest level down to the lowest odd one, every maximal sequence
    of spans at that level or above is reversed. A span at an odd level is
    itself drawn right to left by whoever draws it.
    """
    if not spans:
        return []
    order = list(spans)
    highest = max(level for _s, _e, level in spans)
    odd = [level for _s, _e, level in spans if level % 2]
    if not odd:
        return order
    for level in range(highest, min(odd) - 1, -1):
        k = 0
        while k < len(order):
            if order[k][2] >= level:
                j = k
                while j < len(order) and order[j][2] >= level:
                    j += 1
                order[k:j] = order[k:j][::-1]
                k = j
            else:
                k += 1
    return order
