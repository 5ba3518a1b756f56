"""A map loads exactly as saved, and saving an unedited map gives back the same bytes."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings

from journeymap.io import dump_map, load_map, parse_map, save_map
from journeymap.model import reference_problems
from tests.model.sample import sample_map

from .strategies import journey_maps


def test_dump_parse_dump_is_byte_identical():
    first = dump_map(sample_map())
    assert dump_map(parse_map(first)) == first


def test_the_file_is_readable_json_in_model_order_with_text_as_itself(tmp_path):
    journey = sample_map()
    journey.title = "Café, Ωμέγα, Привет, 配達 👍"
    path = tmp_path / "map.journey"
    save_map(journey, path)
    raw = path.read_bytes()
    assert raw.endswith(b"}\n") and not raw.endswith(b"\n\n")
    assert "Café, Ωμέγα, Привет, 配達 👍".encode() in raw  # not \u escapes
    assert raw.startswith(b'{\n  "format": "journeymap",\n  "schema_version": 2,\n  "id": ')
    assert list(json.loads(raw)) == list(type(journey).model_fields)
    assert load_map(path) == journey


def test_saving_an_unedited_map_twice_gives_the_same_bytes(tmp_path):
    path = tmp_path / "map.journey"
    save_map(sample_map(), path)
    first = path.read_bytes()
    save_map(load_map(path), path)
    assert path.read_bytes() == first


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journey_maps())
def test_any_valid_map_saves_and_loads_back_equal_and_resaves_byte_identical(journey):
    assert reference_problems(journey) == []
    data = dump_map(journey)
    loaded = parse_map(data)
    assert loaded == journey
    assert loaded.model_dump() == journey.model_dump()
    assert dump_map(loaded) == data
