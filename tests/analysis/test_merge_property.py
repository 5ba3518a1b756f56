"""Hypothesis: for random edits A and B of a random map, the three-way merge keeps both and stays a valid map.

- Edits that touch different objects all survive the merge, with no conflict.
- Merging a version with itself gives that version back, byte for byte.
- Whatever two versions did (deletes of stages, lanes and personas against edits
  inside them included), the merged file loads as a valid map.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymap.analysis.merge import merge_maps
from journeymap.io import dump_map, parse_map
from journeymap.model import Card, Document, JourneyMap, Persona, Score, reference_problems
from tests.io.strategies import journey_maps

Check = Callable[[JourneyMap], bool]
SETTINGS = settings(max_examples=40, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _cards(j: JourneyMap) -> dict[str, tuple[str, Card]]:
    return {c.id: (lane.id, c) for lane in j.lanes for c in lane.cards}


def side_edits(journey: JourneyMap, data: st.DataObject, side: int, label: str) -> list[Check]:
    """Edit ``journey`` (in place) on the objects of parity ``side`` only; return checks of each edit."""
    doc = Document(journey)
    checks: list[Check] = []
    cards = [c for k, c in enumerate(c for lane in journey.lanes for c in lane.cards) if k % 2 == side]
    steps = journey.steps()
    own_steps = [s for k, s in enumerate(steps) if k % 2 == side]
    lanes = list(journey.lanes)
    scored: set[tuple[str, str]] = set()
    for n in range(data.draw(st.integers(0, 6), label=f"{label} edits")):
        what = data.draw(st.sampled_from(["text", "move", "delete", "add", "rename", "score"]), label=label)
        if what in ("text", "move", "delete") and cards:
            card = data.draw(st.sampled_from(cards), label=f"{label} card")
            cards.remove(card)
            if what == "text":
                new = f"{label} rewrote {n}"
                doc.set_fields(card.id, {"text": new})
                checks.append(lambda m, i=card.id, t=new: _cards(m)[i][1].text == t)
            elif what == "move":
                lane = data.draw(st.sampled_from(lanes), label=f"{label} lane")
                step = data.draw(st.sampled_from(steps), label=f"{label} step")
                doc.move_card(card.id, lane.id, step.id)
                checks.append(lambda m, i=card.id, lid=lane.id, sid=step.id:
                              _cards(m)[i][0] == lid and _cards(m)[i][1].step == sid)
            else:
                doc.remove_card(card.id)
                checks.append(lambda m, i=card.id: i not in _cards(m))
        elif what == "add" and lanes and steps:
            lane = data.draw(st.sampled_from(lanes), label=f"{label} lane")
            step = data.draw(st.sampled_from(steps), label=f"{label} step")
            card = Card(step=step.id, text=f"{label} added {n}")
            doc.add_card(lane.id, card)
            checks.append(lambda m, i=card.id, lid=lane.id, t=card.text:
                          i in _cards(m) and _cards(m)[i][0] == lid and _cards(m)[i][1].text == t)
        elif what == "rename" and own_steps:
            step = data.draw(st.sampled_from(own_steps), label=f"{label} step")
            own_steps.remove(step)  # one edit per object: each check is of the final value
            name = f"{label} step {n}"
            doc.set_fields(step.id, {"name": name})
            checks.append(lambda m, i=step.id, t=name: next(s for s in m.steps() if s.id == i).name == t)
        elif what == "score" and own_steps and journey.personas:
            step = data.draw(st.sampled_from(own_steps), label=f"{label} step")
            persona = data.draw(st.sampled_from(journey.personas), label=f"{label} persona")
            scale = journey.emotion_scale
            value = data.draw(st.integers(scale.min, scale.max), label=f"{label} value")
            if (step.id, persona.id) in scored:
                continue
            scored.add((step.id, persona.id))
            doc.set_score(step.id, persona.id, Score(persona=persona.id, value=value))
            checks.append(lambda m, s=step.id, p=persona.id, v=value: next(
                sc for st_ in m.steps() if st_.id == s for sc in st_.scores if sc.persona == p).value == v)
    return checks


def _valid(journey: JourneyMap) -> bool:
    again = parse_map(dump_map(journey))  # raises MapFileError if the file would not load
    return again == journey and reference_problems(journey) == []


@SETTINGS
@given(base=journey_maps(), data=st.data())
def test_edits_of_different_objects_both_survive_the_merge(base, data):
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    checks = side_edits(ours, data, 0, "A") + side_edits(theirs, data, 1, "B")
    result = merge_maps(base, ours, theirs)
    assert result.clean, [c.message for c in result.conflicts]
    assert all(check(result.journey) for check in checks)
    assert _valid(result.journey)


@SETTINGS
@given(base=journey_maps(), data=st.data())
def test_merging_a_version_with_itself_gives_it_back(base, data):
    ours = base.model_copy(deep=True)
    side_edits(ours, data, 0, "A")
    side_edits(ours, data, 1, "A2")
    result = merge_maps(base, ours, ours.model_copy(deep=True))
    assert result.clean
    assert dump_map(result.journey) == dump_map(ours)


def wild_edits(journey: JourneyMap, data: st.DataObject, label: str) -> None:
    """Anything a designer may do, on any object: deletes of whole stages, lanes and personas included."""
    doc = Document(journey)
    for n in range(data.draw(st.integers(0, 8), label=f"{label} edits")):
        what = data.draw(st.sampled_from(["stage", "step", "lane", "persona", "card", "text", "move", "score",
                                          "scale", "add", "kind"]), label=label)
        steps, lanes = journey.steps(), journey.lanes
        cards = [c for lane in lanes for c in lane.cards]
        if what == "stage" and journey.stages:
            doc.remove_stage(data.draw(st.sampled_from(journey.stages)).id)
        elif what == "step" and steps:
            doc.remove_step(data.draw(st.sampled_from(steps)).id)
        elif what == "lane" and lanes:
            doc.remove_lane(data.draw(st.sampled_from(lanes)).id)
        elif what == "persona" and journey.personas:
            doc.remove_persona(data.draw(st.sampled_from(journey.personas)).id)
        elif what == "card" and cards:
            doc.remove_card(data.draw(st.sampled_from(cards)).id)
        elif what == "text" and cards:
            doc.set_fields(data.draw(st.sampled_from(cards)).id, {"text": f"{label} {n}"})
        elif what == "move" and cards and steps:
            doc.move_card(data.draw(st.sampled_from(cards)).id, data.draw(st.sampled_from(lanes)).id,
                          data.draw(st.sampled_from(steps)).id)
        elif what == "score" and steps and journey.personas:
            persona = data.draw(st.sampled_from(journey.personas))
            scale = journey.emotion_scale
            doc.set_score(data.draw(st.sampled_from(steps)).id, persona.id,
                          Score(persona=persona.id, value=data.draw(st.integers(scale.min, scale.max))))
        elif what == "scale":
            low = min([journey.emotion_scale.min] + [v for s in steps for sc in s.scores
                                                    for v in (sc.value, sc.target) if v is not None])
            try:
                doc.set_fields(None, {"emotion_scale": {"min": max(-10, low), "max": data.draw(st.integers(1, 10))}})
            except ValueError:
                pass  # the Document refuses a scale that leaves scores off it, as the editor does
        elif what == "add" and lanes and steps:
            doc.add_card(data.draw(st.sampled_from(lanes)).id, Card(step=data.draw(st.sampled_from(steps)).id,
                                                                    text=f"{label} new {n}"))
            if data.draw(st.booleans()):
                doc.add_persona(Persona(name=f"{label} persona {n}"))
        elif what == "kind" and lanes:
            lane = data.draw(st.sampled_from(lanes))
            doc.set_fields(lane.id, {"title": f"{label} lane {n}"})


@SETTINGS
@given(base=journey_maps(), data=st.data())
def test_whatever_two_versions_did_the_merge_is_a_valid_map(base, data):
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    wild_edits(ours, data, "A")
    wild_edits(theirs, data, "B")
    result = merge_maps(base, ours, theirs)
    assert _valid(result.journey)
    assert result.journey.merge_conflicts[-len(result.conflicts):] == result.conflicts if result.conflicts else True
