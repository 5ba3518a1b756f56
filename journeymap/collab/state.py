"""The replica's reading of the shared document: plain fields per object, ids per list.

Reading a ``Y.Map`` field by field crosses into Rust for every value; its JSON
(one call) is ten times faster, so whole roots are read as JSON at a join and
single objects when an update touches them. Objects that fail their check are
kept as ``None``: the projection leaves them out. An object's fields are the
ones it was made with (its ``*`` entry) under those set since (see
:mod:`.shape`).
"""

from __future__ import annotations

import json
import logging
import weakref
from typing import Any

from pycrdt import Array, Doc, Map
from pydantic import BaseModel

from .one_pass import ONE_PASS_KINDS, checked_root, dumped
from .shape import (
    KIND_OF_ROOT,
    LAYOUT_KEY,
    LISTS_ROOT,
    MAP_ROOT,
    MODEL,
    OWN_FIELDS,
    READABLE_LAYOUTS,
    ROOT_OF,
    Incomplete,
    Refused,
    checked_fields,
    checked_list,
    checked_score,
    with_made,
)

log = logging.getLogger(__name__)

_FIELD_NAMES = OWN_FIELDS

#: Kinds whose shared fields are exactly their model's (no children, nothing flattened).
_LEAVES = tuple(kind for kind in ROOT_OF if _FIELD_NAMES[kind] == frozenset(MODEL[kind].model_fields))
assert set(_LEAVES) == set(ONE_PASS_KINDS), _LEAVES


def _checked_root(kind: str, text: str) -> dict[str, BaseModel] | None:
    """Every object of a root of leaves, checked in one pass from its JSON; None when any is not valid."""
    return checked_root(kind, text)


def _fields_or_none(kind: str, raw: Any) -> dict[str, Any] | None:
    """An object's fields, made and set since, or None when its entries are not even a map of fields."""
    if not isinstance(raw, dict):
        return None
    try:
        return with_made(kind, raw)
    except Refused:
        return None


class LayoutError(ValueError):
    """A room written in a layout this version cannot read (made by a newer Journeymap)."""


_WITHOUT_GC: weakref.WeakSet[Doc] = weakref.WeakSet()


def shared_doc(client_id: int | None = None) -> Doc:
    """A Yjs document for a replica that edits and undoes: garbage collection off.

    Yrs's UndoManager keeps pointers to what it may bring back; with garbage
    collection on, a deleted object's content is freed while the UndoManager
    (or an item integrated after an undo) still points into it, and a later
    ``apply_update`` reads freed memory: the whole editor crashes (issue 15,
    convergence seed 6). Yjs needs this off to restore old states anyway; the
    cost is that deleted text stays in memory (see benchmarks/bench_collab.py).
    """
    ydoc: Doc[Any] = Doc(client_id=client_id, skip_gc=True)
    _WITHOUT_GC.add(ydoc)
    return ydoc


def without_gc(ydoc: Doc) -> Doc:
    """``ydoc`` itself when :func:`shared_doc` made it, else a copy (same client id) that is."""
    if ydoc in _WITHOUT_GC:
        return ydoc
    copy = shared_doc(ydoc.client_id)
    copy.apply_update(ydoc.get_update())
    return copy


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
        #: The room's layout version (1: a room made before the marker existed).
        self.layout: Any = 1

    def fields(self, kind: str, obj_id: str) -> dict[str, Any] | None:
        return self.objects[kind].get(obj_id)

    def shown(self, kind: str, obj_id: str) -> dict[str, Any]:
        """The fields of an object the projection already shows (so it is known to be valid)."""
        fields = self.objects[kind][obj_id]
        if fields is None:
            raise KeyError(f"{kind} {obj_id} is not valid")
        return fields

    # -- reading --------------------------------------------------------------
    def read_all(self, ydoc: Doc) -> Any:
        """Read the whole shared state; returns the JourneyMap it shows (or None for an empty room).

        The fast path checks each root of leaves (cards, notes, comments: nine
        objects in ten) in one pass straight from its JSON, and trusts every
        other object that has all its fields until the whole map is checked at
        once, as a file would be; only when that fails (a hostile or damaged
        room) is each object checked on its own.
        """
        from .assemble import build_journey
        from .projection import project

        shared = roots(ydoc)
        self.read_meta(shared[MAP_ROOT])
        if self.layout not in READABLE_LAYOUTS:
            raise LayoutError(f"this room was written in layout {self.layout!r}, which this version of "
                              f"Journeymap cannot read: update Journeymap to join it")
        self.read_lists(shared[LISTS_ROOT])
        texts = {kind: str(shared[root]) for root, kind in KIND_OF_ROOT.items()}
        leaves: dict[str, dict[str, BaseModel]] = {}
        for kind in _LEAVES:
            typed = _checked_root(kind, texts[kind])
            if typed is not None:
                leaves[kind] = self._take_leaves(kind, typed, shared[ROOT_OF[kind]])
        raws = {kind: json.loads(text) for kind, text in texts.items() if kind not in leaves}
        self.scores = {}
        for kind, table in raws.items():
            expected = _FIELD_NAMES[kind]
            objects = self.objects[kind] = {}
            for obj_id, raw in table.items():
                if kind == "step" and isinstance(raw, dict):
                    self.scores[obj_id] = raw.pop("scores", None) or {}
                fields = _fields_or_none(kind, raw)
                if fields is not None and fields.keys() == expected and fields.get("id") == obj_id:
                    objects[obj_id] = table[obj_id] = fields
                else:
                    self._store(kind, obj_id, raw)
        if not self.meta:
            return None
        try:
            shape = project(self)
            journey = build_journey(self, shape, leaves)
        except Exception:  # something shown is not valid: check every object on its own
            for kind, table in raws.items():
                for obj_id, raw in table.items():
                    if kind == "step" and isinstance(raw, dict):
                        raw = {**raw, "scores": self.scores.get(obj_id)}
                    self._store(kind, obj_id, raw)
            return build_journey(self, project(self))
        shown = shape.kind_of
        for kind, table in raws.items():  # what is not shown was not checked by the map's validation
            for obj_id, raw in table.items():
                if obj_id not in shown and self.objects[kind].get(obj_id) is raw:
                    if kind == "step" and isinstance(raw, dict):
                        raw = {**raw, "scores": self.scores.get(obj_id)}
                    self._store(kind, obj_id, raw)
        return journey

    def _take_leaves(self, kind: str, typed: dict[str, BaseModel], root: Map) -> dict[str, BaseModel]:
        """Keep the checked objects of a root of leaves; one filed under another id is checked alone."""
        kept = {obj_id: obj for obj_id, obj in typed.items() if obj.id == obj_id}  # type: ignore[attr-defined]
        # dumped as checked_fields gives them (defaults filled), all in one call
        self.objects[kind] = dict(dumped(kind, kept))
        for obj_id in typed.keys() - kept.keys():
            self._store(kind, obj_id, read_json(root[obj_id]))
        return kept

    def read_meta(self, ymap: Map) -> None:
        raw = read_json(ymap)
        self.layout = raw.pop(LAYOUT_KEY, 1)
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

    def read_list_keys(self, ymap: Map, keys: set[str]) -> None:
        """Read again only the lists an edit touched."""
        for key in keys:
            if key not in ymap:
                self.lists.pop(key, None)
                continue
            value = ymap[key]
            try:
                self.lists[key] = checked_list(key, value.to_py() if isinstance(value, Array) else value)
            except Refused as e:
                self._problem(str(e))
                self.lists.pop(key, None)

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
