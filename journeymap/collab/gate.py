"""The check every remote update passes before it reaches the shared document and the map.

The update is first applied to a twin of the shared document (the same
pattern as pycrdt's own typed documents); every object, list and field it
touched is read back and checked against the model: types, limits, known
fields, ids. Only then is it applied for real. A refused update never enters
the shared document, so this replica never passes it on; the twin, now
holding it, is rebuilt from the shared document before the next check.

What a concurrent edit can legitimately produce (a card whose step was just
deleted, an id listed twice) is not refused here: the projection resolves it
the same way on every replica. Refusing it would split replicas apart.
"""

from __future__ import annotations

from pycrdt import Doc, Map

from ..model.limits import MAX_FILE_BYTES
from .shape import (
    LAYOUT,
    LAYOUT_KEY,
    LISTS_ROOT,
    MAP_ROOT,
    MAX_OBJECTS,
    ROOT_OF,
    ROOTS,
    Incomplete,
    Refused,
    checked_fields,
    checked_list,
    checked_score,
    strange_made_fields,
)
from .state import read_json, roots, shared_doc
from .touched import Touched, TouchRecorder

#: One update may not be larger than a whole map file.
MAX_UPDATE_BYTES = MAX_FILE_BYTES


def is_panic(error: BaseException) -> bool:
    """A Rust panic inside yrs, which pyo3 raises as ``pyo3_runtime.PanicException`` (not an Exception)."""
    return type(error).__name__ == "PanicException"


class UpdateGate:
    def __init__(self, shared: Doc) -> None:
        self.shared = shared
        self._twin: Doc | None = None
        self._recorder: TouchRecorder | None = None

    def follow(self, update: bytes) -> None:
        """Keep the twin level with an update the shared document took without a check (our own)."""
        if self._twin is not None:
            self._twin.apply_update(update)

    def check(self, update: bytes) -> str | None:
        """Why ``update`` is refused, or None when it may be applied."""
        if len(update) > MAX_UPDATE_BYTES:
            return f"the update is {len(update)} bytes, over the {MAX_UPDATE_BYTES}-byte limit"
        twin = self._ready_twin()
        assert self._recorder is not None
        self._recorder.take()
        try:
            twin.apply_update(update)
        except BaseException as e:  # a malformed update: yrs raises on bytes it cannot decode
            if not isinstance(e, Exception) and not is_panic(e):
                raise  # Ctrl+C, exit
            # a panic inside yrs (pyo3 raises it as a BaseException) must not end the room's thread
            self._discard_twin()
            return f"the update cannot be decoded ({e})"
        touched = self._recorder.take()
        try:
            self._check(twin, touched)
        except Refused as e:
            self._discard_twin()
            return str(e)
        return None

    def _check(self, twin: Doc, touched: Touched) -> None:
        extra = set(twin.keys()) - set(ROOTS)
        if extra:
            raise Refused(f"the update adds unknown parts {sorted(extra)[:3]}")
        shared = roots(twin)
        if touched.meta:
            meta = read_json(shared[MAP_ROOT])
            marked = LAYOUT_KEY in self.shared.get(MAP_ROOT, type=Map)
            # a peer may neither lock out everyone of this version nor let in editors too old for the room
            if meta.pop(LAYOUT_KEY, None if marked else LAYOUT) != LAYOUT:
                raise Refused("the update changes the room's layout version")
            try:
                checked_fields("map", meta)
            except Incomplete:
                pass
        if touched.lists:
            lists = shared[LISTS_ROOT]
            for key in touched.lists:
                if key in lists:
                    value = lists[key]
                    checked_list(key, value.to_py() if hasattr(value, "to_py") else value)
        total = 0
        for kind, ids in touched.objects.items():
            root = shared[ROOT_OF[kind]]
            total = sum(len(shared[ROOT_OF[k]]) for k in ROOT_OF)
            for obj_id in ids:
                if obj_id not in root:
                    continue
                value = root[obj_id]
                if not isinstance(value, Map):
                    raise Refused(f"a {kind} is not a map of fields")
                raw = read_json(value)
                strange = strange_made_fields(kind, raw)
                if strange:
                    raise Refused(f"a {kind} was made with fields the format does not have: {strange[:3]}")
                scores = raw.pop("scores", None) if kind == "step" else None
                try:
                    fields = checked_fields(kind, raw)
                except Incomplete:  # an undo or a concurrent edit can leave this; the projection hides it
                    fields = {"id": obj_id}
                if fields.get("id", obj_id) != obj_id:
                    raise Refused(f"a {kind} is filed under another id")
                if isinstance(scores, dict):
                    for persona, score in scores.items():
                        checked_score(score, persona)
                elif scores is not None:
                    raise Refused("a step's scores are not a map")
        if total > MAX_OBJECTS:
            raise Refused(f"the map would hold {total} objects, over the limit of {MAX_OBJECTS}")

    def _ready_twin(self) -> Doc:
        if self._twin is None:
            # garbage collection off, as in the shared document: yrs panicked reading the deep events
            # of an update that touched content it had collected (convergence run, seed 100)
            twin = shared_doc()
            twin.apply_update(self.shared.get_update())
            self._twin = twin
            self._recorder = TouchRecorder(roots(twin))
        return self._twin

    def _discard_twin(self) -> None:
        if self._recorder is not None:
            self._recorder.close()
        self._twin, self._recorder = None, None
