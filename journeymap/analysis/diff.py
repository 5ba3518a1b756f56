"""What changed between two versions of a map, by ids, in the words of the people who made it.

Not a text diff of the JSON: a card that moved lane is one line ("Stage 'Buy':
card 'Checkout is confusing' moved from Pain points to Opportunities"), a
renamed step is one line, a score is "Maya Chen's score at 'Pays': −1 → +2".
Each :class:`Difference` names the object (its id and its place in the newer
version, or the older one for what was removed), so the editor can highlight it.

The sentences are written in the current language (``i18n.language``): English
for the command line, whose output scripts read; the editor's Compare panel asks
for them in the editor's language.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

from ..i18n import N_, _
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
    "description": N_("description"), "scenario": N_("scenario"), "expectations": N_("expectations"),
    "scope": N_("scope"), "authors": N_("authors"), "tags": N_("tags"), "language": N_("language"),
    "emotion_scale": N_("emotion scale"), "role": N_("role"), "quote": N_("quote"), "bio": N_("bio"),
    "goals": N_("goals"), "needs": N_("needs"), "pains": N_("pains"), "gains": N_("gains"),
    "channels": N_("channels"), "colour": N_("colour"), "photo": N_("photo"), "notes": N_("notes"),
    "moment_of_truth_note": N_("moment-of-truth note"), "detail": N_("detail"), "status": N_("evidence status"),
    "votes": N_("votes"), "channel": N_("channel"), "owner": N_("owner"), "hidden": N_("hidden"), "kind": N_("kind"),
    "empathy_map.style": N_("empathy map style"), "empathy_map.designed_by": N_("empathy map's designer"),
    "empathy_map.date": N_("empathy map's date"), "empathy_map.version": N_("empathy map's version"),
    "research": N_("research settings"), "health": N_("health-check settings"),
}


def _field_words(field: str) -> str:
    words = _FIELD_WORDS.get(field)
    return _(words) if words is not None else field.replace("_", " ")


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
            return _("persona '{name}'").format(name=f["name"])
        if node.kind == "stage":
            return _("stage '{name}'").format(name=f["name"])
        if node.kind == "step":
            return _("step '{name}'").format(name=f["name"])
        if node.kind == "lane":
            return _("lane '{name}'").format(name=_lane_title(f))
        if node.kind == "note":
            return _("note '{text}'").format(text=short(f["text"], 50))
        if node.kind == "card":
            return _("card '{text}'").format(text=short(f["text"], 50) or _("(empty)"))
        if node.kind == "arrow":
            return _("arrow from {source} to {target}").format(source=self.card_text(f["source"]),
                                                                target=self.card_text(f["target"]))
        return node.kind

    def card_text(self, card_id: str) -> str:
        node = self.b.nodes.get(card_id) or self.a.nodes.get(card_id)
        return f"'{short(node.fields['text'], 30)}'" if node is not None else _("a card")

    def card_context(self, node: Node, old: bool = False) -> str:
        stage = (self.stage_of_before if old else self.stage_of).get(node.fields["step"])
        return _stage_prefix(stage) if stage else ""

    def added(self, node: Node) -> None:
        k = node.kind
        if k == "score":
            self.score_change(None, node)
        elif k == "card":
            self.emit("added", node.key, k, self.card_context(node) + _("{label} added to {lane} at '{step}'").format(
                label=self.label(node), lane=self.lane_names.get(node.owner or "", "?"),
                step=self.step_name(node.fields["step"])))
        elif k == "step":
            self.emit("added", node.key, k, _stage_prefix(self.stage_of.get(node.key, "?"))
                      + _("{label} added").format(label=self.label(node)))
        elif k == "note":
            self.emit("added", node.key, k, _("{persona}'s empathy map: {label} added to {section}").format(
                persona=self.persona_names.get(node.owner or "", "?"), label=self.label(node),
                section=_section(node.slot)))
        else:
            self.emit("added", node.key, k, _cap(_("{label} added").format(label=self.label(node))))

    def removed(self, node: Node) -> None:
        k = node.kind
        if k == "score":
            self.score_change(node, None)
        elif k == "card":
            self.emit("removed", node.key, k, self.card_context(node, old=True) + _(
                "{label} removed from {lane} at '{step}'").format(
                label=self.label(node), lane=self.lane_names.get(node.owner or "", "?"),
                step=self.step_name(node.fields["step"])))
        elif k == "step":
            self.emit("removed", node.key, k, _stage_prefix(self.stage_of_before.get(node.key, "?"))
                      + _("{label} removed").format(label=self.label(node)))
        elif k == "note":
            self.emit("removed", node.key, k, _("{persona}'s empathy map: {label} removed from {section}").format(
                persona=self.persona_names.get(node.owner or "", "?"), label=self.label(node),
                section=_section(node.slot)))
        else:
            self.emit("removed", node.key, k, _cap(_("{label} removed").format(label=self.label(node))))

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
            step_move = "" if was.fields["step"] == now.fields["step"] else _(", from '{old}' to '{new}'").format(
                old=self.step_name(was.fields["step"]), new=self.step_name(now.fields["step"]))
            self.emit("moved", now.key, k, self.card_context(now) + _("{label} moved from {old} to {new}").format(
                label=label, old=old_lane, new=new_lane) + step_move, ("lane",))
        elif k == "step":
            self.emit("moved", now.key, k, _cap(_("{label} moved from stage '{old}' to '{new}'").format(
                label=label, old=self.stage_of_old(was), new=self.stage_of.get(now.key, "?"))), ("stage",))
        elif k == "note":
            self.emit("moved", now.key, k, _("{persona}'s empathy map: {label} moved from {old} to {new}").format(
                persona=self.persona_names.get(now.owner or "", "?"), label=label, old=_section(was.slot),
                new=_section(now.slot)), ("section",))

    def stage_of_old(self, node: Node) -> str:
        stage = self.a.nodes.get(node.owner or "")
        return stage.fields["name"] if stage else "?"

    def field_sentence(self, node: Node, label: str, f: str, before: Any, after: Any) -> str:
        k = node.kind
        if f == "name":
            return _cap(_("{label} renamed to '{new}'").format(label=label, new=after))
        if f == "title" and k == "lane":
            return _cap(_("{label} renamed to '{new}'").format(label=label, new=after or _lane_title(node.fields)))
        context = self.card_context(node) if k == "card" else ""
        if k == "card" and f == "text":
            return context + _("card '{old}' now reads '{new}'").format(old=short(before, 50), new=short(after, 50))
        if k == "card" and f == "step":
            return context + _("{label} moved from '{old}' to '{new}' in {lane}").format(
                label=label, old=self.step_name(before), new=self.step_name(after),
                lane=self.lane_names.get(node.owner or "", "?"))
        if k == "card" and f == "last_step":
            span = (_("{label} now spans to '{step}'").format(label=label, step=self.step_name(after)) if after
                    else _("{label} now covers one step").format(label=label))
            return context + span
        if k == "card" and f == "picture":
            what = (_("picture added") if before is None else _("picture removed") if after is None
                    else _("alt text changed") if {**before, "alt": ""} == {**after, "alt": ""}
                    else _("picture replaced"))
            return context + _("{label}: {change}").format(label=label, change=what)
        if k == "note" and f == "text":
            return _("{persona}'s empathy map: note '{old}' now reads '{new}'").format(
                persona=self.persona_names.get(node.owner or "", "?"), old=short(before, 50), new=short(after, 50))
        if k == "step" and f == "moment_of_truth":
            return _cap((_("{label} marked as a moment of truth") if after
                         else _("{label} no longer marked as a moment of truth")).format(label=label))
        if k == "step" and f.startswith("metrics."):
            return _cap(_arrow(label, f.split(".")[1].upper(), _metric(f, before), _metric(f, after)))
        if k == "persona" and f == "show_curve":
            return _cap((_("{label}: curve shown") if after else _("{label}: curve hidden")).format(label=label))
        if k == "lane" and f == "hidden":
            return _cap((_("{label} hidden") if after else _("{label} shown again")).format(label=label))
        if f == "status":
            return context + _("{label}: {old} → {new}").format(label=label, old=_(before), new=_(after))
        if f == "channel":
            return context + _arrow(label, _("channel"), _channel(before), _channel(after))
        if k == "lane" and f == "kind":
            return _cap(_arrow(label, _("kind"), LaneKind(before).label, LaneKind(after).label))
        sentence = _arrow(label, _field_words(f), _value(before), _value(after))
        return context + sentence if context else _cap(sentence)

    def map_change(self, was: Node, now: Node) -> None:
        for f, after in now.fields.items():
            before: Any = was.fields.get(f)  # a JSON value; every map has every field, so never missing
            if before == after or f in _QUIET_MAP_FIELDS:
                continue
            if f == "title":
                text = _("Map renamed from '{old}' to '{new}'").format(old=before, new=after)
            elif f == "research":
                text = self.research_sentence(before, after)
            elif f == "merge_conflicts":
                text = _("Merge conflicts to resolve: {old} → {new}").format(old=len(before or []), new=len(after or []))
            elif f == "emotion_scale":
                text = _("Emotion scale {old} → {new}").format(old=f"{signed(before['min'])}…{signed(before['max'])}",
                                                               new=f"{signed(after['min'])}…{signed(after['max'])}")
            elif f == "health":
                off_before, off_after = set(before["disabled_rules"]), set(after["disabled_rules"])
                parts = [_("switched off {rules}").format(rules=", ".join(sorted(off_after - off_before)))
                         if off_after - off_before else "",
                         _("switched on {rules}").format(rules=", ".join(sorted(off_before - off_after)))
                         if off_before - off_after else ""]
                text = _("Health check: {changes}").format(changes="; ".join(p for p in parts if p))
            else:
                text = _("Map's {field}: {old} → {new}").format(field=_field_words(f), old=_value(before),
                                                                 new=_value(after))
            self.emit("changed", now.key, "map", text, (f,))

    @staticmethod
    def research_sentence(before: dict, after: dict) -> str:
        old = {r["digest"] for r in before["imports"]}
        new = [r for r in after["imports"] if r["digest"] not in old]
        if new:
            return _("Research imported: {sources}").format(
                sources=", ".join(f"'{r['name']}' ({r['date'][:10]})" for r in new))
        if before["weak_evidence_below"] != after["weak_evidence_below"]:
            return _("Weak evidence now below {n} responses (was {was})").format(
                n=after["weak_evidence_below"], was=before["weak_evidence_below"])
        return _("Research history edited")

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
            parts.append(_("{persona}'s score at '{step}': {old} → {new}").format(
                persona=who, step=at, old=_score(before), new=_score(after)))
        if before.get("target") != after.get("target"):
            parts.append(_("{persona}'s to-be score at '{step}': {old} → {new}").format(
                persona=who, step=at, old=_plain_score(before.get("target")), new=_plain_score(after.get("target"))))
        if before.get("source") != after.get("source") and now is not None:
            source: Any = after.get("source")  # "manual", or the import source as JSON
            parts.append((_("{persona}'s score at '{step}' is now entered by hand") if source == "manual" else
                          _("{persona}'s score at '{step}' is now measured by '{source}'")).format(
                persona=who, step=at, source=source["name"] if isinstance(source, dict) else source))
        if not parts and (before.get("label") != after.get("label")
                          or before.get("target_label") != after.get("target_label")):
            parts.append(_("{persona}'s score label at '{step}': {old} → {new}").format(
                persona=who, step=at, old=_value(before.get("label") or before.get("target_label")),
                new=_value(after.get("label") or after.get("target_label"))))
        if not parts and before != after:
            parts.append(_("{persona}'s score at '{step}': evidence {old} → {new}").format(
                persona=who, step=at, old=_evidence(before), new=_evidence(after)))
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
            context = self.card_context(node) if node.kind == "card" else ""
            if node.kind == "step":
                context = _stage_prefix(self.stage_of.get(key, "?"))
            sentence = (_("{label} moved (now after {other})").format(label=self.label(node), other=after) if after
                        else _("{label} moved (now first)").format(label=self.label(node)))
            self.emit("moved", key, node.kind, _cap(context + sentence), ("order",))


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


def _stage_prefix(stage: str) -> str:
    """ "Stage 'Buy': ", the start of a line about something inside a stage."""
    return _("Stage '{stage}': ").format(stage=stage)


def _section(slot: str) -> str:
    """An empathy-map section by its name ("Says", "Pains")."""
    return _(slot.split(".")[-1].capitalize())


def _arrow(label: str, what: str, old: str, new: str) -> str:
    """ "card 'X': channel 'Email' → 'Phone'"."""
    return _("{label}: {what} {old} → {new}").format(label=label, what=what, old=old, new=new)


def _channel(value: Any) -> str:
    return f"'{CHANNELS.get(value, value)}'" if value else _("none")


def _value(value: Any) -> str:
    if value is None or value == "" or value == []:
        return _("none")
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, list):
        return ", ".join(f"'{short(str(v), 30)}'" for v in value[:6]) + (" …" if len(value) > 6 else "")
    if isinstance(value, dict):
        if "media_type" in value:
            return _("a photo")
        return "{…}"
    if isinstance(value, int | float):
        return plain(value, 2)
    return f"'{short(str(value), 60)}'"


def _plain_score(value: int | None) -> str:
    return _("none") if value is None else signed(value)


def _score(fields: dict[str, Any]) -> str:
    if not fields or fields.get("value") is None:
        return _("none")
    if fields.get("mean") is not None:
        return f"{signed(fields['mean'], 2)} (n={fields.get('sample_size')})"
    return signed(fields["value"])


def _evidence(fields: dict[str, Any]) -> str:
    if not fields or fields.get("sample_size") is None:
        return _("none")
    return f"n={fields['sample_size']}"


def _metric(field: str, value: dict | None) -> str:
    if not value:
        return _("none")
    v = value["value"]
    n = value.get("sample_size")
    text = signed(v, 1).replace(".0", "") if field == "metrics.nps" else plain(v, 2)
    if field == "metrics.csat":
        text += " %"
    return f"{text}{f' (n={n:,})' if n is not None else ''}"
