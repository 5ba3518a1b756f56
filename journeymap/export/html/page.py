"""The HTML page of a map: a grid for the eye, a structured document for a screen reader, in one DOM.

Reading order (what a screen reader and the keyboard follow): the title and
facts, the scenario and expectations, the personas (``people.py``), then the
journey (``grid.py``): each stage a heading, each step a heading under it,
each lane of the step a list labelled with the lane's name; then the emotion
scores as a table per persona, the pain points with their opportunities, the
metrics and the moments of truth (``tables.py``). CSS places the same elements
as the map's grid (``css.py``). No script.
"""

from __future__ import annotations

from dataclasses import replace

from ... import APP_NAME, __version__
from ...i18n import _, direction, in_map_language
from ...layout import layout_map
from ...layout.map_layout import visible_lanes
from ...layout.shaping import FontReport
from ...layout.text import BOLD, wrap
from ...model import JourneyMap
from .comments import comments_section
from .context import Page
from .css import stylesheet
from .curve import SCREEN
from .grid import journey_grid
from .markup import Markup, esc
from .people import personas
from .strings import long_date, page_language, text
from .tables import emotions, metrics, moments, pains
from .webfonts import font_faces


@in_map_language
def html_document(journey: JourneyMap, include_hidden: bool = False, report: FontReport | None = None,
                  comments: bool = False) -> str:
    """The whole page as one string: styles, fonts and pictures inside, nothing fetched; in the map's language.

    ``comments``: the map's comment threads follow the moments of truth (``comments.py``).
    """
    report = report or FontReport()
    opts = replace(SCREEN, show_hidden_lanes=include_hidden)
    layout = layout_map(journey, opts)
    page = Page(journey, layout, visible_lanes(journey, opts), Markup(journey.language, page_language()), report)
    review = comments_section(page) if comments else ""
    body = "\n".join([_header(page, bool(review)), "<main>", _about(page), personas(page), journey_grid(page), emotions(page),
                      pains(page), metrics(page), moments(page),
                      review, "</main>", _footer(page)])
    col_w = opts.card_width + 2 * opts.cell_padding
    css = stylesheet(col_w, opts.lane_title_width, _stage_height_em(journey, col_w))
    fonts = font_faces(_characters(journey, body), report)
    title = text("page_title", title=journey.title or _("Untitled journey"))
    csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:"
    # a language read from the right: the page reads from the right too, but the map's grid keeps the
    # map's own order (stages left to right, as on the poster), see grid.py
    dir_attr = ' dir="rtl"' if direction(page_language()) == "rtl" else ""
    return ("<!DOCTYPE html>\n"
            f'<html lang="{page_language()}"{dir_attr}>\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="generator" content="{esc(APP_NAME)} {esc(__version__)}">\n'
            f"<title>{esc(title)}</title>\n<style>\n{fonts}\n{css}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def _characters(journey: JourneyMap, body: str) -> str:
    """Every character the page may draw (the markup's text is the map's text, escaped)."""
    from html import unescape

    return unescape(body) + journey.title


def _stage_height_em(journey: JourneyMap, col_w: float) -> float:
    """The stage row's height in ems of its 16 px type: the most lines a stage name wraps to, at its width."""
    lines = 1
    for stage in journey.stages:
        width = max(1, len(stage.steps)) * col_w - 20 - 4  # padding, and a little slack for rounding
        lines = max(lines, len(wrap(stage.name, BOLD, 16, width)))  # "Stage n:" is for screen readers only
    return (lines * 1.3 * 16 + 0.9 * 16 + 2) / 16


def _date(journey: JourneyMap) -> str:
    d = journey.modified
    return long_date(d.year, d.month, d.day)


def _header(p: Page, comments: bool = False) -> str:
    j = p.journey
    facts = [text("scope", scope=j.scope.label)]
    if j.authors:
        facts.append(text("by", names=", ".join(j.authors)))
    facts.append(text("modified", date=_date(j)))
    if j.tags:
        facts.append(text("tags", tags=", ".join(j.tags)))
    links = [("about", text("about")), ("personas", text("personas")), ("journey", text("journey")),
             ("emotions", text("emotions")), ("pains", text("pains")), ("metrics", text("metrics")),
             ("moments", text("moments"))]
    if comments:
        links.append(("comments", _("Comments")))
    nav = "".join(f'<li><a href="#{key}">{esc(label)}</a></li>' for key, label in links)
    return (f"<header>{p.m.words('h1', j.title or _('Untitled journey'))}"
            f'<p class="facts">{esc("  ·  ".join(facts))}</p>'
            f'<nav aria-label="{esc(text("contents"))}"><ul>{nav}</ul></nav></header>')


def _about(p: Page) -> str:
    j = p.journey
    out = [f'<section id="about" aria-labelledby="about-h"><h2 id="about-h">{esc(text("about"))}</h2>']
    if j.description:
        out.append(p.m.words("p", j.description))
    for key, value in (("scenario", j.scenario), ("expectations", j.expectations)):
        if value:
            out.append(f"<h3>{esc(text(key))}</h3>{p.m.words('p', value)}")
    out.append("</section>")
    return "".join(out)

def _footer(p: Page) -> str:
    return f'<footer><p>{esc(text("made_with", app=APP_NAME, version=__version__, date=_date(p.journey)))}</p></footer>'
