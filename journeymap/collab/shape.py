"""How a map is laid out in the shared Yjs document, and how its parts are checked.

The layout (written down for people in the README's file-format section):

* one root ``Y.Map`` per kind -- ``personas``, ``stages``, ``steps``, ``lanes``,
  ``cards``, ``notes``, ``threads``, ``comments`` -- from id to a ``Y.Map`` of
  that object's own fields (never its children). Since room layout 2 the
  plain fields an object was made with are one entry, ``*`` (a JSON object);
  each text field is its own ``Y.Text`` entry, and a plain field set later
  gets an entry of its own, which wins over ``*``. So making a card writes
  three Yjs items instead of fourteen (a join reads a third as much), while
  two people setting different fields of one card still both win;
* the root ``map``: the map's own fields (title, scenario, emotion scale...),
  and ``layout``, the room layout version (none: layout 1, where every field
  was its own entry; layout 2 reads it unchanged);
* the root ``lists``: every ordered list of children as a ``Y.Array`` of ids,
  keyed ``personas`` / ``stages`` / ``lanes`` / ``threads`` at the top and
  ``<stage>.steps``, ``<lane>.cards``, ``<persona>.<section>``,
  ``<thread>.comments``, ``<step>.scores`` (persona ids) below;
* a step's scores: its ``Y.Map``'s ``scores`` entry, a ``Y.Map`` from persona
  id to that score.

Free text that people write at length merges character by character
(``Y.Text``); everything else is last-writer-wins per field (names, colours,
kinds, numbers, lists of tags, photos), so two people renaming one stage at
once end with one of the two names, never a mix of both.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel, ValidationError

from ..model import (
    EMPATHY_SECTIONS,
    Card,
    Comment,
    CommentThread,
    EmotionScale,
    JourneyMap,
    Lane,
    Note,
    Persona,
    Score,
    Stage,
    Step,
)
from ..model.limits import MAX_LIST, MAX_SHORT_LIST, MAX_TEXT

KINDS = ("persona", "stage", "step", "lane", "card", "note", "thread", "comment")
ROOT_OF = {kind: kind + "s" for kind in KINDS}
KIND_OF_ROOT = {root: kind for kind, root in ROOT_OF.items()}
MAP_ROOT, LISTS_ROOT = "map", "lists"
ROOTS = (MAP_ROOT, LISTS_ROOT, *ROOT_OF.values())
#: The entry of an object's ``Y.Map`` holding the plain fields it was made with (room layout 2).
MADE = "*"
#: The room layout this version writes, kept in the ``map`` root under ``LAYOUT_KEY``.
LAYOUT, LAYOUT_KEY = 2, "layout"
#: Layouts this version reads: 1 (no marker, every field its own entry) is layout 2 without ``*``.
READABLE_LAYOUTS = (1, 2)

MODEL: dict[str, type[BaseModel]] = {
    "persona": Persona, "stage": Stage, "step": Step, "lane": Lane, "card": Card,
    "note": Note, "thread": CommentThread, "comment": Comment, "map": JourneyMap,
}

#: Fields that merge character by character. Everything else is last-writer-wins.
TEXT_FIELDS: dict[str, frozenset[str]] = {
    "map": frozenset({"description", "scenario", "expectations"}),
    "persona": frozenset({"quote", "bio"}),
    "stage": frozenset({"description", "notes"}),
    "step": frozenset({"description", "moment_of_truth_note"}),
    "card": frozenset({"text", "detail"}),
    "note": frozenset({"text"}),
    "comment": frozenset({"text"}),
    "lane": frozenset(), "thread": frozenset(),
}

#: Children: held as lists of ids in ``lists``, never as fields.
CHILDREN: dict[str, tuple[str, ...]] = {
    "map": ("personas", "stages", "lanes", "threads"),
    "persona": (), "stage": ("steps",), "step": ("scores",), "lane": ("cards",),
    "thread": ("comments",), "card": (), "note": (), "comment": (),
}

_EMPATHY_HEADER = ("style", "designed_by", "date", "version")
_ID_TEXT = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_ID = re.compile(rf"^{_ID_TEXT}$")
_IDS = re.compile(rf"(?:{_ID_TEXT}(?:,{_ID_TEXT})*)?")

_WIDEST_SCALE = (EmotionScale.model_fields["min"].metadata[0].ge, EmotionScale.model_fields["max"].metadata[1].le)
#: How long a merged text may grow before the gate calls it hostile (a projection cuts at MAX_TEXT).
HOSTILE_TEXT = 2 * MAX_TEXT
#: The most objects a room may hold, all kinds together.
MAX_OBJECTS = 200_000


def is_id(value: object) -> bool:
    return isinstance(value, str) and len(value) == 36 and _ID.match(value) is not None


def list_key(owner: str | None, attr: str) -> str:
    """The key in ``lists`` of one ordered list of the Document (``owner``'s ``attr``)."""
    if owner is None:
        return attr
    return f"{owner}.{attr.removeprefix('empathy_map.')}"


def list_limit(key: str) -> int:
    name = key.rsplit(".", 1)[-1]
    return MAX_SHORT_LIST if name in ("personas", "lanes", "scores", *EMPATHY_SECTIONS) and name != "steps" else MAX_LIST


def fields_of(kind: str, obj: BaseModel) -> dict[str, Any]:
    """An object's own fields as JSON values, children left out; a persona's empathy header flattened."""
    data = obj.model_dump(mode="json", exclude=set(CHILDREN[kind]))
    if kind == "persona":
        empathy = data.pop("empathy_map")
        for name in _EMPATHY_HEADER:
            data[f"empathy_map.{name}"] = empathy[name]
    if kind == "map":
        data.pop("threads", None)
    return data


def field_value(obj: BaseModel, name: str) -> Any:
    """The typed value of a (possibly dotted) field, as ``Document.set_fields`` takes it."""
    holder: Any = obj
    for part in name.split("."):
        holder = getattr(holder, part)
    return holder


def json_of(kind: str, fields: dict[str, Any]) -> dict[str, Any]:
    """The file-format object for a kind from its shared fields (children empty)."""
    data = dict(fields)
    if kind == "persona":
        empathy = {name: data.pop(f"empathy_map.{name}") for name in _EMPATHY_HEADER
                   if f"empathy_map.{name}" in data}
        data["empathy_map"] = empathy
    return data


def _own_fields(kind: str) -> frozenset[str]:
    names = set(MODEL[kind].model_fields) - set(CHILDREN[kind])
    if kind == "persona":
        names.discard("empathy_map")
        names |= {f"empathy_map.{n}" for n in _EMPATHY_HEADER}
    return frozenset(names)


#: The keys of a complete shared object: its own fields, children left out, a persona's header flattened.
OWN_FIELDS = {kind: _own_fields(kind) for kind in KINDS}


def with_made(kind: str, raw: dict[str, Any]) -> dict[str, Any]:
    """An object's fields from its shared entries: those it was made with, under those set since.

    Of ``*`` only the kind's own fields count (the gate refuses an update that
    puts any other key there; a room damaged before it is read alike by a join
    and by each object's own check).
    """
    if MADE not in raw:
        return raw
    made = raw[MADE]
    if not isinstance(made, dict):
        raise Refused(f"a {kind}'s first fields are not a map")
    own = OWN_FIELDS[kind]
    fields = {name: value for name, value in made.items() if name in own}
    fields.update(raw)
    del fields[MADE]
    return fields


def strange_made_fields(kind: str, raw: dict[str, Any]) -> list[str]:
    """Keys of an object's ``*`` entry that are not its kind's fields (the gate refuses them)."""
    made = raw.get(MADE)
    return sorted(k for k in made if k not in OWN_FIELDS[kind]) if isinstance(made, dict) else []


class Refused(ValueError):
    """A shared object that is not a valid part of a map (wrong type, unknown field, oversize)."""


class Incomplete(Refused):
    """A shared object missing a required field: a concurrent edit or an undo can leave one so.

    Not hostile (the gate lets it through); the projection leaves the object out.
    """


def checked_fields(kind: str, raw: Any) -> dict[str, Any]:
    """``raw`` (an object read from the shared document) if it is a valid ``kind``, else :class:`Refused`.

    Texts longer than MAX_TEXT (two people typing into one card at once can get
    there) are cut to it; longer than twice that is refused as hostile.
    """
    if not isinstance(raw, dict):
        raise Refused(f"a {kind} is not a map of fields")
    if kind != "map":
        raw = with_made(kind, raw)
    if any(not isinstance(k, str) or k in CHILDREN[kind] for k in raw):
        raise Refused(f"a {kind} holds a field that is a list of children")
    data = dict(raw)
    for name in TEXT_FIELDS[kind]:
        value = data.get(name)
        if isinstance(value, str) and len(value) > MAX_TEXT:
            if len(value) > HOSTILE_TEXT:
                raise Refused(f"a {kind}'s {name} is {len(value)} characters long")
            data[name] = value[:MAX_TEXT]
    try:
        model = MODEL[kind].model_validate_json(json.dumps(json_of(kind, data)))
    except ValidationError as e:
        if all(error["type"] == "missing" for error in e.errors()):
            raise Incomplete(f"a {kind} lacks {', '.join(str(x['loc'][-1]) for x in e.errors())}") from None
        raise Refused(f"a {kind} is not valid: {str(e).splitlines()[0:3]}") from None
    except (ValueError, TypeError) as e:
        raise Refused(f"a {kind} is not valid: {e}") from None
    if kind != "map" and not is_id(data.get("id")):
        raise Refused(f"a {kind} has no id")
    # A field an undo or a concurrent edit left without a value reads as its default, as in a file.
    return fields_of(kind, model)


def checked_score(raw: Any, persona: str) -> dict[str, Any]:
    if not isinstance(raw, dict) or raw.get("persona") != persona:
        raise Refused("a score is not a score of its persona")
    try:
        Score.model_validate_json(json.dumps(raw))
    except (ValidationError, ValueError, TypeError) as e:
        raise Refused(f"a score is not valid: {str(e).splitlines()[0:3]}") from None
    for name in ("value", "target"):  # off this map's scale is brought onto it; off every scale is hostile
        v = raw.get(name)
        if v is not None and not _WIDEST_SCALE[0] <= v <= _WIDEST_SCALE[1]:
            raise Refused(f"a score of {v} is outside every emotion scale")
    return raw


def checked_list(key: Any, value: Any) -> list[str]:
    if not isinstance(key, str) or not isinstance(value, list):
        raise Refused("an ordered list is not a list of ids")
    if len(value) > 2 * list_limit(key):
        raise Refused(f"the list {key[:80]} holds {len(value)} entries")
    # one match for the whole list (a join checks 4,600 ids here); the length shows no entry holds a comma
    joined = ",".join(v if type(v) is str else "?" for v in value)
    if value and (len(joined) != 37 * len(value) - 1 or not _IDS.fullmatch(joined)):
        raise Refused(f"the list {key[:80]} holds something that is not an id")
    return value
