"""Tiled pages: the map at a readable scale across many sheets, to print and tape together.

The scale keeps the smallest text of the map at 7 pt or more on paper. Pages
overlap by ``OVERLAP`` points so nothing falls into a printer's unprintable
margin; crop marks show where to trim, and each page names its row and column
and shows a small map of where it sits in the assembled poster.
"""

from __future__ import annotations

import math
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from ..layout import LayoutOptions, MapLayout, Rect, layout_map
from ..model import JourneyMap
from .fonts import SANS, SANS_BOLD, FontReport, runs
from .pdf_common import new_canvas, page_size
from .pdf_draw import MapPainter

MARGIN = 24.0
STRIP = 44.0  # the label strip at the foot of each page
OVERLAP = 18.0
MIN_PRINTED_TEXT = 7.0


def tile_grid(layout: MapLayout, size: tuple[float, float]) -> tuple[float, int, int, float, float]:
    """(scale, rows, columns, usable width, usable height) for this page size."""
    scale = max(1.0, MIN_PRINTED_TEXT / layout.options.small_size)
    aw = size[0] - 2 * MARGIN
    ah = size[1] - 2 * MARGIN - STRIP
    w, h = layout.width * scale, layout.height * scale
    cols = max(1, math.ceil((w - OVERLAP) / (aw - OVERLAP)))
    rows = max(1, math.ceil((h - OVERLAP) / (ah - OVERLAP)))
    return scale, rows, cols, aw, ah


def export_tiled(journey: JourneyMap, out: Path | str, size_name: str = "A4", landscape: bool = True,
                 report: FontReport | None = None, options: LayoutOptions | None = None) -> Path:
    layout = layout_map(journey, options)
    size = page_size(size_name, landscape)
    scale, rows, cols, aw, ah = tile_grid(layout, size)
    c = new_canvas(out, size, journey, "Customer journey map (tiled poster pages)")
    marks = _bookmark_targets(journey, layout, scale, cols, aw, ah)
    total = rows * cols
    for r in range(rows):
        for col in range(cols):
            page = r * cols + col + 1
            x0 = col * (aw - OVERLAP) / scale
            y0 = r * (ah - OVERLAP) / scale
            visible = Rect(x0, y0, aw / scale, ah / scale)
            left, top = MARGIN, size[1] - MARGIN
            c.saveState()
            clip = c.beginPath()
            clip.rect(left, top - ah, aw, ah)
            c.clipPath(clip, stroke=0, fill=0)
            MapPainter(c, layout, scale, left - x0 * scale, top + y0 * scale, report, visible).draw()
            c.restoreState()
            _overlap_guides(c, left, top, aw, ah, r < rows - 1, col < cols - 1)
            _crop_marks(c, left, top, aw, ah)
            _label(c, size, journey.title, r, col, rows, cols, page, total, report)
            for key, (pr, pc) in marks.items():
                if (pr, pc) == (r, col):
                    c.bookmarkPage(key)
            c.showPage()
    _outline(c, journey, marks)
    c.save()
    return Path(out)


def _bookmark_targets(journey: JourneyMap, layout: MapLayout, scale: float, cols: int, aw: float,
                      ah: float) -> dict[str, tuple[int, int]]:
    """Which tile each stage and persona bookmark opens: the stage's band, the persona's first marker."""
    def tile_of(x: float, y: float) -> tuple[int, int]:
        col = min(cols - 1, int(x * scale // (aw - OVERLAP)))
        return int(y * scale // (ah - OVERLAP)), col

    marks: dict[str, tuple[int, int]] = {}
    for stage in journey.stages:
        box = layout.stages[stage.id].rect
        marks[f"stage-{stage.id}"] = tile_of(box.x + 1, box.y + 1)
    for persona in journey.personas:
        point = None
        if layout.emotion:
            point = next((c.points[0] for c in layout.emotion.curves if c.persona_id == persona.id), None)
        marks[f"persona-{persona.id}"] = tile_of(point.x, point.y) if point else (0, 0)
    # the parent entries need keys of their own (ReportLab keys outline entries by destination)
    if journey.stages:
        marks["stages"] = marks[f"stage-{journey.stages[0].id}"]
    if journey.personas:
        marks["personas"] = marks[f"persona-{journey.personas[0].id}"]
    return marks


def _outline(c: Canvas, journey: JourneyMap, marks: dict[str, tuple[int, int]]) -> None:
    if journey.stages:
        c.addOutlineEntry("Stages", "stages", level=0, closed=False)
        for stage in journey.stages:
            c.addOutlineEntry(stage.name or "Untitled stage", f"stage-{stage.id}", level=1)
    if journey.personas:
        c.addOutlineEntry("Personas", "personas", level=0, closed=False)
        for persona in journey.personas:
            c.addOutlineEntry(persona.name or "Unnamed persona", f"persona-{persona.id}", level=1)


def _crop_marks(c: Canvas, left: float, top: float, aw: float, ah: float) -> None:
    """Short lines outside each corner of the printed area: cut or align along them."""
    c.saveState()
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.4)
    length, gap = 12.0, 3.0
    for x, y, dx, dy in ((left, top, -1, 1), (left + aw, top, 1, 1), (left, top - ah, -1, -1),
                         (left + aw, top - ah, 1, -1)):
        c.line(x + dx * gap, y, x + dx * (gap + length), y)
        c.line(x, y + dy * gap, x, y + dy * (gap + length))
    c.restoreState()


def _overlap_guides(c: Canvas, left: float, top: float, aw: float, ah: float, below: bool,
                    right: bool) -> None:
    """Dashed lines where the next page's content begins: glue the neighbour up to here."""
    c.saveState()
    c.setStrokeColorRGB(0.55, 0.59, 0.64)
    c.setLineWidth(0.4)
    c.setDash([2, 2])
    if right:
        x = left + aw - OVERLAP
        c.line(x, top, x, top - ah)
    if below:
        y = top - ah + OVERLAP
        c.line(left, y, left + aw, y)
    c.restoreState()


def _label(c: Canvas, size: tuple[float, float], title: str, r: int, col: int, rows: int, cols: int,
           page: int, total: int, report: FontReport | None) -> None:
    """Row and column, how to assemble, the page number, and a locator map of the whole poster."""
    base = MARGIN + 6
    c.saveState()
    c.setFillColorRGB(0.1, 0.1, 0.1)
    text = f"Row {r + 1} of {rows}  \u00b7  Column {col + 1} of {cols}"
    c.setFont(SANS_BOLD, 9)
    c.drawString(MARGIN, base + 14, text)
    x = MARGIN
    c.setFillColorRGB(0.29, 0.33, 0.38)
    for font, part in runs(f"{title} \u00b7 tiled poster \u00b7 overlap {OVERLAP:.0f} pt: trim at the crop "
                           "marks, glue each page up to the dashed line of its neighbour", SANS, report):
        c.setFont(font, 7)
        c.drawString(x, base + 2, part)
        x += c.stringWidth(part, font, 7)
    c.setFont(SANS, 7.5)
    c.drawRightString(size[0] - MARGIN, base + 2, f"Page {page} of {total}")
    # locator: the poster as a grid of pages, this one filled
    cell = min(8.0, 90.0 / cols, 28.0 / rows)
    lx = size[0] - MARGIN - cols * cell
    ly = base + 12
    c.setLineWidth(0.3)
    c.setStrokeColorRGB(0.4, 0.44, 0.5)
    for rr in range(rows):
        for cc in range(cols):
            mine = (rr, cc) == (r, col)
            c.setFillColorRGB(*((0.7, 0.15, 0.12) if mine else (0.93, 0.94, 0.96)))
            c.rect(lx + cc * cell, ly + (rows - 1 - rr) * cell, cell, cell, stroke=1, fill=1)
    c.restoreState()
