"""Workshop edits: the workshop view, a round of dot votes from the room, notes from the room.

Each is one undo step and goes through the Document, so the canvas, the panels
and the slides follow through the usual change records.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..i18n import N_, ntr
from ..model import Card, Document
from ..model.limits import MAX_VOTES
from ..model.workshop import VoteRound, WorkshopLane
from .base import DocumentCommand


class SetWorkshopView(DocumentCommand):
    """Choose the lanes the slides show and how much of their cards (``None``: the default view)."""

    def __init__(self, document: Document, lanes: Sequence[WorkshopLane] | None,
                 text: str = N_("Change workshop view")) -> None:
        super().__init__(document, text)
        self.new = None if lanes is None else [lane.model_copy() for lane in lanes]
        self.old: list[WorkshopLane] | None = None
        self._done = False

    def redo(self) -> None:
        current = self.document.journey.workshop.lanes
        old = None if current is None else [lane.model_copy() for lane in current]
        changed = self.document.set_fields(None, {"workshop.lanes": self.new})
        if not self._done:
            self._done = True
            self.old = old
            if not changed:
                self.setObsolete(True)

    def undo(self) -> None:
        self.document.set_fields(None, {"workshop.lanes": self.old})


class ApplyVoteRound(DocumentCommand):
    """A closed round of dot voting: the dots added to the cards' votes, and the round kept in the file.

    Cards deleted while the round was open are left out; a count never takes a
    card past the file's vote limit.
    """

    def __init__(self, document: Document, vote_round: VoteRound, text: str = N_("Dot voting round")) -> None:
        super().__init__(document, text)
        self.round = vote_round.model_copy(deep=True)
        self.round.counts = [c for c in self.round.counts if document.has(c.card)
                             and isinstance(document.get(c.card), Card)]
        self.before: dict[str, int] = {}

    def redo(self) -> None:
        for count in self.round.counts:
            card = self.document.card(count.card)
            self.before.setdefault(count.card, card.votes)
            self.document.set_fields(count.card, {"votes": min(MAX_VOTES, self.before[count.card] + count.votes)})
        rounds = [*self.document.journey.workshop.rounds, self.round.model_copy(deep=True)]
        self.document.set_fields(None, {"workshop.rounds": rounds})

    def undo(self) -> None:
        rounds = [r for r in self.document.journey.workshop.rounds if r.id != self.round.id]
        self.document.set_fields(None, {"workshop.rounds": rounds})
        for card_id, votes in self.before.items():
            self.document.set_fields(card_id, {"votes": votes})


class AddRoomNotes(DocumentCommand):
    """Notes from the room become cards (one, or all waiting at once), in one undo step."""

    def __init__(self, document: Document, notes: Sequence[tuple[str, Card]], text: str | None = None) -> None:
        n = len(notes)
        super().__init__(document, text or ntr("Add {n} note from the room", "Add {n} notes from the room", n).format(n=n))
        self.notes = [(lane_id, card.model_copy(deep=True)) for lane_id, card in notes]

    def redo(self) -> None:
        for lane_id, card in self.notes:
            self.document.add_card(lane_id, card.model_copy(deep=True))

    def undo(self) -> None:
        for _lane_id, card in reversed(self.notes):
            self.document.remove_card(card.id)
