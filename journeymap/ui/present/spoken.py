"""A slide in words: what a screen reader reads where the room sees the slide.

Built from the map, not from the drawn lines, so a card condensed to two lines
on the wall is read in full, and the emotion curve is a sequence of scores
("Maya Chen: Compares models −1 Annoyed; Reads reviews 0 Neutral"). Qt-free.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from ...i18n import N_, tr
from ...model import Card, JourneyMap, Step
from ...model.kinds import EvidenceStatus
from ...model.spans import span_steps
from ..a11y.phrases import (
    card_name,
    curve_phrase,
    one_line,
    plural,
    score_of,
    score_words,
    stage_of,
)
from .ops import Slide, TextOp
from .results import voted_lanes

Kind = Literal["heading", "text", "item"]


class Line(NamedTuple):
    kind: Kind
    text: str


def slide_heading(journey: JourneyMap, slide: Slide) -> str:
    """ "Stage 2 of 5: Research, part 1 of 2"; "Overview"; "Voting results"."""
    if slide.kind == "stage":
        head = tr("Stage {number} of {total}: {name}").format(number=slide.stage_number, total=len(journey.stages),
                                                              name=one_line(slide.title))
        return head + (tr(", part {page} of {pages}").format(page=slide.page, pages=slide.pages)
                       if slide.pages > 1 else "")
    return one_line(slide.label)


def slide_lines(journey: JourneyMap, slide: Slide) -> list[Line]:
    """The slide's title, then what it shows, in reading order."""
    lines = [Line("heading", slide_heading(journey, slide))]
    if slide.kind == "overview":
        lines += _overview(journey)
    elif slide.kind == "journey":
        lines += _journey(journey)
    elif slide.kind == "stage":
        lines += _stage(journey, slide)
    elif slide.kind == "results":
        lines += _results(journey, slide)
    else:
        lines += [Line("text", op.text) for op in slide.ops if isinstance(op, TextOp) and op.text.strip()]
    return lines


def _overview(journey: JourneyMap) -> list[Line]:
    lines = [Line("text", one_line(journey.title))]
    for label, text in ((tr("Scenario: {text}"), journey.scenario), (tr("Expectations: {text}"), journey.expectations)):
        if text.strip():
            lines.append(Line("text", label.format(text=one_line(text))))
    for persona in journey.personas:
        who = one_line(persona.name) + (f", {one_line(persona.role)}" if persona.role else "")
        quote = f": “{one_line(persona.quote)}”" if persona.quote else ""
        lines.append(Line("item", tr("Persona {who}").format(who=who) + quote))
    return lines


def _journey(journey: JourneyMap) -> list[Line]:
    lines = []
    for number, stage in enumerate(journey.stages, start=1):
        steps = "; ".join(one_line(s.name) + (" " + tr("(moment of truth)") if s.moment_of_truth else "")
                          for s in stage.steps)
        lines.append(Line("item", tr("Stage {number}, {name}: {steps}").format(
            number=number, name=one_line(stage.name), steps=steps or tr("no steps"))))
    for persona in journey.personas:
        if persona.show_curve:
            lines.append(Line("item", tr("Emotion curve of {curve}").format(curve=curve_phrase(journey, persona))))
    return lines


def _stage(journey: JourneyMap, slide: Slide) -> list[Line]:
    stage = next((s for s in journey.stages if s.id == slide.stage_id), None)
    if stage is None:
        return []
    shown = set(slide.steps) if slide.steps else {s.id for s in stage.steps}
    steps = [s for s in stage.steps if s.id in shown]
    lines = []
    if stage.description.strip():
        lines.append(Line("text", one_line(stage.description)))
    if not steps:
        return lines + [Line("text", tr("This stage has no steps yet."))]
    lines.append(Line("text", tr("{steps}: {names}").format(steps=plural(len(steps), "step"), names="; ".join(
        one_line(s.name) + (" " + tr("(moment of truth)") if s.moment_of_truth else "") for s in steps))))
    first_shown = _first_shown_steps(journey, steps)
    for lane in journey.lanes:
        for step in steps:
            cards = [c for c in lane.cards if first_shown.get(c.id) == step.id and c.id in slide.cards]
            if cards:
                votes = [card_name(c) + _marks(c) for c in cards]
                lines.append(Line("item", tr("{lane} at {step}: {cards}").format(
                    lane=one_line(lane.title_in(journey.language)), step=one_line(step.name), cards="; ".join(votes))))
    for persona in journey.personas:
        if persona.show_curve:
            points = "; ".join(f"{one_line(s.name)} {score_words(score_of(s, persona.id), journey)}" for s in steps)
            lines.append(Line("item", tr("Emotion of {persona}: {points}").format(persona=one_line(persona.name),
                                                                                  points=points)))
    return lines


def _first_shown_steps(journey: JourneyMap, steps: list[Step]) -> dict[str, str]:
    """Card id -> the first of ``steps`` it covers: a card spanning in from an earlier step is read there."""
    order = [step.id for step in journey.steps()]
    column = {step_id: k for k, step_id in enumerate(order)}
    shown = {step.id for step in steps}
    out: dict[str, str] = {}
    for lane in journey.lanes:
        for card in lane.cards:
            if card.step in column:
                first = next((s for s in span_steps(card, order, column) if s in shown), None)
                if first is not None:
                    out[card.id] = first
    return out


_STATUS = {EvidenceStatus.ASSUMED: N_("assumed"), EvidenceStatus.PROPOSED: N_("proposed to-be")}


def _marks(card: Card) -> str:
    """What the wall shows beside a card's text: assumed (dashed), to-be (red), its votes."""
    marks = [tr(_STATUS[card.status])] if card.status in _STATUS else []
    if card.last_step is not None:
        marks.append(tr("spans several steps"))
    if card.votes:
        marks.append(plural(card.votes, "vote"))
    return f" ({', '.join(marks)})" if marks else ""


def _results(journey: JourneyMap, slide: Slide) -> list[Line]:
    place = stage_of(journey)
    lines = []
    for lane, cards in voted_lanes(journey):
        for rank, card in enumerate(cards, start=1):
            if slide.cards and card.id not in slide.cards:
                continue
            stage = place.get(card.step)
            where = f" ({one_line(stage.name)})" if stage is not None else ""
            lines.append(Line("item", tr("{lane} number {rank}: {card}, {votes}").format(
                lane=one_line(lane.title_in(journey.language)), rank=rank, card=card_name(card),
                votes=plural(card.votes, "vote")) + where))
    return lines or [Line("text", tr("No votes yet."))]
