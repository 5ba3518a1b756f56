"""The replica's reading of the shared document: plain fields per object, ids per list.

Reading a ``Y.Map`` field by field crosses into Rust for every value; its JSON
(one call) is ten times faster, so whole roots are read as JSON at a join and
single objects when an update touches them. Objects that fail their check are
kept as ``None``: the projection leaves them out.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from pycrdt import Doc, Map

from .shape import (
    KIND_OF_ROOT,
    LISTS_ROOT,
    MAP_ROOT,
    ROOT_OF,
    Incomplete,
    Refused,
    checked_fields,
    checked_list,
    checked_score,
)

log = logging.getLogger(__name__)


def roots(ydoc: Doc) -> dict[str, Map]:
    """The shared document's root maps by name (created empty where missing)."""
    return {name: ydoc.get(name, type=Map) for name in (MAP_ROOT, LISTS_ROOT, *ROOT_OF.values())}


def read_json(ymap: Any) -> Any:
    return json.loads(str(ymap))


class SharedState:
    """Checked fields of every object, the lists, the scores and the map's own fields."""

    def __init__(self) -> None:
        self.meta: dict[str, Any] = {}
        self.objects: dict[str, dict[str, dict[str, Any] | None]] = {kind: {} for kind in ROOT_OF}
        self.scores: dict[str, dict[str, dict[str, Any]]] = {}
        self.lists: dict[str, list[str]] = {}
        self.problems: list[str] = []

    def fields(self, kind: str, obj_id: str) -> dict[str, Any] | None:
        return self.objects[kind].get(obj_id)

    # -- reading --------------------------------------------------------------
    def read_all(self, ydoc: Doc) -> None:
        shared = roots(ydoc)
        self.read_meta(shared[MAP_ROOT])
        self.read_lists(shared[LISTS_ROOT])
        for root, kind in KIND_OF_ROOT.items():
            table = self.objects[kind]
            table.clear()
            for obj_id, raw in read_json(shared[root]).items():
                self._store(kind, obj_id, raw)

    def read_meta(self, ymap: Map) -> None:
        raw = read_json(ymap)
        try:
            self.meta = checked_fields("map", raw) if raw else {}
        except Refused as e:
            self._problem(f"the map's own fields: {e}")
            self.meta = {}

    def read_lists(self, ymap: Map) -> None:
        self.lists = {}
        for key, value in read_json(ymap).items():
            try:
                self.lists[key] = checked_list(key, value)
            except Refused as e:
                self._problem(str(e))

    def read_object(self, kind: str, root: Map, obj_id: str) -> None:
        if obj_id in root:
            value = root[obj_id]
            self._store(kind, obj_id, read_json(value) if isinstance(value, Map) else value)
        else:
            self.objects[kind].pop(obj_id, None)
            if kind == "step":
                self.scores.pop(obj_id, None)

    def _store(self, kind: str, obj_id: str, raw: Any) -> None:
        scores = raw.pop("scores", None) if kind == "step" and isinstance(raw, dict) else None
        try:
            fields = checked_fields(kind, raw)
            if fields.get("id") != obj_id:
                raise Refused(f"a {kind} is filed under another id")
            if kind == "step":
                self.scores[obj_id] = self._checked_scores(scores)
        except Incomplete as e:  # left so by an undo or a concurrent edit: shown as gone
            log.debug("shared map: %s", e)
            self.objects[kind][obj_id] = None
            return
        except Refused as e:
            self._problem(str(e))
            self.objects[kind][obj_id] = None
            return
        self.objects[kind][obj_id] = fields

    def _checked_scores(self, scores: Any) -> dict[str, dict[str, Any]]:
        if scores is None:
            return {}
        if not isinstance(scores, dict):
            raise Refused("a step's scores are not a map")
        return {p: checked_score(raw, p) for p, raw in scores.items()}

    def _problem(self, message: str) -> None:
        log.warning("shared map: %s", message)
        self.problems.append(message)
        del self.problems[:-50]
