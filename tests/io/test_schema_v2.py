"""Schema version 2: measured scores, the research history, health settings and merge conflicts in the file."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from journeymap.io import MapFileError, dump_map, parse_map
from journeymap.io import reader as reader_module
from journeymap.io.migrations import MIGRATIONS
from journeymap.model import SCHEMA_VERSION, Persona, Score, Stage, Step
from journeymap.model.evidence import ImportRecord, ImportSource, Interval, MergeConflict
from tests.model.sample import sample_map

WAVE = datetime(2026, 5, 31, 9, tzinfo=UTC)


def v1_file() -> bytes:
    """A map as Journeymap 1 wrote it: no sources on scores, no research, health or conflicts."""
    doc = json.loads(dump_map(sample_map()))
    doc["schema_version"] = 1
    for key in ("research", "health", "merge_conflicts"):
        del doc[key]
    for stage in doc["stages"]:
        for step in stage["steps"]:
            for score in step["scores"]:
                for key in ("source", "sample_size", "mean", "interval"):
                    del score[key]
    return json.dumps(doc, indent=2, ensure_ascii=False).encode()


def test_a_version_1_file_loads_with_every_score_entered_by_hand():
    journey = parse_map(v1_file())
    assert SCHEMA_VERSION == 2 and journey.schema_version == 2
    scores = [s for step in journey.steps() for s in step.scores]
    assert scores and all(s.source == "manual" and s.sample_size is None for s in scores)
    assert journey.research.imports == [] and journey.health.disabled_rules == []
    assert b'"schema_version": 2' in dump_map(journey)
    doc = json.loads(v1_file())
    assert MIGRATIONS[1](doc)["stages"][0]["steps"][0]["scores"][0]["source"] == "manual"
    assert "source" not in doc["stages"][0]["steps"][0]["scores"][0], "a migration must not change its input"


def measured_map():
    maya = Persona(name="Maya Chen")
    score = Score(persona=maya.id, value=1, source=ImportSource(name="May", date=WAVE), sample_size=214, mean=0.62,
                  interval=Interval(low=0.41, high=0.83))
    journey = sample_map()
    journey.personas.append(maya)
    journey.stages.append(Stage(name="Buy", steps=[Step(name="Pays", scores=[score])]))
    journey.research.imports.append(ImportRecord(name="May", date=WAVE, file="may.csv", digest="a" * 64, rows=3))
    journey.health.disabled_rules = ["empty-lane"]
    journey.merge_conflicts.append(MergeConflict(object=maya.id, field="name", message="two names",
                                                 base="Maya", ours="Maya Chen", theirs={"first": "Maya"}))
    return journey


def test_measured_scores_and_the_new_records_round_trip_on_the_fast_path(monkeypatch):
    journey = measured_map()
    data = dump_map(journey)
    monkeypatch.setattr(reader_module, "_careful", lambda *_a: pytest.fail("a good v2 file took the slow path"))
    assert parse_map(data) == journey
    assert dump_map(parse_map(data)) == data


def test_a_duplicate_key_inside_the_new_records_is_still_refused():
    data = dump_map(measured_map())
    data = data.replace(b'"sample_size": 214,', b'"sample_size": 214, "sample_size": 2,', 1)
    with pytest.raises(MapFileError, match="appears twice"):
        parse_map(data)
    data = dump_map(measured_map()).replace(b'"first": "Maya"', b'"first": "Maya", "first": "M"', 1)
    with pytest.raises(MapFileError, match="appears twice"):
        parse_map(data)


def test_a_back_to_front_interval_is_refused_with_its_place():
    data = dump_map(measured_map()).replace(b'"low": 0.41', b'"low": 0.99', 1)
    with pytest.raises(MapFileError) as info:
        parse_map(data)
    assert any(p.place.endswith("scores[0].interval") and "above its high end" in p.message
               for p in info.value.problems)
