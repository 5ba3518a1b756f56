"""Laying sticky notes into a section: largest readable type that fits, never a lost word.

Notes are tried at sizes from the largest down to a readable minimum; the
first size at which all of them fit wins. At the minimum, the notes that fit
are placed and the rest are handed back to continue on another page; a note
too tall for a whole empty area is split into pieces, marked with "…".
"""

from __future__ import annotations

from dataclasses import dataclass

from ..export.fonts import SANS
from .text import wrap

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
    size = largest
    while size > smallest + 1e-6:
        fit = _flow(regions, pieces, size, gap, split=False)
        if not fit.rest:
            return fit
        size = max(smallest, size - smallest / 16)
    return _flow(regions, pieces, smallest, gap, split=True)


def leading(size: float) -> float:
    return size * 1.28


def _flow(regions: list[Rect], pieces: list[Piece], size: float, gap: float, split: bool) -> Fit:
    pad = size * 0.7
    line = leading(size)
    queue = list(pieces)
    placed: list[PlacedNote] = []
    for rx, ry, rw, rh in regions:
        if rw < size * 7 or rh < line + 2 * pad:
            continue
        cols = max(1, int((rw + gap) // (size * 9.5 + gap)))
        nw = (rw - (cols - 1) * gap) / cols
        y = ry
        while queue:
            row = queue[:cols]
            # a short last row may widen its notes (up to twice): a long goal fits whole
            w = nw if len(row) == cols else min(2 * nw, (rw - (len(row) - 1) * gap) / len(row))
            wrapped = [_lines(p, size, w - 2 * pad) for p in row]
            row_h = max(len(ls) * line + 2 * pad for ls in wrapped)
            if y + row_h <= ry + rh + 1e-6:
                for k, (p, ls) in enumerate(zip(row, wrapped, strict=True)):
                    placed.append(PlacedNote(rx + k * (w + gap), y, w, row_h, ls, size, p.index))
                del queue[: len(row)]
                y += row_h + gap
                continue
            if split and y == ry:
                first, lines = row[0], wrapped[0]
                alone_h = len(lines) * line + 2 * pad
                if alone_h <= rh + 1e-6:
                    placed.append(PlacedNote(rx, y, nw, alone_h, lines, size, first.index))
                    del queue[0]
                    y += alone_h + gap
                    continue
                room = max(1, int((rh - 2 * pad) // line))
                head = lines[: room - 1] + [lines[room - 1] + " " + CONTINUES]
                placed.append(PlacedNote(rx, y, nw, rh, head, size, first.index))
                queue[0] = Piece(first.index, "\n".join(lines[room:]), continued=True)
            break
    return Fit(placed, queue)


def _lines(piece: Piece, size: float, width: float) -> list[str]:
    lines = wrap(piece.text, SANS, size, width)
    if piece.continued:
        lines[0] = CONTINUES + " " + lines[0]
    return lines
