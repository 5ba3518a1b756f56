"""Undo-step names that say which object and which value, as Edit > Undo History shows them.

"Set Maya Chen's score at ‘Pays’ to +2" and "Add card ‘Refund is slow’ to Pain points"
tell a designer which of twenty steps to go back to; "Change emotion score" does not.
They are written in the editor's language (``tr``) when the step is made: the editor's
language is chosen at start-up, so it cannot change under a step already on the stack.
"""

from __future__ import annotations

from typing import Any

from ..i18n import N_, tr
from ..model import Card, Document, Lane, Persona, Stage, Step, channel_name
from ..model.arrows import Arrow

QUOTE_LEN = 32


def quoted(text: str, limit: int = QUOTE_LEN) -> str:
    """``text`` on one line, cut to ``limit`` characters, in typographic quotes."""
    line = " ".join(text.split())
    if len(line) > limit:
        line = line[: limit - 1].rstrip() + "…"
    return f"‘{line}’"


def object_name(document: Document, obj_id: str | None) -> str:
    """“step ‘Pays’”, “card ‘Refund is slow’”, “the map”."""
    if obj_id is None or not document.has(obj_id):
        return tr("the map")
    obj = document.get(obj_id)
    if isinstance(obj, Card):
        return tr("card {name}").format(name=quoted(obj.text))
    if isinstance(obj, Lane):
        return tr("lane {name}").format(name=quoted(obj.display_title))
    if isinstance(obj, Arrow):
        ends = [document.card(end).text if document.has(end) else "" for end in (obj.source, obj.target)]
        return tr("arrow {start} → {end}").format(start=quoted(ends[0], 20), end=quoted(ends[1], 20))
    if isinstance(obj, Stage):
        return tr("stage {name}").format(name=quoted(obj.name))
    if isinstance(obj, Step):
        return tr("step {name}").format(name=quoted(obj.name))
    if isinstance(obj, Persona):
        return tr("persona {name}").format(name=quoted(obj.name))
    return type(obj).__name__.lower()


#: what the undo history calls each kind of object inside a sentence ("Edit card text")
KIND_NAMES = {"card": N_("card"), "step": N_("step"), "stage": N_("stage"), "lane": N_("lane"),
              "persona": N_("persona"), "note": N_("note"), "arrow": N_("arrow"), "journeymap": N_("map"),
              "object": N_("object")}
#: the undo step of deleting one object of each kind
DELETE_NAMES = {"card": N_("Delete card"), "step": N_("Delete step"), "stage": N_("Delete stage"),
                "lane": N_("Delete lane"), "persona": N_("Delete persona"), "note": N_("Delete note"),
                "arrow": N_("Delete arrow")}


def kind_name(kind: str) -> str:
    """``kind`` ("card", "step", …) as the editor's language names it mid-sentence."""
    return tr(KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def delete_name(kind: str) -> str:
    """"Delete card" (or "Delete" for a kind without its own name) in the editor's language."""
    return tr(DELETE_NAMES.get(kind, "Delete"))


def signed(value: int) -> str:
    return f"+{value}" if value > 0 else str(value)


def score_name(document: Document, step_id: str, persona_id: str, value: int | None, target: int | None,
               old_value: int | None, old_target: int | None) -> str:
    who = document.persona(persona_id).name if document.has(persona_id) else tr("persona")
    where = quoted(document.step(step_id).name) if document.has(step_id) else tr("a step")
    if value is None and target is None:
        return tr("Clear {persona}'s score at {step}").format(persona=who, step=where)
    if target != old_target and value == old_value:
        return tr("Set {persona}'s to-be score at {step} to {value}").format(
            persona=who, step=where, value=signed(target) if target is not None else tr("none"))
    return tr("Set {persona}'s score at {step} to {value}").format(
        persona=who, step=where, value=signed(value) if value is not None else tr("none"))


def fields_name(document: Document, obj_id: str | None, values: dict[str, Any]) -> str:
    """The name of setting ``values`` on an object, read before the change."""
    what = object_name(document, obj_id)
    keys = set(values)
    if keys <= {"name", "title"}:
        new = next(iter(values.values()))
        return tr("Rename {what} to {name}").format(what=what, name=quoted(str(new)))
    if keys == {"text"}:
        return tr("Edit text of {what}").format(what=what)
    if keys == {"colour"}:
        return (tr("Recolour {what}") if values["colour"] else tr("Reset colour of {what}")).format(what=what)
    if keys == {"picture"}:
        old = getattr(document.get(obj_id), "picture", None) if obj_id is None or document.has(obj_id) else None
        new = values["picture"]
        if new is None:
            return tr("Remove picture from {what}").format(what=what)
        return (tr("Replace picture on {what}") if old is not None else tr("Add picture on {what}")).format(what=what)
    if keys == {"card_width"}:
        width = values["card_width"]
        obj = document.get(obj_id) if obj_id is None or document.has(obj_id) else None
        if isinstance(obj, Step):
            return (tr("Set the column of {what} to {width} pt").format(what=what, width=width) if width is not None
                    else tr("Reset the column of {what}").format(what=what))
        return (tr("Set the map's card width to {width} pt").format(width=width) if width is not None
                else tr("Reset the map's card width"))
    if keys == {"channel"}:
        channel = values["channel"]
        if channel:
            return tr("Set channel of {what} to {channel}").format(what=what, channel=tr(channel_name(channel)))
        return tr("Clear channel of {what}").format(what=what)
    if keys == {"hidden"}:
        return (tr("Hide {what}") if values["hidden"] else tr("Show {what}")).format(what=what)
    shown = ", ".join(sorted(k.replace("_", " ") for k in keys))
    return tr("Change {fields} of {what}").format(fields=shown, what=what)
