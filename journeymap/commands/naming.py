"""Undo-step names that say which object and which value, as Edit > Undo History shows them.

"Set Maya Chen's score at ‘Pays’ to +2" and "Add card ‘Refund is slow’ to Pain points"
tell a designer which of twenty steps to go back to; "Change emotion score" does not.
"""

from __future__ import annotations

from typing import Any

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
        return "the map"
    obj = document.get(obj_id)
    if isinstance(obj, Card):
        return f"card {quoted(obj.text)}"
    if isinstance(obj, Lane):
        return f"lane {quoted(obj.display_title)}"
    if isinstance(obj, Arrow):
        ends = [document.card(end).text if document.has(end) else "" for end in (obj.source, obj.target)]
        return f"arrow {quoted(ends[0], 20)} → {quoted(ends[1], 20)}"
    if isinstance(obj, (Stage, Step, Persona)):
        return f"{type(obj).__name__.lower()} {quoted(obj.name)}"
    return type(obj).__name__.lower()


def signed(value: int) -> str:
    return f"+{value}" if value > 0 else str(value)


def score_name(document: Document, step_id: str, persona_id: str, value: int | None, target: int | None,
               old_value: int | None, old_target: int | None) -> str:
    who = document.persona(persona_id).name if document.has(persona_id) else "persona"
    where = quoted(document.step(step_id).name) if document.has(step_id) else "a step"
    if value is None and target is None:
        return f"Clear {who}'s score at {where}"
    if target != old_target and value == old_value:
        return f"Set {who}'s to-be score at {where} to {signed(target) if target is not None else 'none'}"
    return f"Set {who}'s score at {where} to {signed(value) if value is not None else 'none'}"


def fields_name(document: Document, obj_id: str | None, values: dict[str, Any]) -> str:
    """The name of setting ``values`` on an object, read before the change."""
    what = object_name(document, obj_id)
    keys = set(values)
    if keys <= {"name", "title"}:
        new = next(iter(values.values()))
        return f"Rename {what} to {quoted(str(new))}"
    if keys == {"text"}:
        return f"Edit text of {what}"
    if keys == {"colour"}:
        return f"Recolour {what}" if values["colour"] else f"Reset colour of {what}"
    if keys == {"picture"}:
        old = getattr(document.get(obj_id), "picture", None) if obj_id is None or document.has(obj_id) else None
        new = values["picture"]
        if new is None:
            return f"Remove picture from {what}"
        return f"{'Replace' if old is not None else 'Add'} picture on {what}"
    if keys == {"card_width"}:
        width = values["card_width"]
        obj = document.get(obj_id) if obj_id is None or document.has(obj_id) else None
        whose = f"the column of {what}" if isinstance(obj, Step) else "the map's card width"
        return f"Set {whose} to {width} pt" if width is not None else f"Reset {whose}"
    if keys == {"channel"}:
        channel = values["channel"]
        return f"Set channel of {what} to {channel_name(channel)}" if channel else f"Clear channel of {what}"
    if keys == {"hidden"}:
        return f"{'Hide' if values['hidden'] else 'Show'} {what}"
    shown = ", ".join(sorted(k.replace("_", " ") for k in keys))
    return f"Change {shown} of {what}"
