"""Bring the Document to the shape the shared document projects, with ordinary Document operations.

Remote edits and personal undo reach the map this way: each difference
becomes an add, move, removal, score or field edit, so every view redraws
through the usual change records. The order matters: new containers first,
then moves (a card leaves a step before the step is deleted), then scores,
removals, threads, and last the fields (an emotion lane's kind changes after
its cards are gone; a narrowed scale after its scores moved onto it).
"""

from __future__ import annotations

import json
from typing import Any

from ..model import EMPATHY_SECTIONS, Document, Removal, Score, Slot
from .projection import Shape
from .shape import MODEL, field_value, fields_of, json_of
from .state import SharedState

#: The modified time is stamped by each replica when it saves its own copy.
_NOT_SYNCED = ("id", "format", "schema_version", "modified")
_REMOVE_ORDER = ("card", "note", "step", "stage", "lane", "persona")


class Reconciler:
    def __init__(self, doc: Document, state: SharedState, shape: Shape) -> None:
        self.doc, self.state, self.shape = doc, state, shape

    def run(self, touched: set[str] | None) -> None:
        doc, shape = self.doc, self.shape
        self._widen_scale()
        for attr in ("personas", "stages", "lanes"):
            self._sync_list(None, attr, getattr(shape, attr))
        for stage in shape.stages:
            self._sync_list(stage, "steps", shape.steps[stage])
        for lane in shape.lanes:
            self._sync_list(lane, "cards", shape.cards[lane])
        for (persona, section), notes in shape.notes.items():
            self._sync_list(persona, f"empathy_map.{section}", notes)
        for step_id, scores in shape.scores.items():
            self._sync_scores(step_id, scores)
        wanted = shape.ids()
        for thread in [t.id for t in doc.journey.threads if t.id not in wanted]:
            self._remove(thread)
        self._sync_list(None, "threads", shape.threads)
        for thread, comments in shape.comments.items():
            self._sync_list(thread, "comments", comments)
        for comment in [c.id for t in doc.journey.threads for c in t.comments if c.id not in wanted]:
            self._remove(comment)
        self._remove_unwanted(wanted)
        ids = wanted if touched is None else touched & wanted
        for obj_id in ids:
            if doc.has(obj_id):
                self._sync_fields(shape.kind_of[obj_id], obj_id)
        self._sync_meta()

    # -- lists ----------------------------------------------------------------------
    def _sync_list(self, owner: str | None, attr: str, target: list[str]) -> None:
        doc = self.doc
        current = doc.list_of(owner, attr)
        is_cards = attr == "cards"
        for k, obj_id in enumerate(target):
            kind = self.shape.kind_of[obj_id]
            step = self.state.fields("card", obj_id)["step"] if is_cards else None
            if k < len(current) and current[k].id == obj_id and (not is_cards or current[k].step == step):
                continue
            slot = Slot(owner, attr, k)
            if doc.has(obj_id) and doc.kind_of(obj_id) != kind:  # only a hostile peer reuses an id
                self._remove(obj_id)
            if not doc.has(obj_id):
                doc.restore(Removal([(slot, self._build(kind, obj_id))]))
            elif is_cards:
                doc.place_card(obj_id, slot, step)
            elif kind == "step":
                doc.move_step(obj_id, owner, k)  # type: ignore[arg-type]
            else:
                doc.place(obj_id, slot)
            current = doc.list_of(owner, attr)

    def _build(self, kind: str, obj_id: str) -> Any:
        data = json_of(kind, self.state.fields(kind, obj_id))  # type: ignore[arg-type]
        if kind == "step":
            data["scores"] = self.shape.scores.get(obj_id, [])
        if kind == "thread":
            data["comments"] = [json_of("comment", self.state.fields("comment", c))  # type: ignore[arg-type]
                                for c in self.shape.comments[obj_id]]
        return MODEL[kind].model_validate_json(json.dumps(data))

    def _sync_scores(self, step_id: str, target: list[dict[str, Any]]) -> None:
        doc = self.doc
        step = doc.step(step_id)
        if [s.model_dump(mode="json") for s in step.scores] == target:
            return
        personas = {s["persona"] for s in target}
        for score in list(step.scores):
            if score.persona not in personas:
                doc.set_score(step_id, score.persona, None)
        for k, data in enumerate(target):
            current = step.scores
            if k < len(current) and current[k].model_dump(mode="json") == data:
                continue
            doc.set_score(step_id, data["persona"], None)
            doc.set_score(step_id, data["persona"], Score.model_validate_json(json.dumps(data)), k)

    def _remove_unwanted(self, wanted: set[str]) -> None:
        doc = self.doc
        gone = [i for i in doc.ids() if i not in wanted]
        rank = {kind: n for n, kind in enumerate(_REMOVE_ORDER)}
        kinds = {i: doc.kind_of(i) for i in gone}
        for obj_id in sorted(gone, key=lambda i: rank.get(kinds[i], -1)):
            self._remove(obj_id)

    def _remove(self, obj_id: str) -> None:
        doc = self.doc
        if doc.has(obj_id):
            kind = doc.kind_of(obj_id)
            if kind == "comment" and len(doc.list_of(doc.parent_id(obj_id), "comments")) == 1:
                obj_id, kind = doc.parent_id(obj_id), "thread"  # type: ignore[assignment]
            remove = {"card": doc.remove_card, "note": doc.remove_note, "step": doc.remove_step,
                      "stage": doc.remove_stage, "lane": doc.remove_lane, "persona": doc.remove_persona,
                      "thread": doc.remove_thread, "comment": doc.remove_comment}[kind]
            remove(obj_id)

    # -- fields -----------------------------------------------------------------------
    def _sync_fields(self, kind: str, obj_id: str) -> None:
        target = self.state.fields(kind, obj_id)
        if target is None:
            return
        current = fields_of(kind, self.doc.get(obj_id))
        changed = [n for n, v in target.items() if current.get(n) != v and n not in ("id", "step", "target")]
        if not changed:
            return
        typed = MODEL[kind].model_validate_json(json.dumps(json_of(kind, target)))
        self.doc.set_fields(obj_id, {n: field_value(typed, n) for n in changed})

    def _widen_scale(self) -> None:
        target = self.shape.meta.get("emotion_scale")
        current = self.doc.journey.emotion_scale
        if not target:
            return
        low, high = min(current.min, target["min"]), max(current.max, target["max"])
        if (low, high) != (current.min, current.max):
            self.doc.set_fields(None, {"emotion_scale": type(current)(min=low, max=high)})

    def _sync_meta(self) -> None:
        target = self.shape.meta
        if not target:
            return
        current = fields_of("map", self.doc.journey)
        changed = [n for n, v in target.items() if current.get(n) != v and n not in _NOT_SYNCED]
        if changed:
            typed = MODEL["map"].model_validate_json(json.dumps(target))
            self.doc.set_fields(None, {n: field_value(typed, n) for n in changed})


__all__ = ["EMPATHY_SECTIONS", "Reconciler"]
