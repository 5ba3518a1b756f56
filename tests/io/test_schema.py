"""The published JSON Schema matches the model, and real files validate against it."""

from __future__ import annotations

import json
from functools import cache

import jsonschema
import pytest

from journeymap.io import dump_map, schema_text
from journeymap.resources import resource_path
from tests.model.sample import sample_map

COMMITTED = resource_path("journey.schema.json")


def test_the_committed_schema_is_what_the_app_generates():
    """If this fails, run: journeymap schema -o resources/journey.schema.json (and commit it)."""
    assert COMMITTED.read_bytes() == schema_text().encode("utf-8")


@cache
def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(schema_text())
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def test_a_saved_map_validates_against_the_schema():
    validator().validate(json.loads(dump_map(sample_map())))


def test_every_bundled_template_validates_against_the_schema():
    for path in sorted(resource_path("templates").glob("*.journey")):
        errors = [f"{path.name}: {'/'.join(map(str, e.absolute_path))}: {e.message}"
                  for e in validator().iter_errors(json.loads(path.read_bytes()))]
        assert errors == []


@pytest.mark.parametrize("edit", [
    lambda d: d.update(colour_of_title="red"),
    lambda d: d["lanes"][0]["cards"][0].update(votes=-1),
    lambda d: d["lanes"][0].update(kind="sticky_notes"),
    lambda d: d.update(format="other"),
])
def test_the_schema_refuses_what_the_app_refuses(edit):
    doc = json.loads(dump_map(sample_map()))
    edit(doc)
    assert list(validator().iter_errors(doc))
