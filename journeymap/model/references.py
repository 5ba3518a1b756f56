"""Checks that need the whole map: unique ids, references, scores on the scale.

Pydantic checks each object on its own; these checks see across objects, and
name the exact place of each problem so a hand-edited file can be fixed.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from operator import attrgetter

from .journey_map import EMPATHY_SECTIONS, JourneyMap
from .kinds import LaneKind
from .problems import Problem


def reference_problems(journey: JourneyMap, limit: int | None = None) -> list[Problem]:
    """Every cross-object problem in ``journey`` (the first ``limit`` if given); empty when the map is sound.

    A limit lets a reader of a huge broken file stop at the problems it will
    show instead of naming hundreds of thousands of them.
    """
    if _surely_sound(journey):
        return []
    return list(islice(_placed_problems(journey), limit))


_id = attrgetter("id")
_step = attrgetter("step")
_persona = attrgetter("persona")


def _surely_sound(journey: JourneyMap) -> bool:
    """The same checks as :func:`_placed_problems` in bulk, without naming places.

    Loading a large map runs these on every open, so the common case (a sound
    map) is decided with set operations; only a map with a problem pays for
    the walk that names where each problem is.
    """
    scale = journey.emotion_scale
    if scale.min >= scale.max:
        return False
    personas = journey.personas
    persona_ids = set(map(_id, personas))
    steps = [step for stage in journey.stages for step in stage.steps]
    step_ids = set(map(_id, steps))
    lanes = journey.lanes
    cards = [card for lane in lanes for card in lane.cards]
    arrows = journey.arrows
    ids = [journey.id, *persona_ids, *step_ids, *map(_id, journey.stages), *map(_id, lanes), *map(_id, cards),
           *map(_id, arrows)]
    for persona in personas:
        empathy = persona.empathy_map
        for section in EMPATHY_SECTIONS:
            ids.extend(map(_id, getattr(empathy, section)))
    if len(set(ids)) != len(ids) or len(persona_ids) != len(personas) or len(step_ids) != len(steps):
        return False
    if not step_ids.issuperset(map(_step, cards)):
        return False
    spanning = [card for card in cards if card.last_step is not None]
    if spanning:
        column = {step.id: k for k, step in enumerate(steps)}
        if any(column.get(c.last_step, -1) < column[c.step] for c in spanning):  # type: ignore[arg-type]
            return False
    if arrows:
        card_ids = set(map(_id, cards))
        if not all(a.source in card_ids and a.target in card_ids for a in arrows):
            return False
    if any(lane.cards and lane.kind is LaneKind.EMOTION for lane in lanes):
        return False
    threads = journey.threads
    if threads:
        comments = [c for t in threads for c in t.comments]
        ids.extend(map(_id, threads))
        ids.extend(map(_id, comments))
        if len(set(ids)) != len(ids):
            return False
        commentable = persona_ids | step_ids | set(map(_id, journey.stages)) | set(map(_id, cards))
        if not commentable.issuperset(t.target for t in threads):
            return False
    low, high = scale.min, scale.max
    for step in steps:
        scores = step.scores
        if not scores:
            continue
        scored = set(map(_persona, scores))
        if len(scored) != len(scores) or not scored <= persona_ids:
            return False
        for score in scores:
            value, target = score.value, score.target
            if (value is not None and not low <= value <= high) or (
                target is not None and not low <= target <= high
            ):
                return False
    return True


def _placed_problems(journey: JourneyMap) -> Iterator[Problem]:
    """Each problem with its place, in file order; a generator, so a caller can stop early."""
    seen: dict[str, str] = {}

    def claimed(obj_id: str, place: str) -> tuple[Problem, ...]:
        """Nothing the first time an id is seen; the clash, with both places, after that."""
        first = seen.setdefault(obj_id, place)
        if first == place:
            return ()
        return (Problem(f"{place}.id", f"id {obj_id} is used again (first at {first})"),)

    yield from claimed(journey.id, "top level")
    persona_ids = set()
    for p, persona in enumerate(journey.personas):
        yield from claimed(persona.id, f"personas[{p}]")
        persona_ids.add(persona.id)
        for section in EMPATHY_SECTIONS:
            for n, note in enumerate(getattr(persona.empathy_map, section)):
                yield from claimed(note.id, f"personas[{p}].empathy_map.{section}[{n}]")

    scale = journey.emotion_scale
    step_ids = set()
    for s, stage in enumerate(journey.stages):
        yield from claimed(stage.id, f"stages[{s}]")
        for t, step in enumerate(stage.steps):
            place = f"stages[{s}].steps[{t}]"
            yield from claimed(step.id, place)
            step_ids.add(step.id)
            scored: set[str] = set()
            for k, score in enumerate(step.scores):
                where = f"{place}.scores[{k}]"
                if score.persona not in persona_ids:
                    yield Problem(f"{where}.persona", f"no persona has the id {score.persona}")
                if score.persona in scored:
                    yield Problem(f"{where}.persona", "this persona is already scored on this step")
                scored.add(score.persona)
                for field in ("value", "target"):
                    v = getattr(score, field)
                    if v is not None and not scale.min <= v <= scale.max:
                        yield Problem(f"{where}.{field}", f"{v} is outside the emotion scale {scale.min}…{scale.max}")

    if scale.min >= scale.max:
        yield Problem("emotion_scale", "min must be below max")

    column = {step.id: k for k, step in enumerate(journey.steps())}
    card_ids = set()
    for n, lane in enumerate(journey.lanes):
        yield from claimed(lane.id, f"lanes[{n}]")
        for c, card in enumerate(lane.cards):
            yield from claimed(card.id, f"lanes[{n}].cards[{c}]")
            card_ids.add(card.id)
            if card.step not in step_ids:
                yield Problem(f"lanes[{n}].cards[{c}].step", f"no step has the id {card.step}")
            if card.last_step is not None:
                where = f"lanes[{n}].cards[{c}].last_step"
                if card.last_step not in step_ids:
                    yield Problem(where, f"no step has the id {card.last_step}")
                elif card.step in step_ids and column[card.last_step] < column[card.step]:
                    yield Problem(where, "the last step of the card's span comes before its first step")
        if lane.kind is LaneKind.EMOTION and lane.cards:
            yield Problem(f"lanes[{n}].cards", "an emotion-curve lane holds scores, not cards")

    for a, arrow in enumerate(journey.arrows):
        yield from claimed(arrow.id, f"arrows[{a}]")
        for end in ("source", "target"):
            if getattr(arrow, end) not in card_ids:
                yield Problem(f"arrows[{a}].{end}", f"no card has the id {getattr(arrow, end)}")
    yield from _thread_problems(journey, claimed)


def _thread_problems(journey: JourneyMap, claimed) -> Iterator[Problem]:
    """Comment threads: unique ids, and each on a card, step, stage or persona of this map."""
    commentable = {p.id for p in journey.personas} | {s.id for s in journey.stages}
    commentable |= {step.id for step in journey.steps()} | {c.id for lane in journey.lanes for c in lane.cards}
    for t, thread in enumerate(journey.threads):
        place = f"threads[{t}]"
        yield from claimed(thread.id, place)
        if thread.target not in commentable:
            yield Problem(f"{place}.target", f"no card, step, stage or persona has the id {thread.target}")
        for c, comment in enumerate(thread.comments):
            yield from claimed(comment.id, f"{place}.comments[{c}]")
