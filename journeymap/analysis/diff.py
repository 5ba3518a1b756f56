"""What changed between two versions of a map, by ids, in the words of the people who made it.

Not a text diff of the JSON: a card that moved lane is one line ("Stage 'Buy':
card 'Checkout is confusing' moved from Pain points to Opportunities"), a
renamed step is one line, a score is "Maya Chen's score at 'Pays': −1 → +2".
Each :class:`Difference` names the object (its id and its place in the newer
version, or the older one for what was removed), so the editor can highlight it.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

from ..model import CHANNELS, EMPATHY_SECTIONS, JourneyMap, LaneKind
from .flat import Flat, Node, flatten
from .numbers import plain, signed
from .places import places, short

Action = str  # added, removed, changed, moved


@dataclass(frozen=True)
class Difference:
    """One change between two versions, as a sentence, with where it is."""

    action: Action
    kind: str  # map, persona, note, stage, step, score, lane, card
    obj_id: str  # the object's id (a score's: its step's); in the newer map unless removed
    place: str  # validation path in the newer map (the older one for what was removed)
    text: str
    fields: tuple[str, ...] = ()
    persona_id: str | None = None  # a score's persona (its step is obj_id)

    @property
    def in_old(self) -> bool:
        """Whether the place is in the older version (the object is gone from the newer one)."""
        return self.action == "removed"

    def as_dict(self) -> dict[str, Any]:
        out = {"action": self.action, "kind": self.kind, "id": self.obj_id, "place": self.place,
               "text": self.text, "fields": list(self.fields)}
        if self.persona_id is not None:
            out["persona"] = self.persona_id
        return out


#: Map fields the diff does not report: the clock and the bookkeeping of merges and imports have their own lines.
_QUIET_MAP_FIELDS = {"created", "modified"}
_FIELD_WORDS = {
    "description": "description", "scenario": "scenario", "expectations": "expectations", "scope": "scope",
    "authors": "authors", "tags": "tags", "language": "language", "emotion_scale": "emotion scale",
    "role": "role", "quote": "quote", "bio": "bio", "goals": "goals", "needs": "needs", "pains": "pains",
    "gains": "gains", "channels": "channels", "colour": "colour", "photo": "photo", "notes": "notes",
    "moment_of_truth_note": "moment-of-truth note", "detail": "detail", "status": "evidence status",
    "votes": "votes", "channel": "channel", "owner": "owner", "hidden": "hidden", "kind": "kind",
    "empathy_map.style": "empathy map style", "empathy_map.designed_by": "empathy map's designer",
    "empathy_map.date": "empathy map's date", "empathy_map.version": "empathy map's version",
    "research": "research settings", "health": "health-check settings",
}


def diff_maps(old: JourneyMap, new: JourneyMap) -> list[Difference]:
    """Every difference from ``old`` to ``new``, in the order of the newer map (removals where they were)."""
    return _Differ(old, new).run()


class _Differ:
    def __init__(self, old: JourneyMap, new: JourneyMap) -> None:
        self.old_map, self.new_map = old, new
        self.a, self.b = flatten(old), flatten(new)
        if self.a.map_id != self.b.map_id:  # two maps with their own ids (a copy, a new file): still one map
            root = self.a.nodes.pop(self.a.map_id)
            root.key = self.a.map_id = self.b.map_id
            self.a.nodes[root.key] = root
        self.old_places, self.new_places = places(old), places(new)
        self.out: list[tuple[tuple, Difference]] = []
        self.new_rank = _ranks(self.b)
        self.old_rank = _ranks(self.a)
        self.lane_names = {**_lane_names(old), **_lane_names(new)}
        self.step_names_old = {s.id: s.name for s in old.steps()}
        self.step_names_new = {s.id: s.name for s in new.steps()}
        self.persona_names = {**{p.id: p.name for p in old.personas}, **{p.id: p.name for p in new.personas}}
        self.stage_of = {**_stage_of(old), **_stage_of(new)}
        self.stage_of_before = _stage_of(old)

    # -- naming -----------------------------------------------------------------------------
    def step_name(self, step_id: str) -> str:
        return self.step_names_new.get(step_id) or self.step_names_old.get(step_id, "?")

    def where(self, key: str, action: str) -> str:
        node_places = self.old_places if action == "removed" else self.new_places
        obj_id = _obj_id(key)
        place = node_places.get(obj_id)
        if place is None:
            return "top level"
        if key.startswith("score:"):
            flat = self.a if action == "removed" else self.b
            step_id = flat.nodes[key].owner
            k = flat.order[(step_id, "scores")].index(key)
            return f"{place.path}.scores[{k}]"
        return place.path

    def emit(self, action: str, key: str, kind: str, text: str, fields: tuple[str, ...] = ()) -> None:
        rank = (self.old_rank if action == "removed" else self.new_rank).get(key, (0,))
        persona = key.split(":")[2] if key.startswith("score:") else None
        self.out.append((rank, Difference(action, kind, _obj_id(key), self.where(key, action), text, fields,
                                          persona)))

    # -- the walk ---------------------------------------------------------------------------
    def run(self) -> list[Difference]:
        a, b = self.a.nodes, self.b.nodes
        for key, node in b.items():
            was = a.get(key)
            if was is None:
                self.added(node)
            else:
                self.changed(was, node)
        for key, node in a.items():
            if key not in b:
                self.removed(node)
        self.reordered()
        self.out.sort(key=lambda pair: pair[0])
        return [d for _rank, d in self.out]

    def label(self, node: Node, old: bool = False) -> str:
        f = node.fields
        if node.kind == "persona":
            return f"persona '{f['name']}'"
        if node.kind == "stage":
            return f"stage '{f['name']}'"
        if node.kind == "step":
            return f"step '{f['name']}'"
        if node.kind == "lane":
            return f"lane '{_lane_title(f)}'"
        if node.kind == "note":
            return f"note '{short(f['text'], 50)}'"
        if node.kind == "card":
            return f"card '{short(f['text'], 50) or '(empty)'}'"
        if node.kind == "arrow":
            return f"arrow from {self.card_text(f['source'])} to {self.card_text(f['target'])}"
        return node.kind

    def card_text(self, card_id: str) -> str:
        node = self.b.nodes.get(card_id) or self.a.nodes.get(card_id)
        return f"'{short(node.fields['text'], 30)}'" if node is not None else "a card"

    def card_context(self, node: Node, old: bool = False) -> str:
        stage = (self.stage_of_before if old else self.stage_of).get(node.fields["step"])
        return f"Stage '{stage}': " if stage else ""

    def added(self, node: Node) -> None:
        k = node.kind
        if k == "score":
            self.score_change(None, node)
        elif k == "card":
            self.emit("added", node.key, k, f"{self.card_context(node)}{self.label(node)} added to "
                                            f"{self.lane_names.get(node.owner or '', '?')} at "
                                            f"'{self.step_name(node.fields['step'])}'")
        elif k == "step":
            self.emit("added", node.key, k, f"Stage '{self.stage_of.get(node.key, '?')}': {self.label(node)} added")
        elif k == "note":
            section = node.slot.split(".")[-1]
            self.emit("added", node.key, k, f"{self.persona_names.get(node.owner or '', '?')}'s empathy map: "
                                            f"{self.label(node)} added to {section.capitalize()}")
        else:
            self.emit("added", node.key, k, f"{_cap(self.label(node))} added")

    def removed(self, node: Node) -> None:
        k = node.kind
        if k == "score":
            self.score_change(node, None)
        elif k == "card":
            self.emit("removed", node.key, k, f"{self.card_context(node, old=True)}{self.label(node)} removed from "
                                              f"{self.lane_names.get(node.owner or '', '?')} at "
                                              f"'{self.step_name(node.fields['step'])}'")
        elif k == "step":
            self.emit("removed", node.key, k,
                      f"Stage '{self.stage_of_before.get(node.key, '?')}': {self.label(node)} removed")
        elif k == "note":
            section = node.slot.split(".")[-1]
            self.emit("removed", node.key, k, f"{self.persona_names.get(node.owner or '', '?')}'s empathy map: "
                                              f"{self.label(node)} removed from {section.capitalize()}")
        else:
            self.emit("removed", node.key, k, f"{_cap(self.label(node))} removed")

    def changed(self, was: Node, now: Node) -> None:
        if was.fields == now.fields and (was.owner, was.slot) == (now.owner, now.slot):
            return
        k = now.kind
        if k == "score":
            self.score_change(was, now)
            return
        if k == "map":
            self.map_change(was, now)
            return
        fields = [f for f in now.fields if was.fields.get(f) != now.fields.get(f)]
        label = self.label(was)
        if (was.owner, was.slot) != (now.owner, now.slot):
            self.moved(was, now)
            fields = [f for f in fields if f != "step"]
        for f in fields:
            before, after = was.fields.get(f), now.fields.get(f)
            self.emit("changed", now.key, k, self.field_sentence(now, label, f, before, after), (f,))

    def moved(self, was: Node, now: Node) -> None:
        k = now.kind
        label = self.label(now)
        if k == "card":
            old_lane = self.lane_names.get(was.owner or "", "?")
            new_lane = self.lane_names.get(now.owner or "", "?")
            step_move = "" if was.fields["step"] == now.fields["step"] else (
                f", from '{self.step_name(was.fields['step'])}' to '{self.step_name(now.fields['step'])}'")
            self.emit("moved", now.key, k, f"{self.card_context(now)}{label} moved from {old_lane} to "
                                           f"{new_lane}{step_move}", ("lane",))
        elif k == "step":
            self.emit("moved", now.key, k, f"{_cap(label)} moved from stage '{self.stage_of_old(was)}' to "
                                           f"'{self.stage_of.get(now.key, '?')}'", ("stage",))
        elif k == "note":
            self.emit("moved", now.key, k, f"{self.persona_names.get(now.owner or '', '?')}'s empathy map: "
                                           f"{label} moved from {was.slot.split('.')[-1].capitalize()} to "
                                           f"{now.slot.split('.')[-1].capitalize()}", ("section",))

    def stage_of_old(self, node: Node) -> str:
        stage = self.a.nodes.get(node.owner or "")
        return stage.fields["name"] if stage else "?"

    def field_sentence(self, node: Node, label: str, f: str, before: Any, after: Any) -> str:
        k = node.kind
        if f == "name":
            return f"{_cap(k)} '{before}' renamed to '{after}'"
        if f == "title" and k == "lane":
            return f"Lane '{before or _lane_title(node.fields)}' renamed to '{after or _lane_title(node.fields)}'"
        if k == "card" and f == "text":
            return f"{self.card_context(node)}card '{short(before, 50)}' now reads '{short(after, 50)}'"
        if k == "card" and f == "step":
            return (f"{self.card_context(node)}{label} moved from '{self.step_name(before)}' to "
                    f"'{self.step_name(after)}' in {self.lane_names.get(node.owner or '', '?')}")
        if k == "card" and f == "last_step":
            span = f"now spans to '{self.step_name(after)}'" if after else "now covers one step"
            return f"{self.card_context(node)}{label} {span}"
        if k == "card" and f == "picture":
            what = ("picture added" if before is None else "picture removed" if after is None
                    else "alt text changed" if {**before, "alt": ""} == {**after, "alt": ""} else "picture replaced")
            return f"{self.card_context(node)}{label}: {what}"
        if k == "note" and f == "text":
            return (f"{self.persona_names.get(node.owner or '', '?')}'s empathy map: note '{short(before, 50)}' "
                    f"now reads '{short(after, 50)}'")
        if k == "step" and f == "moment_of_truth":
            return f"{_cap(label)} {'marked' if after else 'no longer marked'} as a moment of truth"
        if k == "step" and f.startswith("metrics."):
            name = f.split(".")[1].upper()
            return f"{_cap(label)}: {name} {_metric(f, before)} → {_metric(f, after)}"
        if k == "persona" and f == "show_curve":
            return f"{_cap(label)}: curve {'shown' if after else 'hidden'}"
        if k == "lane" and f == "hidden":
            return f"{_cap(label)} {'hidden' if after else 'shown again'}"
        if f == "status":
            return f"{self.card_context(node)}{label}: {before} → {after}"
        if f == "channel":
            return f"{self.card_context(node)}{label}: channel {_channel(before)} → {_channel(after)}"
        if k == "lane" and f == "kind":
            return f"{_cap(label)}: kind {LaneKind(before).label} → {LaneKind(after).label}"
        words = _FIELD_WORDS.get(f, f.replace("_", " "))
        prefix = self.card_context(node) if k == "card" else ""
        return f"{prefix}{_cap(label) if not prefix else label}: {words} {_value(before)} → {_value(after)}"

    def map_change(self, was: Node, now: Node) -> None:
        for f, after in now.fields.items():
            before: Any = was.fields.get(f)  # a JSON value; every map has every field, so never missing
            if before == after or f in _QUIET_MAP_FIELDS:
                continue
            if f == "title":
                text = f"Map renamed from '{before}' to '{after}'"
            elif f == "research":
                text = self.research_sentence(before, after)
            elif f == "merge_conflicts":
                text = f"Merge conflicts to resolve: {len(before or [])} → {len(after or [])}"
            elif f == "emotion_scale":
                text = (f"Emotion scale {signed(before['min'])}…{signed(before['max'])} → "
                        f"{signed(after['min'])}…{signed(after['max'])}")
            elif f == "health":
                off_before, off_after = set(before["disabled_rules"]), set(after["disabled_rules"])
                parts = [f"switched off {', '.join(sorted(off_after - off_before))}" if off_after - off_before else "",
                         f"switched on {', '.join(sorted(off_before - off_after))}" if off_before - off_after else ""]
                text = "Health check: " + "; ".join(p for p in parts if p)
            else:
                text = f"Map's {_FIELD_WORDS.get(f, f)}: {_value(before)} → {_value(after)}"
            self.emit("changed", now.key, "map", text, (f,))

    @staticmethod
    def research_sentence(before: dict, after: dict) -> str:
        old = {r["digest"] for r in before["imports"]}
        new = [r for r in after["imports"] if r["digest"] not in old]
        if new:
            return "Research imported: " + ", ".join(f"'{r['name']}' ({r['date'][:10]})" for r in new)
        if before["weak_evidence_below"] != after["weak_evidence_below"]:
            return (f"Weak evidence now below {after['weak_evidence_below']} responses "
                    f"(was {before['weak_evidence_below']})")
        return "Research history edited"

    def score_change(self, was: Node | None, now: Node | None) -> None:
        node = now or was
        assert node is not None
        step_id, persona_id = node.owner or "", node.fields["persona"]
        who = self.persona_names.get(persona_id, "?")
        at = self.step_name(step_id)
        action = "added" if was is None else "removed" if now is None else "changed"
        before = was.fields if was else {}
        after = now.fields if now else {}
        parts = []
        if before.get("value") != after.get("value") or before.get("mean") != after.get("mean"):
            parts.append(f"{who}'s score at '{at}': {_score(before)} → {_score(after)}")
        if before.get("target") != after.get("target"):
            parts.append(f"{who}'s to-be score at '{at}': {_plain_score(before.get('target'))} → "
                         f"{_plain_score(after.get('target'))}")
        if before.get("source") != after.get("source") and now is not None:
            source: Any = after.get("source")  # "manual", or the import source as JSON
            parts.append(f"{who}'s score at '{at}' is now " + (
                "entered by hand" if source == "manual" else f"measured by '{source['name']}'"))
        if not parts and (before.get("label") != after.get("label")
                          or before.get("target_label") != after.get("target_label")):
            parts.append(f"{who}'s score label at '{at}': {_value(before.get('label') or before.get('target_label'))}"
                         f" → {_value(after.get('label') or after.get('target_label'))}")
        if not parts and before != after:
            parts.append(f"{who}'s score at '{at}': evidence {_evidence(before)} → {_evidence(after)}")
        for text in parts:
            self.emit(action, node.key, "score", text, ("value",))

    # -- order within a list -----------------------------------------------------------------------
    def reordered(self) -> None:
        for container, new_keys in self.b.order.items():
            old_keys = self.a.order.get(container)
            if not old_keys or container[1] in ("scores",):
                continue
            if container[1] == "cards":
                old_cells = _cells(self.a, old_keys)
                for step_id, cell in _cells(self.b, new_keys).items():
                    self.reordered_list(old_cells.get(step_id, []), cell)
                continue
            self.reordered_list(old_keys, new_keys)

    def reordered_list(self, old_keys: list[str], new_keys: list[str]) -> None:
        old_set = set(old_keys)
        common_new = [k for k in new_keys if k in old_set]
        if len(common_new) < 2:
            return
        common = set(common_new)
        position = {k: i for i, k in enumerate(k for k in old_keys if k in common)}
        keep = _longest_increasing([position[k] for k in common_new])
        if len(keep) == len(common_new):
            return
        index_in_new = {k: i for i, k in enumerate(new_keys)}
        for i, key in enumerate(common_new):
            if i in keep:
                continue
            node = self.b.nodes[key]
            at = index_in_new[key]
            after = self.label(self.b.nodes[new_keys[at - 1]]) if at > 0 else None
            where = f"now after {after}" if after else "now first"
            context = self.card_context(node) if node.kind == "card" else ""
            if node.kind == "step":
                context = f"Stage '{self.stage_of.get(key, '?')}': "
            self.emit("moved", key, node.kind, _cap(f"{context}{self.label(node)} moved ({where})"), ("order",))


def _longest_increasing(values: list[int]) -> set[int]:
    """Indexes of one longest increasing run of ``values``: the items that kept their order."""
    tails: list[int] = []
    tail_at: list[int] = []
    parent = [-1] * len(values)
    for i, v in enumerate(values):
        j = bisect_left(tails, v)
        if j == len(tails):
            tails.append(v)
            tail_at.append(i)
        else:
            tails[j] = v
            tail_at[j] = i
        parent[i] = tail_at[j - 1] if j > 0 else -1
    out: set[int] = set()
    k = tail_at[-1] if tail_at else -1
    while k != -1:
        out.add(k)
        k = parent[k]
    return out


def _cells(flat: Flat, keys: list[str]) -> dict[str, list[str]]:
    """A lane's card keys by step: the cells, each in its order."""
    by_step: dict[str, list[str]] = {}
    for k in keys:
        by_step.setdefault(flat.nodes[k].fields["step"], []).append(k)
    return by_step


def _ranks(flat: Flat) -> dict[str, tuple]:
    """A sort key per node: the map, personas, stages with their steps, scores and cards, then lanes."""
    ranks: dict[str, tuple] = {flat.map_id: (0,)}
    for p, key in enumerate(flat.order.get((None, "personas"), [])):
        ranks[key] = (1, p)
        for section_index, section in enumerate(EMPATHY_SECTIONS):
            for n, note in enumerate(flat.order.get((key, f"empathy_map.{section}"), [])):
                ranks[note] = (1, p, section_index, n)
    step_rank: dict[str, tuple] = {}
    for s, key in enumerate(flat.order.get((None, "stages"), [])):
        ranks[key] = (2, s)
        for t, step in enumerate(flat.order.get((key, "steps"), [])):
            step_rank[step] = ranks[step] = (2, s, t)
            for k, score in enumerate(flat.order.get((step, "scores"), [])):
                ranks[score] = (2, s, t, 0, k)
    for n, lane in enumerate(flat.order.get((None, "lanes"), [])):
        ranks[lane] = (3, n)
        for c, card in enumerate(flat.order.get((lane, "cards"), [])):
            at_step = step_rank.get(flat.nodes[card].fields["step"], (2, 99999, 0))
            ranks[card] = (*at_step, 1, n, c)
    for a, arrow in enumerate(flat.order.get((None, "arrows"), [])):
        ranks[arrow] = (4, a)
    return ranks


def _lane_names(journey: JourneyMap) -> dict[str, str]:
    return {lane.id: lane.display_title for lane in journey.lanes}


def _lane_title(fields: dict[str, Any]) -> str:
    return fields.get("title") or LaneKind(fields["kind"]).label


def _stage_of(journey: JourneyMap) -> dict[str, str]:
    return {step.id: stage.name for stage in journey.stages for step in stage.steps}


def _obj_id(key: str) -> str:
    return key.split(":")[1] if key.startswith("score:") else key


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _channel(value: Any) -> str:
    return f"'{CHANNELS.get(value, value)}'" if value else "none"


def _value(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(f"'{short(str(v), 30)}'" for v in value[:6]) + (" …" if len(value) > 6 else "")
    if isinstance(value, dict):
        if "media_type" in value:
            return "a photo"
        return "{…}"
    if isinstance(value, int | float):
        return plain(value, 2)
    return f"'{short(str(value), 60)}'"


def _plain_score(value: int | None) -> str:
    return "none" if value is None else signed(value)


def _score(fields: dict[str, Any]) -> str:
    if not fields or fields.get("value") is None:
        return "none"
    if fields.get("mean") is not None:
        return f"{signed(fields['mean'], 2)} (n={fields.get('sample_size')})"
    return signed(fields["value"])


def _evidence(fields: dict[str, Any]) -> str:
    if not fields or fields.get("sample_size") is None:
        return "none"
    return f"n={fields['sample_size']}"


def _metric(field: str, value: dict | None) -> str:
    if not value:
        return "none"
    v = value["value"]
    n = value.get("sample_size")
    text = signed(v, 1).replace(".0", "") if field == "metrics.nps" else plain(v, 2)
    if field == "metrics.csat":
        text += " %"
    return f"{text}{f' (n={n:,})' if n is not None else ''}"
