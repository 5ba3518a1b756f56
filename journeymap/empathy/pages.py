"""Empathy-map pages: the four quadrants or Dave Gray's canvas, blank or with sticky notes.

Everything is measured from the page's short side, so an A1 poster is an A4
sheet scaled up: type stays readable from the back of a workshop room.
"""

from __future__ import annotations

import base64
import binascii
import math
from dataclasses import dataclass

from ..export.fonts import SANS, SANS_BOLD, SANS_ITALIC, FontReport, clean_text, text_width
from ..model.journey_map import JourneyMap, Persona
from ..model.kinds import EmpathyStyle
from .drawing import Box, Circle, Line, Page, Picture, Text
from .flow import Fit, Piece, Rect, fit_notes, leading
from .sections import THINK_AND_FEEL, WHO, Section, hidden_sections, section, sections_for
from .text import wrap

#: Portrait page sizes in points.
PAGE_SIZES: dict[str, tuple[float, float]] = {
    "A4": (595.28, 841.89), "A3": (841.89, 1190.55), "A2": (1190.55, 1683.78),
    "A1": (1683.78, 2383.94), "letter": (612.0, 792.0), "tabloid": (792.0, 1224.0),
}

INK = "#1a1a1a"
SOFT_INK = "#454f5b"
FRAME = "#8c96a3"
NOTE_COLOURS: dict[str, tuple[str, str]] = {
    "goal": ("#ffe2b8", "#d9a55c"), "sees": ("#fff4a3", "#d4c04a"), "says": ("#fff4a3", "#d4c04a"),
    "does": ("#ffe2b8", "#d9a55c"), "hears": ("#d7ecff", "#7fa9d1"), "thinks": ("#d7ecff", "#7fa9d1"),
    "feels": ("#ffd9e8", "#d68aa8"), "pains": ("#ffd6d1", "#d98b80"), "gains": ("#d9f4cf", "#86bd72"),
}


def page_size(name: str, orientation: str | None) -> tuple[float, float]:
    """The page in points; empathy maps default to landscape."""
    w, h = PAGE_SIZES[name]
    return (w, h) if orientation == "portrait" else (h, w)


@dataclass(frozen=True)
class Type:
    """Sizes for one page, scaled from A4."""

    s: float

    @classmethod
    def for_page(cls, w: float, h: float) -> Type:
        return cls(min(w, h) / 595.28)

    def __getattr__(self, name: str) -> float:
        if name == "note_min":  # the readable minimum grows slower than the sheet
            return 8 * self.s ** 0.5
        base = {"margin": 26, "gap": 7, "title": 18, "label": 8.5, "value": 10.5, "heading": 13,
                "prompt": 8, "note_max": 12, "footer": 7, "pad": 8, "radius": 6}[name]
        return base * self.s


@dataclass
class Request:
    """What to draw: ``persona`` None draws an anonymous blank template."""

    journey: JourneyMap
    persona: Persona | None
    style: EmpathyStyle
    blank: bool
    size: tuple[float, float]


def build_pages(req: Request, report: FontReport | None = None) -> list[Page]:
    """All pages for one persona: the map, then continuations and notes the layout hides."""
    report = report or FontReport()
    w, h = req.size
    t = Type.for_page(w, h)
    page = Page(w, h, title=_page_title(req))
    content = _header(page, req, t, report)
    areas = (_canvas_areas if req.style is EmpathyStyle.CANVAS else _quadrant_areas)(page, req, t, content,
                                                                                      report)
    leftovers: list[tuple[Section, list[Piece]]] = []
    for sec, regions in areas:
        pieces = _pieces(req, sec.key)
        if pieces:
            rest = _draw_notes(page, sec.key, regions, pieces, t, report)
            if rest:
                leftovers.append((sec, rest))
    pages = [page]
    if not req.blank and req.persona is not None:
        for key in hidden_sections(req.style):
            pieces = _pieces(req, key)
            if pieces:
                leftovers.append((section(req.style, key), pieces))
    while leftovers:
        more = Page(w, h, title=_page_title(req) + " (continued)")
        content = _header(more, req, t, report, continued=True)
        leftovers = _grid_page(more, leftovers, t, content, report)
        pages.append(more)
    return pages


def number_pages(pages: list[Page], journey_title: str) -> None:
    """Footers: where the sheet comes from and which page of how many it is."""
    for k, page in enumerate(pages, start=1):
        t = Type.for_page(page.width, page.height)
        y = page.height - t.margin * 0.45
        page.add(Text(t.margin, y, clean_text(f"Journeymap \u00b7 {journey_title}"), SANS, t.footer,
                      SOFT_INK),
                  Text(page.width - t.margin, y, f"Page {k} of {len(pages)}", SANS, t.footer, SOFT_INK,
                       "end"))


# -- header -------------------------------------------------------------------

def _page_title(req: Request) -> str:
    kind = "Empathy Map Canvas" if req.style is EmpathyStyle.CANVAS else "Empathy map"
    return f"{kind}: {req.persona.name}" if req.persona else kind


def _header(page: Page, req: Request, t: Type, report: FontReport, continued: bool = False) -> Rect:
    """Title and the canvas header fields; returns the rectangle left for the map."""
    m = t.margin
    kind = "Empathy Map Canvas" if req.style is EmpathyStyle.CANVAS else "Empathy Map"
    base = m + t.title
    page.add(Text(m, base, kind, SANS_BOLD, t.title, INK))
    x = m + text_width(kind, SANS_BOLD, t.title) + 3 * t.gap
    persona = req.persona
    em = persona.empathy_map if persona else None
    fields = [("Designed for", persona.name if persona else ""),
              ("Designed by", em.designed_by if em else ""),
              ("Date", em.date if em else ""), ("Version", em.version if em else "")]
    right = page.width - m
    shares = [0.34, 0.30, 0.2, 0.16]
    room = right - x
    if room < 260 * t.s:  # a narrow page: fields go on their own line
        x, base, room = m, base + t.title * 1.3, right - m
    for (label, value), share in zip(fields, shares, strict=True):
        fw = room * share - t.gap
        lw = text_width(label + ":", SANS, t.label) + t.gap * 0.6
        page.add(Text(x, base, label + ":", SANS, t.label, SOFT_INK))
        page.add(Line(x + lw, base + 2 * t.s, x + fw, base + 2 * t.s, FRAME, 0.8 * t.s))
        if value:
            shown = _fit_line(clean_text(value, report), SANS_BOLD, t.value, fw - lw - 2 * t.s)
            page.add(Text(x + lw + t.s, base - t.s, shown, SANS_BOLD, t.value, INK))
        x += room * share
    top = base + t.gap * 1.6
    return (m, top, page.width - 2 * m, page.height - top - m)


def _fit_line(text: str, font: str, size: float, width: float) -> str:
    """One line of a header field (names only), shortened with an ellipsis if it must be."""
    if text_width(text, font, size) <= width:
        return text
    while text and text_width(text + "\u2026", font, size) > width:
        text = text[:-1]
    return text + "\u2026"


# -- sections -------------------------------------------------------------------

def _frame(page: Page, rect: Rect, sec: Section, t: Type, *, badge: bool = True,
           continued: bool = False, fill: str = "#ffffff", align: str = "left",
           at: str = "top") -> Rect:
    """A section's box, number, heading and prompt; returns the room left for notes.

    Quadrant maps put the heading at the outer corner (``align``, ``at``) so the
    persona in the middle never covers it.
    """
    x, y, w, h = rect
    page.add(Box(x, y, w, h, fill=fill, stroke=FRAME, line_width=1.1 * t.s, radius=t.radius))
    p = t.pad
    lines = wrap(sec.prompt, SANS_ITALIC, t.prompt, w - 2 * p)
    block = t.heading * 0.95 + t.prompt * 0.5 + len(lines) * leading(t.prompt)
    top = y + p if at == "top" else y + h - p - block
    base = top + t.heading * 0.95
    right = align == "right"
    hx = x + w - p if right else x + p
    if badge and sec.number:
        r = t.heading * 0.72
        page.add(Circle(hx + r, base - t.heading * 0.36, r, fill="#2b3a4a"),
                 Text(hx + r, base - t.heading * 0.36 + t.heading * 0.34, str(sec.number), SANS_BOLD,
                      t.heading * 0.8, "#ffffff", "middle"))
        hx += 2 * r + t.gap * 0.8
    heading = sec.heading + (" (continued)" if continued else "")
    anchor = "end" if right else "start"
    page.add(Text(hx, base, heading, SANS_BOLD, t.heading, INK, anchor))
    y2 = base + t.prompt * 0.5
    for line in lines:
        y2 += leading(t.prompt)
        page.add(Text(x + w - p if right else x + p, y2, line, SANS_ITALIC, t.prompt, SOFT_INK, anchor))
    if at == "top":
        return (x + p, top + block + t.gap, w - 2 * p, y + h - p - (top + block + t.gap))
    return (x + p, y + p, w - 2 * p, top - t.gap - (y + p))


def _pieces(req: Request, key: str) -> list[Piece]:
    if req.blank or req.persona is None:
        return []
    notes = getattr(req.persona.empathy_map, key)
    return [Piece(k, n.text) for k, n in enumerate(notes)]


def _draw_notes(page: Page, key: str, regions: list[Rect], pieces: list[Piece], t: Type,
                report: FontReport) -> list[Piece]:
    """Draw as many notes as fit as sticky notes; return the rest."""
    clean = [Piece(p.index, clean_text(p.text, report), p.continued) for p in pieces]
    fit: Fit = fit_notes(regions, clean, t.note_max, t.note_min, t.gap)
    fill, edge = NOTE_COLOURS[key]
    for n in fit.placed:
        page.add(Box(n.x + 1.4 * t.s, n.y + 1.6 * t.s, n.w, n.h, fill="#c9c9c9", radius=2 * t.s),
                 Box(n.x, n.y, n.w, n.h, fill=fill, stroke=edge, line_width=0.7 * t.s, radius=2 * t.s))
        y = n.y + n.size * 0.7 + n.size * 0.95
        for line in n.lines:
            page.add(Text(n.x + n.size * 0.7, y, line, SANS, n.size, INK))
            y += leading(n.size)
    return fit.rest


def _grid_page(page: Page, leftovers: list[tuple[Section, list[Piece]]], t: Type, content: Rect,
               report: FontReport) -> list[tuple[Section, list[Piece]]]:
    """A page of the sections still holding notes, side by side; returns what still remains."""
    x, y, w, h = content
    shown = leftovers[:6]
    n = len(shown)
    cols = 1 if n == 1 else 2 if n <= 4 else 3
    rows = math.ceil(n / cols)
    cw, ch = (w - (cols - 1) * t.gap) / cols, (h - (rows - 1) * t.gap) / rows
    remaining: list[tuple[Section, list[Piece]]] = []
    for k, (sec, pieces) in enumerate(shown):
        rect = (x + (k % cols) * (cw + t.gap), y + (k // cols) * (ch + t.gap), cw, ch)
        continued = any(p.index > 0 or p.continued for p in pieces[:1])
        inner = _frame(page, rect, sec, t, continued=continued)
        rest = _draw_notes(page, sec.key, [inner], pieces, t, report)
        if rest:
            remaining.append((sec, rest))
    return remaining + leftovers[6:]


# -- quadrants ------------------------------------------------------------------

def _quadrant_areas(page: Page, req: Request, t: Type, content: Rect,
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


def _persona_disc(page: Page, req: Request, cx: float, cy: float, r: float, t: Type,
                  report: FontReport) -> None:
    """The persona at the centre: photo or initials, and the name (a blank line when anonymous)."""
    page.add(Circle(cx, cy, r, fill="#ffffff", stroke="#2b3a4a", line_width=2 * t.s))
    persona = req.persona
    name_size = t.heading
    if persona is None:
        page.add(_head_outline(cx, cy - r * 0.25, r * 0.42, t))
        page.add(Line(cx - r * 0.6, cy + r * 0.55, cx + r * 0.6, cy + r * 0.55, FRAME, 0.8 * t.s),
                 Text(cx, cy + r * 0.55 + t.label * 1.3, "Name", SANS, t.label, SOFT_INK, "middle"))
        return
    photo = _photo(persona, report)
    d = r * 0.9
    if photo:
        page.add(Picture(cx - d / 2, cy - r * 0.78, d, *photo))
    else:
        page.add(Circle(cx, cy - r * 0.33, d / 2, fill=persona.colour),
                 Text(cx, cy - r * 0.33 + t.title * 0.36, _initials(persona.name), SANS_BOLD, t.title,
                      "#ffffff", "middle"))
    lines = wrap(clean_text(persona.name, report), SANS_BOLD, name_size, r * 1.6)[:2]
    yy = cy + r * 0.32
    for line in lines:
        yy += name_size * 1.1
        page.add(Text(cx, yy, line, SANS_BOLD, name_size, INK, "middle"))
    if persona.role and len(lines) < 2:
        role = _fit_line(clean_text(persona.role, report), SANS, t.label, r * 1.5)
        page.add(Text(cx, yy + t.label * 1.4, role, SANS, t.label, SOFT_INK, "middle"))


def _head_outline(cx: float, cy: float, r: float, t: Type) -> Circle:
    return Circle(cx, cy, r, fill="#eef1f4", stroke=FRAME, line_width=1 * t.s)


def _initials(name: str) -> str:
    parts = [p for p in name.split() if p]
    return "".join(p[0] for p in parts[:2]).upper() or "?"


def _photo(persona: Persona, report: FontReport) -> tuple[str, bytes] | None:
    if persona.photo is None:
        return None
    try:
        data = base64.b64decode(persona.photo.data, validate=True)
    except (binascii.Error, ValueError):
        report.warn(f"{persona.name}'s photo is not valid base64; initials are drawn instead")
        return None
    return persona.photo.media_type, data


# -- canvas ---------------------------------------------------------------------

def _canvas_areas(page: Page, req: Request, t: Type, content: Rect,
                  report: FontReport) -> list[tuple[Section, list[Rect]]]:
    """Dave Gray's arrangement: Who and Goal on top, See/Say right, Do/Hear left, head inside."""
    x, y, w, h = content
    g = t.gap
    by_key = {s.key: s for s in sections_for(EmpathyStyle.CANVAS)}
    top_h, bottom_h = h * 0.17, h * 0.23
    mid_h = h - top_h - bottom_h - 2 * g
    side_w = w * 0.31
    mid_w = w - 2 * side_w - 2 * g
    my = y + top_h + g
    half = (mid_h - g) / 2
    out: list[tuple[Section, list[Rect]]] = []

    who_rect = (x, y, side_w, top_h)
    who_inner = _frame(page, who_rect, WHO, t)
    _who(page, req, who_inner, t, report)
    out.append((by_key["goal"], [_frame(page, (x + side_w + g, y, w - side_w - g, top_h), by_key["goal"], t)]))

    rx = x + side_w + mid_w + 2 * g
    for key, rect in (("sees", (rx, my, side_w, half)), ("says", (rx, my + half + g, side_w, half)),
                      ("does", (x, my + half + g, side_w, half)), ("hears", (x, my, side_w, half))):
        out.append((by_key[key], [_frame(page, rect, by_key[key], t)]))

    # 7 Think & Feel: the head, with Think and Feel inside it, Pains and Gains across the bottom.
    cx = x + side_w + g
    group = Section("think_feel", THINK_AND_FEEL.split(" ", 1)[1],
                    "What other thoughts and feelings might motivate their behaviour?", 7)
    inner = _frame(page, (cx, my, mid_w, mid_h), group, t, fill="#f4f6f8")
    ix, iy, iw, ih = inner
    r = min(iw * 0.13, ih * 0.17)
    hcx, hcy = ix + iw / 2, iy + r
    page.add(Circle(hcx, hcy, r, fill="#ffffff", stroke="#2b3a4a", line_width=1.6 * t.s))
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


def _head_inside(page: Page, req: Request, cx: float, cy: float, r: float, t: Type,
                 report: FontReport) -> None:
    persona = req.persona
    photo = _photo(persona, report) if persona else None
    if photo:
        page.add(Picture(cx - r * 0.9, cy - r * 0.9, r * 1.8, *photo))
    elif persona:
        page.add(Text(cx, cy + t.title * 0.36, _initials(persona.name), SANS_BOLD, t.title * 1.2,
                      persona.colour, "middle"))


def _who(page: Page, req: Request, inner: Rect, t: Type, report: FontReport) -> None:
    """Area 1: the persona's photo, name and role (blank lines for an anonymous template)."""
    x, y, w, h = inner
    persona = req.persona
    if persona is None:
        for k in range(1, 3):
            yy = y + k * h / 3
            page.add(Line(x, yy, x + w, yy, FRAME, 0.6 * t.s, (2 * t.s, 2 * t.s)))
        return
    d = min(h, w * 0.35)
    photo = _photo(persona, report)
    if photo:
        page.add(Picture(x, y, d, *photo))
    else:
        page.add(Circle(x + d / 2, y + d / 2, d / 2, fill=persona.colour),
                 Text(x + d / 2, y + d / 2 + t.heading * 0.36, _initials(persona.name), SANS_BOLD,
                      t.heading, "#ffffff", "middle"))
    tx, tw = x + d + t.gap, w - d - t.gap
    yy = y
    for line in wrap(clean_text(persona.name, report), SANS_BOLD, t.heading, tw)[:2]:
        yy += leading(t.heading)
        page.add(Text(tx, yy, line, SANS_BOLD, t.heading, INK))
    for line in wrap(clean_text(persona.role, report), SANS, t.value, tw)[:2] if persona.role else []:
        yy += leading(t.value)
        page.add(Text(tx, yy, line, SANS, t.value, SOFT_INK))


