"""The map in words, as a screen reader says it: cells, cards, places, scores and curves.

One vocabulary for every spoken view of the map (the canvas, the Outline, the
Inspector, the slides), so a card reads the same wherever it is met. Qt-free:
these are plain functions of the model.
"""

from __future__ import annotations

from collections.abc import Iterable

from ...analysis.numbers import signed
from ...layout import emotion_word
from ...model import Card, JourneyMap, Lane, LaneKind, Persona, Score, Stage, Step
from ...model.kinds import EvidenceStatus, channel_name

#: How each evidence status is said; a style (dashed, red border) is never the only sign of it.
STATUS_WORDS = {
    EvidenceStatus.OBSERVED: "observed",
    EvidenceStatus.ASSUMED: "assumed",
    EvidenceStatus.PROPOSED: "proposed (to-be)",
}
NO_SCORE = "no score"


def one_line(text: str, limit: int | None = None) -> str:
    """Text on one line; cut with an ellipsis past ``limit`` characters."""
    line = " ".join(text.split())
    if limit is not None and len(line) > limit:
        return line[: limit - 1] + "…"
    return line


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def card_name(card: Card) -> str:
    return one_line(card.text) or "(empty card)"


def card_details(card: Card) -> str:
    """Channel, owner, evidence status, votes, picture and span: what the card's styles and badges show."""
    parts = []
    if card.channel:
        parts.append(f"channel {channel_name(card.channel)}")
    if card.owner:
        parts.append(f"owner {one_line(card.owner)}")
    parts.append(STATUS_WORDS.get(card.status, str(card.status)))
    parts.append(plural(card.votes, "vote") if card.votes else "no votes")
    if card.tags:
        parts.append("tags " + ", ".join(card.tags))
    if card.picture is not None:  # a picture is heard as its alt text
        parts.append(f"picture: {one_line(card.picture.alt)}" if card.picture.alt else "a picture with no description")
    if card.last_step is not None:
        parts.append("spans several steps")
    return ", ".join(parts)


def card_phrase(card: Card) -> str:
    """A card in one breath: "Battery life quoted differently, channel Website, owner Marketing, assumed, 2 votes"."""
    return f"{card_name(card)}, {card_details(card)}"


def stage_of(journey: JourneyMap) -> dict[str, Stage]:
    """Step id -> the stage it belongs to."""
    return {step.id: stage for stage in journey.stages for step in stage.steps}


def step_place(step: Step, stage: Stage | None) -> str:
    """ "Compares models (Research)": a step with its stage, the way the map's header reads."""
    name = one_line(step.name) or "(unnamed step)"
    return f"{name} ({one_line(stage.name) or 'unnamed stage'})" if stage is not None else name


def lane_name(lane: Lane) -> str:
    return one_line(lane.display_title)


def score_words(score: Score | None, journey: JourneyMap, kind: str = "as_is") -> str:
    """ "−1 Annoyed" (the persona's own word, else the scale's), or "no score"."""
    if score is None:
        return NO_SCORE
    value, label = (score.value, score.label) if kind == "as_is" else (score.target, score.target_label)
    if value is None:
        return NO_SCORE
    scale = journey.emotion_scale
    word = one_line(label) or emotion_word(value, scale.min, scale.max)
    return f"{signed(value)} {word}"


def score_of(step: Step, persona_id: str) -> Score | None:
    return next((s for s in step.scores if s.persona == persona_id), None)


def persona_score(step: Step, persona: Persona, journey: JourneyMap) -> str:
    """ "Maya Chen −1 Annoyed, to-be +2 Happy"."""
    score = score_of(step, persona.id)
    text = f"{one_line(persona.name)} {score_words(score, journey)}"
    if score is not None and score.target is not None:
        text += f", to-be {score_words(score, journey, 'to_be')}"
    return text


def has_to_be(journey: JourneyMap, persona_id: str) -> bool:
    return any(s.target is not None for step in journey.steps() for s in step.scores if s.persona == persona_id)


def curve_phrase(journey: JourneyMap, persona: Persona, kind: str = "as_is") -> str:
    """A persona's curve as a sequence: "Maya Chen: Notices the need −1 Annoyed; Sees an advert 0 Curious; …"."""
    head = one_line(persona.name) + (", to-be" if kind == "to_be" else "")
    points = [f"{one_line(step.name)} {score_words(score_of(step, persona.id), journey, kind)}"
              for step in journey.steps()]
    if not points:
        return f"{head}: no steps yet"
    return f"{head}: " + "; ".join(points)


def cell_phrase(journey: JourneyMap, lane: Lane, step: Step, stage: Stage | None, cards: Iterable[Card]) -> str:
    """Moving the cell cursor: "Pain points, Compares models (Research), 2 cards: Battery life…; No codec list…".

    The emotion lane's cells say every persona's score at the step first.
    """
    cards = list(cards)
    parts = [lane_name(lane), step_place(step, stage)]
    if lane.kind == LaneKind.EMOTION:
        parts.append("; ".join(persona_score(step, p, journey) for p in journey.personas) or "no personas")
    if cards:
        parts.append(f"{plural(len(cards), 'card')}: " + "; ".join(card_name(c) for c in cards))
    else:
        parts.append("no cards")
    return ", ".join(parts)


def step_details(journey: JourneyMap, step: Step, stage: Stage | None) -> str:
    """A step header's description: where it is, whether it is a moment of truth, its metrics."""
    steps = journey.steps()
    index = next((k for k, s in enumerate(steps) if s.id == step.id), 0)
    parts = [f"step {index + 1} of {len(steps)}"]
    if stage is not None:
        parts.append(f"in stage {one_line(stage.name)}")
    if step.moment_of_truth:
        parts.append("moment of truth" + (f": {one_line(step.moment_of_truth_note)}"
                                          if step.moment_of_truth_note else ""))
    m = step.metrics
    for name, metric, places in (("NPS", m.nps, 0), ("CSAT", m.csat, 1), ("CES", m.ces, 1)):
        if metric is not None:
            n = f" (n={metric.sample_size:,})" if metric.sample_size is not None else ""
            value = signed(metric.value, places) if name == "NPS" else f"{metric.value:.{places}f}"
            parts.append(f"{name} {value}{'%' if name == 'CSAT' else ''}{n}")
    return ", ".join(parts)


def card_place(lane: Lane, step: Step | None, stage: Stage | None) -> str:
    """ "in Pain points at Compares models (Research)"."""
    where = f"in {lane_name(lane)}"
    return f"{where} at {step_place(step, stage)}" if step is not None else where
