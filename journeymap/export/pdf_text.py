"""Writing shaped lines into a PDF text object: the one place every PDF draws text runs.

The player, the digest's flow and tables, and the page furniture all hand
their lines here, so plain runs, HarfBuzz glyph runs (see
:mod:`.pdf_glyphs`), slanted stand-ins for italics and right-to-left runs are
written the same way everywhere.

Runs are placed left to right as seen; they are *written* in reading order
(a right-to-left stretch as a whole, glyphs as seen), each at its own
position, so tools that read the content stream in order (pypdf) and tools
that sort by position (poppler's ``pdftotext``) both get the words back in
logical order.
"""

from __future__ import annotations

from reportlab.pdfgen.textobject import PDFTextObject

from ..layout.shaping import ShapedRun
from .pdf_glyphs import glyph_font


class LineWriter:
    """Writes runs into one ReportLab text object at a type size, remembering the font last set."""

    def __init__(self, obj: PDFTextObject, size: float) -> None:
        self.obj = obj
        self.size = size
        self.font = ""

    def _font(self, name: str) -> None:
        if name != self.font:
            self.obj.setFont(name, self.size)
            self.font = name

    def _place(self, x: float, y: float, slant: float) -> None:
        if slant:
            self.obj.setTextTransform(1, 0, slant, 1, x, y)
        else:
            self.obj.setTextOrigin(x, y)

    def line(self, x: float, y: float, runs: tuple[ShapedRun, ...], widths: list[float] | None = None) -> None:
        """Draw ``runs`` (in visual order) starting at ``x`` on baseline ``y``."""
        if len(runs) == 1 and runs[0].glyphs is None:
            run = runs[0]
            self._place(x, y, run.slant)
            self._font(run.face)
            self.obj._textOut(run.text)  # no width measuring: the origin is set for every line
            return
        size = self.size
        if widths is None:
            widths = [run.width(size) for run in runs]
        starts, pen = [], x
        for w in widths:
            starts.append(pen)
            pen += w
        for k in _reading_order(runs):
            run, rx = runs[k], starts[k]
            if run.glyphs is None:
                self._place(rx, y, run.slant)
                self._font(run.face)
                self.obj._textOut(run.text)
            else:
                self._glyphs(run, rx, y)

    def _glyphs(self, run: ShapedRun, x: float, y: float) -> None:
        font = glyph_font(run.face)
        self._font(font.fontName)
        rtl = run.direction == "rtl"
        scale = self.size / 1000.0
        self._place(x, y, run.slant)
        chunk: list[str] = []
        pen = x
        for g in run.glyphs or ():
            if g.dx or g.dy:  # a mark placed by the font: on its own, at its offset
                if chunk:
                    self.obj._textOut("".join(chunk))
                    chunk = []
                self._place(pen + g.dx * scale, y + g.dy * scale, run.slant)
                self.obj._textOut(font.glyph_codes(g, rtl))
                pen += g.advance * scale
                self._place(pen, y, run.slant)
                continue
            chunk.append(font.glyph_codes(g, rtl))
            pen += g.advance * scale
        if chunk:
            self.obj._textOut("".join(chunk))


def _reading_order(runs: tuple[ShapedRun, ...]) -> list[int]:
    """Indexes of ``runs`` in the order to write them: stretches in reading order, each as seen.

    A stretch is a sequence of runs of one direction that follow each other in
    the text; a right-to-left stretch is written as seen (its glyphs reversed
    back by extraction tools), a left-to-right one in order.
    """
    if all(run.direction == "ltr" for run in runs):
        return list(range(len(runs)))
    by_start = sorted(range(len(runs)), key=lambda k: runs[k].start)
    out: list[int] = []
    k = 0
    while k < len(by_start):
        j = k + 1
        while j < len(by_start) and runs[by_start[j]].direction == runs[by_start[k]].direction:
            j += 1
        stretch = by_start[k:j]
        out.extend(sorted(stretch) if runs[stretch[0]].direction == "rtl" else stretch)
        k = j
    return out
