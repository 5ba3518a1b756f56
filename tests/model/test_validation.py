"""A map that is wrong across objects is reported at the exact place; the Document never builds one."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from journeymap.model import (
    Card,
    Document,
    DocumentError,
    JourneyMap,
    Lane,
    LaneKind,
    Persona,
    Problem,
    Score,
    Stage,
    Step,
    new_id,
    reference_problems,
)

from .sample import sample_map


def test_the_sample_map_is_sound():
    assert reference_problems(sample_map()) == []


def test_a_score_outside_the_emotion_scale_names_its_place():
    journey = sample_map()
    journey.stages[1].steps[0].scores[0].value = 4
    journey.stages[0].steps[2].scores[1].target = -5
    assert reference_problems(journey) == [
        Problem("stages[0].steps[2].scores[1].target", "-5 is outside the emotion scale -3…3"),
        Problem("stages[1].steps[0].scores[0].value", "4 is outside the emotion scale -3…3"),
    ]


def test_a_wider_scale_accepts_what_a_narrow_one_refuses():
    journey = sample_map()
    journey.stages[1].steps[0].scores[0].value = 5
    journey.emotion_scale.min, journey.emotion_scale.max = -5, 5
    assert reference_problems(journey) == []


def test_a_duplicate_id_names_both_places():
    journey = sample_map()
    card = journey.lanes[2].cards[1]
    card.id = journey.lanes[0].cards[0].id
    (problem,) = reference_problems(journey)
    assert problem.place == "lanes[2].cards[1].id"
    assert "lanes[0].cards[0]" in problem.message


def test_a_card_in_a_step_that_does_not_exist_is_named():
    journey = sample_map()
    ghost = new_id()
    journey.lanes[1].cards[2].step = ghost
    assert reference_problems(journey) == [Problem("lanes[1].cards[2].step", f"no step has the id {ghost}")]


def test_a_score_of_a_persona_that_does_not_exist_is_named():
    journey = sample_map()
    ghost = new_id()
    journey.stages[0].steps[1].scores[0].persona = ghost
    assert reference_problems(journey) == [
        Problem("stages[0].steps[1].scores[0].persona", f"no persona has the id {ghost}")
    ]


def test_a_persona_scored_twice_on_one_step_is_named():
    journey = sample_map()
    step = journey.stages[0].steps[0]
    step.scores.append(Score(persona=step.scores[0].persona, value=0))
    assert reference_problems(journey) == [
        Problem("stages[0].steps[0].scores[2].persona", "this persona is already scored on this step")
    ]


def test_cards_in_an_emotion_lane_are_refused():
    journey = sample_map()
    journey.lanes.append(Lane(kind=LaneKind.EMOTION, cards=[Card(step=journey.steps()[0].id)]))
    assert [p.place for p in reference_problems(journey)] == ["lanes[3].cards"]


@pytest.mark.parametrize("build", [
    lambda: Score(persona=new_id()),                       # no value at all: a gap is no score
    lambda: Score(persona=new_id(), value="2"),            # strict: text is not a number
    lambda: Card(step="not-an-id"),
    lambda: Card(step=new_id(), colour="red"),
    lambda: Card(step=new_id(), votes=-1),
    lambda: Step(name="x", unknown_field=1),
    lambda: Persona(name="x" * 501),
])
def test_objects_refuse_bad_values(build):
    with pytest.raises(ValidationError):
        build()


def test_a_gap_in_the_curve_is_no_score_not_a_zero():
    journey = sample_map()
    ben = journey.personas[1]
    assert Document(journey).score(journey.steps()[1].id, ben.id) is None


# -- the Document keeps a map sound --------------------------------------------

def test_the_document_refuses_objects_whose_ids_are_already_in_the_map():
    doc = Document(sample_map())
    before = doc.journey.model_dump()
    stage = doc.journey.stages[0]
    with pytest.raises(DocumentError):
        doc.add_stage(Stage(name="Copy", steps=[stage.steps[0].model_copy()]))
    with pytest.raises(DocumentError):
        doc.add_step(stage.id, Step(id=stage.steps[1].id, name="Twin"))
    twin = new_id()
    with pytest.raises(DocumentError):
        doc.add_stage(Stage(name="Twins", steps=[Step(id=twin, name="a"), Step(id=twin, name="b")]))
    assert doc.journey.model_dump() == before
    assert reference_problems(doc.journey) == []


def test_the_document_refuses_dangling_references():
    doc = Document(sample_map())
    before = doc.journey.model_dump()
    with pytest.raises(DocumentError):
        doc.add_card(doc.journey.lanes[0].id, Card(step=new_id()))
    with pytest.raises(DocumentError):
        doc.add_lane(Lane(kind=LaneKind.IDEAS, cards=[Card(step=new_id())]))
    with pytest.raises(DocumentError):
        doc.add_step(doc.journey.stages[0].id, Step(name="x", scores=[Score(persona=new_id(), value=1)]))
    with pytest.raises(DocumentError):
        doc.set_score(doc.journey.steps()[0].id, new_id(), None)
    assert doc.journey.model_dump() == before


def test_cards_can_join_the_steps_of_a_new_stage():
    doc = Document(sample_map())
    step = Step(name="Unbox")
    doc.add_stage(Stage(name="Use", steps=[step]))
    doc.add_lane(Lane(kind=LaneKind.IDEAS, cards=[Card(step=step.id, text="Handwritten note")]))
    assert reference_problems(doc.journey) == []


@pytest.mark.parametrize("field", ["id", "step"])
def test_ids_and_placement_cannot_be_set_as_fields(field):
    doc = Document(sample_map())
    card = doc.journey.lanes[0].cards[0]
    with pytest.raises(DocumentError):
        doc.set_fields(card.id, {field: new_id()})


@pytest.mark.parametrize("obj, field", [(None, "stages"), ("stage", "steps"), ("lane", "cards"),
                                        ("step", "scores"), ("persona", "empathy_map.says")])
def test_child_lists_cannot_be_replaced_as_fields(obj, field):
    doc = Document(sample_map())
    j = doc.journey
    obj_id = {None: None, "stage": j.stages[0].id, "lane": j.lanes[0].id, "step": j.steps()[0].id,
              "persona": j.personas[0].id}[obj]
    with pytest.raises(DocumentError):
        doc.set_fields(obj_id, {field: []})


def test_an_unknown_id_or_field_is_a_document_error():
    doc = Document(JourneyMap())
    with pytest.raises(DocumentError):
        doc.set_fields(new_id(), {"name": "x"})
    with pytest.raises(DocumentError):
        doc.set_fields(None, {"colour": "#ffffff"})
