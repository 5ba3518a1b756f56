"""The journey as the page's grid: stages and steps as headings, each lane of a step a labelled list.

The DOM is the document a screen reader reads (stage, step, lanes); CSS
(``css.py``) places the same elements as rows and columns, with the stage
and step names pinned on top and the lane names (``aria-hidden``: each list
carries its lane's name) pinned at the left. The emotion lane is the layout's
own, as inline SVG (``curve.py``); its scores are also a list in each step.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...i18n import _, mid_sentence, ngettext
from ...layout import metric_texts
from ...layout.emotion import scale_label
from ...layout.map_layout import blueprint_splits
from ...layout.palette import CARD_TINTS, PAPER
from ...model import Card, Lane, Score, Stage, Step, channel_name
from ...model.kinds import EvidenceStatus
from .context import Page
from .curve import EmotionSvgs, emotion_svgs
from .markup import esc, readable_ink, soft_ink
from .strings import text

LINE_STYLES = {"Line of interaction": "", "Line of visibility": "dashed", "Line of internal interaction": "dotted"}


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


def journey_grid(p: Page) -> str:
    j = p.journey
    rows = _rows(p)
    svgs = emotion_svgs(p.layout, j)
    columns = sum(max(1, len(s.steps)) for s in j.stages)
    lines = _line_above(p)
    out = [f'<section id="journey" aria-labelledby="journey-h"><h2 id="journey-h">{esc(text("journey"))}</h2>',
           f'<p class="hint" id="grid-hint">{esc(text("grid_hint"))}</p>',
           f'<a class="skip" href="#emotions-h">{esc(text("skip_grid"))}</a>',
           f'<div class="map" dir="ltr" role="region" aria-label="{esc(text("grid_label"))}" aria-describedby="grid-hint" '
           'tabindex="0">',
           f'<div class="grid" style="--cols:{columns};grid-template-rows:auto auto repeat({max(0, rows.count - 2)},auto)">']
    out.append('<div class="corner" aria-hidden="true"></div>')
    band = 0
    for r, key in ((rows.stage_about, "about_stage"), (rows.step_about, "about_step")):
        if r is not None:
            out.append(f'<div class="row-bg{" odd" if band % 2 else ""}" style="grid-row:{r}" aria-hidden="true"></div>'
                       f'<div class="lane-name" dir="auto" style="grid-row:{r}" aria-hidden="true">{esc(text(key))}</div>')
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
    above = f'<span class="line-name">{esc(_(line))}</span>' if line else ""
    return (f'<div class="lane-name" dir="auto" style="grid-row:{span}" aria-hidden="true">{above}'
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
        label = text("lane_below_line", lane=name, line=mid_sentence(_(lines[lane.id]))) if lane.id in lines else name
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
        facts.append(ngettext("{n} vote", "{n} votes", card.votes).format(n=card.votes))
    if card.status != EvidenceStatus.OBSERVED:
        facts.append(text("assumed" if card.status == EvidenceStatus.ASSUMED else "proposed"))
    if card.tags:
        facts.append(text("tags_card", tags=", ".join(card.tags)))
    if facts:
        parts.append(f'<p class="facts" style="color:{soft}"{m.attrs()}>{esc(" · ".join(facts))}</p>')
    return f'<li class="{cls}" style="background:{fill};color:{ink}">{"".join(parts)}</li>'


def score_words(p: Page, score: Score) -> str:
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
    return "".join(f"<li>{esc(text('score_item', persona=names.get(s.persona, '?'), value=score_words(p, s)))}</li>"
                   for s in step.scores if s.persona in shown and (s.value is not None or s.target is not None))
