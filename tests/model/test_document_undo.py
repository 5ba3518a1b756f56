"""Every Document operation can be undone exactly with what it returned, and redone.

The editor's undo commands are thin wrappers around these calls, so each test
plays the command: do, undo with the returned value, redo; the map's dump must
match exactly at each point (order of lists included).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from journeymap.model import Card, Document, EmpathyStyle, Lane, LaneKind, Note, Persona, Score, Stage, Step


def check_undo_redo(doc: Document, do: Callable[[], Any], undo: Callable[[Any], None],
                    redo: Callable[[Any], None] | None = None) -> Any:
    """Do, undo, redo: the dump after undo equals before, after redo equals after do."""
    before = doc.journey.model_dump()
    result = do()
    after = doc.journey.model_dump()
    assert after != before, "the operation changed nothing"
    undo(result)
    assert doc.journey.model_dump() == before
    (redo or (lambda _r: do()))(result)
    assert doc.journey.model_dump() == after
    return result


def steps(doc: Document) -> list[Step]:
    return doc.journey.steps()


# -- fields ---------------------------------------------------------------------

def test_setting_map_fields_and_undo_restores_the_old_values(doc):
    check_undo_redo(
        doc,
        lambda: doc.set_fields(None, {"title": "Ordering a dress", "tags": ["retail", "returns"]}),
        lambda old: doc.set_fields(None, old),
    )


def test_setting_a_dotted_field_and_undo(doc):
    ana = doc.journey.personas[0]
    check_undo_redo(
        doc,
        lambda: doc.set_fields(ana.id, {"empathy_map.style": EmpathyStyle.CANVAS, "empathy_map.designed_by": "Kim"}),
        lambda old: doc.set_fields(ana.id, old),
    )
    assert doc.journey.personas[0].empathy_map.designed_by == "Kim"


def test_setting_fields_of_a_step_card_lane_stage_and_undo(doc):
    step, stage = steps(doc)[1], doc.journey.stages[1]
    card, lane = doc.journey.lanes[0].cards[2], doc.journey.lanes[2]
    for obj_id, values in [
        (step.id, {"name": "Compare prices", "moment_of_truth": True, "moment_of_truth_note": "Won or lost here"}),
        (stage.id, {"name": "Purchase", "colour": "#ffeecc"}),
        (card.id, {"text": "Reads three reviews", "votes": 4, "tags": ["research"]}),
        (lane.id, {"title": "Pains", "hidden": True}),
    ]:
        check_undo_redo(doc, lambda i=obj_id, v=values: doc.set_fields(i, v),
                        lambda old, i=obj_id: doc.set_fields(i, old))


def test_a_bad_value_changes_nothing_even_after_good_ones(doc):
    before = doc.journey.model_dump()
    with pytest.raises(ValueError):
        doc.set_fields(None, {"title": "New title", "language": "x" * 100})
    assert doc.journey.model_dump() == before


# -- personas -------------------------------------------------------------------

def test_adding_a_persona_and_undo(doc):
    cleo = Persona(name="Cleo")
    check_undo_redo(doc, lambda: doc.add_persona(cleo, 1), lambda _: doc.remove_persona(cleo.id))
    assert doc.journey.personas[1] is cleo


def test_removing_a_persona_takes_its_scores_and_undo_restores_them_in_place(doc):
    ana = doc.journey.personas[0]
    removal = check_undo_redo(doc, lambda: doc.remove_persona(ana.id), doc.restore, doc.take)
    assert all(s.persona != ana.id for step in steps(doc) for s in step.scores)
    assert len([o for _, o in removal.taken if isinstance(o, Score)]) == len(steps(doc))


def test_moving_a_persona_and_moving_it_back(doc):
    ben = doc.journey.personas[1]
    check_undo_redo(doc, lambda: doc.move_persona(ben.id, 0), lambda old: doc.move_persona(ben.id, old))


# -- stages and steps -----------------------------------------------------------

def test_adding_a_stage_and_undo(doc):
    stage = Stage(name="Use", steps=[Step(name="Unbox")])
    check_undo_redo(doc, lambda: doc.add_stage(stage, 1), lambda _: doc.remove_stage(stage.id))


def test_removing_a_stage_takes_its_steps_and_their_cards_and_undo_restores_all(doc):
    browse = doc.journey.stages[0]
    removal = check_undo_redo(doc, lambda: doc.remove_stage(browse.id), doc.restore, doc.take)
    assert sum(isinstance(o, Card) for _, o in removal.taken) == 5
    assert not doc.has(browse.steps[0].id)


def test_moving_a_stage_and_back(doc):
    buy = doc.journey.stages[1]
    check_undo_redo(doc, lambda: doc.move_stage(buy.id, 0), lambda old: doc.move_stage(buy.id, old))


def test_adding_a_step_and_undo(doc):
    step = Step(name="Ask a friend")
    stage = doc.journey.stages[0]
    check_undo_redo(doc, lambda: doc.add_step(stage.id, step, 0), lambda _: doc.remove_step(step.id))


def test_removing_a_step_takes_its_cards_from_every_lane_and_undo_restores_them(doc):
    pay = steps(doc)[3]
    removal = check_undo_redo(doc, lambda: doc.remove_step(pay.id), doc.restore, doc.take)
    lanes_hit = {slot.owner for slot, o in removal.taken if isinstance(o, Card)}
    assert lanes_hit == {doc.journey.lanes[0].id, doc.journey.lanes[1].id}
    assert len(doc.cell(doc.journey.lanes[0].id, steps(doc)[2].id)) == 0


@pytest.mark.parametrize("target_stage, index", [(0, 2), (0, 0), (1, 0), (1, 2)])
def test_moving_a_step_within_and_across_stages_and_back(doc, target_stage, index):
    step = steps(doc)[1]
    stage_id = doc.journey.stages[target_stage].id
    check_undo_redo(doc, lambda: doc.move_step(step.id, stage_id, index),
                    lambda old: doc.move_step(step.id, old.owner, old.index))
    assert doc.parent_id(step.id) == stage_id


def test_moving_a_step_to_a_place_that_does_not_exist_keeps_the_step(doc):
    step = steps(doc)[0]
    before = doc.journey.model_dump()
    with pytest.raises(ValueError):
        doc.move_step(step.id, doc.journey.stages[1].id, 9)
    with pytest.raises(ValueError):
        doc.move_step(step.id, doc.journey.lanes[0].id, 0)
    assert doc.journey.model_dump() == before
    assert doc.step(step.id) is step


# -- lanes and cards ------------------------------------------------------------

def test_adding_a_lane_and_undo(doc):
    lane = Lane(kind=LaneKind.IDEAS, cards=[Card(step=steps(doc)[2].id, text="Size guide")])
    check_undo_redo(doc, lambda: doc.add_lane(lane, 0), lambda _: doc.remove_lane(lane.id))


def test_removing_a_lane_with_its_cards_and_undo(doc):
    lane = doc.journey.lanes[1]
    removal = check_undo_redo(doc, lambda: doc.remove_lane(lane.id), doc.restore, doc.take)
    assert removal.ids() == [lane.id]


def test_moving_a_lane_and_back(doc):
    lane = doc.journey.lanes[0]
    check_undo_redo(doc, lambda: doc.move_lane(lane.id, 2), lambda old: doc.move_lane(lane.id, old))


@pytest.mark.parametrize("cell_index", [0, 1, None])
def test_adding_a_card_at_a_place_in_its_cell_and_undo(doc, cell_index):
    lane, pay = doc.journey.lanes[0], steps(doc)[3]
    card = Card(step=pay.id, text="Applies a voucher")
    check_undo_redo(doc, lambda: doc.add_card(lane.id, card, cell_index), lambda _: doc.remove_card(card.id))
    cell = doc.cell(lane.id, pay.id)
    assert cell.index(card) == (3 if cell_index is None else cell_index)


def test_adding_a_card_to_an_empty_cell_keeps_lane_order_by_column(doc):
    lane = doc.journey.lanes[0]
    card = Card(step=steps(doc)[2].id, text="Adds to basket")
    doc.add_card(lane.id, card)
    order = {s.id: k for k, s in enumerate(steps(doc))}
    columns = [order[c.step] for c in lane.cards]
    assert columns == sorted(columns)


def test_removing_a_card_and_undo(doc):
    card = doc.journey.lanes[0].cards[4]
    check_undo_redo(doc, lambda: doc.remove_card(card.id), doc.restore, doc.take)


@pytest.mark.parametrize("lane_n, step_n, cell_index", [
    (0, 3, 1),     # within its cell, one down
    (0, 3, 2),     # within its cell, to the back
    (0, 1, 0),     # to another step of the same lane
    (2, 4, 0),     # to another lane and step, before a card
    (1, 2, None),  # to an empty cell of another lane
])
def test_moving_a_card_and_placing_it_back(doc, lane_n, step_n, cell_index):
    card = doc.journey.lanes[0].cards[3]  # "Pays by card", first of three in its cell
    lane_id, step_id = doc.journey.lanes[lane_n].id, steps(doc)[step_n].id
    check_undo_redo(doc, lambda: doc.move_card(card.id, lane_id, step_id, cell_index),
                    lambda old: doc.place_card(card.id, *old))
    assert doc.card(card.id).step == step_id
    assert doc.parent_id(card.id) == lane_id
    if cell_index is not None:
        assert doc.cell_index(card.id) == cell_index


def test_cards_in_a_cell_keep_their_order(doc):
    lane, pay = doc.journey.lanes[0], steps(doc)[3]
    assert [c.text for c in doc.cell(lane.id, pay.id)] == ["Pays by card", "Gets a receipt", "Checks the e-mail"]
    first = doc.cell(lane.id, pay.id)[0]
    doc.move_card(first.id, lane.id, pay.id, 1)
    assert [c.text for c in doc.cell(lane.id, pay.id)] == ["Gets a receipt", "Pays by card", "Checks the e-mail"]


# -- scores ---------------------------------------------------------------------

def test_setting_a_new_score_and_clearing_it_again(doc):
    ben, step = doc.journey.personas[1], steps(doc)[1]
    assert doc.score(step.id, ben.id) is None
    check_undo_redo(doc, lambda: doc.set_score(step.id, ben.id, Score(persona=ben.id, value=-3)),
                    lambda old: doc.set_score(step.id, ben.id, *old))


def test_changing_a_score_keeps_its_place_and_undo_restores_it(doc):
    ana, step = doc.journey.personas[0], steps(doc)[0]
    assert step.scores[0].persona == ana.id
    check_undo_redo(doc, lambda: doc.set_score(step.id, ana.id, Score(persona=ana.id, value=3, label="Delighted")),
                    lambda old: doc.set_score(step.id, ana.id, *old))
    assert step.scores[0].persona == ana.id


def test_clearing_a_score_and_restoring_it_at_its_index(doc):
    ana, step = doc.journey.personas[0], steps(doc)[0]
    old = check_undo_redo(doc, lambda: doc.set_score(step.id, ana.id, None),
                          lambda old: doc.set_score(step.id, ana.id, *old))
    assert old[1] == 0
    assert doc.score(step.id, ana.id) is None


# -- empathy notes --------------------------------------------------------------

def test_adding_a_note_and_undo(doc):
    ana = doc.journey.personas[0]
    note = Note(text="Hopes it fits")
    check_undo_redo(doc, lambda: doc.add_note(ana.id, "says", note, 1), lambda _: doc.remove_note(note.id))
    assert [n.text for n in ana.empathy_map.says] == ["Where is my parcel?", "Hopes it fits", "Great price"]


def test_removing_a_note_and_undo(doc):
    note = doc.journey.personas[0].empathy_map.says[0]
    check_undo_redo(doc, lambda: doc.remove_note(note.id), doc.restore, doc.take)


@pytest.mark.parametrize("section, index", [("says", 1), ("pains", 0), ("feels", 1)])
def test_moving_a_note_and_placing_it_back(doc, section, index):
    note = doc.journey.personas[0].empathy_map.says[0]
    check_undo_redo(doc, lambda: doc.move_note(note.id, section, index),
                    lambda old: doc.place_note(note.id, old))
    assert getattr(doc.journey.personas[0].empathy_map, section)[index] is note


def test_moving_a_note_to_a_place_that_does_not_exist_keeps_the_note(doc):
    note = doc.journey.personas[0].empathy_map.says[0]
    before = doc.journey.model_dump()
    with pytest.raises(ValueError):
        doc.move_note(note.id, "gains", 5)
    assert doc.journey.model_dump() == before
    assert doc.has(note.id)
