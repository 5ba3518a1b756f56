"""Workshop edits undo exactly: the workshop view, a round of dots from the room, notes from the room."""

from __future__ import annotations

from journeymap.commands.workshop import AddRoomNotes, ApplyVoteRound, SetWorkshopView
from journeymap.model import Card, Document, LaneKind, new_id, now
from journeymap.model.limits import MAX_VOTES
from journeymap.model.workshop import CardText, VoteCount, VoteRound, WorkshopLane
from journeymap.templates import new_from_template

from .undo import push_undo_redo


def _doc() -> Document:
    return Document(new_from_template("online-purchase"))


def test_setting_the_workshop_view_undoes_exactly():
    doc = _doc()
    lane = doc.journey.lanes[2]
    push_undo_redo(doc, SetWorkshopView(doc, [WorkshopLane(lane=lane.id, cards=CardText.FULL)]))
    assert doc.journey.workshop.lanes == [WorkshopLane(lane=lane.id, cards=CardText.FULL)]
    push_undo_redo(doc, SetWorkshopView(doc, None))
    assert doc.journey.workshop.lanes is None


def test_a_vote_round_adds_its_dots_and_keeps_the_round_and_undoes_exactly():
    doc = _doc()
    pains = next(lane for lane in doc.journey.lanes if lane.kind is LaneKind.PAIN_POINTS)
    a, b = pains.cards[0], pains.cards[1]
    a_before, b_before = a.votes, b.votes
    record = VoteRound(id=new_id(), held=now(), dots=5, seconds=120, participants=9,
                       counts=[VoteCount(card=a.id, votes=4), VoteCount(card=b.id, votes=1),
                               VoteCount(card=new_id(), votes=3)])  # a card deleted during the round
    command = ApplyVoteRound(doc, record)
    push_undo_redo(doc, command)
    assert (a.votes, b.votes) == (a_before + 4, b_before + 1)
    kept = doc.journey.workshop.rounds[-1]
    assert kept.id == record.id and [c.card for c in kept.counts] == [a.id, b.id]


def test_a_round_never_takes_a_card_past_the_vote_limit():
    doc = _doc()
    card = doc.journey.lanes[0].cards[0]
    doc.set_fields(card.id, {"votes": MAX_VOTES - 1})
    push_undo_redo(doc, ApplyVoteRound(doc, VoteRound(id=new_id(), held=now(), dots=99,
                                                      counts=[VoteCount(card=card.id, votes=50)])))
    assert card.votes == MAX_VOTES


def test_notes_from_the_room_become_cards_in_one_step_and_undo_exactly():
    doc = _doc()
    lane = doc.journey.lanes[0]
    step = doc.journey.steps()[1].id
    notes = [(lane.id, Card(step=step, text=f"Room note {i}", tags=["from the room"])) for i in range(3)]
    push_undo_redo(doc, AddRoomNotes(doc, notes))
    assert [c.text for c in doc.cell(lane.id, step)][-3:] == ["Room note 0", "Room note 1", "Room note 2"]
