"""The messages a phone may send, checked with the same limits as a map file before anything acts on them.

Every message is JSON with a ``type``; unknown types, unknown keys, wrong
types, over-long texts and malformed ids are refused here, so the room's
state only ever sees well-formed requests. What the requests *mean* (is that
card in this round? is a check open?) is the room state's business.
"""

from __future__ import annotations

import json
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, TypeAdapter, ValidationError

from ...model.limits import MAX_NAME, MAX_TEXT

Id = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
Key = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{16,64}$")]


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False)


class Hello(_Message):
    """The first message: the join token, a name (or none), and the key of an earlier visit."""

    type: Literal["hello"]
    token: Annotated[str, StringConstraints(max_length=128)]
    name: Annotated[str, StringConstraints(max_length=MAX_NAME)] = ""
    key: Key | None = None


class Dot(_Message):
    """Place (``add``) or take back one dot on a card of the open round."""

    type: Literal["dot"]
    card: Id
    add: bool = True


class NoteIn(_Message):
    """A sticky note for a lane and step of the current stage."""

    type: Literal["note"]
    lane: Id
    step: Id
    text: Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT)]


class Rate(_Message):
    """How the persona feels at the step being checked, on the map's scale."""

    type: Literal["rate"]
    value: Annotated[int, Field(ge=-10, le=10)]


Incoming = Annotated[Hello | Dot | NoteIn | Rate, Field(discriminator="type")]
_ADAPTER: TypeAdapter[Hello | Dot | NoteIn | Rate] = TypeAdapter(Incoming)


class BadMessage(ValueError):
    """A message that is not one the room understands; the reason is safe to send back."""


def parse(raw: str | bytes) -> Hello | Dot | NoteIn | Rate:
    """The message, validated; anything else raises :class:`BadMessage` with a short reason."""
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise BadMessage("not JSON") from None
    if not isinstance(data, dict):
        raise BadMessage("not an object")
    try:
        return _ADAPTER.validate_python(data)
    except ValidationError as e:
        first = e.errors()[0]
        place = ".".join(str(p) for p in first.get("loc", ())) or "message"
        raise BadMessage(f"{place}: {first.get('msg', 'invalid')}"[:200]) from None
