"""Document change records turned into Yjs operations on the shared document.

The binding calls :meth:`SharedWriter.write` inside one Yjs transaction per
edit. An insert goes right after the object's previous sibling in the shared
list (so hidden duplicates left by concurrent moves never shift it); a move
first takes the id out of every list of its family, so a local move always
leaves exactly one copy.
"""

from __future__ import annotations

from typing import Any

from pycrdt import Array, Doc, Map, Text

from ..model import EMPATHY_SECTIONS, Change, Document, JourneyMap
from .shape import (
    CHILDREN,
    LAYOUT,
    LAYOUT_KEY,
    LISTS_ROOT,
    MADE,
    MAP_ROOT,
    ROOT_OF,
    TEXT_FIELDS,
    fields_of,
    list_key,
)
from .state import roots

_FAMILY = {"step": ("steps",), "card": ("cards",), "note": EMPATHY_SECTIONS, "comment": ("comments",)}
_TOP = {"persona": "personas", "stage": "stages", "lane": "lanes", "thread": "threads"}


def utf8_len(text: str) -> int:
    return len(text.encode("utf-8"))


def set_text(ytext: Text, new: str) -> None:
    """Change a shared text to ``new`` by its smallest middle edit, so others' typing elsewhere survives.

    Shared texts count in UTF-8 bytes; Python strings in code points.
    """
    old = str(ytext)
    if old == new:
        return
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[-1 - end] == new[-1 - end]:
        end += 1
    at = utf8_len(old[:start])
    gone = utf8_len(old[start:len(old) - end])
    if gone:
        del ytext[at:at + gone]
    added = new[start:len(new) - end]
    if added:
        ytext.insert(at, added)


class SharedWriter:
    def __init__(self, ydoc: Doc) -> None:
        self.ydoc = ydoc
        self.roots = roots(ydoc)
        #: What this writer changed since last taken: (kind, id) pairs, list keys, the map's fields.
        #: Yjs's deep events can miss an edit inside an object that arrived out of order, so the
        #: replica's reading of its own edits does not depend on them.
        self.wrote: set[tuple[str, str]] = set()

    def take_written(self) -> set[tuple[str, str]]:
        wrote, self.wrote = self.wrote, set()
        return wrote

    # -- whole map ---------------------------------------------------------------
    def write_map(self, journey: JourneyMap) -> None:
        """Put a whole map into an empty shared document (sharing a map starts here)."""
        self._put_fields("map", self.roots[MAP_ROOT], fields_of("map", journey))
        self._mark_layout()
        lists = self.roots[LISTS_ROOT]
        for attr in ("personas", "stages", "lanes", "threads"):
            objects = getattr(journey, attr)
            for obj in objects:
                self._put_tree(_TOP_KIND[attr], obj)
            lists[attr] = Array([o.id for o in objects])

    def _mark_layout(self) -> None:
        """Say which layout the room is in: an editor too old to read it refuses to join."""
        self.roots[MAP_ROOT][LAYOUT_KEY] = LAYOUT

    # -- one change --------------------------------------------------------------
    def write(self, doc: Document, change: Change) -> None:
        kind = change.kind
        if kind == "score":
            self.wrote.add(("step", change.ids[0]))
        elif kind == "map":
            self.wrote.add(("map", ""))
        else:
            self.wrote.add((kind, change.ids[0]))
        if kind == "map":
            self._update_fields("map", self.roots[MAP_ROOT], doc.journey, change.fields)
            if "emotion_scale" in change.fields:
                self._write_scores_as_shown(doc)
        elif kind == "score":
            self._write_score(doc, *change.ids)
        elif change.action == "update":
            obj_id = change.ids[0]
            ymap = self.roots[ROOT_OF[kind]][obj_id]
            self._update_fields(kind, ymap, doc.get(obj_id), change.fields)
        elif change.action == "add":
            obj_id = change.ids[0]
            self._put_tree(kind, doc.get(obj_id))
            self._insert_in_list(doc, kind, obj_id)
        elif change.action == "remove":
            self._remove(doc, kind, change.ids[0], change.owner)
        elif change.action == "move":
            obj_id = change.ids[0]
            self._take_out_everywhere(kind, obj_id)
            if kind == "card":
                self.roots["cards"][obj_id]["step"] = doc.card(obj_id).step
            self._insert_in_list(doc, kind, obj_id)

    # -- internals ---------------------------------------------------------------
    def _put_fields(self, kind: str, ymap: Map, fields: dict[str, Any]) -> None:
        texts = TEXT_FIELDS[kind]
        for name, value in fields.items():
            ymap[name] = Text(value) if name in texts else value

    def _put_new(self, kind: str, ymap: Map, fields: dict[str, Any]) -> None:
        """A new object's fields: the plain ones as one entry (``*``), each text as its own ``Y.Text``."""
        texts = TEXT_FIELDS[kind]
        ymap[MADE] = {name: value for name, value in fields.items() if name not in texts}
        for name in texts:
            if name in fields:
                ymap[name] = Text(fields[name])

    def _update_fields(self, kind: str, ymap: Map, obj: Any, names: tuple[str, ...]) -> None:
        fields = fields_of(kind, obj)
        texts = TEXT_FIELDS[kind]
        for name in names:
            if name.startswith("empathy_map.") and name.count(".") > 1:
                name = ".".join(name.split(".")[:2])
            if name in texts and name in ymap:
                set_text(ymap[name], fields[name])
            else:
                ymap[name] = Text(fields[name]) if name in texts else fields[name]

    def _put_tree(self, kind: str, obj: Any) -> None:
        self.wrote.add((kind, obj.id))
        ymap: Map[Any] = Map()
        self.roots[ROOT_OF[kind]][obj.id] = ymap
        self._put_new(kind, ymap, fields_of(kind, obj))
        if kind == "step":
            ymap["scores"] = Map({s.persona: s.model_dump(mode="json") for s in obj.scores})
            self._new_list(list_key(obj.id, "scores"), [s.persona for s in obj.scores])
        for attr, child_kind, children in _children(kind, obj):
            for child in children:
                self._put_tree(child_kind, child)
            self._new_list(list_key(obj.id, attr), [c.id for c in children])

    def _new_list(self, key: str, ids: list[str]) -> None:
        self.roots[LISTS_ROOT][key] = Array(ids)
        self.wrote.add(("list", key))

    def _insert_in_list(self, doc: Document, kind: str, obj_id: str) -> None:
        slot = doc.slot_of(obj_id)
        key = list_key(slot.owner, slot.attr)
        lists = self.roots[LISTS_ROOT]
        self.wrote.add(("list", key))
        if key not in lists:
            lists[key] = Array()
        array = lists[key]
        siblings = doc.list_of(slot.owner, slot.attr)
        before = siblings[slot.index - 1].id if slot.index > 0 else None
        ids = array.to_py() or []
        at = ids.index(before) + 1 if before in ids else 0
        array.insert(at, obj_id)

    def _take_out_everywhere(self, kind: str, obj_id: str) -> None:
        lists = self.roots[LISTS_ROOT]
        if kind in _TOP:
            keys = [_TOP[kind]]
        else:
            suffixes = tuple("." + name for name in _FAMILY[kind])
            keys = [k for k in lists.keys() if k.endswith(suffixes)]
        for key in keys:
            array = lists[key]
            ids = array.to_py() or []
            for k in range(len(ids) - 1, -1, -1):
                if ids[k] == obj_id:
                    del array[k]
                    self.wrote.add(("list", key))

    def _remove(self, doc: Document, kind: str, obj_id: str, owner: str | None) -> None:
        lists = self.roots[LISTS_ROOT]
        if kind in _TOP:
            keys = [_TOP[kind]]
        else:
            keys = [list_key(owner, name) for name in _FAMILY[kind]]
        for key in keys:
            if key in lists:
                array = lists[key]
                ids = array.to_py() or []
                for k in range(len(ids) - 1, -1, -1):
                    if ids[k] == obj_id:
                        del array[k]
                        self.wrote.add(("list", key))
        self._delete_tree(doc, kind, obj_id)

    def _delete_tree(self, doc: Document, kind: str, obj_id: str) -> None:
        """Delete an object and those of its children the Document no longer has."""
        root = self.roots[ROOT_OF[kind]]
        lists = self.roots[LISTS_ROOT]
        self.wrote.add((kind, obj_id))
        if obj_id in root:
            del root[obj_id]
        for attr, child_kind in _CHILD_KINDS.get(kind, ()):
            key = list_key(obj_id, attr)
            if key in lists:
                for child in lists[key].to_py() or []:
                    if not doc.has(child):
                        self._delete_tree(doc, child_kind, child)
                del lists[key]
                self.wrote.add(("list", key))
        if kind == "step":
            key = list_key(obj_id, "scores")
            if key in lists:
                del lists[key]
                self.wrote.add(("list", key))

    def _write_scores_as_shown(self, doc: Document) -> None:
        """Make the shared scores those this user sees, once they change the scale.

        A score a narrower scale brought onto itself would otherwise jump back
        to its old value when the scale widens again, on every replica but this one.
        """
        steps = self.roots["steps"]
        for step in doc.journey.steps():
            if step.id not in steps or "scores" not in steps[step.id]:
                continue
            shared = steps[step.id]["scores"]
            for score in step.scores:
                value = score.model_dump(mode="json")
                if score.persona in shared and shared[score.persona] != value:
                    shared[score.persona] = value
                    self.wrote.add(("step", step.id))

    def _write_score(self, doc: Document, step_id: str, persona_id: str) -> None:
        if not doc.has(step_id):
            return
        ystep = self.roots["steps"][step_id]
        if "scores" not in ystep:
            ystep["scores"] = Map()
        scores = ystep["scores"]
        lists = self.roots[LISTS_ROOT]
        key = list_key(step_id, "scores")
        self.wrote.add(("list", key))
        if key not in lists:
            lists[key] = Array()
        order = lists[key]
        ids = order.to_py() or []
        for k in range(len(ids) - 1, -1, -1):
            if ids[k] == persona_id:
                del order[k]
        score = doc.score(step_id, persona_id)
        if score is None:
            if persona_id in scores:
                del scores[persona_id]
            return
        scores[persona_id] = score.model_dump(mode="json")
        mine = [s.persona for s in doc.step(step_id).scores]
        index = mine.index(persona_id)
        before = mine[index - 1] if index > 0 else None
        ids = order.to_py() or []
        order.insert(ids.index(before) + 1 if before in ids else 0, persona_id)


_TOP_KIND = {"personas": "persona", "stages": "stage", "lanes": "lane", "threads": "thread"}
_CHILD_KINDS = {
    "stage": (("steps", "step"),), "lane": (("cards", "card"),), "thread": (("comments", "comment"),),
    "persona": tuple((section, "note") for section in EMPATHY_SECTIONS),
}


def _children(kind: str, obj: Any) -> list[tuple[str, str, list[Any]]]:
    if kind == "persona":
        return [(section, "note", list(getattr(obj.empathy_map, section))) for section in EMPATHY_SECTIONS]
    return [(attr, child_kind, list(getattr(obj, attr))) for attr, child_kind in _CHILD_KINDS.get(kind, ())
            if attr in CHILDREN[kind]]
