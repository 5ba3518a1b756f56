"""A small page flow for the digest: text pre-wrapped with the layout's metrics, drawn straight on the canvas.

ReportLab's platypus measured and re-measured thousands of paragraphs of a big
map and spent most of the export doing so. Here every block is wrapped once
(with the cached DejaVu widths the map layout uses), split between lines at a
page end, and drawn with one text object; the flow keeps a cursor down the page,
starts new pages, writes footers and page numbers, and sets bookmarks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas

from ..i18n import _
from ..layout import text_width, wrap
from ..layout.bidi import lines_direction
from ..layout.fonts import BOLD, REGULAR
from ..layout.shaping import FontReport, line_width, shape
from ..layout.style import STYLE
from .pdf_player import rgb
from .pdf_text import LineWriter, fit_line

#: a section's last page holds at least this share of a page, when it can; no more: a larger share
#: pushed a whole step off a page that had a fifth of it free (hotel template, stage 1)
TAIL_SHARE = 0.2
KEEP_SHARE = 0.5  # ... but the page before keeps at least this share
SQUEEZE_TAIL = 58.0  # a tail of about four lines or less may be pulled back by tighter spacing
SQUEEZES = (0.7, 0.5, 0.3)  # how much of the spacing is kept then
Outline = Sequence[tuple[str, str, int]]  # (key, title, level)


class Block:
    """Something the flow places: it knows its height for a width, may split, and draws itself."""

    outline: Outline = ()

    def wrap(self, width: float) -> float:
        raise NotImplementedError

    def split(self, width: float, room: float) -> list[Block]:
        """Two pieces, the first fitting in ``room``; [] when it cannot split there."""
        return []

    def draw(self, c: Canvas, x: float, top: float) -> None:
        raise NotImplementedError

    def squeezed(self, factor: float) -> Block:
        """This block with the space around it scaled by ``factor`` (to pull a short tail back)."""
        return self


@dataclass
class Text(Block):
    """Wrapped text in one face, optionally led by a label in another face (``Label: text``).

    ``lines`` are given for the pieces of a split; otherwise wrapping happens
    once, on the first :meth:`wrap`. ``rtl``: the document reads from the right
    (the map's language is Arabic, Hebrew...): the text is set flush right,
    the bullet and the label at the right. Each paragraph is still ordered in
    its own direction (its first strong character), so an English sentence in
    an Arabic digest keeps its full stop at its end.
    """

    text: str
    font: str = REGULAR
    size: float = 9.5
    leading: float = 13.0
    colour: str = "#1a1a1a"
    indent: float = 0.0
    bullet: str = ""
    space_before: float = 0.0
    space_after: float = 0.0
    label: str = ""
    label_font: str = BOLD
    label_colour: str = ""
    report: FontReport | None = None
    outline: Outline = ()
    lines: list[str] | None = None
    first_piece: bool = True
    rtl: bool = False
    measure: float = 0.0  #: the width last wrapped to

    def wrap(self, width: float) -> float:
        self.measure = width
        if self.lines is None:
            text = f"{self.label} {self.text}" if self.label else self.text
            # the label is drawn bold: leave room for how much wider that is than the measured face
            extra = (text_width(self.label, self.label_font, self.size)
                     - text_width(self.label, self.font, self.size)) if self.label else 0.0
            self.lines = wrap(text, self.font, self.size, width - self.indent - max(0.0, extra)) or [""]
        return self.space_before + len(self.lines) * self.leading + self.space_after

    def split(self, width: float, room: float) -> list[Block]:
        self.wrap(width)
        assert self.lines is not None
        fit = int((room - self.space_before) // self.leading)
        if fit <= 0 or fit >= len(self.lines):
            return []
        first = Text(**{**self.__dict__, "lines": self.lines[:fit], "space_after": 0.0})
        rest = Text(**{**self.__dict__, "lines": self.lines[fit:], "bullet": "", "space_before": 0.0,
                       "outline": (), "first_piece": False})
        return [first, rest]

    def squeezed(self, factor: float) -> Block:
        return Text(**{**self.__dict__, "space_before": self.space_before * factor,
                       "space_after": self.space_after * factor})

    def draw(self, c: Canvas, x: float, top: float) -> None:
        size, report = self.size, self.report
        y = top - self.space_before - self.leading + (self.leading - size) / 2 + 0.24 * size
        t = c.beginText()
        t.setFillColorRGB(*rgb(self.colour))
        right = x + (self.measure or self.width_hint())
        if self.bullet:
            bullet = shape(self.bullet, REGULAR, report)
            writer = LineWriter(t, size)
            writer.line(right - line_width(bullet, size) if self.rtl else x, y, bullet)
        writer = LineWriter(t, size)
        writer.colour = rgb(self.colour)
        way = lines_direction(self.lines or ())  # the paragraph's own direction, for every line of it
        for n, line in enumerate(self.lines or ()):
            start, end = x + self.indent, right - self.indent
            if n == 0 and self.label and self.first_piece and line.startswith(self.label):
                t.setFillColorRGB(*rgb(self.label_colour or self.colour))
                label = shape(self.label, self.label_font, report, way)
                wide = line_width(label, size)
                writer.line(end - wide if self.rtl else start, y, label)
                if self.rtl:
                    end -= wide
                else:
                    start += wide
                t.setFillColorRGB(*rgb(self.colour))
                line = line[len(self.label):]
            runs = shape(line, self.font, report, way)
            line_size, widths = fit_line(line, runs, size, end - start)
            writer.resize(line_size)
            if self.rtl:
                widths = widths or [run.width(line_size) for run in runs]
                writer.line(end - sum(widths), y, runs, widths)
            else:
                writer.line(start, y, runs, widths)
            writer.resize(size)
            y -= self.leading
        c.drawText(t)
        writer.draw_marks(c)

    def width_hint(self) -> float:
        """The widest line: where a block drawn without being wrapped first ends."""
        return max((text_width(line, self.font, self.size) for line in self.lines or ()), default=0.0) + self.indent


@dataclass
class Space(Block):
    height: float

    def wrap(self, width: float) -> float:
        return self.height

    def squeezed(self, factor: float) -> Block:
        return Space(self.height * factor)

    def draw(self, c: Canvas, x: float, top: float) -> None:
        pass


@dataclass
class PageBreak(Block):
    def wrap(self, width: float) -> float:
        return 0.0

    def draw(self, c: Canvas, x: float, top: float) -> None:
        pass


@dataclass
class NeedRoom(Block):
    """Start a new page unless ``height`` points are left on this one."""

    height: float

    def wrap(self, width: float) -> float:
        return 0.0

    def draw(self, c: Canvas, x: float, top: float) -> None:
        pass


@dataclass
class Together(Block):
    """Blocks kept on one page when they fit on one (a heading with its first card)."""

    blocks: list[Block] = field(default_factory=list)

    def squeezed(self, factor: float) -> Block:
        return Together([b.squeezed(factor) for b in self.blocks])


class Drawing(Block):
    """A fixed-size drawing made by ``paint(canvas)`` with its origin at the bottom left."""

    def __init__(self, width: float, height: float, outline: Outline = ()) -> None:
        self.width, self.height, self.outline = width, height, outline

    def wrap(self, width: float) -> float:
        return self.height

    def paint(self, c: Canvas) -> None:
        raise NotImplementedError

    def draw(self, c: Canvas, x: float, top: float) -> None:
        c.saveState()
        c.translate(x, top - self.height)
        self.paint(c)
        c.restoreState()


class FullPage(Block):
    """A page of its own, drawn by ``paint(canvas)`` over the whole page above the footer strip."""

    def __init__(self, outline: Outline = ()) -> None:
        self.outline = outline

    def paint(self, c: Canvas, width: float, height: float) -> None:
        raise NotImplementedError


class PageFlow:
    """Places blocks down the pages of ``canvas`` between margins, with a footer on each page."""

    def __init__(self, canvas: Canvas, size: tuple[float, float], margin: float, footer: str,
                 report: FontReport | None = None, rtl: bool = False) -> None:
        self.c, self.size, self.margin = canvas, size, margin
        self.footer, self.report = footer, report
        self.rtl = rtl  # the footer's title at the right, the page number at the left
        self.x, self.width = margin, size[0] - 2 * margin
        self.top, self.bottom = size[1] - margin, margin
        self.y = self.top
        self.page = 1
        self.dry = False  # a rehearsal: blocks are measured and placed, nothing is drawn

    @property
    def fresh(self) -> bool:
        return self.y >= self.top

    def add_all(self, blocks: Iterable[Block]) -> None:
        """Place ``blocks``, a section (from one page break to the next) at a time, without thin tails."""
        for section in _sections(blocks):
            for block in self._without_thin_tail(section):
                self.add(block)

    # a section's last page: never a tiny tail -------------------------------------
    def _rehearse(self, blocks: list[Block], fresh: bool = False) -> tuple[list[tuple[int, float]], int, float]:
        """Where each block would start (page, y), the last page, and how much of it is used.

        ``fresh``: as if on a new page, then the pages are counted from 1.
        """
        saved = (self.y, self.page, self.dry)
        self.dry = True
        if fresh:
            self.y, self.page = self.top, 1
        starts = []
        try:
            for block in blocks:
                if isinstance(block, PageBreak | FullPage) and not self.fresh:
                    self.new_page()
                starts.append((self.page, self.y))
                self.add(block)
            return starts, self.page, self.top - self.y
        finally:
            self.y, self.page, self.dry = saved

    def _without_thin_tail(self, blocks: list[Block]) -> list[Block]:
        """The section as given, or rearranged so its last page is not a lonely line or two.

        A tail of a few lines is pulled back by tightening the spacing of the
        page before; a longer thin tail takes the last blocks of the page before
        with it (that page ends a little early), so a continuation page always
        has something to read.
        """
        if any(isinstance(b, FullPage) for b in blocks):
            return blocks
        starts, last, used = self._rehearse(blocks)
        first = starts[0][0] if starts else last
        usable = self.top - self.bottom
        if last == first or used >= TAIL_SHARE * usable:
            return blocks
        k = next(i for i, (page, _y) in enumerate(starts) if page >= last - 1)
        if used <= SQUEEZE_TAIL:
            for factor in SQUEEZES:  # as little tightening as does the job
                tight = blocks[:k] + [b.squeezed(factor) for b in blocks[k:]]
                if self._rehearse(tight)[1] < last:
                    return tight
        best: tuple[float, int] | None = None
        for i in range(len(blocks) - 1, 0, -1):
            page, y = starts[i]
            if page < last - 1:
                break
            if page != last - 1 or isinstance(blocks[i], Space | NeedRoom):
                continue
            if self.top - y < KEEP_SHARE * usable:
                break  # the page before would be left too empty
            _s, pages, new_used = self._rehearse(blocks[i:], fresh=True)
            if pages > 1:
                break  # what would move over no longer fits on one page
            if best is None or new_used > best[0]:
                best = (new_used, i)
            if new_used >= TAIL_SHARE * usable:
                break
        if best is not None:
            return blocks[:best[1]] + [PageBreak()] + blocks[best[1]:]
        return blocks

    def add(self, block: Block) -> None:
        if isinstance(block, PageBreak):
            if not self.fresh:
                self.new_page()
        elif isinstance(block, NeedRoom):
            if self.y - self.bottom < block.height and not self.fresh:
                self.new_page()
        elif isinstance(block, Space):
            if not self.fresh:
                self.y -= block.height
        elif isinstance(block, FullPage):
            if not self.fresh:
                self.new_page()
            if self.dry:
                self.y = self.bottom
                return
            for key, title, level in block.outline:
                self.c.bookmarkPage(key)
                self.c.addOutlineEntry(title, key, level=level, closed=level > 0)
            strip = self.margin * 0.75  # the footer's rule
            self.c.saveState()
            self.c.translate(0, strip)
            block.paint(self.c, self.size[0], self.size[1] - strip)
            self.c.restoreState()
            self.y = self.bottom  # full: whatever comes next starts a new page
        elif isinstance(block, Together):
            height = sum(b.wrap(self.width) for b in block.blocks)
            if height > self.y - self.bottom and not self.fresh and height <= self.top - self.bottom:
                self.new_page()
            for b in block.blocks:
                self.add(b)
        else:
            self._place(block)

    def _place(self, block: Block) -> None:
        while True:
            height = block.wrap(self.width)
            room = self.y - self.bottom
            if height <= room + 1e-6:
                self._draw(block, height)
                return
            parts = block.split(self.width, room)
            if parts:
                self._draw(parts[0], parts[0].wrap(self.width))
                block = parts[1]
            elif self.fresh:  # taller than a page and cannot split: drawn, and runs over the margin
                self._draw(block, height)
                return
            self.new_page()

    def _draw(self, block: Block, height: float) -> None:
        if self.dry:
            self.y -= height
            return
        for key, title, level in block.outline:
            self.c.bookmarkPage(key)
            self.c.addOutlineEntry(title, key, level=level, closed=level > 0)
        block.draw(self.c, self.x, self.y)
        self.y -= height

    def new_page(self) -> None:
        if not self.dry:
            self._draw_footer()
            self.c.showPage()
        self.page += 1
        self.y = self.top

    def finish(self) -> None:
        self._draw_footer()
        self.c.showPage()
        self.c.save()

    def _draw_footer(self) -> None:
        c, m, page = self.c, self.margin, STYLE.page
        t = c.beginText()
        t.setFillColorRGB(*page.footer_ink)
        writer = LineWriter(t, page.footer_size)
        writer.colour = page.footer_ink
        title = shape(self.footer, REGULAR, self.report, "rtl" if self.rtl else "ltr")
        number = shape(_("Page {n}").format(n=self.page), REGULAR, self.report)
        first, last = (number, title) if self.rtl else (title, number)
        writer.line(m, m / 2, first)
        writer.line(self.size[0] - m - line_width(last, page.footer_size), m / 2, last)
        c.drawText(t)
        writer.draw_marks(c)
        c.setStrokeColorRGB(*page.footer_rule)
        c.setLineWidth(page.footer_rule_width)
        c.line(m, m * 0.75, self.size[0] - m, m * 0.75)


def _sections(blocks: Iterable[Block]) -> list[list[Block]]:
    """The blocks cut before each page break and full page: the stretches that flow on their own."""
    sections: list[list[Block]] = [[]]
    for block in blocks:
        if isinstance(block, PageBreak | FullPage) and sections[-1]:
            sections.append([])
        sections[-1].append(block)
    return [s for s in sections if s]
