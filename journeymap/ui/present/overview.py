"""The opening slide: the map's title, its scenario and expectations, and who the personas are.

Personas are shown with their photo (or initials), their colour AND their
marker shape, the same pair their emotion curves use later, so nobody needs
to tell colours apart.
"""

from __future__ import annotations

from ...export.quotes import quoted
from ...i18n import _
from ...layout import Rect
from ...layout.emotion import persona_marker
from ...model import JourneyMap, Persona
from ...safety import check_photo
from ..faces import initials
from .ops import BoxOp, MarkerOp, Op, PhotoOp, Slide
from .palette import WHITE, ensure_contrast
from .text import block_height, clip_lines, place, wrap_lines
from .theme import LEADING, RULE, Sizes


def avatar_ops(persona: Persona, index: int, x: float, top: float, d: float, s: Sizes) -> list[Op]:
    """The persona's photo in a circle, or initials in a circle of its colour; its curve marker as a badge."""
    rect = Rect(x, top, d, d)
    ring = s.line * 2.5
    ops: list[Op] = []
    if persona.photo is not None and not check_photo(persona.photo):
        ops.append(PhotoOp(rect, persona.photo, persona.colour))
        ops.append(BoxOp(rect, None, persona.colour, ring, radius=d / 2))
    else:
        # deep enough under white initials for 7:1; the ring keeps the persona's own colour
        ops.append(BoxOp(rect, ensure_contrast(persona.colour, WHITE, 8.0), persona.colour, ring, radius=d / 2))
        size = max(s.min, round(d * 0.36))
        text = initials(persona.name)
        ops.extend(place([text], x, top + (d - size * LEADING) / 2, size, "bold", WHITE, align="center",
                         width=d)[0])
    badge = s.scenario * 1.25  # the shape that marks this persona's curve: big enough to match from afar
    ops.append(MarkerOp(x + d - badge * 0.3, top + d - badge * 0.3, persona_marker(index), badge,
                        persona.colour, persona_id=persona.id))
    return ops


def _persona_block(persona: Persona, index: int, x: float, top: float, width: float,
                   s: Sizes, language: str = "en") -> tuple[list[Op], float]:
    d = round(s.scenario * 3.2)
    inner = width - d - s.pad * 3
    name = clip_lines(wrap_lines(persona.name, s.scenario, inner, "bold"), 2, s.scenario, inner, "bold")
    role = clip_lines(wrap_lines(persona.role, s.small, inner), 2, s.small, inner)
    quote_text = quoted(persona.quote, language)  # the map's marks; a quote typed in marks is not wrapped again
    quote = clip_lines(wrap_lines(quote_text, s.card, inner, "italic"), 5, s.card, inner, "italic")
    ops = avatar_ops(persona, index, x, top, d, s)
    tx = x + d + s.pad * 2
    t, y = place(name, tx, top, s.scenario, "bold")
    ops.extend(t)
    t, y = place(role, tx, y, s.small)
    ops.extend(t)
    t, y = place(quote, tx, y + (s.gap if quote else 0), s.card, "italic")
    ops.extend(t)
    return ops, max(y, top + d + s.scenario * 0.3)


def _continue(slides: list[Slide], heading: str, s: Sizes) -> float:
    """Start another overview slide under ``heading``; returns the y where its content starts."""
    slides.append(Slide("overview", heading, page=len(slides) + 1))
    t, y = place([heading], s.margin, s.margin, s.stage, "bold")
    slides[-1].ops.extend(t)
    return y + s.pad


def overview_slides(journey: JourneyMap, s: Sizes) -> list[Slide]:
    """The overview, continued on more slides when a long scenario or many personas do not fit: nothing is cut."""
    x0 = s.margin
    width = s.width - 2 * s.margin
    text_w = min(width, s.scenario * 44)
    slides = [Slide("overview", _("Overview"))]
    ops = slides[0].ops
    title_w = width - s.width * 0.2  # the top right stays free for the voting tag
    title = clip_lines(wrap_lines(journey.title, s.title, title_w, "bold"), 2, s.title, title_w, "bold")
    t, y = place(title, x0, s.margin, s.title, "bold")
    ops.extend(t)
    # the stages as a row of colour accents: the agenda of the session
    if journey.stages:
        seg = width / len(journey.stages)
        for i, stage in enumerate(journey.stages):
            ops.append(BoxOp(Rect(x0 + i * seg, y + s.pad * 0.5, seg - s.gap / 2, s.pad), stage.colour, RULE,
                             s.line * 0.5, accent=True))
        y += s.pad * 2.5
    bottom = s.height - s.margin
    blocks: list[tuple[list[str], int]] = []
    if journey.scenario:
        blocks.append((wrap_lines(journey.scenario, s.scenario, text_w), s.scenario))
    if journey.expectations:
        blocks.append((wrap_lines(_("Expectations: {text}").format(text=journey.expectations), s.small, text_w),
                       s.small))
    if journey.stages:
        agenda = _("Stages: {names}").format(names=" \u2192 ".join(st.name for st in journey.stages))
        blocks.append((wrap_lines(agenda, s.small, width), s.small))
    for lines, size in blocks:
        for line in lines:
            if y + block_height(1, size) > bottom:
                y = _continue(slides, _("Overview (continued)"), s)
                ops = slides[-1].ops
            t, y = place([line], x0, y, size)
            ops.extend(t)
        y += s.pad
    personas = list(enumerate(journey.personas))
    y += s.pad
    cols = min(max(1, len(personas)), 3 if s.width >= s.height * 1.5 else 2)
    col_w = (width - (cols - 1) * s.margin) / cols
    fresh = False
    while personas:
        row = personas[:cols]
        height = max(_persona_block(p, i, 0, 0, col_w, s, journey.language)[1] for i, p in row)
        if y + height > bottom and not fresh:
            y = _continue(slides, _("Personas"), s)
            ops = slides[-1].ops
            fresh = True
            continue
        for c, (i, persona) in enumerate(row):
            ops.extend(_persona_block(persona, i, x0 + c * (col_w + s.margin), y, col_w, s,
                                      journey.language)[0])
        y += height + s.margin
        fresh = False
        personas = personas[cols:]
    for sl in slides:
        sl.pages = len(slides)
    return slides
