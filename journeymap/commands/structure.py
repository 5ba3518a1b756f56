"""Adding, removing and moving the parts of a map: personas, stages, steps, lanes, cards, notes.

Adds remember where they put the object; removes keep the Document's
:class:`Removal`, so undo puts back the object and everything that depended
on it (a lane's cards, a persona's scores) at their exact indexes.
"""

from __future__ import annotations

from collections.abc import Callable

from ..i18n import N_, tr
from ..model import Card, Comment, CommentThread, Document, Lane, Persona, Removal, Slot, Stage, Step
from ..model.arrows import Arrow
from ..model.spans import SpanEdit
from .base import DocumentCommand
from .naming import quoted


class AddPersona(DocumentCommand):
    def __init__(self, document: Document, persona: Persona, index: int | None = None) -> None:
        super().__init__(document, tr("Add persona “{name}”").format(name=persona.name))
        self.persona, self.index = persona, index

    def redo(self) -> None:
        self.document.add_persona(self.persona, self.index)

    def undo(self) -> None:
        self.document.remove_persona(self.persona.id)


class AddStage(DocumentCommand):
    def __init__(self, document: Document, stage: Stage, index: int | None = None) -> None:
        super().__init__(document, tr("Add stage “{name}”").format(name=stage.name))
        self.stage, self.index = stage, index

    def redo(self) -> None:
        self.document.add_stage(self.stage, self.index)

    def undo(self) -> None:
        self.document.remove_stage(self.stage.id)


class AddStep(DocumentCommand):
    def __init__(self, document: Document, stage_id: str, step: Step, index: int | None = None) -> None:
        super().__init__(document, tr("Add step “{name}”").format(name=step.name))
        self.stage_id, self.step, self.index = stage_id, step, index

    def redo(self) -> None:
        self.document.add_step(self.stage_id, self.step, self.index)

    def undo(self) -> None:
        self.document.remove_step(self.step.id)


class AddLane(DocumentCommand):
    def __init__(self, document: Document, lane: Lane, index: int | None = None) -> None:
        super().__init__(document, tr("Add lane “{name}”").format(name=lane.display_title))
        self.lane, self.index = lane, index

    def redo(self) -> None:
        self.document.add_lane(self.lane, self.index)

    def undo(self) -> None:
        self.document.remove_lane(self.lane.id)


class AddCard(DocumentCommand):
    def __init__(self, document: Document, lane_id: str, card: Card, cell_index: int | None = None,
                 text: str | None = None) -> None:
        if text is None:
            lane = document.lane(lane_id).display_title if document.has(lane_id) else tr("a lane")
            text = tr("Add card {card} to {lane}").format(card=quoted(card.text), lane=lane)
        super().__init__(document, text)
        self.lane_id, self.card, self.cell_index = lane_id, card, cell_index

    def redo(self) -> None:
        self.document.add_card(self.lane_id, self.card, self.cell_index)

    def undo(self) -> None:
        self.document.remove_card(self.card.id)


class Remove(DocumentCommand):
    """Delete a persona, stage, step, lane, card or note, with what depends on it."""

    def __init__(self, document: Document, obj_id: str, text: str = N_("Delete")) -> None:
        super().__init__(document, text)
        self.obj_id = obj_id
        self.removal: Removal | None = None

    def redo(self) -> None:
        obj = self.document.get(self.obj_id)
        removers: dict[type, Callable[[str], Removal]] = {
            Persona: self.document.remove_persona, Stage: self.document.remove_stage,
            Step: self.document.remove_step, Lane: self.document.remove_lane,
            Card: self.document.remove_card, CommentThread: self.document.remove_thread,
            Comment: self.document.remove_comment, Arrow: self.document.remove_arrow,
        }
        remove = removers.get(type(obj), self.document.remove_note)
        self.removal = remove(self.obj_id)

    def undo(self) -> None:
        assert self.removal is not None
        self.document.restore(self.removal)


class Reorder(DocumentCommand):
    """Move a persona, stage or lane to another index in its list."""

    def __init__(self, document: Document, obj_id: str, index: int, text: str = N_("Move")) -> None:
        super().__init__(document, text)
        self.obj_id, self.index = obj_id, index
        self.old_index: int | None = None
        self.spans: list[SpanEdit] = []

    def _move(self, index: int) -> int:
        doc = self.document
        obj = doc.get(self.obj_id)
        if isinstance(obj, Stage):
            self.spans = []
            return doc.move_stage(self.obj_id, index, self.spans)
        movers: dict[type, Callable[[str, int], int]] = {Persona: doc.move_persona, Lane: doc.move_lane}
        move = movers[type(obj)]
        return move(self.obj_id, index)

    def redo(self) -> None:
        self.old_index = self._move(self.index)
        if self.old_index == self.index:
            self.setObsolete(True)

    def undo(self) -> None:
        assert self.old_index is not None
        spans = self.spans
        self._move(self.old_index)
        self.document.set_spans(spans, undo=True)
        self.spans = spans


class MoveStep(DocumentCommand):
    """Move a step within its stage or into another stage."""

    def __init__(self, document: Document, step_id: str, stage_id: str, index: int) -> None:
        super().__init__(document, tr("Move step"))
        self.step_id, self.stage_id, self.index = step_id, stage_id, index
        self.old: Slot | None = None
        self.spans: list[SpanEdit] = []

    def redo(self) -> None:
        self.spans = []
        self.old = self.document.move_step(self.step_id, self.stage_id, self.index, self.spans)
        if (self.old.owner, self.old.index) == (self.stage_id, self.index):
            self.setObsolete(True)

    def undo(self) -> None:
        assert self.old is not None and self.old.owner is not None
        self.document.move_step(self.step_id, self.old.owner, self.old.index)
        self.document.set_spans(self.spans, undo=True)


class MoveCard(DocumentCommand):
    """Move a card to another cell, or to another place in its cell."""

    def __init__(self, document: Document, card_id: str, lane_id: str, step_id: str,
                 cell_index: int | None = None) -> None:
        super().__init__(document, tr("Move card"))
        self.card_id, self.lane_id, self.step_id, self.cell_index = card_id, lane_id, step_id, cell_index
        self.old: tuple[Slot, str] | None = None
        self.old_last: str | None = None

    def redo(self) -> None:
        first = self.old is None
        self.old_last = self.document.card(self.card_id).last_step
        self.old = self.document.move_card(self.card_id, self.lane_id, self.step_id, self.cell_index)
        slot, step_id = self.old
        if (first and self.document.slot_of(self.card_id) == slot and step_id == self.step_id
                and self.document.card(self.card_id).last_step == self.old_last):
            self.setObsolete(True)

    def undo(self) -> None:
        assert self.old is not None
        slot, step_id = self.old
        self.document.place_card(self.card_id, slot, step_id, self.old_last)
