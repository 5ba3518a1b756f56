"""A map as a flat table of objects by id, for comparing and merging versions of it.

Every object that can be added, removed, moved or edited on its own becomes a
:class:`Node`: its kind, who holds it (a step's stage, a card's lane), in which
list, and its own fields as plain JSON values (children excluded). A score has
no id of its own; it is known by its step and persona. Lists keep their order
in :attr:`Flat.order`. :func:`unflatten` builds the map again, so a merge can
work on nodes and hand back a real, validated map.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..model import EMPATHY_SECTIONS, JourneyMap

#: Map fields that are not plain values: identity, format and the objects held.
_MAP_SKIP = {"format", "schema_version", "id", "personas", "stages", "lanes"}

Container = tuple[str | None, str]  # (owner id or None for the map, list name)


@dataclass
class Node:
    key: str
    kind: str  # map, persona, note, stage, step, score, lane, card
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
    """The map as nodes by key (ids; scores by step and persona) and the order of each list."""
    data = journey.model_dump(mode="json")
    flat = Flat(journey.id)
    flat.add(Node(journey.id, "map", None, "", {k: v for k, v in data.items() if k not in _MAP_SKIP}))
    flat.order.pop((None, ""), None)
    for persona in data["personas"]:
        empathy = persona["empathy_map"]
        own = {k: v for k, v in persona.items() if k not in ("id", "empathy_map")}
        own.update({f"empathy_map.{k}": v for k, v in empathy.items() if k not in EMPATHY_SECTIONS})
        flat.add(Node(persona["id"], "persona", None, "personas", own))
        for section in EMPATHY_SECTIONS:
            for note in empathy[section]:
                flat.add(Node(note["id"], "note", persona["id"], f"empathy_map.{section}",
                              {k: v for k, v in note.items() if k != "id"}))
    for stage in data["stages"]:
        flat.add(Node(stage["id"], "stage", None, "stages",
                      {k: v for k, v in stage.items() if k not in ("id", "steps")}))
        for step in stage["steps"]:
            own = {k: v for k, v in step.items() if k not in ("id", "scores", "metrics")}
            own.update({f"metrics.{k}": v for k, v in step["metrics"].items()})
            flat.add(Node(step["id"], "step", stage["id"], "steps", own))
            for score in step["scores"]:
                flat.add(Node(score_key(step["id"], score["persona"]), "score", step["id"], "scores",
                              {k: v for k, v in score.items()}))
    for lane in data["lanes"]:
        flat.add(Node(lane["id"], "lane", None, "lanes", {k: v for k, v in lane.items() if k not in ("id", "cards")}))
        for card in lane["cards"]:
            flat.add(Node(card["id"], "card", lane["id"], "cards", {k: v for k, v in card.items() if k != "id"}))
    return flat


def unflatten(flat: Flat) -> JourneyMap:
    """The map the nodes describe (validated as a file would be; raises pydantic's ValidationError)."""
    return JourneyMap.model_validate_json(json.dumps(to_document(flat), ensure_ascii=False))


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
    return doc
