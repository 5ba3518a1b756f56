"""Old files are upgraded before validation, one pure step per version; newer files are refused."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from journeymap.io import MapFileError, TooNewError, dump_map, load_map, parse_map
from journeymap.io.migrations import MIGRATIONS, migrate
from journeymap.model import SCHEMA_VERSION, LaneKind

DRAFT_V0 = Path(__file__).parent / "data" / "draft-v0.journey"


def test_there_is_a_migration_from_every_older_version():
    assert sorted(MIGRATIONS) == list(range(SCHEMA_VERSION))


def test_v0_to_v1_moves_cards_into_their_lanes_and_emotion_into_scores():
    doc = json.loads(DRAFT_V0.read_text("utf-8"))
    original = copy.deepcopy(doc)
    out = MIGRATIONS[0](doc)
    assert doc == original, "a migration must not change its input"
    assert out["schema_version"] == 1
    assert "cards" not in out
    actions, touchpoints = out["lanes"]
    assert [c["text"] for c in actions["cards"]] == ["Taps “New card”", "Waits on hold"]
    assert [c["text"] for c in touchpoints["cards"]] == ["Phone line"]
    assert all("lane" not in c for c in actions["cards"] + touchpoints["cards"])
    step = out["stages"][0]["steps"][0]
    assert "emotion" not in step
    assert step["scores"] == [{"persona": "6f1e2d3c-4b5a-4968-8776-655443322110", "value": 2, "label": "Easy"}]


def test_a_v0_file_loads_as_a_current_map_and_saves_in_the_current_format():
    journey = load_map(DRAFT_V0)
    assert journey.schema_version == SCHEMA_VERSION
    assert journey.title == "Ordering a new credit card"
    assert [lane.kind for lane in journey.lanes] == [LaneKind.ACTIONS, LaneKind.TOUCHPOINTS]
    assert journey.lanes[1].cards[0].channel == "phone"
    assert journey.stages[0].steps[1].scores[0].value == -1
    again = parse_map(dump_map(journey))
    assert again == journey
    assert f'"schema_version": {SCHEMA_VERSION}'.encode() in dump_map(journey)


def test_migrate_applies_every_step_up_to_the_current_version():
    doc = json.loads(DRAFT_V0.read_text("utf-8"))
    assert migrate(doc, 0)["schema_version"] == SCHEMA_VERSION
    assert migrate(migrate(doc, 0), SCHEMA_VERSION) == migrate(doc, 0)


def test_a_v0_file_with_a_card_in_a_missing_step_is_reported_not_guessed(tmp_path):
    doc = json.loads(DRAFT_V0.read_text("utf-8"))
    doc["cards"][0]["step"] = "99999999-9999-4999-8999-999999999999"
    path = tmp_path / "old.journey"
    path.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(MapFileError) as info:
        load_map(path)
    assert [p.place for p in info.value.problems] == ["lanes[0].cards[0].step"]


def test_a_file_from_a_newer_journeymap_is_refused_and_left_alone(tmp_path):
    doc = json.loads(DRAFT_V0.read_text("utf-8"))
    doc["schema_version"] = SCHEMA_VERSION + 1
    path = tmp_path / "future.journey"
    path.write_text(json.dumps(doc), "utf-8")
    before = path.read_bytes()
    with pytest.raises(TooNewError) as info:
        load_map(path)
    assert "newer Journeymap" in str(info.value)
    assert info.value.problems[0].place == "schema_version"
    assert path.read_bytes() == before


@pytest.mark.parametrize("lane", [None, "00000000-0000-4000-8000-000000000000", 7])
def test_a_v0_card_without_a_lane_refuses_the_file_naming_the_card(tmp_path, lane):
    """Upgrading must never drop a card that has nowhere to go: the user hears which one."""
    doc = json.loads(DRAFT_V0.read_text("utf-8"))
    if lane is None:
        del doc["cards"][2]["lane"]
    else:
        doc["cards"][2]["lane"] = lane
    path = tmp_path / "old.journey"
    path.write_text(json.dumps(doc), "utf-8")
    before = path.read_bytes()
    with pytest.raises(MapFileError) as info:
        load_map(path)
    [problem] = info.value.problems
    assert problem.place == "cards[2].lane"
    expected = "required field is missing" if lane is None else f"no lane has the id {lane}"
    assert expected in problem.message
    assert info.value.lines()[0].startswith(f"{path}: cards[2].lane: ")
    assert path.read_bytes() == before


def test_a_v0_file_whose_cards_are_not_cards_is_refused_not_emptied(tmp_path):
    doc = json.loads(DRAFT_V0.read_text("utf-8"))
    doc["cards"][1] = "Phone line"
    with pytest.raises(MapFileError) as info:
        parse_map(json.dumps(doc).encode(), "old.journey")
    assert [p.place for p in info.value.problems] == ["cards[1]"]
    doc["cards"] = {"a": 1}
    with pytest.raises(MapFileError) as info:
        parse_map(json.dumps(doc).encode(), "old.journey")
    assert [p.place for p in info.value.problems] == ["cards"]


def test_a_v0_file_whose_lanes_are_not_lists_names_them():
    doc = json.loads(DRAFT_V0.read_text("utf-8"))
    doc["lanes"][0]["cards"] = "oops"
    with pytest.raises(MapFileError) as info:
        parse_map(json.dumps(doc).encode(), "old.journey")
    assert "lanes[0].cards" in [p.place for p in info.value.problems]
    assert not any("attribute" in p.message for p in info.value.problems)
    doc["lanes"] = "not lanes"
    with pytest.raises(MapFileError) as info:
        parse_map(json.dumps(doc).encode(), "old.journey")
    assert [p.place for p in info.value.problems] == ["lanes"]


def test_a_v0_step_with_both_emotion_and_scores_is_refused_not_overwritten():
    doc = json.loads(DRAFT_V0.read_text("utf-8"))
    doc["stages"][0]["steps"][1]["scores"] = []
    with pytest.raises(MapFileError) as info:
        parse_map(json.dumps(doc).encode(), "old.journey")
    assert [p.place for p in info.value.problems] == ["stages[0].steps[1].emotion"]


def test_validate_refuses_a_v0_file_that_would_lose_a_card(tmp_path, capsys):
    from journeymap.cli import main

    doc = json.loads(DRAFT_V0.read_text("utf-8"))
    doc["cards"][0]["lane"] = "gone"
    path = tmp_path / "old.journey"
    path.write_text(json.dumps(doc), "utf-8")
    assert main(["validate", str(path)]) == 1
    assert capsys.readouterr().out == f"{path}: cards[0].lane: no lane has the id gone\n"


HOTEL_V1 = Path(__file__).parent / "data" / "hotel-blueprint-v1.journey"


def test_a_v1_blueprint_kept_from_before_arrows_loads_with_no_arrows_spans_or_pictures():
    """The hotel blueprint as version 1 wrote it (kept byte for byte from the repository's history)."""
    assert b'"schema_version": 1' in HOTEL_V1.read_bytes()[:80]
    journey = load_map(HOTEL_V1)
    assert journey.schema_version == SCHEMA_VERSION
    cards = [card for lane in journey.lanes for card in lane.cards]
    assert len(cards) > 50
    assert journey.arrows == []
    assert all(card.last_step is None and card.picture is None for card in cards)
    assert all(persona.library_id is None for persona in journey.personas)
    assert parse_map(dump_map(journey)) == journey
