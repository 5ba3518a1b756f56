"""Laying sticky notes into a section: largest readable type that fits, never a lost word.

Notes are tried at sizes from the largest down to a readable minimum; the
largest size at which all of them fit wins (found by halving the ladder of
sizes: :func:`~journeymap.layout.fitting.first_fitting`). At the minimum, the
notes that fit are placed and the rest are handed back to continue on another
page; a note too tall for a whole empty area is split into pieces, marked with
"…". Lines are wrapped by the layout's text engine, as a card's are.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..layout.fitting import first_fitting, wrap_lines
from ..layout.fonts import REGULAR
from ..layout.text import remaining, text_width

Rect = tuple[float, float, float, float]
CONTINUES = "\u2026"


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


def fit_notes(regions: list[Rect], pieces: list[Piece], largest: float, smallest: float,
              gap: float) -> Fit:
    """Place ``pieces`` in ``regions`` (in order) at the largest size that fits them all."""
    sizes = []
    size = largest
    while size > smallest + 1e-6:
        sizes.append(size)
        size = max(smallest, size - smallest / 16)
    found = first_fitting(sizes, lambda s: not _flow(regions, pieces, s, gap, split=False).rest)
    if found < len(sizes):
        return _flow(regions, pieces, sizes[found], gap, split=False)
    return _flow(regions, pieces, smallest, gap, split=True)


def leading(size: float) -> float:
    return size * 1.28


def _flow(regions: list[Rect], pieces: list[Piece], size: float, gap: float, split: bool) -> Fit:
    pad = size * 0.7
    line = leading(size)
    queue = list(pieces)
    at = 0  # queue[at:] still waits: an index, so a long queue is not shifted after every row
    placed: list[PlacedNote] = []
    for rx, ry, rw, rh in regions:
        if rw < size * 7 or rh < line + 2 * pad:
            continue
        cols = max(1, int((rw + gap) // (size * 9.5 + gap)))
        nw = (rw - (cols - 1) * gap) / cols
        y = ry
        while at < len(queue):
            row = queue[at:at + cols]
            # a short last row may widen its notes (up to twice): a long goal fits whole
            w = nw if len(row) == cols else min(2 * nw, (rw - (len(row) - 1) * gap) / len(row))
            wrapped = [_lines(p, size, w - 2 * pad) for p in row]
            row_h = max(len(ls) * line + 2 * pad for ls in wrapped)
            if y + row_h <= ry + rh + 1e-6:
                for k, (p, ls) in enumerate(zip(row, wrapped, strict=True)):
                    placed.append(PlacedNote(rx + k * (w + gap), y, w, row_h, ls, size, p.index))
                at += len(row)
                y += row_h + gap
                continue
            if split and y == ry:
                first, lines = row[0], wrapped[0]
                alone_h = len(lines) * line + 2 * pad
                if alone_h <= rh + 1e-6:  # the row is too tall, its first note alone is not
                    placed.append(PlacedNote(rx, y, w, alone_h, lines, size, first.index))
                    at += 1
                    y += alone_h + gap
                    continue
                # too tall for the area at its width: as wide as the area, and split if it must be
                lines = _lines(first, size, rw - 2 * pad)
                room = max(1, int((rh - 2 * pad) // line))
                if len(lines) <= room:
                    placed.append(PlacedNote(rx, y, rw, len(lines) * line + 2 * pad, lines, size, first.index))
                    at += 1
                    y += len(lines) * line + 2 * pad + gap
                    continue
                last = lines[room - 1]
                if _fits(last + " " + CONTINUES, size, rw - 2 * pad):
                    head, shown = [*lines[:room - 1], last + " " + CONTINUES], room
                elif room > 1:  # a full last line: the mark takes a line of its own
                    head, shown = [*lines[:room - 1], CONTINUES], room - 1
                else:  # room for one line only: it goes without the mark (the next page starts with one)
                    head, shown = [last], 1
                placed.append(PlacedNote(rx, y, rw, rh, head, size, first.index))
                queue[at] = Piece(first.index, remaining(_text(first), lines, shown), continued=True)
            break
    return Fit(placed, queue[at:])


def _text(piece: Piece) -> str:
    """The note's text as drawn: a piece that goes on from the page before starts with "…"."""
    return CONTINUES + piece.text if piece.continued else piece.text


def _lines(piece: Piece, size: float, width: float) -> list[str]:
    return wrap_lines(_text(piece), REGULAR, size, width) or [""]


def _fits(line: str, size: float, width: float) -> bool:
    return text_width(line, REGULAR, size) <= width
