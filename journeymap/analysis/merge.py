"""Three-way merge of map versions by ids: what git calls with ``journeymap merge %O %A %B``.

Each object (persona, note, stage, step, score, lane, card) is merged on its
own, field by field, against the common ancestor: a change made on one side
only is taken; the same change on both sides is taken once; a field changed
differently on both sides is a conflict. Where an object sits (its stage or
lane) merges like a field, and each list's order follows the side that
reordered it, with the other side's additions placed after their neighbours.

A conflict never stops the merge and never loses a value: the map keeps this
side's value (``%A``, the branch being merged into) and records the other one
in ``merge_conflicts``, which the health check reports as an error until
someone chooses. An object deleted on one side and edited on the other is
kept, edited. Whatever the two sides did, the result is a valid map: an
object still needed by something the merge kept (the lane of a card added on
one side, deleted on the other) is kept too, and said so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from ..model import JourneyMap, reference_problems
from ..model.evidence import MergeConflict
from .flat import Container, Flat, Node, flatten, to_document, unflatten
from .places import short

#: Map fields merged by their own rule rather than as plain values.
_SPECIAL_MAP_FIELDS = {"modified", "research", "health", "merge_conflicts"}


@dataclass
class MergeResult:
    journey: JourneyMap
    conflicts: list[MergeConflict] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.conflicts


def merge_maps(base: JourneyMap, ours: JourneyMap, theirs: JourneyMap) -> MergeResult:
    """``ours`` and ``theirs`` (two edits of ``base``) merged; conflicts kept in the map and listed."""
    return _Merger(base, ours, theirs).run()


def _loc(node: Node | None) -> tuple[str | None, str] | None:
    return None if node is None else (node.owner, node.slot)


def _same(a: Node | None, b: Node | None) -> bool:
    return a is not None and b is not None and a.fields == b.fields and _loc(a) == _loc(b)


class _Merger:
    def __init__(self, base: JourneyMap, ours: JourneyMap, theirs: JourneyMap) -> None:
        self.b, self.o, self.t = flatten(base), flatten(ours), flatten(theirs)
        for flat in (self.b, self.t):  # one map, whatever id each side gave it
            _rekey_map(flat, self.o.map_id)
        self.out = Flat(self.o.map_id)
        self.conflicts: list[MergeConflict] = []

    # -- describing things for conflict messages ------------------------------------------------
    def name_of(self, key: str) -> str:
        node = self.b.nodes.get(key) or self.o.nodes.get(key) or self.t.nodes.get(key)
        if node is None:
            return "something"
        f = node.fields
        if node.kind == "score":
            persona = self.o.nodes.get(f["persona"]) or self.t.nodes.get(f["persona"]) or self.b.nodes.get(f["persona"])
            who = persona.fields["name"] if persona is not None else "a persona"
            return f"{who}'s score at {self.name_of(node.owner or '')}"
        if node.kind in ("card", "note"):
            return f"{node.kind} '{short(f.get('text', ''), 40)}'"
        if node.kind == "lane":
            return f"lane '{f.get('title') or f.get('kind')}'"
        if node.kind == "arrow":
            return f"the arrow from {self.name_of(f['source'])} to {self.name_of(f['target'])}"
        if node.kind == "map":
            return "the map"
        return f"{node.kind} '{f.get('name', '')}'"

    def conflict(self, key: str, field_name: str, message: str, base: Any, ours: Any, theirs: Any) -> None:
        """Record a conflict on ``key``; a score's is on its step, its field named ``score.PERSONA.FIELD``."""
        obj = key
        if key.startswith("score:"):
            _, obj, persona = key.split(":")
            if field_name:
                field_name = f"score.{persona}.{field_name}"
        self.conflicts.append(MergeConflict(object=obj, field=field_name, message=message,
                                            base=base, ours=ours, theirs=theirs))

    # -- the merge ---------------------------------------------------------------------------------
    def run(self) -> MergeResult:
        keys = list(dict.fromkeys([*self.o.nodes, *self.t.nodes, *self.b.nodes]))
        for key in keys:
            merged = self.node(key)
            if merged is not None:
                self.out.nodes[key] = merged
        self.keep_what_is_needed()
        self.order()
        self.fit_scores_to_scale()
        root = self.out.nodes[self.out.map_id]
        earlier = [MergeConflict.model_validate(c) for c in root.fields.get("merge_conflicts", [])]
        root.fields["merge_conflicts"] = [c.model_dump(mode="json") for c in earlier + self.conflicts]
        try:
            journey = unflatten(self.out)
            problems = [str(p) for p in reference_problems(journey, 5)]
        except ValidationError as e:
            problems = [str(e)]
        if problems:  # should not happen; never hand back a broken map
            return self.fallback(problems)
        return MergeResult(journey, self.conflicts)

    def node(self, key: str) -> Node | None:
        b, o, t = self.b.nodes.get(key), self.o.nodes.get(key), self.t.nodes.get(key)
        if o is None and t is None:
            return None
        if key == self.out.map_id:
            merged = _copy(o or t)  # type: ignore[arg-type]
            self.map_fields(merged, b, o or merged, t or merged)
            return merged
        if b is None:
            if o is None or t is None:
                return _copy(o or t)  # type: ignore[arg-type]
            return self.fields(key, None, o, t)  # added on both sides (the same paste, say)
        if o is not None and t is not None and (_same(o, t) or _same(t, b)):
            return o  # untouched by the other side (or the same on both): nothing to merge, nothing to copy
        if o is not None and t is not None and _same(o, b):
            return t
        if o is None or t is None:
            kept = o or t
            assert kept is not None
            if _same(kept, b):
                return None  # deleted on one side, untouched on the other
            side = "this version" if o is not None else "the other version"
            gone = "the other version" if o is not None else "this version"
            self.conflict(key, "", f"{self.name_of(key)} was deleted in {gone} but edited in {side}; "
                                   f"it is kept, with the edits", b.fields, _fields_or_none(o), _fields_or_none(t))
            return _copy(kept)
        return self.fields(key, b, o, t)

    def fields(self, key: str, b: Node | None, o: Node, t: Node) -> Node:
        merged = _copy(o)
        base_fields = b.fields if b is not None else {}
        for name in dict.fromkeys([*o.fields, *t.fields]):
            ov: Any = o.fields.get(name)  # JSON values
            tv: Any = t.fields.get(name)
            if ov == tv:
                continue
            bv = base_fields.get(name) if b is not None else _MISSING
            if bv == ov:
                merged.fields[name] = tv
            elif bv == tv:
                continue
            elif _string_list(bv, ov, tv):
                merged.fields[name] = _merge_list(bv if isinstance(bv, list) else [], ov, tv)
            else:
                self.conflict(key, name, f"{self.name_of(key)}: {name.replace('_', ' ')} is {_shown(ov)} in this "
                                         f"version and {_shown(tv)} in the other; {_shown(ov)} is kept",
                              None if bv is _MISSING else bv, ov, tv)
        lb = _loc(b)
        lo, lt = _loc(o), _loc(t)
        if lo != lt:
            if lb == lo:
                merged.owner, merged.slot = t.owner, t.slot
            elif lb != lt:
                self.conflict(key, "place", f"{self.name_of(key)} was moved to {self.place_name(lo)} in this "
                                            f"version and to {self.place_name(lt)} in the other; it stays in "
                                            f"{self.place_name(lo)}", None, list(lo or ()), list(lt or ()))
        return merged

    def place_name(self, loc: tuple[str | None, str] | None) -> str:
        if loc is None or loc[0] is None:
            return "the map"
        where = self.name_of(loc[0])
        return f"{where}'s {loc[1].split('.')[-1]}" if loc[1].startswith("empathy_map.") else where

    def map_fields(self, merged: Node, b: Node | None, o: Node, t: Node) -> None:
        bf = b.fields if b is not None else {}
        for name in dict.fromkeys([*o.fields, *t.fields]):
            # JSON values; every map has every field (a missing base is None)
            ov: Any = o.fields.get(name)
            tv: Any = t.fields.get(name)
            bv: Any = bf.get(name)
            if name == "modified":
                merged.fields[name] = max(ov, tv)
            elif name == "research":
                merged.fields[name] = self.research(bv, ov, tv)
            elif name == "health":
                rules = _merge_list((bv or {}).get("disabled_rules", []), ov["disabled_rules"], tv["disabled_rules"])
                merged.fields[name] = {**ov, "disabled_rules": rules}
            elif name == "merge_conflicts":
                merged.fields[name] = _merge_records(bv or [], ov, tv)
            elif ov == tv or bv == tv:
                continue
            elif bv == ov:
                merged.fields[name] = tv
            elif _string_list(bv, ov, tv):
                merged.fields[name] = _merge_list(bv or [], ov, tv)
            else:
                self.conflict(merged.key, name, f"The map's {name.replace('_', ' ')} is {_shown(ov)} in this "
                                                f"version and {_shown(tv)} in the other; {_shown(ov)} is kept",
                              bv, ov, tv)

    def research(self, bv: Any, ov: dict, tv: dict) -> dict:
        """Import histories are joined (each import once, oldest first); the weak-evidence threshold merges."""
        imports = {r["digest"]: r for r in [*ov["imports"], *tv["imports"]]}
        ordered = sorted(imports.values(), key=lambda r: r["date"])
        weak = ov["weak_evidence_below"]
        if bv is not None and weak == bv["weak_evidence_below"]:
            weak = tv["weak_evidence_below"]
        return {**ov, "weak_evidence_below": weak, "imports": ordered}

    # -- keeping the result whole -----------------------------------------------------------------------
    def keep_what_is_needed(self) -> None:
        """Bring back whatever a kept object needs: its owner, its card's step, its score's persona."""
        nodes = self.out.nodes
        while True:
            missing: dict[str, str] = {}
            for key, node in nodes.items():
                needs = [node.owner] if node.owner is not None else []
                if node.kind == "card":
                    needs.append(node.fields["step"])
                    if node.fields.get("last_step") is not None:
                        needs.append(node.fields["last_step"])
                if node.kind == "arrow":
                    needs += [node.fields["source"], node.fields["target"]]
                if node.kind == "score":
                    needs.append(node.fields["persona"])
                for need in needs:
                    if need is not None and need not in nodes and need not in missing:
                        missing[need] = key
            if not missing:
                return
            for need, by in missing.items():
                source = self.o.nodes.get(need) or self.b.nodes.get(need) or self.t.nodes.get(need)
                if source is None:  # cannot happen with maps that validated
                    raise ValueError(f"{need} is needed by {by} but is in no version")
                nodes[need] = _copy(source)
                self.conflict(need, "", f"{self.name_of(need)} was deleted in one version, but the other "
                                        f"still uses it ({self.name_of(by)}); it is kept", None, None, None)

    def order(self) -> None:
        members: dict[Container, set[str]] = {}
        for key, node in self.out.nodes.items():
            if key != self.out.map_id:
                members.setdefault((node.owner, node.slot), set()).add(key)
        for container, keys in members.items():
            self.out.order[container] = _merge_order(self.b.order.get(container, []),
                                                     self.o.order.get(container, []),
                                                     self.t.order.get(container, []), keys)

    def fit_scores_to_scale(self) -> None:
        root = self.out.nodes[self.out.map_id]
        scale = dict(root.fields["emotion_scale"])
        values = [v for node in self.out.nodes.values() if node.kind == "score"
                  for v in (node.fields.get("value"), node.fields.get("target")) if v is not None]
        if not values or (scale["min"] <= min(values) and max(values) <= scale["max"]):
            return
        wider = {"min": max(-10, min(scale["min"], min(values))), "max": min(10, max(scale["max"], max(values)))}
        self.conflict(self.out.map_id, "emotion_scale",
                      f"the emotion scale {scale['min']}…{scale['max']} of one version leaves scores of the other "
                      f"outside it; it is widened to {wider['min']}…{wider['max']}",
                      None, scale, wider)
        root.fields["emotion_scale"] = wider

    def fallback(self, problems: list[str]) -> MergeResult:
        theirs_doc = to_document(self.t)
        conflict = MergeConflict(object=None, field="", message=(
            "the two versions could not be merged object by object "
            f"({short(str(problems[0]), 200)}); this version is kept and the other is stored in this conflict"),
            ours=None, theirs=theirs_doc)
        journey = unflatten(self.o)
        journey.merge_conflicts.append(conflict)
        return MergeResult(journey, [conflict])


_MISSING: Any = object()


def _copy(node: Node) -> Node:
    return Node(node.key, node.kind, node.owner, node.slot, dict(node.fields))


def _fields_or_none(node: Node | None) -> dict | None:
    return None if node is None else node.fields


def _frozen(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _merge_records(base: list, ours: list, theirs: list) -> list:
    """Earlier merge conflicts: one resolved (removed) on either side stays resolved; new ones from both stay."""
    b = {_frozen(c) for c in base}
    o = {_frozen(c) for c in ours}
    t = {_frozen(c) for c in theirs}
    kept = [c for c in ours if not (_frozen(c) in b and _frozen(c) not in t)]
    return kept + [c for c in theirs if _frozen(c) not in o and _frozen(c) not in b]


def _rekey_map(flat: Flat, map_id: str) -> None:
    if flat.map_id == map_id:
        return
    root = flat.nodes.pop(flat.map_id)
    root.key = map_id
    flat.nodes[map_id] = root
    flat.map_id = map_id


def _string_list(*values: Any) -> bool:
    return all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in values if v is not _MISSING
               and v is not None)


def _merge_list(base: list[str], ours: list[str], theirs: list[str]) -> list[str]:
    """Lists of words (tags, authors, goals) merged as sets, in this version's order, then the other's additions."""
    removed = (set(base) - set(ours)) | (set(base) - set(theirs))
    out = [x for x in ours if x not in removed]
    out += [x for x in theirs if x not in removed and x not in out]
    return list(dict.fromkeys(out))


def _merge_order(base: list[str], ours: list[str], theirs: list[str], members: set[str]) -> list[str]:
    """One list's order: the side that reordered it leads; the other side's additions follow their neighbours."""
    if ours == theirs and len(ours) == len(members) and members.issuperset(ours):
        return list(ours)  # the list is the same on both sides (most lists of most merges)
    in_all = [k for k in base if k in members and k in ours and k in theirs]
    ours_common = [k for k in ours if k in set(in_all)]
    primary, secondary = (theirs, ours) if ours_common == in_all else (ours, theirs)
    result = [k for k in primary if k in members]
    placed = set(result)
    for sequence in (secondary, base):
        for i, key in enumerate(sequence):
            if key in placed or key not in members:
                continue
            at = 0
            for before in reversed(sequence[:i]):
                if before in placed:
                    at = result.index(before) + 1
                    break
            result.insert(at, key)
            placed.add(key)
    for key in sorted(members - placed):  # in no list: cannot happen, kept anyway
        result.append(key)
    return result


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "empty"
    if isinstance(value, str):
        return f"'{short(value, 40)}'"
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, dict):
        if "value" in value:
            return str(value["value"])
        return "changed"
    return str(value)
