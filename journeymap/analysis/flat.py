"""A map as a flat table of objects by id, for comparing and merging versions of it.

Every object that can be added, removed, moved or edited on its own becomes a
:class:`Node`: its kind, who holds it (a step's stage, a card's lane), in which
list, and its own fields as plain JSON values (children excluded). A score has
no id of its own; it is known by its step and persona. Lists keep their order
in :attr:`Flat.order`. :func:`unflatten` builds the map again, so a merge can
work on nodes and hand back a real, validated map.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import EMPATHY_SECTIONS, JourneyMap

Container = tuple[str | None, str]  # (owner id or None for the map, list name)


@dataclass
class Node:
    key: str
    kind: str  # map, persona, note, stage, step, score, lane, card, arrow
    owner: str | None
    slot: str
    fields: dict[str, Any]


@dataclass
class Flat:
    map_id: str
    nodes: dict[str, Node] = field(default_factory=dict)
    order: dict[Container, list[str]] = field(default_factory=dict)

    def add(self, node: Node) -> None:
        self.nodes[node.key] = node
        self.order.setdefault((node.owner, node.slot), []).append(node.key)


def score_key(step_id: str, persona_id: str) -> str:
    return f"score:{step_id}:{persona_id}"


def flatten(journey: JourneyMap) -> Flat:
    """The map as nodes by key (ids; scores by step and persona) and the order of each list.

    Each node's fields are the very dicts of one ``model_dump`` with the id and
    the children taken out (no copying: a 3,000-card map flattens in a few
    tens of milliseconds).
    """
    data = journey.model_dump(mode="json")
    flat = Flat(journey.id)
    add = flat.add
    personas, stages, lanes = data.pop("personas"), data.pop("stages"), data.pop("lanes")
    arrows = data.pop("arrows")
    for key in ("format", "schema_version", "id"):
        data.pop(key)
    flat.nodes[journey.id] = Node(journey.id, "map", None, "", data)
    for persona in personas:
        persona_id = persona.pop("id")
        empathy = persona.pop("empathy_map")
        for section in EMPATHY_SECTIONS:
            for note in empathy.pop(section):
                add(Node(note.pop("id"), "note", persona_id, f"empathy_map.{section}", note))
        persona.update({f"empathy_map.{k}": v for k, v in empathy.items()})
        add(Node(persona_id, "persona", None, "personas", persona))
    for stage in stages:
        stage_id = stage.pop("id")
        steps = stage.pop("steps")
        add(Node(stage_id, "stage", None, "stages", stage))
        for step in steps:
            step_id = step.pop("id")
            scores = step.pop("scores")
            step.update({f"metrics.{k}": v for k, v in step.pop("metrics").items()})
            add(Node(step_id, "step", stage_id, "steps", step))
            for score in scores:
                add(Node(score_key(step_id, score["persona"]), "score", step_id, "scores", score))
    for lane in lanes:
        lane_id = lane.pop("id")
        cards = lane.pop("cards")
        add(Node(lane_id, "lane", None, "lanes", lane))
        for card in cards:
            add(Node(card.pop("id"), "card", lane_id, "cards", card))
    for arrow in arrows:
        add(Node(arrow.pop("id"), "arrow", None, "arrows", arrow))
    return flat


def unflatten(flat: Flat) -> JourneyMap:
    """The map the nodes describe, validated (raises pydantic's ValidationError).

    The values are JSON values from dumps of validated maps, so they are read
    as a JSON file's would be (dates and enums from their text): lax mode, no
    detour through a JSON string. Callers that hand the result on save it, and
    a save is checked again on load.
    """
    return JourneyMap.model_validate(to_document(flat), strict=False)


def to_document(flat: Flat) -> dict[str, Any]:
    """The nodes as the JSON object of a map file."""
    nodes, order = flat.nodes, flat.order

    def kids(owner: str | None, slot: str) -> list[Node]:
        return [nodes[k] for k in order.get((owner, slot), []) if k in nodes]

    root = nodes[flat.map_id]
    doc: dict[str, Any] = {"format": "journeymap", "schema_version": 2, "id": flat.map_id}
    doc.update(root.fields)
    doc["personas"] = []
    for p in kids(None, "personas"):
        persona = {"id": p.key, **{k: v for k, v in p.fields.items() if not k.startswith("empathy_map.")}}
        empathy = {k.split(".", 1)[1]: v for k, v in p.fields.items() if k.startswith("empathy_map.")}
        for section in EMPATHY_SECTIONS:
            empathy[section] = [{"id": n.key, **n.fields} for n in kids(p.key, f"empathy_map.{section}")]
        persona["empathy_map"] = empathy
        doc["personas"].append(persona)
    doc["stages"] = []
    for s in kids(None, "stages"):
        stage = {"id": s.key, **s.fields, "steps": []}
        for t in kids(s.key, "steps"):
            step = {"id": t.key, **{k: v for k, v in t.fields.items() if not k.startswith("metrics.")}}
            step["metrics"] = {k.split(".", 1)[1]: v for k, v in t.fields.items() if k.startswith("metrics.")}
            step["scores"] = [dict(sc.fields) for sc in kids(t.key, "scores")]
            stage["steps"].append(step)
        doc["stages"].append(stage)
    doc["lanes"] = [{"id": lane.key, **lane.fields, "cards": [{"id": c.key, **c.fields} for c in kids(lane.key, "cards")]}
                    for lane in kids(None, "lanes")]
    doc["arrows"] = [{"id": a.key, **a.fields} for a in kids(None, "arrows")]
    return doc
