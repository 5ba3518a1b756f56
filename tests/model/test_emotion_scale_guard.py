"""The Document never holds a score off the emotion scale: such a map would save but never load again."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from journeymap.io import dump_map, parse_map
from journeymap.model import Score


def test_a_score_outside_the_scale_is_refused_and_nothing_changes(doc, changes):
    step = doc.journey.stages[0].steps[0]
    persona = doc.journey.personas[0]
    before = doc.journey.model_dump()
    for score in (Score(persona=persona.id, value=5), Score(persona=persona.id, value=0, target=-4)):
        with pytest.raises(ValidationError) as info:
            doc.set_score(step.id, persona.id, score)
        assert "outside the emotion scale -3…3" in str(info.value)
    assert doc.journey.model_dump() == before
    assert changes.take() == []


def test_the_ends_of_the_scale_are_allowed(doc):
    step = doc.journey.stages[0].steps[0]
    persona = doc.journey.personas[0]
    doc.set_score(step.id, persona.id, Score(persona=persona.id, value=-3, target=3))
    assert parse_map(dump_map(doc.journey)) == doc.journey


def test_narrowing_the_scale_below_existing_scores_is_refused_and_nothing_changes(doc, changes):
    before = doc.journey.model_dump()
    with pytest.raises(ValidationError) as info:
        doc.set_fields(None, {"emotion_scale.max": 1})
    assert "would leave scores outside it" in str(info.value)
    with pytest.raises(ValidationError):
        doc.set_fields(None, {"title": "Renamed", "emotion_scale": {"min": -1, "max": 3}})
    assert doc.journey.model_dump() == before, "all or nothing: the title is not renamed either"
    assert changes.take() == []


def test_a_scale_that_still_holds_every_score_can_be_set(doc, changes):
    doc.set_fields(None, {"emotion_scale.max": 5, "emotion_scale.min": -5})
    assert (doc.journey.emotion_scale.min, doc.journey.emotion_scale.max) == (-5, 5)
    assert parse_map(dump_map(doc.journey)) == doc.journey
    assert len(changes.take()) == 1
