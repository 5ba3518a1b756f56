"""The page's personas: each a card with picture or initials, role, quote, bio, goals and empathy notes."""

from __future__ import annotations

import base64

from ...i18n import N_, _
from ...layout.shaping import FontReport
from ...model import Persona, channel_name
from ...model.journey_map import initials
from ...safety.photo_decode import photo_damage, print_ready
from ..quotes import quoted
from .context import Page
from .markup import esc, readable_ink
from .strings import text

SCREEN_PHOTO = 112  # px: a persona's 3.5 rem picture on a screen of twice the density
EMPATHY_KEYS = (("says", N_("Says")), ("thinks", N_("Thinks")), ("does", N_("Does")), ("feels", N_("Feels")),
                ("sees", N_("Sees")), ("hears", N_("Hears")), ("goal", N_("Goal")), ("pains", N_("Pains")),
                ("gains", N_("Gains")))


def personas(p: Page) -> str:
    out = [f'<section id="personas" aria-labelledby="personas-h"><h2 id="personas-h">{esc(text("personas"))}</h2>'
           '<div class="personas">']
    for persona in p.journey.personas:
        out.append(_persona(p, persona))
    out.append("</div></section>")
    return "".join(out)


def _persona(p: Page, persona: Persona) -> str:
    m = p.m
    picture = _photo(persona, p.report)
    fill = persona.colour
    if picture is None:
        picture = (f'<span class="initials" aria-hidden="true" style="background:{fill};color:{readable_ink(fill)}">'
                   f"{esc(initials(persona.name))}</span>")
    parts = [f'<article class="persona" aria-labelledby="p-{persona.id}" style="--persona:{fill}">',
             f'<h3 id="p-{persona.id}">{picture}<span{m.attrs()}>{esc(persona.name)}</span></h3>']
    if persona.role:
        parts.append(m.words("p", persona.role, "facts"))
    if persona.quote:
        parts.append(f'<blockquote{m.attrs()}>{esc(quoted(persona.quote, p.journey.language))}</blockquote>')
    if persona.bio:
        parts.append(m.words("p", persona.bio))
    for key, items in (("goals", persona.goals), ("needs", persona.needs), ("persona_pains", persona.pains),
                       ("gains", persona.gains), ("channels", [channel_name(c) for c in persona.channels])):
        if items:
            parts.append(_labelled_list(p, f"{key}-{persona.id}", text(key), items))
    em = persona.empathy_map
    if not em.is_empty():
        parts.append(f"<h4>{esc(text('empathy_map'))}</h4>")
        for key, label in EMPATHY_KEYS:
            notes = [n.text for n in getattr(em, key)]
            if notes:
                parts.append(_labelled_list(p, f"em-{key}-{persona.id}", _(label), notes, level="p"))
    parts.append("</article>")
    return "".join(parts)


def _labelled_list(p: Page, key: str, label: str, items: list[str], level: str = "h4") -> str:
    head = f'<{level} id="{key}"><strong>{esc(label)}</strong></{level}>' if level == "p" else \
        f'<{level} id="{key}">{esc(label)}</{level}>'
    body = "".join(p.m.words("li", item) for item in items)
    return f'{head}<ul aria-labelledby="{key}">{body}</ul>'


def _photo(persona: Persona, report: FontReport) -> str | None:
    if persona.photo is None:
        return None

    ready = print_ready(persona.photo, SCREEN_PHOTO, dpi=72)  # one px a point: SCREEN_PHOTO px across
    if ready is None:
        report.warn(N_("{name}'s photo: {damage}; initials are shown instead"), name=persona.name,
                    damage=photo_damage(persona.photo))
        return None
    media, data = ready
    return f'<img alt="" src="data:{media};base64,{base64.b64encode(data).decode("ascii")}">'
