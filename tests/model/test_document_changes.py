"""The Document reports each real change once, naming what changed; a no-op says nothing."""

from __future__ import annotations

import pytest

from journeymap.model import Card, Change, Lane, LaneKind, Note, Persona, Score, Stage, Step


def test_setting_a_field_to_its_current_value_emits_nothing(doc, changes):
    title = doc.journey.title
    ana = doc.journey.personas[0]
    assert doc.set_fields(None, {"title": title}) == {}
    assert doc.set_fields(ana.id, {"name": "Ana", "empathy_map.style": ana.empathy_map.style}) == {}
    assert changes.take() == []
    assert doc.revision == 0


def test_setting_fields_emits_one_update_naming_only_the_changed_fields(doc, changes):
    card = doc.journey.lanes[0].cards[0]
    old = doc.set_fields(card.id, {"text": card.text, "votes": 3, "detail": "From the diary study"})
    assert old == {"votes": 0, "detail": ""}
    assert changes.take() == [Change("update", "card", (card.id,), ("votes", "detail"), doc.journey.lanes[0].id)]


def test_a_dotted_field_is_named_as_written_and_the_origin_is_passed_on(doc, changes):
    ana = doc.journey.personas[0]
    marker = object()
    doc.set_fields(ana.id, {"empathy_map.version": "2"}, origin=marker)
    (change,) = changes.take()
    assert (change.action, change.kind, change.ids, change.fields) == ("update", "persona", (ana.id,),
                                                                      ("empathy_map.version",))
    assert change.origin is marker


def test_map_fields_are_reported_as_the_map(doc, changes):
    doc.set_fields(None, {"scenario": "Ana needs headphones for a flight on Friday"})
    assert changes.take() == [Change("update", "map", (doc.journey.id,), ("scenario",), None)]


@pytest.mark.parametrize("move", [
    lambda d: d.move_persona(d.journey.personas[0].id, 0),
    lambda d: d.move_stage(d.journey.stages[1].id, 1),
    lambda d: d.move_lane(d.journey.lanes[2].id, 2),
    lambda d: d.move_step(d.journey.stages[0].steps[1].id, d.journey.stages[0].id, 1),
    lambda d: d.move_card(d.journey.lanes[0].cards[3].id, d.journey.lanes[0].id, d.journey.lanes[0].cards[3].step, 0),
    lambda d: d.move_note(d.journey.personas[0].empathy_map.says[1].id, "says", 1),
    lambda d: d.set_score(d.journey.stages[0].steps[0].id, d.journey.personas[0].id,
                          d.journey.stages[0].steps[0].scores[0].model_copy()),
    lambda d: d.set_score(d.journey.stages[0].steps[1].id, d.journey.personas[1].id, None),
])
def test_moves_and_scores_that_change_nothing_emit_nothing(doc, changes, move):
    before = doc.journey.model_dump()
    move(doc)
    assert changes.take() == []
    assert doc.journey.model_dump() == before


def test_structural_operations_name_kind_ids_and_owner(doc, changes):
    j = doc.journey
    stage0, lane0, ana = j.stages[0], j.lanes[0], j.personas[0]
    step = Step(name="Ask a friend")
    doc.add_step(stage0.id, step)
    assert changes.take() == [Change("add", "step", (step.id,), owner=stage0.id)]

    card = Card(step=step.id, text="Sends a link")
    doc.add_card(lane0.id, card)
    assert changes.take() == [Change("add", "card", (card.id,), owner=lane0.id)]

    doc.move_card(card.id, j.lanes[1].id, j.stages[1].steps[0].id)
    assert changes.take() == [Change("move", "card", (card.id,), ("step",), owner=j.lanes[1].id)]

    doc.move_step(step.id, j.stages[1].id, 0)
    assert changes.take() == [Change("move", "step", (step.id,), owner=j.stages[1].id)]

    doc.set_score(step.id, ana.id, Score(persona=ana.id, value=2))
    assert changes.take() == [Change("update", "score", (step.id, ana.id), owner=step.id)]

    note = Note(text="Trusts friends more than ads")
    doc.add_note(ana.id, "thinks", note)
    assert changes.take() == [Change("add", "note", (note.id,), owner=ana.id)]
    doc.move_note(note.id, "says", 0)
    assert changes.take() == [Change("move", "note", (note.id,), ("empathy_map.says",), owner=ana.id)]

    lane = Lane(kind=LaneKind.IDEAS)
    doc.add_lane(lane)
    doc.move_lane(lane.id, 0)
    doc.remove_lane(lane.id)
    assert changes.take() == [
        Change("add", "lane", (lane.id,)), Change("move", "lane", (lane.id,)), Change("remove", "lane", (lane.id,)),
    ]
    cleo = Persona(name="Cleo")
    stage = Stage(name="Use")
    doc.add_persona(cleo)
    doc.add_stage(stage, 0)
    assert changes.take() == [Change("add", "persona", (cleo.id,)), Change("add", "stage", (stage.id,))]


def test_removing_a_step_reports_each_card_then_the_step(doc, changes):
    pay = doc.journey.stages[1].steps[0]
    cards = [c.id for lane in doc.journey.lanes for c in lane.cards if c.step == pay.id]
    removal = doc.remove_step(pay.id)
    got = changes.take()
    assert sorted(c.ids[0] for c in got if c.kind == "card") == sorted(cards)
    assert all(c.action == "remove" for c in got)
    assert got[-1] == Change("remove", "step", (pay.id,), owner=doc.journey.stages[1].id)
    doc.restore(removal)
    restored = changes.take()
    assert [c.action for c in restored] == ["add"] * len(got)
    assert restored[0].kind == "step"


def test_removing_a_persona_reports_its_scores_and_the_persona(doc, changes):
    ben = doc.journey.personas[1]
    scored = [s.id for s in doc.journey.steps() if doc.score(s.id, ben.id) is not None]
    doc.remove_persona(ben.id)
    got = changes.take()
    assert [c.ids for c in got[:-1]] == [(s, ben.id) for s in scored]
    assert got[-1] == Change("remove", "persona", (ben.id,))


def test_every_real_change_bumps_the_revision_once(doc):
    doc.set_fields(None, {"title": "A"})
    doc.set_fields(None, {"title": "A"})
    doc.move_lane(doc.journey.lanes[0].id, 1)
    assert doc.revision == 2
