"""The card being typed in grows as the text does: its row grows and the rows below move down.

The in-place editor used to grow over the next lane. Now each keystroke lays out the
map as it will be with the typed text (a copy of the map that shares everything but
the edited lane, the edited card's face open to every line), and the scene shows that
layout; nothing is written to the Document until the editor commits, which is still
one undo step. Cancelling, committing, or any other change to the map brings back
the real layout first.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ...i18n import language
from ...layout import MapLayout, layout_map, relayout_cells
from ...model import Card, JourneyMap

if TYPE_CHECKING:
    from .scene import MapScene

#: The id the preview gives a card that is not in the map yet (a new card being typed).
DRAFT_ID = "00000000-0000-4000-8000-00000000d4af"


def with_card_text(journey: JourneyMap, lane_id: str, card: Card) -> JourneyMap:
    """``journey`` with ``card`` in place of the card of its id in ``lane_id`` (or added at the end of it).

    A shallow copy: only the map, the lane list, the lane and its card list are new objects.
    """
    lanes = []
    for lane in journey.lanes:
        if lane.id == lane_id:
            cards = [card if c.id == card.id else c for c in lane.cards]
            if not any(c.id == card.id for c in lane.cards):
                cards.append(card)
            lane = lane.model_copy(update={"cards": cards})
        lanes.append(lane)
    return journey.model_copy(update={"lanes": lanes})


class LiveCard:
    """The scene's preview of one card's text while it is typed."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self.base: MapLayout | None = None  # the real layout, shown again when the preview ends
        self.card_id: str | None = None  # the card shown as being typed in

    @property
    def active(self) -> bool:
        return self.base is not None

    def show(self, lane_id: str, step_id: str, card_id: str | None, text: str) -> MapLayout | None:
        """Lay out the map with ``text`` in the card ``card_id`` (None: a new card at the end of the cell)."""
        scene = self.scene
        document = scene.session.document
        if not document.has(lane_id) or not document.has(step_id):
            return None
        if self.base is None:
            self.base = scene.layout
        if card_id is None:
            card = Card(id=DRAFT_ID, step=step_id, text=text)
        elif document.has(card_id):
            card = document.card(card_id).model_copy(update={"text": text})
        else:
            return None
        journey = with_card_text(scene.session.journey, lane_id, card)
        options = replace(self.base.options, open_cards=frozenset({card.id}))
        start = replace(self.base, options=options)
        cell = (lane_id, step_id)
        with language(journey.language):
            new = relayout_cells(start, journey, [cell]) if cell in start.cells else None
            if new is None:
                new = layout_map(journey, options)
        scene.apply_layout(new)
        self._mark(card.id)
        return new

    def _mark(self, card_id: str | None) -> None:
        """Outline the card being typed in as selected (a new card is in no selection yet)."""
        if self.card_id is not None and self.card_id in self.scene.cards:
            self.scene.cards[self.card_id].set_editing(False)
        self.card_id = card_id
        if card_id is not None and card_id in self.scene.cards:
            self.scene.cards[card_id].set_editing(True)

    def end(self) -> None:
        """Show the real layout again (before the edit is written, or when it is dropped)."""
        base, self.base = self.base, None
        if base is not None:
            self.scene.apply_layout(base)
        self._mark(None)
