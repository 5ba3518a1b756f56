"""Change records: what the Document tells its listeners after a real change."""

from __future__ import annotations

from collections.abc import Iterator
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
class ChangeSet:
    """Every change record of one undo step (or one remote edit), in order: what views subscribe to.

    One edit is often several records (a card moved changes two cells and the
    arrows that follow it); a view brings itself up to date once per set, not
    once per record.
    """

    changes: tuple[Change, ...]

    def __iter__(self) -> Iterator[Change]:
        return iter(self.changes)

    def __len__(self) -> int:
        return len(self.changes)

    def __bool__(self) -> bool:
        return bool(self.changes)

    @property
    def ids(self) -> tuple[str, ...]:
        """The ids the set touched, in order, once each."""
        return tuple(dict.fromkeys(obj_id for change in self.changes for obj_id in change.ids))

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(change.kind for change in self.changes)

    @property
    def origin(self) -> object | None:
        """Who made it (the first record's origin): a view ignores the echoes of its own edits."""
        return self.changes[0].origin if self.changes else None


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
