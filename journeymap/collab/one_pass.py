"""Cards, notes and comments checked in one pass straight from their root's JSON, as a join reads them.

An object's fields are in two places (see :mod:`.shape`): the ``*`` entry it
was made with, and an entry of its own for each field set since (and for each
text). Merging them in Python for 3,000 cards would cost more than the layout
saves, so the check reads them where they are: for each field, a model like
the kind's own whose validation takes the field's own entry or else the one in
``*``, which is exactly how :func:`.shape.with_made` merges them (keys of
``*`` that are not the kind's are left aside by both). A ``*`` that is not a
map, or an entry the kind does not have, fails the check, as it fails
:func:`.shape.checked_fields`; any failure sends the whole root to the
careful path, each object on its own.
"""

from __future__ import annotations

from typing import Any

from pydantic import AliasChoices, AliasPath, BaseModel, TypeAdapter, create_model
from pydantic.fields import FieldInfo

from ..model import Card, Comment, Note
from .shape import MADE

#: The kinds a join checks in one pass: no children, nothing flattened, nine objects in ten.
ONE_PASS_KINDS: dict[str, type[BaseModel]] = {"card": Card, "note": Note, "comment": Comment}


def _reading_made(model: type[BaseModel]) -> type[BaseModel]:
    """``model`` whose every field is read from its own entry, else from ``*``."""
    fields: dict[str, Any] = {
        name: (info.annotation, FieldInfo.merge_field_infos(
            info, validation_alias=AliasChoices(name, AliasPath(MADE, name))))
        for name, info in model.model_fields.items()
    }
    shared: type[BaseModel] = create_model(f"Shared{model.__name__}", __base__=model, **fields)
    return shared


_CHECKS: dict[str, TypeAdapter[dict[str, BaseModel]]] = {
    kind: TypeAdapter(dict[str, _reading_made(model)])  # type: ignore[misc, arg-type]
    for kind, model in ONE_PASS_KINDS.items()}
_DUMPS = {kind: TypeAdapter(dict[str, model]) for kind, model in ONE_PASS_KINDS.items()}  # type: ignore[valid-type]


def checked_root(kind: str, text: str) -> dict[str, BaseModel] | None:
    """Every object of a root, checked in one pass from its JSON; None when any one is not valid."""
    try:
        typed = _CHECKS[kind].validate_json(text)
    except ValueError:  # one bad object (or an overlong text to cut): each is checked on its own
        return None
    model = ONE_PASS_KINDS[kind]
    set_class = object.__setattr__  # past pydantic's own __setattr__, which is slower
    for obj in typed.values():  # the kind's own model from here on: equal to one read from a file
        set_class(obj, "__class__", model)
    return typed


def dumped(kind: str, typed: dict[str, BaseModel]) -> dict[str, dict[str, Any]]:
    """The objects' fields as JSON values, defaults filled (as :func:`.shape.checked_fields` gives them)."""
    out: dict[str, dict[str, Any]] = _DUMPS[kind].dump_python(typed, mode="json")
    return out
