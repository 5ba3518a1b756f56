"""A map as indented lines of text, one per object, for ``git diff`` through a textconv driver.

Git compares the outlines of two versions line by line. Each object is one
line under its stage and step, so a renamed step changes one line, a card
that moved lane is a line gone under one lane and a line come under another,
and a changed score is one line: the plain-text diff reads like the semantic one.
"""

from __future__ import annotations

from ..model import CHANNELS, EMPATHY_SECTIONS, Card, JourneyMap, Score
from .numbers import plain, signed


def outline(journey: JourneyMap) -> str:
    lines = [f"Map '{journey.title}' ({journey.scope.label}, emotion {signed(journey.emotion_scale.min)}"
             f"…{signed(journey.emotion_scale.max)})"]
    for field in ("description", "scenario", "expectations"):
        text = getattr(journey, field)
        if text:
            lines.append(f"  {field.capitalize()}: {' '.join(text.split())}")
    names = {p.id: p.name for p in journey.personas}
    for persona in journey.personas:
        role = f", {persona.role}" if persona.role else ""
        lines.append(f"Persona '{persona.name}'{role}{'' if persona.show_curve else ' (curve hidden)'}")
        for section in EMPATHY_SECTIONS:
            for note in getattr(persona.empathy_map, section):
                lines.append(f"  {section.capitalize()}: {' '.join(note.text.split())}")
    lanes = [(lane, lane.display_title) for lane in journey.lanes]
    step_names = {step.id: step.name for step in journey.steps()}
    for stage in journey.stages:
        lines.append(f"Stage '{stage.name}'")
        for step in stage.steps:
            marks = " [moment of truth]" if step.moment_of_truth else ""
            lines.append(f"  Step '{step.name}'{marks}")
            for kind in ("nps", "csat", "ces"):
                metric = getattr(step.metrics, kind)
                if metric is not None:
                    n = f" (n={metric.sample_size})" if metric.sample_size is not None else ""
                    lines.append(f"    {kind.upper()} {plain(metric.value, 2)}{n}")
            for score in step.scores:
                lines.append("    " + _score_line(names.get(score.persona, "?"), score))
            for lane, title in lanes:
                for card in lane.cards:
                    if card.step == step.id:
                        lines.append(f"    {title}: {_card_line(card, step_names)}")
    for lane, title in lanes:
        hidden = " (hidden)" if lane.hidden else ""
        lines.append(f"Lane '{title}' ({lane.kind.label}){hidden}")
    texts = {card.id: " ".join(card.text.split()) or "(empty card)" for lane in journey.lanes for card in lane.cards}
    for arrow in journey.arrows:
        label = f" '{arrow.label}'" if arrow.label else ""
        lines.append(f"Arrow '{texts.get(arrow.source, '?')}' → '{texts.get(arrow.target, '?')}' "
                     f"({arrow.style.value}){label}")
    for conflict in journey.merge_conflicts:
        lines.append(f"Merge conflict: {conflict.message}")
    return "\n".join(lines) + "\n"


def _score_line(who: str, score: Score) -> str:
    parts = [f"{who}:"]
    if score.value is not None:
        parts.append(signed(score.value) if score.mean is None else f"{signed(score.mean, 2)}")
        if score.label:
            parts.append(f"'{score.label}'")
        if score.sample_size is not None:
            parts.append(f"(n={score.sample_size}{', ' + score.source.name if score.source != 'manual' else ''})")
    if score.target is not None:
        parts.append(f"to-be {signed(score.target)}")
    return "Score " + " ".join(parts)


def _card_line(card: Card, step_names: dict[str, str]) -> str:
    text = " ".join(card.text.split()) or "(empty card)"
    extras = [card.status.value]
    if card.last_step is not None:
        extras.append(f"spans to '{step_names.get(card.last_step, '?')}'")
    if card.picture is not None:
        extras.append(f"picture '{card.picture.alt}'" if card.picture.alt else "picture")
    if card.channel:
        extras.append(CHANNELS.get(card.channel, card.channel))
    if card.owner:
        extras.append(f"owner {card.owner}")
    if card.tags:
        extras.append("tags " + ", ".join(card.tags))
    if card.votes:
        extras.append(f"{card.votes} votes")
    return f"{text} [{'; '.join(extras)}]"
