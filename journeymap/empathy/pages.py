"""Empathy-map pages: the four quadrants or Dave Gray's canvas, blank or with sticky notes.

Everything is measured from the page's short side, so an A1 poster is an A4
sheet scaled up: type stays readable from the back of a workshop room.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..i18n import N_, _, direction, format_date
from ..layout.bidi import lines_direction
from ..layout.fitting import block_height, fit_block, fit_text, wrap_lines
from ..layout.fonts import BOLD, ITALIC, REGULAR
from ..layout.paint import Anchor, Circle
from ..layout.paint.mirror import mirrored
from ..layout.shaping import FontReport, clean_text
from ..layout.style import STYLE
from ..layout.text import text_width
from ..model.journey_map import JourneyMap, Persona, initials
from ..model.kinds import EmpathyStyle
from ..paper import A4_SHORT_SIDE
from ..safety.photo_decode import photo_damage, print_ready
from .drawing import Plan, box, circle, picture, rule, text_at
from .flow import CONTINUES, Fit, Piece, Rect, best_size, fit_notes, leading
from .sections import (
    THINK_AND_FEEL_HEADING,
    THINK_AND_FEEL_PROMPT,
    WHO,
    Section,
    hidden_sections,
    section,
    sections_for,
)

SHEET = STYLE.sheet
INK = SHEET.ink
SOFT_INK = SHEET.soft_ink
FRAME = SHEET.frame
NOTE_COLOURS = SHEET.notes  # (fill, edge) per section; the board's notes use them too
PAPER = STYLE.paper
#: the notes of the sections of one sheet are at most this much larger than its smallest section's
NOTE_SPREAD = 1.25
Leftover = tuple[Section, list[Piece], float | None]  # a section's notes for the next page, at its size


@dataclass(frozen=True, slots=True)
class Type:
    """Sizes and spacings for one sheet in points: A4's, scaled by the sheet's short side (``s``)."""

    s: float
    margin: float
    gap: float
    title: float
    label: float
    value: float
    heading: float
    prompt: float
    note_max: float
    note_min: float  # the readable minimum grows slower than the sheet
    footer: float
    pad: float
    radius: float

    @classmethod
    def for_page(cls, w: float, h: float) -> Type:
        s = min(w, h) / A4_SHORT_SIDE
        return cls(s, margin=26 * s, gap=7 * s, title=18 * s, label=8.5 * s, value=10.5 * s, heading=13 * s,
                   prompt=8 * s, note_max=12 * s, note_min=8 * s ** 0.5, footer=7 * s, pad=8 * s, radius=6 * s)


@dataclass
class Request:
    """What to draw: ``persona`` None draws an anonymous blank template."""

    journey: JourneyMap
    persona: Persona | None
    style: EmpathyStyle
    blank: bool
    size: tuple[float, float]


def build_pages(req: Request, report: FontReport | None = None) -> list[Plan]:
    """All pages for one persona: the map, then continuations and notes the layout hides."""
    report = report or FontReport()
    w, h = req.size
    t = Type.for_page(w, h)
    page = Plan(w, h, title=_page_title(req))
    content = _header(page, req, t, report)
    leftovers: list[Leftover] = []
    if req.style is EmpathyStyle.CANVAS:
        areas = _canvas_areas(page, req, t, content, report, leftovers)
    else:
        areas = _quadrant_areas(page, req, t, content, report)
    sections = [(sec, regions, pieces) for sec, regions in areas if (pieces := _pieces(req, sec.key, report))]
    best = [best_size(regions, pieces, t.note_max, t.note_min, t.gap) for _sec, regions, pieces in sections]
    cap = min(best, default=t.note_max) * NOTE_SPREAD  # one sheet, sizes that look like one hand wrote them
    for (sec, regions, pieces), size in zip(sections, best, strict=True):
        rest, size = _draw_notes(page, sec.key, regions, pieces, t, min(size, cap))
        if rest:
            leftovers.append((sec, rest, size))
    pages = [page]
    if not req.blank and req.persona is not None:
        for key in hidden_sections(req.style):
            pieces = _pieces(req, key, report)
            if pieces:
                leftovers.append((section(req.style, key), pieces, None))
    while leftovers:
        more = Plan(w, h, title=continued_title(_page_title(req)))
        content = _header(more, req, t, report, continued=True)
        leftovers = _grid_page(more, leftovers, t, content, report)
        pages.append(more)
    if direction() == "rtl":  # the map's language reads from the right: so does its sheet
        pages = [mirrored(page) for page in pages]
    return pages


def number_pages(pages: list[Plan], journey_title: str) -> None:
    """Footers: where the sheet comes from and which page of how many it is."""
    rtl = direction() == "rtl"  # mirrored sheets: where from at the right, the page number at the left
    for k, page in enumerate(pages, start=1):
        t = Type.for_page(page.width, page.height)
        y = page.height - t.margin * 0.45
        left, right = t.margin, page.width - t.margin
        page.add(text_at(right if rtl else left, y, clean_text(f"Journeymap \u00b7 {journey_title}"), REGULAR,
                         t.footer, SOFT_INK, "end" if rtl else "start"),
                 text_at(left if rtl else right, y, _("Page {n} of {total}").format(n=k, total=len(pages)), REGULAR,
                         t.footer, SOFT_INK, "start" if rtl else "end"))


# -- header -------------------------------------------------------------------

def continued_title(title: str) -> str:
    """A heading on the page its section flows on to."""
    return _("{title} (continued)").format(title=title)


def _kind(req: Request) -> str:
    """The sheet's name, as the trade calls it in the map's language."""
    return _("Empathy Map Canvas") if req.style is EmpathyStyle.CANVAS else _("Empathy Map")


def _page_title(req: Request) -> str:
    return _("{kind}: {persona}").format(kind=_kind(req), persona=req.persona.name) if req.persona else _kind(req)


def _header(page: Plan, req: Request, t: Type, report: FontReport, continued: bool = False) -> Rect:
    """Title and the canvas header fields; returns the rectangle left for the map."""
    m = t.margin
    kind = _kind(req)
    base = m + t.title
    page.add(text_at(m, base, kind, BOLD, t.title, INK))
    x = m + text_width(kind, BOLD, t.title) + 3 * t.gap
    persona = req.persona
    em = persona.empathy_map if persona else None
    fields = [(DESIGNED_FOR, persona.name if persona else ""),
              (DESIGNED_BY, em.designed_by if em else ""),
              (DATE, format_date(em.date) if em and em.date else ""), (VERSION, em.version if em else "")]
    right = page.width - m
    room = right - x
    values = [clean_text(value, report) if value else "" for _label, value in fields]
    rows = [(fields, values)]
    if room < max(260 * t.s, _fields_need(fields, values, t)):  # fields go on their own line
        x, base, room = m, base + t.title * 1.3, right - m
        if room < _fields_need(fields, values, t):  # and still too long: names, then date and version
            rows = [(fields[:2], values[:2]), (fields[2:], values[2:])]
    for n, (row, row_values) in enumerate(rows):
        if n:
            base += t.value * 2.6
        _field_row(page, row, row_values, x, base, room, t)
    top = base + t.gap * 1.6
    return (m, top, page.width - 2 * m, page.height - top - m)


DESIGNED_FOR, DESIGNED_BY, DATE, VERSION = N_("Designed for"), N_("Designed by"), N_("Date"), N_("Version")
_FIELD_WEIGHTS = {DESIGNED_FOR: 0.34, DESIGNED_BY: 0.30, DATE: 0.2, VERSION: 0.16}


def _field_label(label: str) -> str:
    """A header field's label with its colon, in the map's language ("Designed for:", "Conçue pour :")."""
    return _("{label}:").format(label=_(label))


def _field_row(page: Plan, fields: list[tuple[str, str]], values: list[str], x: float, base: float,
               room: float, t: Type) -> None:
    """Labelled fields on one rule; a value too long shrinks, then takes a second line above the rule."""
    for (label, _value), value, share in zip(fields, values, _field_shares(fields, values, room, t),
                                             strict=True):
        fw = room * share - t.gap
        shown = _field_label(label)
        lw = text_width(shown, REGULAR, t.label) + t.gap * 0.6
        page.add(text_at(x, base, shown, REGULAR, t.label, SOFT_INK))
        page.add(rule(x + lw, base + 2 * t.s, x + fw, base + 2 * t.s, FRAME, 0.8 * t.s))
        if value:
            size, lines = fit_text(value, BOLD, t.value, t.label * 0.85, fw - lw - 2 * t.s)
            for k, line in enumerate(lines):
                y = base - t.s - (len(lines) - 1 - k) * leading(size)
                page.add(text_at(x + lw + t.s, y, line, BOLD, size, INK))
        x += room * share


def _field_shares(fields: list[tuple[str, str]], values: list[str], room: float, t: Type) -> list[float]:
    """Each header field's share of the line: what its label and value need, spare room spread evenly.

    A long designer name borrows from a short date instead of being squeezed
    into a fixed quarter of the line.
    """
    weights = [_FIELD_WEIGHTS[label] for label, _v in fields]
    base = [wt / sum(weights) for wt in weights]
    need = _field_needs(fields, values, t)
    total = sum(need)
    if total <= room:
        spare = room - total
        return [(n + spare * b) / room for n, b in zip(need, base, strict=True)]
    return [n / total for n in need]


def _field_needs(fields: list[tuple[str, str]], values: list[str], t: Type) -> list[float]:
    return [text_width(_field_label(label), REGULAR, t.label) + t.gap * 1.6 + 2 * t.s
            + max(text_width(value, BOLD, t.value), 40 * t.s)
            for (label, _v), value in zip(fields, values, strict=True)]


def _fields_need(fields: list[tuple[str, str]], values: list[str], t: Type) -> float:
    """The width the header fields take on one line at their full size."""
    return sum(_field_needs(fields, values, t))


# -- sections -------------------------------------------------------------------

def _frame(page: Plan, rect: Rect, sec: Section, t: Type, *, badge: bool = True,
           continued: bool = False, fill: str = PAPER, align: str = "left",
           at: str = "top") -> Rect:
    """A section's box, number, heading and prompt; returns the room left for notes.

    Quadrant maps put the heading at the outer corner (``align``, ``at``) so the
    persona in the middle never covers it.
    """
    x, y, w, h = rect
    page.add(box(x, y, w, h, fill=fill, stroke=FRAME, line_width=1.1 * t.s, radius=t.radius))
    p = t.pad
    lines = wrap_lines(_(sec.prompt), ITALIC, t.prompt, w - 2 * p)
    block = t.heading * 0.95 + t.prompt * 0.5 + len(lines) * leading(t.prompt)
    top = y + p if at == "top" else y + h - p - block
    base = top + t.heading * 0.95
    right = align == "right"
    hx = x + w - p if right else x + p
    if badge and sec.number:
        r = t.heading * 0.72
        page.add(circle(hx + r, base - t.heading * 0.36, r, fill=SHEET.badge),
                 text_at(hx + r, base - t.heading * 0.36 + t.heading * 0.34, str(sec.number), BOLD,
                         t.heading * 0.8, PAPER, "middle"))
        hx += 2 * r + t.gap * 0.8
    heading = _(sec.heading)
    if continued:
        heading = continued_title(heading)
    anchor: Anchor = "end" if right else "start"
    page.add(text_at(hx, base, heading, BOLD, t.heading, INK, anchor))
    y2 = base + t.prompt * 0.5
    for line in lines:
        y2 += leading(t.prompt)
        page.add(text_at(x + w - p if right else x + p, y2, line, ITALIC, t.prompt, SOFT_INK, anchor))
    if at == "top":
        return (x + p, top + block + t.gap, w - 2 * p, y + h - p - (top + block + t.gap))
    return (x + p, y + p, w - 2 * p, top - t.gap - (y + p))


def _pieces(req: Request, key: str, report: FontReport) -> list[Piece]:
    """The section's notes, made drawable once (emoji become a stand-in) before any is measured."""
    if req.blank or req.persona is None:
        return []
    notes = getattr(req.persona.empathy_map, key)
    return [Piece(k, clean_text(n.text, report)) for k, n in enumerate(notes)]


def _draw_notes(page: Plan, key: str, regions: list[Rect], pieces: list[Piece], t: Type,
                size: float | None = None) -> tuple[list[Piece], float]:
    """Draw as many notes as fit as sticky notes; return the rest and the section's note size.

    ``size`` None chooses the largest that fits (a section's first page);
    a continuation passes the size its section was drawn at.
    """
    fit: Fit = fit_notes(regions, pieces, t.note_max, t.note_min, t.gap, size)
    fill, edge = NOTE_COLOURS[key]
    for n in fit.placed:
        page.add(box(n.x + 1.4 * t.s, n.y + 1.6 * t.s, n.w, n.h, fill=SHEET.note_shadow, radius=2 * t.s),
                 box(n.x, n.y, n.w, n.h, fill=fill, stroke=edge, line_width=0.7 * t.s, radius=2 * t.s))
        y = n.y + n.size * 0.7 + n.size * 0.95
        way = lines_direction(n.lines)  # a note's lines are one paragraph, in one direction
        for line in n.lines:
            page.add(text_at(n.x + n.size * 0.7, y, line, REGULAR, n.size, INK, direction=way))
            y += leading(n.size)
    return fit.rest, fit.size


def _grid_page(page: Plan, leftovers: list[Leftover], t: Type, content: Rect,
               report: FontReport) -> list[Leftover]:
    """A page of the sections still holding notes, side by side; returns what still remains.

    A section whose next note would have to be split to fit its share of the
    page waits for a page with fewer sections (at last one of its own), so a
    note that fits a page is never cut.
    """
    shown = _grid_sections(leftovers, t, content)
    cells = _grid_cells(len(shown), t, content)
    remaining: list[Leftover] = []
    for rect, (sec, pieces, size) in zip(cells, shown, strict=True):
        continued = any(p.index > 0 or p.continued for p in pieces[:1])
        inner = _frame(page, rect, sec, t, continued=continued)
        rest, size = _draw_notes(page, sec.key, [inner], pieces, t, size)
        if rest:
            remaining.append((sec, rest, size))
    waiting = [item for item in leftovers if all(item is not s for s in shown)]
    return remaining + waiting


def _grid_cells(n: int, t: Type, content: Rect) -> list[Rect]:
    x, y, w, h = content
    cols = 1 if n == 1 else 2 if n <= 4 else 3
    rows = math.ceil(n / cols)
    cw, ch = (w - (cols - 1) * t.gap) / cols, (h - (rows - 1) * t.gap) / rows
    return [(x + (k % cols) * (cw + t.gap), y + (k // cols) * (ch + t.gap), cw, ch) for k in range(n)]


def _grid_sections(leftovers: list[Leftover], t: Type, content: Rect) -> list[Leftover]:
    """The sections (at most six) this continuation page shows: those whose next note fits its share whole."""
    shown = list(leftovers[:6])
    while len(shown) > 1:
        cells = _grid_cells(len(shown), t, content)
        crowded = [item for item, cell in zip(shown, cells, strict=True) if not _first_fits(item, cell, t)]
        if not crowded:
            break
        shown = [item for item in shown if all(item is not c for c in crowded)] or shown[:1]
    return shown


def _first_fits(item: Leftover, cell: Rect, t: Type) -> bool:
    """Whether the section's next note fits whole in ``cell`` (below its heading) at the section's size."""
    sec, pieces, size = item
    scratch = Plan(cell[2], cell[3])
    inner = _frame(scratch, cell, sec, t)
    fit = fit_notes([inner], pieces[:1], t.note_max, t.note_min, t.gap, size)
    return not fit.rest and not any(line.endswith(CONTINUES) for n in fit.placed for line in n.lines[-1:])


# -- quadrants ------------------------------------------------------------------

def _quadrant_areas(page: Plan, req: Request, t: Type, content: Rect,
                    report: FontReport) -> list[tuple[Section, list[Rect]]]:
    x, y, w, h = content
    g = t.gap
    qw, qh = (w - g) / 2, (h - g) / 2
    cx, cy = x + w / 2, y + h / 2
    r = min(qw, qh) * 0.36
    out = []
    for k, sec in enumerate(sections_for(EmpathyStyle.QUADRANTS)):
        col, row = k % 2, k // 2
        rect = (x + col * (qw + g), y + row * (qh + g), qw, qh)
        inner = _frame(page, rect, sec, t, align="right" if col else "left",
                       at="bottom" if row else "top")
        out.append((sec, _around(inner, (cx - r - g, cy - r - g, 2 * (r + g), 2 * (r + g)))))
    _persona_disc(page, req, cx, cy, r, t, report)
    return out


def _around(area: Rect, block: Rect) -> list[Rect]:
    """``area`` without the corner that ``block`` covers, as up to two rectangles, top first."""
    ax, ay, aw, ah = area
    bx, by, bw, bh = block
    ix0, iy0 = max(ax, bx), max(ay, by)
    ix1, iy1 = min(ax + aw, bx + bw), min(ay + ah, by + bh)
    if ix0 >= ix1 or iy0 >= iy1:
        return [area]
    free_w = aw - (ix1 - ix0)
    free_x = ax if ix0 > ax else ix1
    if iy0 > ay:  # the block is in the bottom corner: full-width strip above it
        return [(ax, ay, aw, iy0 - ay), (free_x, iy0, free_w, ay + ah - iy0)]
    return [(free_x, ay, free_w, iy1 - ay), (ax, iy1, aw, ay + ah - iy1)]


def _persona_disc(page: Plan, req: Request, cx: float, cy: float, r: float, t: Type,
                  report: FontReport) -> None:
    """The persona at the centre: photo or initials, and the name (a blank line when anonymous)."""
    page.add(circle(cx, cy, r, fill=PAPER, stroke=SHEET.badge, line_width=2 * t.s))
    persona = req.persona
    name_size = t.heading
    if persona is None:
        page.add(_head_outline(cx, cy - r * 0.25, r * 0.42, t))
        page.add(rule(cx - r * 0.6, cy + r * 0.55, cx + r * 0.6, cy + r * 0.55, FRAME, 0.8 * t.s),
                 text_at(cx, cy + r * 0.55 + t.label * 1.3, _("Name"), REGULAR, t.label, SOFT_INK, "middle"))
        return
    parts = [(clean_text(persona.name, report), BOLD, name_size, 8 * t.s),
             (clean_text(persona.role, report), REGULAR, t.label, 6.5 * t.s)]
    top, bottom, width = cy - r * 0.78, cy + r * 0.8, r * 1.25
    for f in (0.9, 0.75, 0.6, 0.45):  # a long name or role takes room from the photo, never a word
        d = r * f
        room = bottom - (top + d + r * 0.08)
        fitted = fit_block(parts, width, room)
        if fitted is not None:
            break
    if fitted is None:
        fitted = [fit_text(text, font, small, small * 0.8, width, max_lines=99) for text, font, _l, small in parts]
        room = block_height(fitted)
    photo = _photo(persona, report, d)
    if photo:
        page.add(picture(cx - d / 2, top, d, *photo))
    else:
        page.add(circle(cx, top + d / 2, d / 2, fill=persona.colour),
                 text_at(cx, top + d / 2 + t.title * f / 0.9 * 0.36, initials(persona.name), BOLD,
                      t.title * f / 0.9, PAPER, "middle"))
    yy = bottom - room + (room - block_height(fitted)) / 2
    _stack(page, fitted, [(BOLD, INK), (REGULAR, SOFT_INK)], cx, yy, "middle")


def _stack(page: Plan, fitted: list[tuple[float, list[str]]], looks: list[tuple[str, str]], x: float,
           top: float, anchor: str = "start") -> float:
    """Draw parts fitted by :func:`fit_block` from ``top`` down; returns the y below the last line."""
    y = top
    for n, ((size, lines), (font, colour)) in enumerate(zip(fitted, looks, strict=True)):
        if n and lines:
            y += 0.25 * size
        way = lines_direction(lines)
        for line in lines:
            page.add(text_at(x, y + size * 0.95, line, font, size, colour, anchor, direction=way))  # type: ignore[arg-type]
            y += size * 1.22
    return y


def _head_outline(cx: float, cy: float, r: float, t: Type) -> Circle:
    return circle(cx, cy, r, fill=SHEET.blank_head_fill, stroke=FRAME, line_width=1 * t.s)


def _photo(persona: Persona, report: FontReport, diameter: float) -> tuple[str, bytes] | None:
    """The photo as printed in a circle ``diameter`` wide (scaled down to that), or None: initials instead."""
    if persona.photo is None:
        return None
    ready = print_ready(persona.photo, diameter)
    if ready is None:
        report.warn(N_("{name}'s photo: {damage}; initials are drawn instead"), name=persona.name,
                    damage=photo_damage(persona.photo))
    return ready


# -- canvas ---------------------------------------------------------------------

def _canvas_areas(page: Plan, req: Request, t: Type, content: Rect, report: FontReport,
                  overflow: list[Leftover]) -> list[tuple[Section, list[Rect]]]:
    """Dave Gray's arrangement: Who and Goal on top, See/Say right, Do/Hear left, head inside."""
    x, y, w, h = content
    g = t.gap
    by_key = {s.key: s for s in sections_for(EmpathyStyle.CANVAS)}
    top_h, bottom_h = h * 0.2, h * 0.21
    mid_h = h - top_h - bottom_h - 2 * g
    side_w = w * 0.31
    who_w = (w - g) / 2  # as wide as the Goal: room for the persona's name, role and bio
    mid_w = w - 2 * side_w - 2 * g
    my = y + top_h + g
    half = (mid_h - g) / 2
    out: list[tuple[Section, list[Rect]]] = []

    who_inner = _frame(page, (x, y, who_w, top_h), WHO, t)
    overflow.extend(_who(page, req, who_inner, t, report))
    out.append((by_key["goal"], [_frame(page, (x + who_w + g, y, w - who_w - g, top_h), by_key["goal"], t)]))

    rx = x + side_w + mid_w + 2 * g
    for key, rect in (("sees", (rx, my, side_w, half)), ("says", (rx, my + half + g, side_w, half)),
                      ("does", (x, my + half + g, side_w, half)), ("hears", (x, my, side_w, half))):
        out.append((by_key[key], [_frame(page, rect, by_key[key], t)]))

    # 7 Think & Feel: the head, with Think and Feel inside it, Pains and Gains across the bottom.
    cx = x + side_w + g
    group = Section("think_feel", THINK_AND_FEEL_HEADING, THINK_AND_FEEL_PROMPT, 7)
    inner = _frame(page, (cx, my, mid_w, mid_h), group, t, fill=SHEET.think_feel_fill)
    ix, iy, iw, ih = inner
    r = min(iw * 0.13, ih * 0.17)
    hcx, hcy = ix + iw / 2, iy + r
    page.add(circle(hcx, hcy, r, fill=PAPER, stroke=SHEET.badge, line_width=1.6 * t.s))
    _head_inside(page, req, hcx, hcy, r, t, report)
    sub_y = iy + 2 * r + g
    sub_w = (iw - g) / 2
    for k, key in enumerate(("thinks", "feels")):
        rect = (ix + k * (sub_w + g), sub_y, sub_w, iy + ih - sub_y)
        out.append((by_key[key], [_frame(page, rect, by_key[key], t, badge=False)]))
    bw = (w - g) / 2
    for k, key in enumerate(("pains", "gains")):
        rect = (x + k * (bw + g), y + h - bottom_h, bw, bottom_h)
        out.append((by_key[key], [_frame(page, rect, by_key[key], t)]))
    return out


def _head_inside(page: Plan, req: Request, cx: float, cy: float, r: float, t: Type,
                 report: FontReport) -> None:
    persona = req.persona
    photo = _photo(persona, report, r * 1.8) if persona else None
    if photo:
        page.add(picture(cx - r * 0.9, cy - r * 0.9, r * 1.8, *photo))
    elif persona:
        page.add(text_at(cx, cy + t.title * 0.36, initials(persona.name), BOLD, t.title * 1.2,
                      persona.colour, "middle"))


def _who(page: Plan, req: Request, inner: Rect, t: Type, report: FontReport
         ) -> list[Leftover]:
    """Area 1: the persona's photo, name, role and bio (blank lines for an anonymous template).

    The text shrinks to fit the box; a bio too long for it even at the smallest
    readable size goes on the continuation page as "1 Who (continued)": never cut.
    """
    x, y, w, h = inner
    persona = req.persona
    if persona is None:
        for k in range(1, 3):
            yy = y + k * h / 3
            page.add(rule(x, yy, x + w, yy, FRAME, 0.6 * t.s, (2 * t.s, 2 * t.s)))
        return []
    name = (clean_text(persona.name, report), BOLD, t.heading, 8 * t.s)
    role = (clean_text(persona.role, report), REGULAR, t.value, 6.5 * t.s)
    bio = (clean_text(persona.bio, report), REGULAR, t.label, 6 * t.s)
    rest: list[Leftover] = []
    parts = [name, role, bio]
    fitted, d, tw = _who_fit(parts, w, h, t)
    if fitted is None and persona.bio:
        rest, parts = [(WHO, [Piece(0, bio[0])], None)], [name, role]
        fitted, d, tw = _who_fit(parts, w, h, t)
    if fitted is None:  # a name longer than the box holds: smaller still, on as many lines as it takes
        fitted = [fit_text(text, font, small, small * 0.8, tw, max_lines=99) for text, font, _l, small in parts]
    if d:
        photo = _photo(persona, report, d)
        if photo:
            page.add(picture(x, y, d, *photo))
        else:
            size = min(t.heading, d * 0.42)
            page.add(circle(x + d / 2, y + d / 2, d / 2, fill=persona.colour),
                     text_at(x + d / 2, y + d / 2 + size * 0.36, initials(persona.name), BOLD,
                          size, PAPER, "middle"))
    looks = [(BOLD, INK), (REGULAR, SOFT_INK), (REGULAR, INK)][:len(fitted)]
    _stack(page, fitted, looks, x + d + (t.gap if d else 0), y)
    return rest


def _who_fit(parts: list, w: float, h: float, t: Type) -> tuple[list | None, float, float]:
    """Fitted parts, picture size and text width: the picture gives way to the words first."""
    d = tw = 0.0
    for share in (0.35, 0.22, 0.0):
        d = min(h, w * share)
        tw = w - d - (t.gap if d else 0)
        fitted = fit_block(parts, tw, h)
        if fitted is not None:
            return fitted, d, tw
    return None, d, tw
