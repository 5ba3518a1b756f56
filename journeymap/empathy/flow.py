"""Laying sticky notes into a section: one size for the section, whole notes, never a lost word.

The rule a workshop wall follows:

- **One size per section.** The section's notes are tried at sizes from the
  largest down to a readable minimum; the largest size at which all of them fit
  wins (found by halving the ladder of sizes:
  :func:`~journeymap.layout.fitting.first_fitting`). Notes that do not fit even
  at the minimum go on to a continuation page *at the same size*.
- **A note is never cut.** Notes are stuck in columns, each in the shortest
  column (so a short note still finds the room a long one left), or across
  the whole area when it is too tall for a column; one that fits nowhere waits,
  whole, for the continuation page, and later notes still use the room left.
- **Wrapped once.** A note is wrapped at the width it is drawn at, from its
  own text. Only a note taller than a whole empty area (thousands of words) is
  split, marked with "…", and goes on from where it stopped.

Lines are wrapped by the layout's text engine, as a card's are.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..layout.fitting import first_fitting, wrap_lines
from ..layout.fonts import REGULAR
from ..layout.text import remaining, text_width

Rect = tuple[float, float, float, float]
CONTINUES = "\u2026"
NOTE_EM = 9.5  # a column of notes is about this many ems wide
REORDER_UP_TO = 64  # notes: more than a section shows on a page, and the order of the rest matters more
GIVE_UP_AFTER = 24  # notes in a row that found no room: the areas are full
TALL_NOTE = 10  # lines: a note longer than this in a column goes across the area when it can (no long strips)


@dataclass(frozen=True)
class Piece:
    """A note (or the rest of a split one) waiting to be placed."""

    index: int
    text: str
    continued: bool = False


@dataclass(frozen=True)
class PlacedNote:
    x: float
    y: float
    w: float
    h: float
    lines: list[str]
    size: float
    index: int


@dataclass(frozen=True)
class Fit:
    placed: list[PlacedNote]
    rest: list[Piece]
    size: float = 0.0  # the section's note size: its continuation uses it too


def note_sizes(largest: float, smallest: float) -> list[float]:
    sizes = []
    size = largest
    while size > smallest + 1e-6:
        sizes.append(size)
        size = max(smallest, size - smallest / 16)
    return [*sizes, smallest]


def fit_notes(regions: list[Rect], pieces: list[Piece], largest: float, smallest: float,
              gap: float, size: float | None = None) -> Fit:
    """Place ``pieces`` in ``regions`` at one size: ``size``, or the largest that fits them all.

    What does not fit is handed back whole, in order, for a continuation page;
    only when nothing fits at all (the first note is taller than any empty
    area) is that note split to fill the largest area.
    """
    if size is None:
        size = best_size(regions, pieces, largest, smallest, gap)
    fit = _pack(regions, pieces, size, gap)
    if not fit.placed and fit.rest:
        return _split_first(regions, fit.rest, size, gap)
    return fit


def best_size(regions: list[Rect], pieces: list[Piece], largest: float, smallest: float, gap: float) -> float:
    """The largest note size at which all ``pieces`` fit ``regions`` whole (``smallest`` when none does)."""
    sizes = note_sizes(largest, smallest)
    found = first_fitting(sizes, lambda s: not _pack(regions, pieces, s, gap).rest)
    return sizes[found] if found < len(sizes) else smallest


def leading(size: float) -> float:
    return size * 1.28


def _usable(regions: list[Rect], size: float) -> list[Rect]:
    return [r for r in regions if r[2] >= size * 7 and r[3] >= leading(size) + 1.4 * size]


def _pack(regions: list[Rect], pieces: list[Piece], size: float, gap: float) -> Fit:
    """The notes in their order, or (when that leaves some out) the longest first if that leaves fewer out.

    A long note stuck last finds only the scraps the short ones left; stuck
    first it may take the width of the area and leave the short ones room.
    """
    fit = _pack_in_order(regions, pieces, size, gap)
    if not fit.rest or len(pieces) < 2 or len(pieces) > REORDER_UP_TO:
        return fit
    longest_first = sorted(pieces, key=lambda p: -len(p.text))
    other = _pack_in_order(regions, longest_first, size, gap)
    if len(other.rest) < len(fit.rest):
        order = {id(p): k for k, p in enumerate(pieces)}  # what waits keeps the author's order
        return Fit(other.placed, sorted(other.rest, key=lambda p: order[id(p)]), size)
    return fit


def _pack_in_order(regions: list[Rect], pieces: list[Piece], size: float, gap: float) -> Fit:
    """Each note whole, in the shortest column of the first area with room (or across it); the rest wait."""
    pad = size * 0.7
    line = leading(size)
    areas = []
    for rx, ry, rw, rh in _usable(regions, size):
        cols = max(1, int((rw + gap) // (size * NOTE_EM + gap)))
        areas.append(((rx, ry, rw, rh), cols, (rw - (cols - 1) * gap) / cols, [ry] * cols))
    placed: list[PlacedNote] = []
    rest: list[Piece] = []
    smallest = line + 2 * pad  # a note of one line
    misses = 0
    for k, piece in enumerate(pieces):
        if misses >= GIVE_UP_AFTER or all(min(b) + smallest > a[1] + a[3] + 1e-6 for a, _c, _w, b in areas):
            rest.extend(pieces[k:])  # no room left for even a one-line note
            break
        for (rx, ry, rw, rh), cols, nw, bottoms in areas:
            c = min(range(cols), key=bottoms.__getitem__)
            lines = _lines(piece, size, nw - 2 * pad)
            h = len(lines) * line + 2 * pad
            fits = bottoms[c] + h <= ry + rh + 1e-6
            if fits and (cols == 1 or len(lines) <= TALL_NOTE):
                placed.append(PlacedNote(rx + c * (nw + gap), bottoms[c], nw, h, lines, size, piece.index))
                bottoms[c] += h + gap
                break
            if cols > 1:  # too tall for a column (or a long strip in it): across the area, under the rest
                wide = _lines(piece, size, rw - 2 * pad)
                wide_h = len(wide) * line + 2 * pad
                top = max(bottoms)
                if top + wide_h <= ry + rh + 1e-6:
                    placed.append(PlacedNote(rx, top, rw, wide_h, wide, size, piece.index))
                    bottoms[:] = [top + wide_h + gap] * cols
                    break
            if fits:
                placed.append(PlacedNote(rx + c * (nw + gap), bottoms[c], nw, h, lines, size, piece.index))
                bottoms[c] += h + gap
                break
        else:
            rest.append(piece)
            misses += 1
            continue
        misses = 0
    return Fit(placed, rest, size)


def _split_first(regions: list[Rect], pieces: list[Piece], size: float, gap: float) -> Fit:
    """The first note, taller than any empty area, fills the tallest one and goes on from where it stops."""
    usable = _usable(regions, size)
    if not usable:
        return Fit([], pieces, size)
    rx, ry, rw, rh = max(usable, key=lambda r: (r[3], r[2]))
    pad = size * 0.7
    first = pieces[0]
    lines = _lines(first, size, rw - 2 * pad)
    room = max(1, int((rh - 2 * pad) // leading(size)))
    if len(lines) <= room:
        return Fit([PlacedNote(rx, ry, rw, len(lines) * leading(size) + 2 * pad, lines, size, first.index)],
                   pieces[1:], size)
    last = lines[room - 1]
    if _fits(last + " " + CONTINUES, size, rw - 2 * pad):
        head, shown = [*lines[:room - 1], last + " " + CONTINUES], room
    elif room > 1:  # a full last line: the mark takes a line of its own
        head, shown = [*lines[:room - 1], CONTINUES], room - 1
    else:  # room for one line only: it goes without the mark (the next page starts with one)
        head, shown = [last], 1
    note = PlacedNote(rx, ry, rw, rh, head, size, first.index)
    rest = Piece(first.index, remaining(_text(first), lines, shown), continued=True)
    return Fit([note], [rest, *pieces[1:]], size)


def _text(piece: Piece) -> str:
    """The note's text as drawn: a piece that goes on from the page before starts with "…"."""
    return CONTINUES + piece.text if piece.continued else piece.text


def _lines(piece: Piece, size: float, width: float) -> list[str]:
    return wrap_lines(_text(piece), REGULAR, size, width) or [""]


def _fits(line: str, size: float, width: float) -> bool:
    return text_width(line, REGULAR, size) <= width
