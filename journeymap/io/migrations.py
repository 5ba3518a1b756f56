"""Ordered upgrades of old files: each a pure function from version N to N+1.

A migration takes the parsed JSON object of a file at version N and returns
the object at version N+1; it never touches the disk. ``MIGRATIONS[n]``
upgrades from ``n``. Version 0 is the pre-release draft format (cards listed
at the top level with a ``lane`` field, scores under ``emotion``).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from ..model.journey_map import SCHEMA_VERSION

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _v0_to_v1(doc: dict[str, Any]) -> dict[str, Any]:
    """Draft files kept cards in one top-level list; v1 keeps them in their lane."""
    out = copy.deepcopy(doc)
    cards = out.pop("cards", [])
    lanes = {lane.get("id"): lane for lane in out.get("lanes", []) if isinstance(lane, dict)}
    for card in cards if isinstance(cards, list) else []:
        if isinstance(card, dict):
            lane = lanes.get(card.pop("lane", None))
            if lane is not None:
                lane.setdefault("cards", []).append(card)
    for stage in out.get("stages", []) if isinstance(out.get("stages"), list) else []:
        for step in stage.get("steps", []) if isinstance(stage, dict) else []:
            if isinstance(step, dict) and "emotion" in step:
                step["scores"] = step.pop("emotion")
    out["schema_version"] = 1
    return out


MIGRATIONS: dict[int, Migration] = {0: _v0_to_v1}


def migrate(doc: dict[str, Any], version: int) -> dict[str, Any]:
    """Apply every migration from ``version`` up to the current schema version."""
    for v in range(version, SCHEMA_VERSION):
        doc = MIGRATIONS[v](doc)
    return doc
