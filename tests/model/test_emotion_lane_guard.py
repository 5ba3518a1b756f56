"""An emotion-curve lane never holds cards: such a map would save but never load again."""

from __future__ import annotations

import pytest

from journeymap.io import dump_map, parse_map
from journeymap.model import Card, DocumentError, Lane, LaneKind


def test_making_a_lane_with_cards_an_emotion_lane_is_refused_with_a_reason_and_nothing_changes(doc, changes):
    lane = doc.journey.lanes[0]
    before = doc.journey.model_dump()
    with pytest.raises(DocumentError) as info:
        doc.set_fields(lane.id, {"title": "Feelings", "kind": LaneKind.EMOTION})
    assert "holds 6 cards" in str(info.value) and "move or delete its cards first" in str(info.value)
    assert doc.journey.model_dump() == before, "all or nothing: the title is not changed either"
    assert changes.take() == []
    assert parse_map(dump_map(doc.journey)) == doc.journey


def test_an_empty_lane_may_become_an_emotion_lane_and_the_file_loads(doc):
    lane = Lane(kind=LaneKind.IDEAS)
    doc.add_lane(lane)
    doc.set_fields(lane.id, {"kind": LaneKind.EMOTION})
    assert doc.lane(lane.id).kind is LaneKind.EMOTION
    assert parse_map(dump_map(doc.journey)) == doc.journey


def test_no_card_can_be_added_or_moved_into_an_emotion_lane(doc, changes):
    emotion = Lane(kind=LaneKind.EMOTION)
    doc.add_lane(emotion)
    changes.take()
    step = doc.journey.steps()[0]
    card = doc.journey.lanes[0].cards[0]
    with pytest.raises(DocumentError, match="emotion curve"):
        doc.add_card(emotion.id, Card(step=step.id, text="Feels lost"))
    with pytest.raises(DocumentError, match="emotion curve"):
        doc.move_card(card.id, emotion.id, step.id)
    assert doc.lane(emotion.id).cards == [] and doc.card(card.id) in doc.journey.lanes[0].cards
    assert changes.take() == []


def test_an_emotion_lane_that_arrives_holding_cards_is_refused(doc):
    step = doc.journey.steps()[0]
    with pytest.raises(DocumentError, match="holds 1 card;"):
        doc.add_lane(Lane(kind=LaneKind.EMOTION, cards=[Card(step=step.id, text="x")]))
    assert all(lane.kind is not LaneKind.EMOTION for lane in doc.journey.lanes)
