"""Change records: what the Document tells its listeners after a real change."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel

Action = Literal["add", "remove", "move", "update"]
Kind = Literal["map", "persona", "stage", "step", "lane", "card", "score", "note", "thread", "comment", "arrow"]


@dataclass(frozen=True)
class Change:
    """One real change: ``action`` on ``kind`` with ``ids``, touching ``fields``.

    ``owner`` is the id of the object whose list changed (``None`` for the
    map itself); ``origin`` is whoever asked for it, so a view can ignore the
    echoes of its own edits (an inspector field keeps its cursor).
    """

    action: Action
    kind: Kind
    ids: tuple[str, ...]
    fields: tuple[str, ...] = ()
    owner: str | None = None
    origin: object | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Slot:
    """A place in a list of the map: ``owner``'s ``attr`` at ``index``."""

    owner: str | None
    attr: str
    index: int


@dataclass
class Removal:
    """What a delete took out, in order, so :meth:`Document.restore` puts it back exactly.

    ``spans``: cards that stayed but whose span shrank (``SpanEdit`` from ``model/spans.py``).
    """

    taken: list[tuple[Slot, BaseModel]] = field(default_factory=list)
    spans: list = field(default_factory=list)

    def ids(self) -> list[str]:
        return [getattr(obj, "id", "") for _, obj in self.taken]
