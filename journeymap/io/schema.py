"""The published JSON Schema of the file format, generated from the model."""

from __future__ import annotations

import json

from ..model.journey_map import SCHEMA_VERSION, JourneyMap

SCHEMA_ID = f"https://journeymap.invalid/schema/journey-v{SCHEMA_VERSION}.json"


def schema_dict() -> dict:
    schema = JourneyMap.model_json_schema(mode="validation")
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}
    return schema


def schema_text() -> str:
    """The schema as written by ``journeymap schema`` and committed under resources/."""
    return json.dumps(schema_dict(), indent=2, ensure_ascii=False) + "\n"
