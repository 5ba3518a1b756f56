"""Tiled pages: the map at a readable scale across many sheets, to print and tape together.

The scale keeps the smallest text of the map at 7 pt or more on paper. Pages
overlap by ``OVERLAP`` points so nothing falls into a printer's unprintable
margin; crop marks show where to trim, and each page names its row and column
and shows a small map of where it sits in the assembled poster.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from ..i18n import _, direction, in_map_language, ngettext
from ..layout import LayoutOptions, MapLayout, Rect, layout_map, text_width
from ..layout.fonts import BOLD, REGULAR
from ..layout.paint import Group, Item, Plan, map_plan
from ..layout.shaping import FontReport
from ..layout.style import STYLE
from ..model import JourneyMap
from ..paper import page_size
from .pdf_common import draw_runs, new_canvas
from .pdf_player import PdfPlayer

MARGIN = 24.0
STRIP = 44.0  # the label strip at the foot of each page
OVERLAP = 18.0
MIN_PRINTED_TEXT = 7.0
#: The least of the map a sheet must move on by, across and down (1 in): on a smaller sheet the margins,
#: overlap and label strip leave a sliver, and a map would need tens of thousands of them.
MIN_STEP = 72.0
#: More sheets than anyone tapes to a wall (about 30 m² of A4); each page would also replay the map.
MAX_SHEETS = 500


class TilingError(ValueError):
    """Tiled pages that cannot be made: the sheet is too small, or the map would need too many; says which."""


@dataclass(frozen=True)
class TilePlan:
    """How the map falls onto sheets of one size and orientation, and which sheets get printed."""

    size: tuple[float, float]
    scale: float
    rows: int
    cols: int
    aw: float  # usable width and height of a sheet, in points on paper
    ah: float
    printed: tuple[tuple[int, int], ...]  # (row, column) of each tile with map content, in reading order

    @property
    def skipped(self) -> int:
        return self.rows * self.cols - len(self.printed)

    def origin(self, r: int, col: int) -> tuple[float, float]:
        """The map point (layout units) at the top-left corner of tile (r, col)."""
        return col * (self.aw - OVERLAP) / self.scale, r * (self.ah - OVERLAP) / self.scale


def tile_grid(layout: MapLayout, size: tuple[float, float]) -> tuple[float, int, int, float, float]:
    """(scale, rows, columns, usable width, usable height) for this page size."""
    scale = max(1.0, MIN_PRINTED_TEXT / layout.options.small_size)
    aw = size[0] - 2 * MARGIN
    ah = size[1] - 2 * MARGIN - STRIP
    w, h = layout.width * scale, layout.height * scale
    cols = max(1, math.ceil((w - OVERLAP) / (aw - OVERLAP)))
    rows = max(1, math.ceil((h - OVERLAP) / (ah - OVERLAP)))
    return scale, rows, cols, aw, ah


def plan_tiles(layout: MapLayout, size: tuple[float, float], content: list[Rect] | None = None) -> TilePlan:
    """The grid for ``size``, leaving out tiles that would print only empty lanes and grid lines.

    Each tile owns the part of the map from where the tile before it ends (the
    shared overlap strip is on that one already) to where its own visible part
    ends past its neighbour's start, the last row and column owning the rest; so
    every piece of content is owned by exactly one tile, which shows it whole,
    and a tile is printed when it owns any.
    A map without cards is a blank sheet for a workshop: every tile is printed.
    """
    if min(size[0] - 2 * MARGIN, size[1] - 2 * MARGIN - STRIP) - OVERLAP < MIN_STEP:
        least = math.ceil((2 * MARGIN + STRIP + OVERLAP + MIN_STEP) / 72 * 25.4)
        raise TilingError(f"a {_mm(size[0])} x {_mm(size[1])} mm sheet is too small for tiled pages (each keeps "
                          f"margins, an overlap with its neighbours and a label strip): choose a sheet at least "
                          f"{least} mm on each side")
    scale, rows, cols, aw, ah = tile_grid(layout, size)
    step_x, step_y = (aw - OVERLAP) / scale, (ah - OVERLAP) / scale
    ov = OVERLAP / scale  # the strip a tile shares with the one before: already on that one
    used: set[tuple[int, int]] = set()
    for r in content if content is not None else content_rects(layout):
        c0 = max(0, min(cols - 1, int((r.x - ov) // step_x)))
        c1 = max(c0, min(cols - 1, int(math.ceil((r.right - ov) / step_x)) - 1))
        r0 = max(0, min(rows - 1, int((r.y - ov) // step_y)))
        r1 = max(r0, min(rows - 1, int(math.ceil((r.bottom - ov) / step_y)) - 1))
        for rr in range(r0, r1 + 1):
            for cc in range(c0, c1 + 1):
                used.add((rr, cc))
    if not layout.cards:  # a blank workshop sheet: its empty cells are the point, print them all
        used = {(rr, cc) for rr in range(rows) for cc in range(cols)}
    # rows and columns past the last printed sheet hold nothing: they are not counted ("Row 2 of 2")
    rows = max((rr for rr, _cc in used), default=0) + 1
    cols = max((cc for _rr, cc in used), default=0) + 1
    printed = tuple((rr, cc) for rr in range(rows) for cc in range(cols) if (rr, cc) in used)
    return TilePlan(size, scale, rows, cols, aw, ah, printed)


def choose_plan(layout: MapLayout, size_name: str, landscape: bool | None) -> TilePlan:
    """The user's orientation, or (not forced) whichever needs fewer sheets; landscape on a tie.

    The scale does not depend on the orientation, so text stays at 7 pt or more either way.
    """
    if landscape is not None:
        return _within_sheets(plan_tiles(layout, page_size(size_name, landscape)), size_name)
    content = content_rects(layout)
    plans: list[TilePlan] = []
    for wide in (True, False):
        try:
            plans.append(plan_tiles(layout, page_size(size_name, wide), content))
        except TilingError:
            if wide is False and not plans:
                raise
    return _within_sheets(min(plans, key=lambda p: len(p.printed)), size_name)


def _within_sheets(plan: TilePlan, size_name: str) -> TilePlan:
    if len(plan.printed) > MAX_SHEETS:
        raise TilingError(f"the map needs {len(plan.printed):,} {size_name} sheets to print at a readable size; "
                          f"tiled pages stop at {MAX_SHEETS}: choose a larger sheet, or the poster layout")
    return plan


def _mm(points: float) -> str:
    return f"{points / 72 * 25.4:.0f}"


def content_rects(layout: MapLayout) -> list[Rect]:
    """What is worth a sheet of paper: the title block, headers, lane titles, cards, curves, labels.

    Empty lane rows and grid lines are not: a tile holding only those is left out.
    """
    L = layout
    rects: list[Rect] = []
    if L.header is not None:
        rects += [b.rect for b in (L.header.title, L.header.details, L.header.scenario) if b is not None]
        for entry in L.legend:
            rects += [entry.swatch, entry.label.rect]
    rects += [s.rect for s in L.stages.values()]
    rects += [s.rect for s in L.steps.values()]
    rects += [lane.title.rect for lane in L.lanes.values() if lane.title.lines]
    rects += [card.rect for card in L.cards.values()]
    rects += [line.text.rect for line in L.blueprint_lines if line.text is not None]
    if L.emotion is not None:
        m = L.options.marker_size / 2
        for curve in L.emotion.curves:
            rects += [Rect(p.x - m, p.y - m, 2 * m, 2 * m) for p in curve.points]
            rects += [b.rect for b in curve.label_blocks.values()]
            for run in curve.runs:
                for seg in run:
                    rects += _bezier_pieces(seg)
    return rects


def _bezier_pieces(seg: tuple[float, ...], n: int = 8) -> list[Rect]:
    """Small boxes along a curve segment, so a tile it only passes near is not counted."""
    x0, y0, c1x, c1y, c2x, c2y, x1, y1 = seg
    pts = []
    for k in range(n + 1):
        t = k / n
        u = 1 - t
        pts.append((u ** 3 * x0 + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t ** 3 * x1,
                    u ** 3 * y0 + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t ** 3 * y1))
    return [Rect(min(a[0], b[0]) - 1, min(a[1], b[1]) - 1, abs(a[0] - b[0]) + 2, abs(a[1] - b[1]) + 2)
            for a, b in zip(pts, pts[1:], strict=False)]


@in_map_language
def export_tiled(journey: JourneyMap, out: Path | str, size_name: str = "A4", landscape: bool | None = None,
                 report: FontReport | None = None, options: LayoutOptions | None = None) -> Path:
    """``landscape`` None lets the map choose the orientation that needs fewer sheets."""
    layout = layout_map(journey, options)
    plan = choose_plan(layout, size_name, landscape)
    size, scale, aw, ah = plan.size, plan.scale, plan.aw, plan.ah
    c = new_canvas(out, size, journey, _("Customer journey map (tiled poster pages)"))
    marks = _bookmark_targets(journey, layout, plan)
    printed = set(plan.printed)
    total = len(plan.printed)
    drawing = map_plan(layout)
    items = _items_by_tile(drawing, plan)
    for page, (r, col) in enumerate(plan.printed, start=1):
        x0, y0 = plan.origin(r, col)
        visible = Rect(x0, y0, aw / scale, ah / scale)
        left, top = MARGIN, size[1] - MARGIN
        c.saveState()
        clip = c.beginPath()
        clip.rect(left, top - ah, aw, ah)
        c.clipPath(clip, stroke=0, fill=0)
        PdfPlayer(c, scale, left - x0 * scale, top + y0 * scale, report, visible).play(
            drawing, items.get((r, col), []))
        c.restoreState()
        _overlap_guides(c, left, top, aw, ah, (r + 1, col) in printed, (r, col + 1) in printed)
        _crop_marks(c, left, top, aw, ah)
        _label(c, plan, journey.title, r, col, page, total, report)
        for key, tile in marks.items():
            if tile == (r, col):
                c.bookmarkPage(key)
        c.showPage()
    _outline(c, journey, marks)
    c.save()
    return Path(out)


def _items_by_tile(drawing: Plan, plan: TilePlan) -> dict[tuple[int, int], list[Item]]:
    """What each printed tile may show, in painting order: a generous guess by each group's bounds.

    The player checks each group exactly against the tile; this only spares a
    page of a big map from testing every card.
    """
    step_x, step_y = (plan.aw - OVERLAP) / plan.scale, (plan.ah - OVERLAP) / plan.scale
    vw, vh = plan.aw / plan.scale, plan.ah / plan.scale
    tiles: dict[tuple[int, int], list[Item]] = {tile: [] for tile in plan.printed}
    everywhere = list(tiles.values())
    for item in drawing.items:
        r = item.bounds if isinstance(item, Group) else None
        if r is None:
            for share in everywhere:
                share.append(item)
            continue
        c0, c1 = max(0, int((r.x - vw) // step_x)), min(plan.cols - 1, int(r.right // step_x))
        r0, r1 = max(0, int((r.y - vh) // step_y)), min(plan.rows - 1, int(r.bottom // step_y))
        for rr in range(r0, r1 + 1):
            for cc in range(c0, c1 + 1):
                tile = tiles.get((rr, cc))
                if tile is not None:
                    tile.append(item)
    return tiles


def _bookmark_targets(journey: JourneyMap, layout: MapLayout, plan: TilePlan) -> dict[str, tuple[int, int]]:
    """Which tile each stage and persona bookmark opens: the stage's band, the persona's first marker."""
    scale, cols, aw, ah = plan.scale, plan.cols, plan.aw, plan.ah

    def tile_of(x: float, y: float) -> tuple[int, int]:
        col = min(cols - 1, int(x * scale // (aw - OVERLAP)))
        tile = (min(plan.rows - 1, int(y * scale // (ah - OVERLAP))), col)
        return tile if tile in plan.printed else plan.printed[0]

    marks: dict[str, tuple[int, int]] = {}
    for stage in journey.stages:
        box = layout.stages[stage.id].rect
        marks[f"stage-{stage.id}"] = tile_of(box.x + 1, box.y + 1)
    for persona in journey.personas:
        point = None
        if layout.emotion:
            point = next((c.points[0] for c in layout.emotion.curves if c.persona_id == persona.id), None)
        marks[f"persona-{persona.id}"] = tile_of(point.x, point.y) if point else plan.printed[0]
    # the parent entries need keys of their own (ReportLab keys outline entries by destination)
    if journey.stages:
        marks["stages"] = marks[f"stage-{journey.stages[0].id}"]
    if journey.personas:
        marks["personas"] = marks[f"persona-{journey.personas[0].id}"]
    return marks


def _outline(c: Canvas, journey: JourneyMap, marks: dict[str, tuple[int, int]]) -> None:
    if journey.stages:
        c.addOutlineEntry(_("Stages"), "stages", level=0, closed=False)
        for stage in journey.stages:
            c.addOutlineEntry(stage.name or _("Untitled stage"), f"stage-{stage.id}", level=1)
    if journey.personas:
        c.addOutlineEntry(_("Personas"), "personas", level=0, closed=False)
        for persona in journey.personas:
            c.addOutlineEntry(persona.name or _("Unnamed persona"), f"persona-{persona.id}", level=1)


def _crop_marks(c: Canvas, left: float, top: float, aw: float, ah: float) -> None:
    """Short lines outside each corner of the printed area: cut or align along them."""
    c.saveState()
    c.setStrokeColorRGB(*STYLE.page.crop_mark)
    c.setLineWidth(STYLE.page.crop_mark_width)
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
    c.setStrokeColorRGB(*STYLE.page.overlap_guide)
    c.setLineWidth(STYLE.page.overlap_guide_width)
    c.setDash(list(STYLE.page.overlap_guide_dash))
    if right:
        x = left + aw - OVERLAP
        c.line(x, top, x, top - ah)
    if below:
        y = top - ah + OVERLAP
        c.line(left, y, left + aw, y)
    c.restoreState()


def _label(c: Canvas, plan: TilePlan, title: str, r: int, col: int, page: int, total: int,
           report: FontReport | None) -> None:
    """Row and column, how to assemble, the page number, and a locator map of the whole poster.

    Tiles left out (nothing on them but empty rows) keep their place in the
    row and column count and show as crossed-out cells in the locator map, so
    the printed sheets still line up when taped together.
    """
    size, rows, cols = plan.size, plan.rows, plan.cols
    base = MARGIN + 6
    c.saveState()
    furniture = STYLE.page
    c.setFillColorRGB(*furniture.label_ink)
    text = _("Row {row} of {rows}  \u00b7  Column {column} of {columns}").format(row=r + 1, rows=rows, column=col + 1,
                                                                                columns=cols)
    draw_runs(c, MARGIN, base + 14, text, BOLD, furniture.label_size, report)
    if plan.skipped:
        c.setFillColorRGB(*furniture.footer_ink)
        left_out = ngettext("({n} empty tile not printed: crossed out in the map at right)",
                            "({n} empty tiles not printed: crossed out in the map at right)",
                            plan.skipped).format(n=plan.skipped)
        draw_runs(c, MARGIN + text_width(text, BOLD, furniture.label_size) + 10, base + 14, left_out, REGULAR,
                  furniture.note_size, report)
    c.setFillColorRGB(*furniture.footer_ink)
    draw_runs(c, MARGIN, base + 2, title + " \u00b7 " + _(
        "tiled poster \u00b7 overlap {overlap} pt: trim at the crop marks, glue each page up to the dashed line "
        "of its neighbour").format(overlap=f"{OVERLAP:.0f}"), REGULAR, furniture.note_size, report, direction=direction())
    c.setFont(REGULAR, furniture.footer_size)
    draw_runs(c, size[0] - MARGIN, base + 2, _("Page {n} of {total}").format(n=page, total=total), REGULAR,
              furniture.footer_size, None, "end")
    # locator: the poster as a grid of tiles, this one filled, the left-out ones crossed
    cell = min(8.0, 90.0 / cols, 28.0 / rows)
    lx = size[0] - MARGIN - cols * cell
    ly = base + 12
    c.setLineWidth(furniture.locator_edge_width)
    c.setStrokeColorRGB(*furniture.locator_edge)
    # one grey field, then only what differs: far fewer shapes per page than a rectangle per tile
    c.setFillColorRGB(*furniture.locator_field)
    c.rect(lx, ly, cols * cell, rows * cell, stroke=0, fill=1)
    printed = set(plan.printed)
    c.setFillColorRGB(*furniture.locator_left_out)
    for rr in range(rows):
        for cc in range(cols):
            if (rr, cc) not in printed:
                x, y = lx + cc * cell, ly + (rows - 1 - rr) * cell
                c.rect(x, y, cell, cell, stroke=0, fill=1)
                if cell >= 4:
                    c.line(x + 1, y + 1, x + cell - 1, y + cell - 1)
                    c.line(x + 1, y + cell - 1, x + cell - 1, y + 1)
    c.setFillColorRGB(*furniture.locator_here)
    c.rect(lx + col * cell, ly + (rows - 1 - r) * cell, cell, cell, stroke=0, fill=1)
    if cell >= 4:  # grid lines where the cells are big enough to tell apart
        for k in range(1, cols):
            c.line(lx + k * cell, ly, lx + k * cell, ly + rows * cell)
        for k in range(1, rows):
            c.line(lx, ly + k * cell, lx + cols * cell, ly + k * cell)
    c.rect(lx, ly, cols * cell, rows * cell, stroke=1, fill=0)
    c.restoreState()
