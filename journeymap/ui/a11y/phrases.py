"""The map in words, as a screen reader says it: cells, cards, places, scores and curves.

One vocabulary for every spoken view of the map (the canvas, the Outline, the
Inspector, the slides), so a card reads the same wherever it is met. Qt-free:
these are plain functions of the model.

The words are the editor's language (``tr``/``ntr``), the map's names and card
text stay as written. Each phrase is translated whole, with ``{placeholders}``,
because the order of its parts differs between languages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ...analysis.numbers import signed
from ...i18n import N_, ntr, tr
from ...layout import emotion_word
from ...model import Card, JourneyMap, Lane, LaneKind, Persona, Score, Stage, Step
from ...model.kinds import EvidenceStatus, channel_name

#: How each evidence status is said; a style (dashed, red border) is never the only sign of it.
#: English here, said through ``tr``.
STATUS_WORDS = {
    EvidenceStatus.OBSERVED: N_("observed"),
    EvidenceStatus.ASSUMED: N_("assumed"),
    EvidenceStatus.PROPOSED: N_("proposed (to-be)"),
}
NO_SCORE = N_("no score")


def one_line(text: str, limit: int | None = None) -> str:
    """Text on one line; cut with an ellipsis past ``limit`` characters."""
    line = " ".join(text.split())
    if limit is not None and len(line) > limit:
        return line[: limit - 1] + "…"
    return line


#: "3 cards" for each counted word, by the plural rules of the editor's language (Arabic has six forms)
_COUNTS: dict[str, Callable[[int], str]] = {
    "card": lambda n: ntr("{n} card", "{n} cards", n),
    "step": lambda n: ntr("{n} step", "{n} steps", n),
    "stage": lambda n: ntr("{n} stage", "{n} stages", n),
    "lane": lambda n: ntr("{n} lane", "{n} lanes", n),
    "vote": lambda n: ntr("{n} vote", "{n} votes", n),
}


def plural(n: int, word: str) -> str:
    """ "3 cards", "1 step" in the editor's language; ``word`` is one of the English words counted here."""
    count = _COUNTS.get(word)
    if count is None:  # a word no catalog knows: English
        return f"{n} {word}{'' if n == 1 else 's'}"
    return count(n).format(n=n)


def card_name(card: Card) -> str:
    return one_line(card.text) or tr("(empty card)")


def status_word(card: Card) -> str:
    word = STATUS_WORDS.get(card.status)
    return tr(word) if word is not None else str(card.status)


def card_details(card: Card) -> str:
    """Channel, owner, evidence status, votes, picture and span: what the card's styles and badges show."""
    parts = []
    if card.channel:
        parts.append(tr("channel {channel}").format(channel=channel_name(card.channel)))
    if card.owner:
        parts.append(tr("owner {owner}").format(owner=one_line(card.owner)))
    parts.append(status_word(card))
    parts.append(plural(card.votes, "vote") if card.votes else tr("no votes"))
    if card.tags:
        parts.append(tr("tags {tags}").format(tags=", ".join(card.tags)))
    if card.picture is not None:  # a picture is heard as its alt text
        parts.append(tr("picture: {alt}").format(alt=one_line(card.picture.alt)) if card.picture.alt
                     else tr("a picture with no description"))
    if card.last_step is not None:
        parts.append(tr("spans several steps"))
    return ", ".join(parts)


def card_phrase(card: Card) -> str:
    """A card in one breath: "Battery life quoted differently, channel Website, owner Marketing, assumed, 2 votes"."""
    return f"{card_name(card)}, {card_details(card)}"


def stage_of(journey: JourneyMap) -> dict[str, Stage]:
    """Step id -> the stage it belongs to."""
    return {step.id: stage for stage in journey.stages for step in stage.steps}


def step_place(step: Step, stage: Stage | None) -> str:
    """ "Compares models (Research)": a step with its stage, the way the map's header reads."""
    name = one_line(step.name) or tr("(unnamed step)")
    if stage is None:
        return name
    return tr("{step} ({stage})").format(step=name, stage=one_line(stage.name) or tr("unnamed stage"))


def lane_name(lane: Lane, code: str | None) -> str:
    """A lane's name as the canvas prints it: its title, else its kind's name in the map's language ``code``."""
    return one_line(lane.title_in(code))


def score_words(score: Score | None, journey: JourneyMap, kind: str = "as_is") -> str:
    """ "−1 Annoyed" (the persona's own word, else the scale's), or "no score"."""
    if score is None:
        return tr(NO_SCORE)
    value, label = (score.value, score.label) if kind == "as_is" else (score.target, score.target_label)
    if value is None:
        return tr(NO_SCORE)
    scale = journey.emotion_scale
    word = one_line(label) or emotion_word(value, scale.min, scale.max)
    return f"{signed(value)} {word}"


def score_of(step: Step, persona_id: str) -> Score | None:
    return next((s for s in step.scores if s.persona == persona_id), None)


def is_scored(score: Score | None, kind: str = "as_is") -> bool:
    """Whether a persona has a score (``kind`` "as_is") or a target ("to_be") at a step."""
    return score is not None and (score.value if kind == "as_is" else score.target) is not None


def persona_score(step: Step, persona: Persona, journey: JourneyMap) -> str:
    """ "Maya Chen −1 Annoyed, to-be +2 Happy"."""
    score = score_of(step, persona.id)
    text = f"{one_line(persona.name)} {score_words(score, journey)}"
    if score is not None and score.target is not None:
        text += ", " + tr("to-be {score}").format(score=score_words(score, journey, "to_be"))
    return text


def has_to_be(journey: JourneyMap, persona_id: str) -> bool:
    return any(s.target is not None for step in journey.steps() for s in step.scores if s.persona == persona_id)


def curve_phrase(journey: JourneyMap, persona: Persona, kind: str = "as_is") -> str:
    """A persona's curve as a sequence: "Maya Chen: Notices the need −1 Annoyed; Sees an advert 0 Curious; …"."""
    name = one_line(persona.name)
    head = tr("{persona}, to-be").format(persona=name) if kind == "to_be" else name
    points = [f"{one_line(step.name)} {score_words(score_of(step, persona.id), journey, kind)}"
              for step in journey.steps()]
    if not points:
        return tr("{curve}: no steps yet").format(curve=head)
    return tr("{curve}: {points}").format(curve=head, points="; ".join(points))


def cell_phrase(journey: JourneyMap, lane: Lane, step: Step, stage: Stage | None, cards: Iterable[Card]) -> str:
    """Moving the cell cursor: "Pain points, Compares models (Research), 2 cards: Battery life…; No codec list…".

    The emotion lane's cells say every persona's score at the step first.
    """
    cards = list(cards)
    parts = [lane_name(lane, journey.language), step_place(step, stage)]
    if lane.kind == LaneKind.EMOTION:
        parts.append("; ".join(persona_score(step, p, journey) for p in journey.personas) or tr("no personas"))
    if cards:
        parts.append(tr("{cards}: {names}").format(cards=plural(len(cards), "card"),
                                                   names="; ".join(card_name(c) for c in cards)))
    else:
        parts.append(tr("no cards"))
    return ", ".join(parts)


def step_details(journey: JourneyMap, step: Step, stage: Stage | None) -> str:
    """A step header's description: where it is, whether it is a moment of truth, its metrics."""
    steps = journey.steps()
    index = next((k for k, s in enumerate(steps) if s.id == step.id), 0)
    parts = [tr("step {number} of {total}").format(number=index + 1, total=len(steps))]
    if stage is not None:
        parts.append(tr("in stage {stage}").format(stage=one_line(stage.name)))
    if step.moment_of_truth:
        parts.append(tr("moment of truth: {note}").format(note=one_line(step.moment_of_truth_note))
                     if step.moment_of_truth_note else tr("moment of truth"))
    m = step.metrics
    for name, metric, places in (("NPS", m.nps, 0), ("CSAT", m.csat, 1), ("CES", m.ces, 1)):
        if metric is not None:
            n = f" (n={metric.sample_size:,})" if metric.sample_size is not None else ""
            value = signed(metric.value, places) if name == "NPS" else f"{metric.value:.{places}f}"
            parts.append(f"{name} {value}{'%' if name == 'CSAT' else ''}{n}")
    return ", ".join(parts)


def card_place(lane: Lane, step: Step | None, stage: Stage | None, code: str | None) -> str:
    """ "in Pain points at Compares models (Research)" (the lane named in the map's language ``code``)."""
    if step is None:
        return tr("in {lane}").format(lane=lane_name(lane, code))
    return tr("in {lane} at {place}").format(lane=lane_name(lane, code), place=step_place(step, stage))
