"""The workshop view and vote rounds live in the file; v1 files load with the default view."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from journeymap.io import dump_map, parse_map
from journeymap.model import JourneyMap, LaneKind
from journeymap.model.workshop import (
    CardText,
    VoteCount,
    VoteRound,
    WorkshopLane,
    default_workshop_lanes,
    workshop_lanes,
)
from journeymap.templates import new_from_template


def test_a_v1_file_loads_with_the_default_workshop_view_and_saves_as_v2():
    journey = new_from_template("online-purchase")
    doc = json.loads(dump_map(journey))
    doc["schema_version"] = 1
    del doc["workshop"]
    for stage in doc["stages"]:
        for step in stage["steps"]:
            for score in step["scores"]:
                del score["sample_size"]
    loaded = parse_map(json.dumps(doc).encode())
    assert loaded.workshop.lanes is None and loaded.workshop.rounds == []
    assert [lane.kind for lane, _ in workshop_lanes(loaded)] == [
        LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.EMOTION, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES,
        LaneKind.IDEAS]
    assert b'"schema_version": 2' in dump_map(loaded)


def test_a_workshop_view_and_a_vote_round_survive_saving_and_loading():
    journey = new_from_template("credit-card")
    pains = next(lane for lane in journey.lanes if lane.kind is LaneKind.PAIN_POINTS)
    journey.workshop.lanes = [WorkshopLane(lane=pains.id, cards=CardText.FIRST_LINE)]
    journey.workshop.rounds = [VoteRound(id="0b6f0000-0000-4000-8000-000000000001", held=journey.created, dots=5,
                                         seconds=180, participants=12,
                                         counts=[VoteCount(card=pains.cards[0].id, votes=7)])]
    again = parse_map(dump_map(journey))
    assert again == journey
    assert workshop_lanes(again) == [(pains, CardText.FIRST_LINE)]


def test_the_default_view_of_a_blueprint_is_what_the_customer_meets_and_feels():
    journey = new_from_template("hotel-blueprint")
    by_id = {lane.id: lane.kind for lane in journey.lanes}
    assert [by_id[w.lane] for w in default_workshop_lanes(journey)] == [
        LaneKind.EMOTION, LaneKind.ACTIONS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES]


def test_a_workshop_entry_for_a_deleted_lane_is_ignored_not_an_error():
    journey = new_from_template("online-purchase")
    journey.workshop.lanes = [WorkshopLane(lane="99999999-9999-4999-8999-999999999999")]
    assert workshop_lanes(parse_map(dump_map(journey))) == []


@pytest.mark.parametrize("bad", [{"dots": 0}, {"dots": 100}, {"seconds": -1}, {"participants": 10_001}])
def test_round_settings_outside_the_limits_are_refused(bad):
    fields = {"id": "0b6f0000-0000-4000-8000-000000000001", "held": JourneyMap().created, "dots": 5} | bad
    with pytest.raises(ValidationError):
        VoteRound(**fields)
