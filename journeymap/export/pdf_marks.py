"""Marks (Hebrew points, Arabic vowel signs) drawn as outlines beside a shaped word, so its text stays whole.

A mark that the font places above or beside its letter would, as text, be a
character off the line: extraction tools then split the word or put the mark
in the wrong place. So the letter's glyph carries the letter and its marks as
text (see :mod:`.pdf_glyphs`), and each mark is drawn here as a filled path
from the font's own outline (fontTools), at HarfBuzz's position.
"""

from __future__ import annotations

from functools import cache

from fontTools.pens.basePen import BasePen
from fontTools.ttLib import TTFont
from reportlab.pdfgen.canvas import Canvas

Op = tuple[str, tuple[float, ...]]


class _Recorder(BasePen):
    """Records an outline as moves, lines and cubic curves (TrueType's quadratics converted)."""

    def __init__(self, glyph_set: object) -> None:
        super().__init__(glyph_set)
        self.ops: list[Op] = []

    def _moveTo(self, pt: tuple[float, float]) -> None:
        self.ops.append(("M", pt))

    def _lineTo(self, pt: tuple[float, float]) -> None:
        self.ops.append(("L", pt))

    def _curveToOne(self, p1: tuple[float, float], p2: tuple[float, float], p3: tuple[float, float]) -> None:
        self.ops.append(("C", (*p1, *p2, *p3)))

    def _closePath(self) -> None:
        self.ops.append(("Z", ()))


@cache
def _font(path: str) -> tuple[object, list[str], float]:
    font = TTFont(path, lazy=True)
    return font.getGlyphSet(), font.getGlyphOrder(), float(font["head"].unitsPerEm)


@cache
def outline(path: str, gid: int) -> tuple[tuple[Op, ...], float]:
    """The glyph's outline in font units, and the font's units per em."""
    glyph_set, order, upem = _font(path)
    pen = _Recorder(glyph_set)
    glyph_set[order[gid]].draw(pen)  # type: ignore[index]
    return tuple(pen.ops), upem


def draw_mark(c: Canvas, path: str, gid: int, x: float, y: float, size: float, slant: float = 0.0) -> None:
    """Fill glyph ``gid`` of the font at ``path`` with its origin at (x, y), ``size`` points to the em."""
    ops, upem = outline(path, gid)
    if not ops:
        return
    k = size / upem

    def at(u: float, v: float) -> tuple[float, float]:
        return x + (u + slant * v) * k, y + v * k

    p = c.beginPath()
    for op, pts in ops:
        if op == "M":
            p.moveTo(*at(*pts))
        elif op == "L":
            p.lineTo(*at(*pts))
        elif op == "C":
            p.curveTo(*at(pts[0], pts[1]), *at(pts[2], pts[3]), *at(pts[4], pts[5]))
        else:
            p.close()
    c.drawPath(p, stroke=0, fill=1)
