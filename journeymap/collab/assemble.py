"""The whole map a projection shows, as one JourneyMap validated in one pass, like a file."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from pydantic_core import to_json

from ..model import EMPATHY_SECTIONS, JourneyMap
from .projection import Shape
from .shape import json_of

if TYPE_CHECKING:
    from .state import SharedState


class CollabError(ValueError):
    """A shared document that holds no map (an empty room) or one that cannot be made valid."""


def build_journey(state: SharedState, shape: Shape,
                  leaves: dict[str, dict[str, BaseModel]] | None = None) -> JourneyMap:
    """The whole map a projection shows, validated in one pass like a file.

    ``leaves``: cards, notes or comments already checked by their model (a join
    checks each such root in one pass); they are put in place after the rest of
    the map is validated, not written out and validated again.
    """
    fields = state.fields
    leaves = leaves or {}

    def obj(kind: str, obj_id: str) -> dict[str, Any]:
        return json_of(kind, fields(kind, obj_id))  # type: ignore[arg-type]

    def children(kind: str, ids: list[str]) -> list[dict[str, Any]]:
        return [] if kind in leaves else [obj(kind, i) for i in ids]

    data = dict(shape.meta)
    personas = []
    for p in shape.personas:
        persona = obj("persona", p)
        for (owner, section), notes in shape.notes.items():
            if owner == p:
                persona["empathy_map"][section] = children("note", notes)
        personas.append(persona)
    stages = []
    for s in shape.stages:
        stage = obj("stage", s)
        steps = []
        for t in shape.steps[s]:
            step = obj("step", t)
            step["scores"] = shape.scores.get(t, [])
            steps.append(step)
        stage["steps"] = steps
        stages.append(stage)
    lanes = []
    for n in shape.lanes:
        lane = obj("lane", n)
        lane["cards"] = children("card", shape.cards[n])
        lanes.append(lane)
    threads = []
    for t in shape.threads:
        thread = obj("thread", t)
        thread["comments"] = children("comment", shape.comments[t])
        threads.append(thread)
    data.update(personas=personas, stages=stages, lanes=lanes, threads=threads)
    try:  # pydantic-core writes the JSON four times faster than the json module (a join of 3,000 cards)
        journey = JourneyMap.model_validate_json(to_json(data))
    except ValueError as e:
        raise CollabError(f"the shared map cannot be made valid: {e}") from None
    if leaves:
        _place_leaves(journey, shape, leaves)
    return journey


def _place_leaves(journey: JourneyMap, shape: Shape, leaves: dict[str, dict[str, BaseModel]]) -> None:
    """Put the checked leaves in their lists; the projection has already cut each list to its limit."""
    if "card" in leaves:
        cards = leaves["card"]
        for lane in journey.lanes:
            lane.cards = [cards[c] for c in shape.cards[lane.id]]  # type: ignore[misc]
    if "note" in leaves:
        notes = leaves["note"]
        for persona in journey.personas:
            for section in EMPATHY_SECTIONS:
                setattr(persona.empathy_map, section, [notes[n] for n in shape.notes.get((persona.id, section), ())])
    if "comment" in leaves:
        comments = leaves["comment"]
        for thread in journey.threads:
            thread.comments = [comments[c] for c in shape.comments[thread.id]]  # type: ignore[misc]
