"""From the shared document's state to the one map every replica shows.

The projection is a pure function of the shared state, so every replica that
has seen the same updates shows the same map, whatever order they came in.
Its rules make any merge a valid map:

* an id listed twice (two people moved one card at once: each move is a
  delete and an insert) is kept in the list of the container whose id is
  smallest, at its first place there -- never by the containers' order on
  screen, which a reorder changes;
* an object whose container was deleted goes with it (delete wins, as it does
  for an edit of a deleted card), and so does a card whose step is gone, a
  card in a lane that became an emotion lane, a score for a deleted persona,
  and a thread on a deleted object or with no comments left;
* a score left outside a narrowed emotion scale is brought onto it;
* lists longer than the format allows keep their first entries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import EMPATHY_SECTIONS
from .shape import list_key, list_limit
from .state import SharedState


@dataclass
class Shape:
    """The map a replica shows: ids in order, and the fields of every object shown."""

    meta: dict[str, Any]
    personas: list[str] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)
    lanes: list[str] = field(default_factory=list)
    threads: list[str] = field(default_factory=list)
    steps: dict[str, list[str]] = field(default_factory=dict)
    cards: dict[str, list[str]] = field(default_factory=dict)
    notes: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    comments: dict[str, list[str]] = field(default_factory=dict)
    scores: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    kind_of: dict[str, str] = field(default_factory=dict)

    def ids(self) -> set[str]:
        return set(self.kind_of)


def project(state: SharedState) -> Shape:
    shape = Shape(meta=dict(state.meta))
    seen = shape.kind_of

    def take(key: str, kind: str, keep: Any = None) -> list[str]:
        out: list[str] = []
        objects, limit = state.objects[kind], list_limit(key)  # read once: a join takes 3,000 cards here
        for obj_id in state.lists.get(key, ()):
            if obj_id in seen or objects.get(obj_id) is None:
                continue
            if keep is not None and not keep(obj_id):
                continue
            seen[obj_id] = kind
            out.append(obj_id)
            if len(out) >= limit:
                break
        return out

    def claim(keys: list[str]) -> None:
        """Which list keeps an id listed in several: the one whose key sorts first (a container's id)."""
        for key in sorted(keys):
            for obj_id in state.lists.get(key, ()):
                winner.setdefault(obj_id, key)

    winner: dict[str, str] = {}

    def take_won(key: str, kind: str, keep: Any = None) -> list[str]:
        return take(key, kind, lambda i: winner.get(i) == key and (keep is None or keep(i)))

    shape.personas = take("personas", "persona")
    shape.stages = take("stages", "stage")
    shape.lanes = take("lanes", "lane")
    claim([list_key(stage, "steps") for stage in shape.stages])
    for stage in shape.stages:
        shape.steps[stage] = take_won(list_key(stage, "steps"), "step")
    live_steps = {s for steps in shape.steps.values() for s in steps}
    cards = state.objects["card"]  # take() has checked that each card it keeps is valid (not None)
    claim([list_key(lane, "cards") for lane in shape.lanes])
    for lane in shape.lanes:
        if state.shown("lane", lane)["kind"] == "emotion":
            shape.cards[lane] = []
            continue
        shape.cards[lane] = take_won(list_key(lane, "cards"), "card",
                                     lambda c: cards[c]["step"] in live_steps)  # type: ignore[index]
    claim([list_key(persona, section) for persona in shape.personas for section in EMPATHY_SECTIONS])
    for persona in shape.personas:
        for section in EMPATHY_SECTIONS:
            shape.notes[(persona, section)] = take_won(list_key(persona, section), "note")
    scale = state.meta.get("emotion_scale") or {"min": -3, "max": 3}
    live_personas = set(shape.personas)
    for step in live_steps:
        shape.scores[step] = _scores(state, step, live_personas, scale["min"], scale["max"])
    for thread in state.lists.get("threads", ()):
        fields = state.fields("thread", thread)
        if thread in seen or fields is None or fields["target"] not in seen or seen[fields["target"]] not in (
                "card", "step", "stage", "persona"):
            continue
        seen[thread] = "thread"
        claim([list_key(thread, "comments")])
        comments = take_won(list_key(thread, "comments"), "comment")
        if not comments:
            del seen[thread]
            continue
        shape.threads.append(thread)
        shape.comments[thread] = comments
        if len(shape.threads) >= list_limit("threads"):
            break
    return shape


def _scores(state: SharedState, step: str, personas: set[str], low: int, high: int) -> list[dict[str, Any]]:
    """A step's scores in their shared order; ones missing from the order follow, by persona id."""
    values = state.scores.get(step, {})
    order = [p for p in state.lists.get(list_key(step, "scores"), ()) if p in values]
    order += sorted(p for p in values if p not in order)
    out, done = [], set()
    for persona in order:
        if persona in done or persona not in personas:
            continue
        done.add(persona)
        score = dict(values[persona])
        for name in ("value", "target"):
            v = score.get(name)
            if v is not None:
                score[name] = max(low, min(high, v))
        out.append(score)
    return out[: list_limit("scores")]
