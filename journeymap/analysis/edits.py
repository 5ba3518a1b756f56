"""A batch of edits applied to a Document all at once or not at all, and taken back exactly.

An import (or a merge resolution) is many edits: scores, metrics, evidence
cards, a new lane, the import history. The editor makes them one undo step and
the command line one save; either way a failure half-way takes back what was
done, so a map is never half-imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Card, Document, Lane, Removal, Score


@dataclass(frozen=True)
class AddLane:
    lane: Lane
    index: int | None = None


@dataclass(frozen=True)
class SetScore:
    step_id: str
    persona_id: str
    score: Score | None


@dataclass(frozen=True)
class SetFields:
    """Fields of one object (None: the map), e.g. a step's ``metrics`` or the map's ``research``."""

    obj_id: str | None
    values: dict[str, Any]


@dataclass(frozen=True)
class AddCard:
    lane_id: str
    card: Card


Edit = AddLane | SetScore | SetFields | AddCard


@dataclass
class Applied:
    """What applying a batch changed, newest last, so :func:`take_back` can undo it in reverse."""

    undo: list[tuple[str, Any]] = field(default_factory=list)


def apply_edits(document: Document, edits: list[Edit], origin: object | None = None) -> Applied:
    """Apply ``edits`` in order; if one fails, take back the others and raise its error."""
    applied = Applied()
    try:
        for edit in edits:
            _apply(document, edit, applied, origin)
    except Exception:
        take_back(document, applied)
        raise
    return applied


def _apply(document: Document, edit: Edit, applied: Applied, origin: object | None) -> None:
    if isinstance(edit, AddLane):
        lane = edit.lane.model_copy(deep=True)
        document.add_lane(lane, edit.index)
        applied.undo.append(("lane", lane.id))
    elif isinstance(edit, AddCard):
        card = edit.card.model_copy(deep=True)
        document.add_card(edit.lane_id, card)
        applied.undo.append(("card", card.id))
    elif isinstance(edit, SetScore):
        old, index = document.set_score(edit.step_id, edit.persona_id, edit.score)
        applied.undo.append(("score", (edit.step_id, edit.persona_id, old, index)))
    elif isinstance(edit, SetFields):
        old_values = document.set_fields(edit.obj_id, edit.values, origin)
        if old_values:
            applied.undo.append(("fields", (edit.obj_id, old_values)))
    else:  # pragma: no cover - the union is closed
        raise TypeError(f"not an edit: {edit!r}")


def take_back(document: Document, applied: Applied) -> None:
    """Undo what :func:`apply_edits` did, newest first, leaving the map as it was."""
    while applied.undo:
        kind, what = applied.undo.pop()
        if kind in ("lane", "card"):
            removal: Removal = document.remove_lane(what) if kind == "lane" else document.remove_card(what)
            del removal
        elif kind == "score":
            step_id, persona_id, old, index = what
            document.set_score(step_id, persona_id, None)
            if old is not None:
                document.set_score(step_id, persona_id, old, index)
        elif kind == "fields":
            obj_id, old = what
            document.set_fields(obj_id, old)


def check_edits(document: Document, edits: list[Edit]) -> None:
    """Raise what applying ``edits`` would raise, without touching ``document`` (tried on a copy)."""
    trial = Document(document.journey.model_copy(deep=True))
    apply_edits(trial, edits)
