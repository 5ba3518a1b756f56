"""Writing shaped lines into a PDF text object: the one place every PDF draws text runs.

The player, the digest's flow and tables, and the page furniture all hand
their lines here, so plain runs, HarfBuzz glyph runs (see
:mod:`.pdf_glyphs`), slanted stand-ins for italics and right-to-left runs are
written the same way everywhere.

Runs are placed left to right as seen; they are *written* in reading order,
each piece at its own position: a left-to-right stretch as seen, a
right-to-left stretch piece by piece from its right end, each piece's glyphs
as seen. A piece is what extraction tools read as a unit (one font, one
subset of it): pypdf reverses the characters of a right-to-left piece and
starts a new one at every font change, poppler's ``pdftotext`` sorts by
position and reorders each line; both get the words back in logical order.

A piece of neutral characters only (": ", "(", a number in Arabic-Indic
digits ٤٧١١) is read by pypdf in the direction of the last letter before it,
not in its own: after a left-to-right letter or digit it is read as written,
after an Arabic or Hebrew letter reversed. The writer keeps that reading
direction as it writes, and writes such a piece glyph by glyph in the order
that reads back logically (each glyph still at its place on the line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from ..layout.shaping import ShapedRun
from .pdf_glyphs import GlyphFont, glyph_font
from .pdf_marks import draw_mark


@dataclass(slots=True)
class _Piece:
    """Codes written with one font, one subset, one rise, at one place: what an extractor reads as a unit."""

    x: float
    width: float
    font: str
    text: str
    rise: float = 0.0
    slant: float = 0.0
    reads: str = ""  #: the text an extractor gets from it, glyph by glyph as written
    rtl: bool = False  #: a piece of a right-to-left run: its glyphs are written as seen
    glyphs: list[_Piece] | None = None  #: its glyphs one by one, in the order they are seen
    subset: int = -1  #: the font's subset its codes are in (a glyph piece)


def fit_line(line: str, runs: tuple[ShapedRun, ...], size: float, room: float) -> tuple[float, list[float] | None]:
    """The size to draw a shaped line at so it stays inside ``room`` points, and its runs' widths at it.

    A line drawn in a font the layout did not measure (a system font, stand-in squares for a script no
    font has) can come out wider than the layout wrapped it to: it is set smaller, never over its box's
    edge. An ASCII line is drawn with the very metrics it was measured with (widths None: not needed).
    """
    if line.isascii():
        return size, None
    widths = [run.width(size) for run in runs]
    drawn = sum(widths)
    if room > 0 and drawn > room * 1.02:
        size = size * room / drawn
        widths = [run.width(size) for run in runs]
    return size, widths


class LineWriter:
    """Writes runs into one ReportLab text object at a type size, remembering the font last set."""

    def __init__(self, obj: PDFTextObject, size: float) -> None:
        self.obj = obj
        self.size = size
        self.font = ""
        self._pen: tuple[float, float, float] | None = None  # where the last piece ended (x, y, slant)
        #: marks to draw as outlines after the text object: (font file, glyph, x, rise, slant), y per line
        self.marks: list[tuple[str, int, float, float, float]] = []
        self._drawn: list[tuple[str, int, float, float, float, float, tuple[float, float, float] | None]] = []
        self.colour: tuple[float, float, float] | None = None  #: the text's colour, for its marks (None: the fill)
        #: the direction pypdf reads neutral characters in after what was written so far (None: not known)
        self._reading: str | None = None
        self._unread = ""  #: the text last written whose effect on ``_reading`` is not worked out yet
        self._fonts: dict[str, GlyphFont] = {}  #: the glyph fonts used, by name

    def resize(self, size: float) -> None:
        """Write the next lines at ``size`` (a line shrunk to fit its box is one of them)."""
        if size != self.size:
            self.size = size
            self.font = ""  # set again, at the new size, by the next piece

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
            self._unread = run.text  # pypdf's reading direction after it, worked out when a neutral piece asks
            return
        size = self.size
        if widths is None:
            widths = [run.width(size) for run in runs]
        starts, pen = [], x
        for w in widths:
            starts.append(pen)
            pen += w
        self._pen = None
        self.marks = []
        for stretch in _stretches(runs):
            pieces = self._joined([piece for k in stretch for piece in self._pieces(runs[k], starts[k], widths[k])])
            if runs[stretch[0]].direction == "rtl":
                pieces.reverse()  # each piece is read reversed by extraction tools: pieces in reading order
            for piece in pieces:
                self._emit(piece, y)
        self._drawn.extend((path, gid, mx, y + rise, slant, self.size, self.colour)
                           for path, gid, mx, rise, slant in self.marks)

    def _joined(self, pieces: list[_Piece]) -> list[_Piece]:
        """Pieces with the spaces between two words of one glyph font drawn in that font (as wide as measured).

        An Arabic line is words of Noto Sans Arabic and spaces of DejaVu Sans:
        written as they come, each word and each space is a piece of its own
        and a change of font. A space takes no ink, so the word's font draws it
        just as well, with the very advance the layout measured: a line of
        words is then one piece, half the operators and faster to write.
        """
        if len(pieces) < 3:
            return pieces
        doc = self.obj._canvas._doc
        out = [pieces[0]]
        k = 1
        while k < len(pieces):
            space, after = pieces[k], pieces[k + 1] if k + 1 < len(pieces) else None
            before = out[-1]
            font = self._fonts.get(before.font)
            if (after is not None and font is not None and space.reads and not space.reads.strip(" ")
                    and before.subset >= 0 and after.font == before.font
                    and not _neutral(before.reads) and not _neutral(after.reads)
                    and before.slant == after.slant == space.slant and before.rise == after.rise == space.rise
                    and abs(before.x + before.width - space.x) < 1e-6 and abs(space.x + space.width - after.x) < 1e-6):
                advance = round(space.width * 1000.0 / self.size / len(space.reads), 3)
                codes = font.code(font.blank, advance, " ") * len(space.reads)
                if _subset(font, codes, doc) == before.subset == after.subset:
                    before.text += codes + after.text
                    before.width += space.width + after.width
                    before.reads += space.reads + after.reads
                    before.glyphs = None  # letters in it: never written glyph by glyph
                    k += 2
                    continue
            out.append(space)
            k += 1
        return out

    def draw_marks(self, c: Canvas) -> None:
        """Fill the marks of the lines written so far: call after ``c.drawText`` of the text object."""
        if not self._drawn:
            return
        c.saveState()
        for path, gid, x, y, slant, size, colour in self._drawn:
            if colour is not None:
                c.setFillColorRGB(*colour)
            draw_mark(c, path, gid, x, y, size, slant)
        c.restoreState()
        self._drawn = []

    def _emit(self, piece: _Piece, y: float) -> None:
        """Write ``piece`` so that it reads back in logical order, and note how pypdf reads on after it."""
        if self._unread:
            self._note_reading(self._unread)
            self._unread = ""
        if piece.glyphs and len(piece.glyphs) > 1 and _neutral(piece.reads):
            as_written = self._reading == "ltr"  # else reversed (pypdf's reading when not known: after Arabic)
            if piece.rtl == as_written:  # seen order is the reverse of reading order, or the other way round
                for glyph in reversed(piece.glyphs):
                    self._write(glyph, y)
                return
        self._write(piece, y)
        self._note_reading(piece.reads)

    def _note_reading(self, text: str) -> None:
        """After ``text`` is written, pypdf reads neutral characters in the direction of its last letter."""
        if text.isascii():
            if not _neutral(text):
                self._reading = "ltr"
            return
        for ch in reversed(text):
            if not _neutral(ch):
                self._reading = "rtl" if _PYPDF_RTL.match(ch) else "ltr"
                return

    def _write(self, piece: _Piece, y: float) -> None:
        at = (piece.x, y + piece.rise, piece.slant)
        if self._pen is None or any(abs(a - b) > 1e-6 for a, b in zip(at, self._pen, strict=True)):
            self._place(piece.x, y + piece.rise, piece.slant)
        self._font(piece.font)
        self.obj._textOut(piece.text)
        self._pen = (piece.x + piece.width, y + piece.rise, piece.slant)

    def _pieces(self, run: ShapedRun, x: float, width: float) -> list[_Piece]:
        """A run cut where the font's subset or the rise changes, each piece with its place and width."""
        if run.glyphs is None:
            return [_Piece(x, width, run.face, run.text, 0.0, run.slant, run.text)]
        font = glyph_font(run.face)
        self._fonts[font.fontName] = font
        plan = _plan(font, run, self.obj._canvas._doc)
        scale = self.size / 1000.0
        slant = run.slant
        self.marks.extend((font.path, gid, x + at * scale, dy * scale, slant) for gid, at, dy in plan.marks)
        return [_Piece(x + p.x * scale, p.width * scale, p.font, p.text, 0.0, slant, p.reads, p.rtl,
                       None if p.glyphs is None else
                       [_Piece(x + g.x * scale, g.width * scale, g.font, g.text, 0.0, slant, g.reads, g.rtl)
                        for g in p.glyphs], p.subset)
                for p in plan.pieces]


@dataclass(slots=True)
class _Plan:
    """A shaped run cut into pieces for one document, in 1/1000 em from the run's start: made once per run.

    A run is mostly one word, and words come back line after line; its codes
    and the subsets they are in never change within a document (ReportLab
    places a code the first time it is met), so the cutting is done once and
    each line only scales and shifts it.
    """

    pieces: list[_Piece]
    marks: list[tuple[int, float, float]]  #: marks drawn as outlines: glyph, x, rise


def _plan(font: GlyphFont, run: ShapedRun, doc: object) -> _Plan:
    glyphs = run.glyphs
    assert glyphs is not None
    rtl = run.direction == "rtl"
    plans = font.plans(doc)
    key = (id(glyphs), rtl)
    found = plans.get(key)
    if found is not None and found[0] is glyphs:  # the entry holds the glyphs: their id is not reused meanwhile
        return found[1]
    pieces: list[_Piece] = []
    marks: list[tuple[int, float, float]] = []
    subset_of: int | None = None
    pen = 0.0
    one_by_one = _neutral(run.text)  # only a piece of neutral characters may be written glyph by glyph
    for g in glyphs:
        codes = font.glyph_codes(g, rtl)  # depends on the glyph, its advance and text, not its offset
        subset = _subset(font, codes, doc)
        at = pen + g.dx
        if not g.text and not g.advance:  # a mark placed on a letter: an outline (its text is on the letter)
            marks.append((g.gid, at, g.dy))
        else:
            glyph = _Piece(at, g.advance, font.fontName, codes, 0.0, 0.0, g.text, rtl) if one_by_one else None
            if subset_of == subset and pieces:
                last = pieces[-1]
                last.text += codes
                last.width += g.advance
                last.reads += g.text
                if last.glyphs is not None and glyph is not None:
                    last.glyphs.append(glyph)
            else:
                pieces.append(_Piece(at, g.advance, font.fontName, codes, 0.0, 0.0, g.text, rtl,
                                     [glyph] if glyph is not None else None, subset))
                subset_of = subset
        pen += g.advance
    plan = plans[key] = (glyphs, _Plan(pieces, marks))
    return plan[1]


#: what pypdf (7.x) takes for right-to-left letters, and for neutral characters that follow the letter before
_PYPDF_RTL = re.compile("[\u0590-\u065f\u066e-\u06ef\u06fa-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_PYPDF_NEUTRAL = re.compile("[\x00-\x2f\x3a-\x40\u0660-\u066d\u06f0-\u06f9\u2000-\u206f\u20a0-\u21ff]*")


def _subset(font: GlyphFont, codes: str, doc: object) -> int:
    """The subset of ``font`` that ``codes`` are in for ``doc`` (ReportLab places a code the first time it is met)."""
    state = font.state.get(doc)
    if state is not None:
        places = state.assignments
        n = places.get(ord(codes[0]))
        if n is not None and (len(codes) == 1 or all(ord(c) in places for c in codes[1:])):
            return int(n) >> 8
    return int(font.splitString(codes, doc)[0][0])


def _neutral(text: str) -> bool:
    """Whether pypdf reads ``text`` in the direction of what came before it (no letter or Latin digit in it)."""
    return _PYPDF_NEUTRAL.fullmatch(text) is not None


def _stretches(runs: tuple[ShapedRun, ...]) -> list[list[int]]:
    """Indexes of ``runs`` grouped and ordered for writing: stretches in reading order, each as seen.

    A stretch is a sequence of runs of one direction that follow each other in
    the text; a right-to-left stretch is written as seen (extraction tools
    reverse its characters back), a left-to-right one in order. Runs of a
    stretch are next to each other on the line, so only its first is placed.
    """
    if all(run.direction == "ltr" for run in runs):
        return [list(range(len(runs)))]
    by_start = sorted(range(len(runs)), key=lambda k: runs[k].start)
    out: list[list[int]] = []
    k = 0
    while k < len(by_start):
        j = k + 1
        while j < len(by_start) and runs[by_start[j]].direction == runs[by_start[k]].direction:
            j += 1
        out.append(sorted(by_start[k:j]))
        k = j
    return out
