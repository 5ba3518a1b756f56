"""The rules of the health check: what a CX lead looks for before a map goes in front of people.

Each rule is a function from a map to its findings, registered with an id
(used to switch it off per map, and shown in brackets after each finding), a
level and a one-line description for the Health panel. Rules read the map only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ...i18n import N_
from ...model import EvidenceStatus, JourneyMap, LaneKind
from ..fields import normalised
from ..numbers import signed
from ..places import places, short
from .findings import Finding, Level

Rule = Callable[[JourneyMap], Iterator[Finding]]


@dataclass(frozen=True)
class RuleInfo:
    id: str
    level: Level
    title: str
    check: Rule


RULES: dict[str, RuleInfo] = {}


def rule(rule_id: str, level: Level, title: str) -> Callable[[Rule], Rule]:
    def register(check: Rule) -> Rule:
        RULES[rule_id] = RuleInfo(rule_id, level, title, check)
        return check
    return register


def _find(rule_id: str, place: str, obj_id: str | None, words: str, **values: object) -> Finding:
    """A finding whose message is ``words`` (English, marked for translation) filled with ``values``."""
    texts = tuple((key, str(value)) for key, value in values.items())
    return Finding(rule_id, RULES[rule_id].level, place, obj_id, words.format(**dict(texts)), words, texts)


def _cards_by_step(journey: JourneyMap, kinds: set[LaneKind]) -> dict[str, list]:
    out: dict[str, list] = defaultdict(list)
    for lane in journey.lanes:
        if lane.kind in kinds:
            for card in lane.cards:
                out[card.step].append(card)
    return out


def _step_names(journey: JourneyMap) -> dict[str, str]:
    return {step.id: step.name for step in journey.steps()}


@rule("merge-conflict", Level.ERROR, N_("A merge left two values to choose between"))
def merge_conflicts(journey: JourneyMap) -> Iterator[Finding]:
    where = places(journey)
    for k, conflict in enumerate(journey.merge_conflicts):
        place = where.get(conflict.object or "", None)
        path = place.path if place else f"merge_conflicts[{k}]"
        yield Finding("merge-conflict", Level.ERROR, path, conflict.object if place else None, conflict.message)


@rule("pain-without-remedy", Level.WARNING, N_("A pain point with no opportunity or idea in its step"))
def pain_without_remedy(journey: JourneyMap) -> Iterator[Finding]:
    remedies = _cards_by_step(journey, {LaneKind.OPPORTUNITIES, LaneKind.IDEAS})
    steps = _step_names(journey)
    for n, lane in enumerate(journey.lanes):
        if lane.kind is not LaneKind.PAIN_POINTS:
            continue
        for c, card in enumerate(lane.cards):
            if not remedies.get(card.step):
                yield _find("pain-without-remedy", f"lanes[{n}].cards[{c}]", card.id,
                            N_("pain point '{card}' has no opportunity or idea in its step '{step}'"),
                            card=short(card.text, 50), step=steps.get(card.step, "?"))


@rule("step-without-owner", Level.WARNING, N_("A step with no owner"))
def step_without_owner(journey: JourneyMap) -> Iterator[Finding]:
    owned = {step for step, cards in _cards_by_step(journey, {LaneKind.OWNERSHIP}).items() if cards}
    owned |= {card.step for lane in journey.lanes for card in lane.cards if card.owner.strip()}
    for s, stage in enumerate(journey.stages):
        for t, step in enumerate(stage.steps):
            if step.id not in owned:
                yield _find("step-without-owner", f"stages[{s}].steps[{t}]", step.id,
                            N_("step '{step}' has no owner: add an ownership card, or an owner on one of "
                               "its cards"), step=step.name)


@rule("touchpoint-incomplete", Level.WARNING, N_("A touchpoint with no channel or no owner"))
def touchpoint_incomplete(journey: JourneyMap) -> Iterator[Finding]:
    for n, lane in enumerate(journey.lanes):
        if lane.kind is not LaneKind.TOUCHPOINTS:
            continue
        for c, card in enumerate(lane.cards):
            no_channel, no_owner = not card.channel.strip(), not card.owner.strip()
            if no_channel or no_owner:
                words = (N_("touchpoint '{card}' has no channel and no owner") if no_channel and no_owner
                         else N_("touchpoint '{card}' has no channel") if no_channel
                         else N_("touchpoint '{card}' has no owner"))
                yield _find("touchpoint-incomplete", f"lanes[{n}].cards[{c}]", card.id, words,
                            card=short(card.text, 50))


@rule("moment-unscored", Level.ERROR, N_("A moment of truth with no emotion score"))
def moment_unscored(journey: JourneyMap) -> Iterator[Finding]:
    for s, stage in enumerate(journey.stages):
        for t, step in enumerate(stage.steps):
            if step.moment_of_truth and not any(sc.value is not None for sc in step.scores):
                yield _find("moment-unscored", f"stages[{s}].steps[{t}]", step.id,
                            N_("moment of truth '{step}' has no emotion score"), step=step.name)


@rule("moment-unmeasured", Level.WARNING, N_("A score on a moment of truth with no evidence (n) behind it"))
def moment_unmeasured(journey: JourneyMap) -> Iterator[Finding]:
    names = {p.id: p.name for p in journey.personas}
    weak_below = journey.research.weak_evidence_below
    for s, stage in enumerate(journey.stages):
        for t, step in enumerate(stage.steps):
            if not step.moment_of_truth:
                continue
            for score in step.scores:
                if score.value is None:
                    continue
                who = names.get(score.persona, "?")
                if not score.sample_size:
                    yield _find("moment-unmeasured", f"stages[{s}].steps[{t}]", step.id,
                                N_("{persona}'s score at moment of truth '{step}' has no evidence behind it "
                                   "(no number of responses)"), persona=who, step=step.name)
                elif score.sample_size < weak_below:
                    yield _find("moment-unmeasured", f"stages[{s}].steps[{t}]", step.id,
                                N_("{persona}'s score at moment of truth '{step}' rests on {n} responses "
                                   "(fewer than {least}: weak evidence)"),
                                persona=who, step=step.name, n=score.sample_size, least=weak_below)


@rule("persona-unscored", Level.WARNING, N_("A persona with no emotion scores"))
def persona_unscored(journey: JourneyMap) -> Iterator[Finding]:
    scored = {sc.persona for step in journey.steps() for sc in step.scores}
    for p, persona in enumerate(journey.personas):
        if persona.id not in scored:
            yield _find("persona-unscored", f"personas[{p}]", persona.id,
                        N_("persona '{persona}' has no emotion scores: their curve is missing"),
                        persona=persona.name)


@rule("negative-stage-without-pains", Level.WARNING, N_("A stage that feels negative but has no pain points"))
def negative_stage_without_pains(journey: JourneyMap) -> Iterator[Finding]:
    pains = _cards_by_step(journey, {LaneKind.PAIN_POINTS})
    for s, stage in enumerate(journey.stages):
        values = [sc.mean if sc.mean is not None else sc.value
                  for step in stage.steps for sc in step.scores if sc.value is not None]
        if not values:
            continue
        average = sum(values) / len(values)
        if average < 0 and not any(pains.get(step.id) for step in stage.steps):
            yield _find("negative-stage-without-pains", f"stages[{s}]", stage.id,
                        N_("stage '{stage}' feels negative (average score {average}) but has no pain points"),
                        stage=stage.name, average=signed(average, 1))


@rule("mostly-assumed", Level.WARNING, N_("A stage whose cards are mostly assumed, not observed"))
def mostly_assumed(journey: JourneyMap) -> Iterator[Finding]:
    status_by_step: dict[str, list[EvidenceStatus]] = defaultdict(list)
    for lane in journey.lanes:
        for card in lane.cards:
            status_by_step[card.step].append(card.status)
    for s, stage in enumerate(journey.stages):
        statuses = [st for step in stage.steps for st in status_by_step.get(step.id, [])]
        assumed = statuses.count(EvidenceStatus.ASSUMED)
        observed = statuses.count(EvidenceStatus.OBSERVED)
        if assumed and assumed > observed:
            share = round(100 * assumed / (assumed + observed))
            yield _find("mostly-assumed", f"stages[{s}]", stage.id,
                        N_("stage '{stage}': {assumed} of {total} cards are assumed ({share} %), "
                           "{observed} observed"),
                        stage=stage.name, assumed=assumed, total=assumed + observed, share=share, observed=observed)


@rule("empty-lane", Level.NOTE, N_("A lane with nothing in it"))
def empty_lane(journey: JourneyMap) -> Iterator[Finding]:
    scored = any(step.scores for step in journey.steps())
    for n, lane in enumerate(journey.lanes):
        if lane.kind is LaneKind.EMOTION:
            if not scored:
                yield _find("empty-lane", f"lanes[{n}]", lane.id,
                            N_("lane '{lane}' has no scores"), lane=lane.display_title)
        elif not lane.cards:
            yield _find("empty-lane", f"lanes[{n}]", lane.id, N_("lane '{lane}' is empty"), lane=lane.display_title)


#: Lanes where the same words in many steps are expected (a channel, a team, a customer's recurring words).
_REPEATING_LANES = {LaneKind.TOUCHPOINTS, LaneKind.OWNERSHIP, LaneKind.METRICS, LaneKind.IMAGES, LaneKind.EVIDENCE}


@rule("duplicate-text", Level.WARNING, N_("The same card text twice"))
def duplicate_text(journey: JourneyMap) -> Iterator[Finding]:
    """Twice in one lane of thoughts, pains, ideas and the like; twice in one cell of touchpoints, owners,
    evidence. Cards with the same words but other tags (a quote tagged with each persona who said it) differ."""
    steps = _step_names(journey)
    for n, lane in enumerate(journey.lanes):
        first: dict[tuple[str, str, tuple[str, ...]], int] = {}
        for c, card in enumerate(lane.cards):
            text = normalised(card.text)
            if not text:
                continue
            # the same words with other tags are another card: one quote said by two personas is two cards
            key = (card.step if lane.kind in _REPEATING_LANES else "", text, tuple(sorted(card.tags)))
            if key in first:
                k = first[key]
                other = lane.cards[k]
                yield _find("duplicate-text", f"lanes[{n}].cards[{c}]", card.id,
                            N_("card '{card}' at '{step}' repeats {other} at '{other_step}' in lane '{lane}'"),
                            card=short(card.text, 50), step=steps.get(card.step, "?"), other=f"lanes[{n}].cards[{k}]",
                            other_step=steps.get(other.step, "?"), lane=lane.display_title)
            else:
                first[key] = c
