"""The bulk check that lets a sound map load fast misses no problem the placed walk would name.

Every load runs ``reference_problems``; for speed it first decides in bulk
whether the map is sound, and only walks it to name places when it is not.
Each kind of cross-object problem must make the bulk check give up.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from journeymap.model import JourneyMap, LaneKind, Score, new_id, reference_problems
from journeymap.model.journey_map import Note
from journeymap.model.references import _placed_problems, _surely_sound
from tests.model.sample import sample_map


def _same_id_twice(journey: JourneyMap, first: Callable[[JourneyMap], object],
                   second: Callable[[JourneyMap], object]) -> None:
    second(journey).id = first(journey).id  # type: ignore[attr-defined]


BREAKAGES: dict[str, Callable[[JourneyMap], None]] = {
    "two cards share an id": lambda j: _same_id_twice(j, lambda m: m.lanes[0].cards[0],
                                                      lambda m: m.lanes[2].cards[1]),
    "a card shares a step's id": lambda j: _same_id_twice(j, lambda m: m.stages[0].steps[0],
                                                          lambda m: m.lanes[0].cards[0]),
    "a stage shares the map's id": lambda j: _same_id_twice(j, lambda m: m, lambda m: m.stages[1]),
    "two personas share an id": lambda j: _same_id_twice(j, lambda m: m.personas[0], lambda m: m.personas[1]),
    "two steps share an id": lambda j: _same_id_twice(j, lambda m: m.stages[0].steps[0],
                                                      lambda m: m.stages[1].steps[0]),
    "a lane shares a persona's id": lambda j: _same_id_twice(j, lambda m: m.personas[0], lambda m: m.lanes[1]),
    "two empathy notes share an id": lambda j: j.personas[1].empathy_map.gains.append(
        Note(id=j.personas[0].empathy_map.says[0].id, text="copy")),
    "a card in a step that does not exist": lambda j: setattr(j.lanes[1].cards[0], "step", new_id()),
    "a score for a persona that does not exist": lambda j: setattr(
        j.stages[0].steps[0].scores[0], "persona", new_id()),
    "a persona scored twice on a step": lambda j: j.stages[0].steps[1].scores.append(
        Score(persona=j.stages[0].steps[1].scores[0].persona, value=1)),
    "an as-is score above the scale": lambda j: setattr(j.stages[0].steps[0].scores[0], "value", 4),
    "a to-be score below the scale": lambda j: setattr(j.stages[0].steps[0].scores[1], "target", -4),
    "cards in an emotion-curve lane": lambda j: setattr(j.lanes[0], "kind", LaneKind.EMOTION),
}


def test_a_sound_map_passes_the_bulk_check():
    journey = sample_map()
    assert _surely_sound(journey) and reference_problems(journey) == []


@pytest.mark.parametrize("breakage", BREAKAGES.values(), ids=BREAKAGES.keys())
def test_every_problem_defeats_the_bulk_check_and_is_named(breakage):
    journey = sample_map()
    assert journey.lanes[0].cards and journey.lanes[0].kind is not LaneKind.EMOTION
    breakage(journey)
    assert not _surely_sound(journey)
    problems = reference_problems(journey)
    assert problems and problems == list(_placed_problems(journey))


def test_a_limit_gives_the_first_problems_in_file_order():
    journey = sample_map()
    for card in journey.lanes[1].cards:
        card.step = new_id()
    journey.stages[0].steps[0].scores[0].value = 4
    everything = reference_problems(journey)
    assert len(everything) == len(journey.lanes[1].cards) + 1 >= 3
    assert reference_problems(journey, limit=2) == everything[:2]
