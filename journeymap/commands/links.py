"""Arrows between cards and cards that span steps: one undo step each."""

from __future__ import annotations

from ..i18n import ntr, tr
from ..model import Document
from ..model.arrows import Arrow
from .base import DocumentCommand
from .naming import quoted


class AddArrow(DocumentCommand):
    """Connect two cards with an arrow."""

    def __init__(self, document: Document, arrow: Arrow, index: int | None = None) -> None:
        source, target = (document.card(arrow.source).text if document.has(arrow.source) else "",
                          document.card(arrow.target).text if document.has(arrow.target) else "")
        super().__init__(document, tr("Connect {start} to {end}").format(start=quoted(source), end=quoted(target)))
        self.arrow, self.index = arrow, index

    def redo(self) -> None:
        self.document.add_arrow(self.arrow.model_copy(deep=True), self.index)

    def undo(self) -> None:
        self.document.remove_arrow(self.arrow.id)


class SetSpan(DocumentCommand):
    """Make a card span from its step to another step of its lane (or back to one step)."""

    def __init__(self, document: Document, card_id: str, last_step: str | None) -> None:
        card = document.card(card_id)
        steps = [s.id for s in document.journey.steps()]
        width = 1 if last_step is None else steps.index(last_step) - steps.index(card.step) + 1
        text = (ntr("Make {card} span {n} step", "Make {card} span {n} steps", width).format(card=quoted(card.text),
                                                                                           n=width) if width > 1
                else tr("Make {card} one step wide").format(card=quoted(card.text)))
        super().__init__(document, text)
        self.card_id, self.last_step = card_id, last_step
        self.old: str | None = None

    def redo(self) -> None:
        self.old = self.document.set_span(self.card_id, self.last_step)
        if self.old == self.document.card(self.card_id).last_step:
            self.setObsolete(True)

    def undo(self) -> None:
        self.document.set_span(self.card_id, self.old)
