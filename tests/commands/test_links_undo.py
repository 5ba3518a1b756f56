"""Arrows, spanning cards and pictures: every edit is one undo step, exact both ways, and spans follow steps."""

from __future__ import annotations

import pytest

from journeymap.commands import MoveCard, MoveStep, Remove, Reorder, SetFields
from journeymap.commands.links import AddArrow, SetSpan
from journeymap.commands.replace_map import ReplaceMap
from journeymap.model import Card, Document, JourneyMap, Lane, LaneKind, Stage, Step, reference_problems
from journeymap.model.arrows import Arrow, ArrowStyle
from tests.pictures import picture

from .undo import push_undo_redo


def blueprint() -> Document:
    """Two stages (3 + 2 steps); a backstage card spanning 'Orders'..'Gets confirmation'; arrows down the lanes."""
    browse = Stage(name="Browse", steps=[Step(name="Looks"), Step(name="Orders"), Step(name="Pays")])
    after = Stage(name="After", steps=[Step(name="Gets confirmation"), Step(name="Waits")])
    s = browse.steps + after.steps
    actions = Lane(kind=LaneKind.ACTIONS, cards=[Card(step=s[1].id, text="Check-in at desk"),
                                                 Card(step=s[4].id, text="Waits at home")])
    backstage = Lane(kind=LaneKind.BACKSTAGE, cards=[
        Card(step=s[1].id, last_step=s[3].id, text="Order system"),
        Card(step=s[1].id, text="Room key encoded")])
    support = Lane(kind=LaneKind.SUPPORT_PROCESSES, cards=[Card(step=s[0].id, last_step=s[1].id, text="CRM")])
    a, k = actions.cards[0], backstage.cards[1]
    arrows = [Arrow(source=a.id, target=k.id, label="asks"),
              Arrow(source=k.id, target=support.cards[0].id, style=ArrowStyle.DEPENDENCY),
              Arrow(source=actions.cards[1].id, target=backstage.cards[0].id)]
    return Document(JourneyMap(stages=[browse, after], lanes=[actions, backstage, support], arrows=arrows))


def spanning(doc: Document) -> Card:
    return doc.journey.lanes[1].cards[0]


def names(doc: Document, card: Card) -> tuple[str, str | None]:
    return doc.step(card.step).name, doc.step(card.last_step).name if card.last_step else None


def test_deleting_a_card_deletes_its_arrows_and_undo_brings_them_back():
    doc = blueprint()
    key = doc.journey.lanes[1].cards[1]
    push_undo_redo(doc, Remove(doc, key.id))
    assert [(a.label, a.style) for a in doc.journey.arrows] == [("", ArrowStyle.FLOW)]
    assert reference_problems(doc.journey) == []


def test_deleting_a_lane_deletes_the_arrows_of_its_cards_exactly_undone():
    doc = blueprint()
    push_undo_redo(doc, Remove(doc, doc.journey.lanes[0].id))
    assert len(doc.journey.arrows) == 1
    assert reference_problems(doc.journey) == []


def test_deleting_the_first_step_of_a_span_shrinks_it_and_keeps_the_card():
    doc = blueprint()
    card = spanning(doc)
    orders = doc.journey.steps()[1]
    push_undo_redo(doc, Remove(doc, orders.id))
    assert doc.has(card.id)
    assert names(doc, card) == ("Pays", "Gets confirmation")
    assert [c.text for c in doc.journey.lanes[0].cards] == ["Waits at home"], "the one-step card went with its step"
    assert reference_problems(doc.journey) == []


def test_deleting_the_last_steps_of_a_span_leaves_a_one_step_card():
    doc = blueprint()
    crm = doc.journey.lanes[2].cards[0]
    push_undo_redo(doc, Remove(doc, doc.journey.steps()[1].id))
    assert names(doc, crm) == ("Looks", None)


def test_deleting_a_stage_a_span_reaches_into_shrinks_the_span():
    doc = blueprint()
    card = spanning(doc)
    push_undo_redo(doc, Remove(doc, doc.journey.stages[1].id))
    assert names(doc, card) == ("Orders", "Pays")
    assert reference_problems(doc.journey) == []


def test_moving_the_first_step_of_a_span_away_shrinks_the_span():
    doc = blueprint()
    card = spanning(doc)
    orders = doc.journey.steps()[1]
    push_undo_redo(doc, MoveStep(doc, orders.id, doc.journey.stages[1].id, 2))
    assert names(doc, card) == ("Pays", "Gets confirmation")
    assert reference_problems(doc.journey) == []


def test_moving_a_middle_step_out_of_a_span_shrinks_it_without_an_edit_of_the_card():
    doc = blueprint()
    card = spanning(doc)
    pays = doc.journey.steps()[2]
    push_undo_redo(doc, MoveStep(doc, pays.id, doc.journey.stages[0].id, 0))
    order = [s.name for s in doc.journey.steps()]
    first, last = names(doc, card)
    assert order[order.index(first):order.index(last) + 1] == ["Orders", "Gets confirmation"]


def test_a_step_inserted_inside_a_span_widens_it():
    doc = blueprint()
    card = spanning(doc)
    from journeymap.commands import AddStep
    push_undo_redo(doc, AddStep(doc, doc.journey.stages[0].id, Step(name="Checks basket"), 2))
    order = [s.name for s in doc.journey.steps()]
    first, last = names(doc, card)
    assert order[order.index(first):order.index(last) + 1] == ["Orders", "Checks basket", "Pays",
                                                               "Gets confirmation"]


def test_moving_a_stage_cuts_the_spans_that_reach_out_of_it():
    doc = blueprint()
    card = spanning(doc)
    push_undo_redo(doc, Reorder(doc, doc.journey.stages[1].id, 0))
    assert names(doc, card) == ("Orders", "Pays")
    assert reference_problems(doc.journey) == []


def test_a_spanning_card_moved_to_another_cell_keeps_its_width_cut_at_the_map_end():
    doc = blueprint()
    card = spanning(doc)
    steps = doc.journey.steps()
    push_undo_redo(doc, MoveCard(doc, card.id, doc.journey.lanes[0].id, steps[0].id))
    assert names(doc, card) == ("Looks", "Pays")
    doc = blueprint()
    card = spanning(doc)
    push_undo_redo(doc, MoveCard(doc, card.id, card_lane(doc, card), doc.journey.steps()[3].id))
    assert names(doc, card) == ("Gets confirmation", "Waits")


def card_lane(doc: Document, card: Card) -> str:
    return doc.parent_id(card.id) or ""


def test_resizing_a_card_across_steps_is_one_undo_step():
    doc = blueprint()
    card = doc.journey.lanes[0].cards[0]
    push_undo_redo(doc, SetSpan(doc, card.id, doc.journey.steps()[3].id))
    assert names(doc, card) == ("Orders", "Gets confirmation")
    push_undo_redo(doc, SetSpan(doc, card.id, None))
    assert card.last_step is None


def test_a_span_may_not_end_before_its_first_step():
    doc = blueprint()
    card = spanning(doc)
    command = SetSpan(doc, card.id, doc.journey.steps()[0].id)
    command.redo()
    assert command.isObsolete() and command.error is not None
    assert names(doc, card) == ("Orders", "Gets confirmation")


def test_connecting_two_cards_and_editing_the_arrow_are_exact_undo_steps():
    doc = blueprint()
    a, b = doc.journey.lanes[0].cards[1], doc.journey.lanes[2].cards[0]
    arrow = Arrow(source=a.id, target=b.id)
    command = AddArrow(doc, arrow)
    assert command.text() == "Connect ‘Waits at home’ to ‘CRM’"
    push_undo_redo(doc, command)
    push_undo_redo(doc, SetFields(doc, arrow.id, {"label": "calls", "style": ArrowStyle.DEPENDENCY}))
    push_undo_redo(doc, Remove(doc, arrow.id))


def test_an_arrow_to_a_card_not_in_the_map_is_refused():
    doc = blueprint()
    elsewhere = Card(step=doc.journey.steps()[0].id)
    command = AddArrow(doc, Arrow(source=doc.journey.lanes[0].cards[0].id, target=elsewhere.id))
    command.redo()
    assert command.isObsolete()
    assert len(doc.journey.arrows) == 3


def test_a_picture_is_added_its_alt_text_edited_and_removed_in_exact_undo_steps():
    doc = blueprint()
    card = doc.journey.lanes[0].cards[0]
    command = SetFields(doc, card.id, {"picture": picture(alt="Queue at the desk")})
    assert command.text() == "Add picture on card ‘Check-in at desk’"
    push_undo_redo(doc, command)
    push_undo_redo(doc, SetFields(doc, card.id, {"picture": card.picture.model_copy(update={"alt": "Desk"})}))
    push_undo_redo(doc, SetFields(doc, card.id, {"picture": None}))


def test_restoring_an_older_version_brings_back_its_arrows():
    doc = blueprint()
    older = doc.journey.model_copy(deep=True)
    Remove(doc, doc.journey.lanes[1].id).redo()
    assert doc.journey.arrows == []
    push_undo_redo(doc, ReplaceMap(doc, older))
    assert len(doc.journey.arrows) == 3


@pytest.mark.parametrize("where", ["step", "last_step"])
def test_a_span_to_a_step_not_in_the_map_is_a_placed_problem(where):
    journey = blueprint().journey
    card = journey.lanes[1].cards[0]
    setattr(card, where, "0" * 8 + "-0000-4000-8000-" + "0" * 12)
    problems = [str(p) for p in reference_problems(journey)]
    assert any(f"lanes[1].cards[0].{where}" in p for p in problems)


def test_a_span_that_ends_before_it_starts_and_a_dangling_arrow_are_placed_problems():
    journey = blueprint().journey
    card = journey.lanes[1].cards[0]
    card.last_step = journey.steps()[0].id
    journey.arrows[0].target = card.id[:-1] + ("0" if card.id[-1] != "0" else "1")
    problems = [str(p) for p in reference_problems(journey)]
    assert any("lanes[1].cards[0].last_step" in p and "before its first step" in p for p in problems)
    assert any(p.startswith("arrows[0].target") for p in problems)


def test_copied_cards_keep_the_arrows_between_them_and_their_width_when_pasted():
    from journeymap.commands.clipboard import PasteFragment, dump_fragment, fragment_of, parse_fragment

    doc = blueprint()
    desk, key = doc.journey.lanes[0].cards[0], doc.journey.lanes[1].cards[1]
    wide = spanning(doc)
    fragment = parse_fragment(dump_fragment(fragment_of(doc, [desk.id, key.id, wide.id])))
    assert len(fragment.arrows) == 1, "only the arrow whose two cards were copied"
    steps = doc.journey.steps()
    command = PasteFragment(doc, fragment, cell=(doc.journey.lanes[2].id, steps[0].id))
    push_undo_redo(doc, command)
    pasted = [doc.card(i) for i in command.new_ids]
    new_wide = next(c for c in pasted if c.text == "Order system")
    assert names(doc, new_wide) == ("Looks", "Pays"), "three steps wide, as it was"
    (arrow,) = [a for a in doc.journey.arrows if a.source in command.new_ids]
    assert {arrow.source, arrow.target} <= set(command.new_ids) and arrow.label == "asks"
    assert reference_problems(doc.journey) == []


def test_a_copied_step_takes_its_cards_and_a_span_inside_the_copy_keeps_its_reach():
    from journeymap.commands.clipboard import PasteFragment, fragment_of

    doc = blueprint()
    steps = doc.journey.steps()
    crm = doc.journey.lanes[2].cards[0]
    fragment = fragment_of(doc, [steps[0].id, steps[1].id])
    command = PasteFragment(doc, fragment, stage=(doc.journey.stages[1].id, 2))
    push_undo_redo(doc, command)
    copy = next(doc.card(i) for i in command.new_ids if doc.has(i) and getattr(doc.get(i), "text", "") == "CRM")
    assert copy.id != crm.id and copy.last_step in command.new_ids
    assert names(doc, copy) == ("Looks", "Orders")
    assert reference_problems(doc.journey) == []
