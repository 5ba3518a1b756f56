"""The HTML page of a map: a grid for the eye, a structured document for a screen reader, in one DOM.

Reading order (what a screen reader and the keyboard follow): the title and
facts, the scenario and expectations, the personas, then the journey: each
stage a heading, each step a heading under it, each lane of the step a list
labelled with the lane's name; then the emotion scores as a table per persona,
the pain points with their opportunities, the metrics and the moments of
truth. CSS places the same elements as the map's grid (``css.py``). No script.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ... import APP_NAME, __version__
from ...layout import MapLayout, layout_map, metric_texts
from ...layout.emotion import scale_label
from ...layout.map_layout import blueprint_splits, visible_lanes
from ...layout.palette import CARD_TINTS, PAPER
from ...layout.shaping import FontReport
from ...layout.text import BOLD, wrap
from ...model import Card, JourneyMap, Lane, LaneKind, Persona, Score, Stage, Step, channel_name
from ...model.journey_map import initials
from ...model.kinds import EvidenceStatus
from ...safety.photo_decode import photo_damage, print_ready
from ..quotes import quoted
from .css import stylesheet
from .curve import SCREEN, EmotionSvgs, emotion_svgs
from .markup import Markup, esc, readable_ink, soft_ink
from .strings import LANGUAGE, long_date, text
from .webfonts import font_faces

SCREEN_PHOTO = 112  # px: a persona's 3.5 rem picture on a screen of twice the density
LINE_STYLES = {"Line of interaction": "", "Line of visibility": "dashed", "Line of internal interaction": "dotted"}
EMPATHY_KEYS = (("says", "Says"), ("thinks", "Thinks"), ("does", "Does"), ("feels", "Feels"), ("sees", "Sees"),
                ("hears", "Hears"), ("goal", "Goal"), ("pains", "Pains"), ("gains", "Gains"))


@dataclass
class Page:
    journey: JourneyMap
    layout: MapLayout
    lanes: list[Lane]
    m: Markup
    report: FontReport

    @property
    def persona_names(self) -> dict[str, str]:
        return {p.id: p.name for p in self.journey.personas}


def html_document(journey: JourneyMap, include_hidden: bool = False, report: FontReport | None = None) -> str:
    """The whole page as one string: styles, fonts and pictures inside, nothing fetched."""
    report = report or FontReport()
    opts = replace(SCREEN, show_hidden_lanes=include_hidden)
    layout = layout_map(journey, opts)
    page = Page(journey, layout, visible_lanes(journey, opts), Markup(journey.language, LANGUAGE), report)
    body = "\n".join([_header(page), "<main>", _about(page), _personas(page), _journey(page), _emotions(page),
                      _pains(page), _metrics(page), _moments(page), "</main>", _footer(page)])
    col_w = opts.card_width + 2 * opts.cell_padding
    css = stylesheet(col_w, opts.lane_title_width, _stage_height_em(journey, col_w))
    fonts = font_faces(_characters(journey, body), report)
    title = text("page_title", title=journey.title or "Untitled journey")
    csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:"
    return ("<!DOCTYPE html>\n"
            f'<html lang="{LANGUAGE}">\n<head>\n<meta charset="utf-8">\n'
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
        label = text("stage_number", number=99) + " " + stage.name
        lines = max(lines, len(wrap(label, BOLD, 16, width)))
    return (lines * 1.3 * 16 + 0.9 * 16 + 2) / 16


# -- the header and the facts -----------------------------------------------------------------------------

def _date(journey: JourneyMap) -> str:
    d = journey.modified
    return long_date(d.year, d.month, d.day)


def _header(p: Page) -> str:
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
    nav = "".join(f'<li><a href="#{key}">{esc(label)}</a></li>' for key, label in links)
    return (f"<header>{p.m.words('h1', j.title or 'Untitled journey')}"
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


# -- personas ----------------------------------------------------------------------------------------------

def _personas(p: Page) -> str:
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
                parts.append(_labelled_list(p, f"em-{key}-{persona.id}", label, notes, level="p"))
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
    import base64

    ready = print_ready(persona.photo, SCREEN_PHOTO, dpi=72)  # one px a point: SCREEN_PHOTO px across
    if ready is None:
        report.warn(f"{persona.name}'s photo: {photo_damage(persona.photo)}; initials are shown instead")
        return None
    media, data = ready
    return f'<img alt="" src="data:{media};base64,{base64.b64encode(data).decode("ascii")}">'


# -- the journey grid ---------------------------------------------------------------------------------------

@dataclass
class Rows:
    """Which grid row each part of the map takes."""

    stage_about: int | None
    step_about: int | None
    lanes: dict[str, int]
    emotion_cards: int | None
    count: int


def _rows(p: Page) -> Rows:
    j = p.journey
    row = 3
    stage_about = step_about = None
    if any(s.description or s.notes for s in j.stages):
        stage_about, row = row, row + 1
    if any(step.description for step in j.steps()):
        step_about, row = row, row + 1
    lanes: dict[str, int] = {}
    emotion_cards = None
    emotion_id = p.layout.emotion.lane_id if p.layout.emotion else None
    for lane in p.lanes:
        lanes[lane.id] = row
        row += 1
        if lane.id == emotion_id and lane.cards:
            emotion_cards, row = row, row + 1
    return Rows(stage_about, step_about, lanes, emotion_cards, row - 1)


def _journey(p: Page) -> str:
    j = p.journey
    rows = _rows(p)
    svgs = emotion_svgs(p.layout, j)
    columns = sum(max(1, len(s.steps)) for s in j.stages)
    lines = _line_above(p)
    out = [f'<section id="journey" aria-labelledby="journey-h"><h2 id="journey-h">{esc(text("journey"))}</h2>',
           f'<p class="hint" id="grid-hint">{esc(text("grid_hint"))}</p>',
           f'<a class="skip" href="#emotions-h">{esc(text("skip_grid"))}</a>',
           f'<div class="map" role="region" aria-label="{esc(text("grid_label"))}" aria-describedby="grid-hint" '
           'tabindex="0">',
           f'<div class="grid" style="--cols:{columns};grid-template-rows:auto auto repeat({max(0, rows.count - 2)},auto)">']
    out.append('<div class="corner" aria-hidden="true"></div>')
    band = 0
    for r, key in ((rows.stage_about, "about_stage"), (rows.step_about, "about_step")):
        if r is not None:
            out.append(f'<div class="row-bg{" odd" if band % 2 else ""}" style="grid-row:{r}" aria-hidden="true"></div>'
                       f'<div class="lane-name" style="grid-row:{r}" aria-hidden="true">{esc(text(key))}</div>')
            band += 1
    for k, lane in enumerate(p.lanes):
        r = rows.lanes[lane.id]
        line = lines.get(lane.id)
        cls = "row-bg" + (" odd" if k % 2 else "") + (f" line-above {LINE_STYLES.get(line, '')}" if line else "")
        span = f"{r}/{r + 2}" if rows.emotion_cards is not None and r + 1 == rows.emotion_cards else str(r)
        out.append(f'<div class="{cls.strip()}" style="grid-row:{span}" aria-hidden="true"></div>')
    for lane in p.lanes:
        out.append(_lane_name(p, lane, rows, lines.get(lane.id), svgs))
    start = 2
    for n, stage in enumerate(j.stages, start=1):
        width = max(1, len(stage.steps))
        out.append(_stage(p, stage, n, start, width, rows, lines))
        start += width
    if svgs is not None and p.layout.emotion is not None:
        r = rows.lanes[p.layout.emotion.lane_id]
        out.append(f'<figure class="curve" style="grid-row:{r}">{svgs.curves}</figure>')
    out.append("</div></div></section>")
    return "".join(out)


def _line_above(p: Page) -> dict[str, str]:
    """The blueprint line drawn above each lane that has one (its label)."""
    return {below.id: label for label, below, _kinds in blueprint_splits(p.lanes)}


def _lane_name(p: Page, lane: Lane, rows: Rows, line: str | None, svgs: EmotionSvgs | None) -> str:
    r = rows.lanes[lane.id]
    emotion = p.layout.emotion is not None and lane.id == p.layout.emotion.lane_id
    span = f"{r}/{r + 2}" if emotion and rows.emotion_cards is not None else str(r)
    if emotion and svgs is not None:
        return f'<div class="lane-name key" style="grid-row:{span}" aria-hidden="true">{svgs.key}</div>'
    above = f'<span class="line-name">{esc(line)}</span>' if line else ""
    return (f'<div class="lane-name" style="grid-row:{span}" aria-hidden="true">{above}'
            f'<span{p.m.attrs()}>{esc(lane.display_title)}</span></div>')


def _stage(p: Page, stage: Stage, n: int, start: int, width: int, rows: Rows, lines: dict[str, str]) -> str:
    m = p.m
    fill = stage.colour
    head = (f'<h3 class="stage-name" id="s-{stage.id}" style="background:{fill};color:{readable_ink(fill)}">'
            f'<span class="sr-only">{esc(text("stage_number", number=n))} </span>'
            f'<span class="name"{m.attrs()}>{esc(stage.name)}</span></h3>')
    out = [f'<section class="stage" style="grid-column:{start}/span {width}">', head]  # no landmark per stage
    if rows.stage_about is not None and (stage.description or stage.notes):
        about = "\n\n".join(x for x in (stage.description, stage.notes) if x)
        out.append(m.words("p", about, "stage-about", f' style="grid-row:{rows.stage_about}"'))
    if not stage.steps:
        out.append(f'<p class="step-about" style="grid-row:2">{esc(text("no_steps"))}</p>')
    for k, step in enumerate(stage.steps):
        out.append(_step(p, stage, step, k + 1, rows, lines))
    out.append("</section>")
    return "".join(out)


def _step(p: Page, stage: Stage, step: Step, column: int, rows: Rows, lines: dict[str, str]) -> str:
    m = p.m
    head = [f'<h4 id="t-{step.id}"{m.attrs()}>{esc(step.name)}</h4>']
    if step.moment_of_truth:
        head.append(f'<p class="moment"><span aria-hidden="true">\u2605 </span>{esc(text("moment_of_truth"))}</p>')
    head += [f"<p>{esc(metric)}</p>" for metric in metric_texts(step)]
    cls = "step-head moment-step" if step.moment_of_truth else "step-head"
    out = [f'<section class="step" style="grid-column:{column}">',
           f'<div class="{cls}">{"".join(head)}</div>']

    def at(row: int) -> str:
        return f' style="grid-row:{row - 1}"'  # the step's rows start at the grid's second

    if rows.step_about is not None and step.description:
        out.append(m.words("p", step.description, "step-about", at(rows.step_about)))
    emotion_id = p.layout.emotion.lane_id if p.layout.emotion else None
    for lane in p.lanes:
        if lane.id == emotion_id:
            scores = _score_items(p, step)
            if scores:
                out.append(f'<ul class="cell scores sr-only" aria-label="{esc(lane.display_title)}"'
                           f'{at(rows.lanes[lane.id])}><li class="lane-label" aria-hidden="true">'
                           f'{esc(lane.display_title)}</li>{scores}</ul>')
            cards_row = rows.emotion_cards
        else:
            cards_row = rows.lanes[lane.id]
        cards = [c for c in lane.cards if c.step == step.id]
        if not cards or cards_row is None:
            continue
        name = lane.display_title
        label = text("lane_below_line", lane=name, line=lines[lane.id].lower()) if lane.id in lines else name
        items = "".join(_card(p, card, lane) for card in cards)
        extra = " emotion-cards" if lane.id == emotion_id else ""
        out.append(f'<ul class="cell{extra}" aria-label="{esc(label)}"{at(cards_row)}>'
                   f'<li class="lane-label" aria-hidden="true">{esc(name)}</li>{items}</ul>')
    out.append("</section>")
    return "".join(out)


def _card(p: Page, card: Card, lane: Lane) -> str:
    m = p.m
    fill = card.colour or lane.colour or CARD_TINTS.get(lane.kind, PAPER)
    ink, soft = readable_ink(fill), soft_ink(fill)
    status = card.status.value
    cls = "card" + (f" {status}" if status != "observed" else "")
    parts = [m.words("p", card.text or text("no_text"), "text")]
    if card.detail:
        parts.append(m.words("p", card.detail, "detail"))
    facts = []
    if card.channel:
        facts.append(text("channel", channel=channel_name(card.channel)))
    if card.owner:
        facts.append(text("owner", owner=card.owner))
    if card.votes:
        facts.append(text("votes_one") if card.votes == 1 else text("votes_many", count=card.votes))
    if card.status != EvidenceStatus.OBSERVED:
        facts.append(text("assumed" if card.status == EvidenceStatus.ASSUMED else "proposed"))
    if card.tags:
        facts.append(text("tags_card", tags=", ".join(card.tags)))
    if facts:
        parts.append(f'<p class="facts" style="color:{soft}"{m.attrs()}>{esc(" · ".join(facts))}</p>')
    return f'<li class="{cls}" style="background:{fill};color:{ink}">{"".join(parts)}</li>'


def _score_words(p: Page, score: Score) -> str:
    s = p.journey.emotion_scale
    parts = []
    if score.value is not None:
        parts.append(scale_label(score.value, s.min, s.max) + (f" ({score.label})" if score.label else ""))
    if score.target is not None:
        parts.append(text("score_to_be", value=scale_label(score.target, s.min, s.max)
                          + (f" ({score.target_label})" if score.target_label else "")))
    if score.sample_size is not None:
        parts.append(text("sample", n=score.sample_size))
    return "; ".join(parts)


def _score_items(p: Page, step: Step) -> str:
    names = p.persona_names
    shown = {x.id for x in p.journey.personas if x.show_curve}
    return "".join(f"<li>{esc(text('score_item', persona=names.get(s.persona, '?'), value=_score_words(p, s)))}</li>"
                   for s in step.scores if s.persona in shown and (s.value is not None or s.target is not None))


# -- tables -------------------------------------------------------------------------------------------------

def _section(key: str, body: str) -> str:
    return (f'<section id="{key}" aria-labelledby="{key}-h"><h2 id="{key}-h" tabindex="-1">{esc(text(key))}</h2>'
            f"{body}</section>")


def _table(caption: str, head: list[str], rows: list[list[str]], row_headers: int = 1) -> str:
    """A table whose first ``row_headers`` cells of each row are row headers; cells are given as markup."""
    th = "".join(f'<th scope="col">{esc(h)}</th>' for h in head)
    body = []
    for row in rows:
        cells = [f'<th scope="row">{c}</th>' if i < row_headers else f"<td>{c}</td>" for i, c in enumerate(row)]
        body.append(f"<tr>{''.join(cells)}</tr>")
    cap = f"<caption>{caption}</caption>" if caption else ""
    return f'<div class="table-wrap"><table>{cap}<thead><tr>{th}</tr></thead><tbody>{"".join(body)}</tbody></table></div>'


def _emotions(p: Page) -> str:
    j = p.journey
    s = j.emotion_scale
    out = [p.m.words("p", text("scale_note", low=scale_label(s.min, s.min, s.max),
                                high=scale_label(s.max, s.min, s.max)))]
    measured = any(x.sample_size is not None for step in j.steps() for x in step.scores)
    for persona in j.personas:
        rows = []
        for stage in j.stages:
            for step in stage.steps:
                score = next((x for x in step.scores if x.persona == persona.id), None)
                if score is None:
                    continue
                rows.append([_w(p, step.name), _w(p, stage.name),
                             esc(scale_label(score.value, s.min, s.max)) if score.value is not None else esc(text("no_score")),
                             esc(scale_label(score.target, s.min, s.max)) if score.target is not None else "",
                             _w(p, " / ".join(x for x in (score.label, score.target_label) if x))]
                            + ([esc(str(score.sample_size)) if score.sample_size is not None else ""] if measured else []))
        caption = (f'<span class="swatch" style="background:{persona.colour}" aria-hidden="true"></span>'
                   f'{esc(text("scores_of", persona=persona.name))}')
        head = [text("table_step"), text("table_stage"), text("table_as_is"), text("table_to_be"), text("table_label")]
        if rows:
            out.append(_table(caption, head + ([text("table_evidence")] if measured else []), rows))
        else:
            out.append(f"<p>{caption}: {esc(text('curve_none'))}</p>")
    return _section("emotions", "".join(out))


def _w(p: Page, value: str) -> str:
    """Map text in a table cell (its own direction)."""
    return f"<span{p.m.attrs()}>{esc(value)}</span>" if value else ""


def _list(p: Page, items: list[str]) -> str:
    if not items:
        return esc(text("none"))
    return "<ul>" + "".join(f"<li{p.m.attrs()}>{esc(i)}</li>" for i in items) + "</ul>"


def _pains(p: Page) -> str:
    pains: dict[str, list[Card]] = {}
    ideas: dict[str, list[Card]] = {}
    owners: dict[str, list[str]] = {}
    for lane in p.lanes:
        for c in lane.cards:
            if lane.kind == LaneKind.PAIN_POINTS:
                pains.setdefault(c.step, []).append(c)
            elif lane.kind in (LaneKind.OPPORTUNITIES, LaneKind.IDEAS):
                ideas.setdefault(c.step, []).append(c)
            elif lane.kind == LaneKind.OWNERSHIP and c.text:
                owners.setdefault(c.step, []).append(c.text)
    rows = []
    for stage in p.journey.stages:
        for step in stage.steps:
            if step.id not in pains:
                continue
            opp = ideas.get(step.id, [])
            who = [c.owner for c in pains[step.id] if c.owner] + [o.owner for o in opp if o.owner]
            who = list(dict.fromkeys(who + owners.get(step.id, [])))
            proposed = f" ({text('proposed_short')})"
            rows.append([_w(p, text("where_value", stage=stage.name, step=step.name)),
                         _list(p, [c.text + (f" \u2014 {c.detail}" if c.detail else "") for c in pains[step.id]]),
                         _list(p, [o.text + (proposed if o.status == EvidenceStatus.PROPOSED else "") for o in opp]),
                         _w(p, ", ".join(who)) or esc(text("none"))])
    if not rows:
        return _section("pains", f"<p>{esc(text('no_pains'))}</p>")
    head = [text("where"), text("pain_points"), text("opportunities"), text("owners")]
    return _section("pains", _table("", head, rows))


def _metrics(p: Page) -> str:
    rows = []
    for stage in p.journey.stages:
        for step in stage.steps:
            m = step.metrics
            if m.is_empty():
                continue

            def cell(metric: Any, fmt: str) -> str:
                if metric is None:
                    return ""
                value = fmt.format(metric.value)
                return esc(value + (f" ({text('sample', n=metric.sample_size)})" if metric.sample_size is not None else ""))

            rows.append([_w(p, step.name), _w(p, stage.name), cell(m.nps, "{:+.0f}").replace("-", "\u2212"),
                         cell(m.csat, "{:.0f} %"), cell(m.ces, "{:.1f}")])
    if not rows:
        return _section("metrics", f"<p>{esc(text('no_metrics'))}</p>")
    head = [text("table_step"), text("table_stage"), text("nps"), text("csat"), text("ces")]
    return _section("metrics", _table("", head, rows))


def _moments(p: Page) -> str:
    items = []
    names = p.persona_names
    for stage in p.journey.stages:
        for step in stage.steps:
            if not step.moment_of_truth:
                continue
            parts = [f"<h3{p.m.attrs()}>{esc(text('where_value', stage=stage.name, step=step.name))}</h3>"]
            if step.moment_of_truth_note:
                parts.append(p.m.words("p", step.moment_of_truth_note))
            scores = [text("score_item", persona=names.get(s.persona, "?"), value=_score_words(p, s))
                      for s in step.scores if s.value is not None or s.target is not None]
            if scores:
                parts.append(p.m.words("p", text("moment_scores", scores="; ".join(scores))))
            items.append("".join(parts))
    if not items:
        return _section("moments", f"<p>{esc(text('no_moments'))}</p>")
    return _section("moments", "".join(items))


def _footer(p: Page) -> str:
    return f'<footer><p>{esc(text("made_with", app=APP_NAME, version=__version__, date=_date(p.journey)))}</p></footer>'

