"""Settling a merge conflict: keep the value the map holds, or take the other version's.

Either way the conflict's record leaves ``merge_conflicts``; taking the other
value also sets it where the conflict is (a field of a card, step, stage, lane
or persona, a metric, one persona's score). Both are returned as one batch of
edits, so the editor makes each choice one undo step.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ValidationError

from ..model import Card, JourneyMap, Lane, Persona, Score, Stage, Step
from ..model.evidence import MergeConflict
from .edits import Edit, SetFields, SetScore

#: What a merge conflict can be about: an object of the map with an id (or the map itself).
Identified = JourneyMap | Persona | Stage | Step | Lane | Card


class CannotResolve(ValueError):
    """The other value cannot be put back automatically (the object is gone, or it is about a place)."""


def can_take_theirs(journey: JourneyMap, conflict: MergeConflict) -> bool:
    try:
        _take_theirs(journey, conflict)
    except CannotResolve:
        return False
    return True


def resolve_edits(journey: JourneyMap, index: int, take_theirs: bool) -> list[Edit]:
    """The edits that settle ``journey.merge_conflicts[index]``; raise :class:`CannotResolve`."""
    conflict = journey.merge_conflicts[index]
    rest = [c for k, c in enumerate(journey.merge_conflicts) if k != index]
    edits = _take_theirs(journey, conflict) if take_theirs else []
    return [*edits, SetFields(None, {"merge_conflicts": rest})]


def _objects(journey: JourneyMap) -> dict[str, Identified]:
    found: dict[str, Identified] = {journey.id: journey}
    found.update({p.id: p for p in journey.personas})
    for stage in journey.stages:
        found[stage.id] = stage
        found.update({s.id: s for s in stage.steps})
    for lane in journey.lanes:
        found[lane.id] = lane
        found.update({c.id: c for c in lane.cards})
    return found


def _take_theirs(journey: JourneyMap, conflict: MergeConflict) -> list[Edit]:
    field = conflict.field
    if not field or field == "place":
        raise CannotResolve("this conflict is about an object as a whole or where it is; edit the map by hand")
    target = _objects(journey).get(conflict.object or journey.id)
    if target is None:
        raise CannotResolve("what the conflict is about is no longer in the map")
    if field.startswith("score."):
        _, persona, name = field.split(".", 2)
        current = next((s for s in getattr(target, "scores", []) if s.persona == persona), None)
        data = current.model_dump(mode="json") if current is not None else {"persona": persona}
        data[name] = conflict.theirs
        try:
            score = Score.model_validate_json(json.dumps(data))
        except ValidationError as e:
            raise CannotResolve(f"the other value does not fit: {e.errors()[0]['msg']}") from None
        return [SetScore(target.id, persona, score)]
    return [SetFields(None if target is journey else target.id, {field: _typed(target, field, conflict.theirs)})]


def _typed(target: BaseModel, field: str, value: Any) -> Any:
    """The JSON value of a field as the model holds it (an enum, a date, a nested model)."""
    *path, attr = field.split(".")
    holder: Any = target
    for part in path:
        holder = getattr(holder, part, None)
        if not isinstance(holder, BaseModel):
            raise CannotResolve(f"{field} is not a field that can be set")
    if attr not in type(holder).model_fields:
        raise CannotResolve(f"{field} is not a field that can be set")
    data = holder.model_dump(mode="json")
    data[attr] = value
    try:
        fresh = type(holder).model_validate_json(json.dumps(data))
    except ValidationError as e:
        raise CannotResolve(f"the other value does not fit: {e.errors()[0]['msg']}") from None
    return getattr(fresh, attr)
