"""Setting fields of one object: renames, recolours, inspector edits."""

from __future__ import annotations

from typing import Any

from ..model import Document
from .base import DocumentCommand
from .naming import fields_name

_SET_FIELDS_ID = 1001


class SetFields(DocumentCommand):
    """Set fields of one object (``None`` is the map).

    With ``merge=True`` (typing in a field, arrow-key nudges) consecutive
    edits of the same fields of the same object become one undo step.
    An edit that changes nothing is obsolete and leaves no undo step.
    """

    def __init__(self, document: Document, obj_id: str | None, values: dict[str, Any],
                 text: str | None = None, *, merge: bool = False, origin: object | None = None) -> None:
        super().__init__(document, fields_name(document, obj_id, values) if text is None else text)
        self.obj_id = obj_id
        self.new = dict(values)
        self.old: dict[str, Any] | None = None
        self.merge = merge
        self.origin = origin

    def redo(self) -> None:
        old = self.document.set_fields(self.obj_id, self.new, origin=self.origin)
        if self.old is None:
            self.old = old
            if not old:
                self.setObsolete(True)
            else:
                self.new = {k: v for k, v in self.new.items() if k in old}

    def undo(self) -> None:
        if self.old:
            self.document.set_fields(self.obj_id, self.old, origin=self.origin)

    def id(self) -> int:
        return _SET_FIELDS_ID if self.merge else -1

    def mergeWith(self, other: object) -> bool:
        if not (isinstance(other, SetFields) and other.merge and self.merge):
            return False
        if other.obj_id != self.obj_id or set(other.new) != set(self.new) or other.old is None:
            return False
        self.new = dict(other.new)
        assert self.old is not None
        if all(self.old.get(k) == v for k, v in self.new.items()):
            self.setObsolete(True)
        return True
