"""Swapping the whole content of a map for another version of it (Restore, Revert).

The swap is made of ordinary Document operations (remove every lane, stage
and persona, set the map's own fields, add the other version's parts), so the
canvas and panels follow it through the usual change records and undo puts
back exactly what was there. The map keeps its id: it is the same map, older.
"""

from __future__ import annotations

from typing import Any

from ..i18n import N_
from ..model import Document, JourneyMap, Removal
from .base import DocumentCommand

#: Map fields that are not plain values: identity, format, and the parts swapped one by one.
_NOT_COPIED = frozenset({"format", "schema_version", "id", "personas", "stages", "lanes", "threads", "arrows"})


class ReplaceMap(DocumentCommand):
    """Make the Document hold the content of ``journey`` (one undo step)."""

    def __init__(self, document: Document, journey: JourneyMap, text: str = N_("Restore version")) -> None:
        super().__init__(document, text)
        self.incoming = journey
        self._outgoing: list[Removal] = []
        self._old_fields: dict[str, Any] = {}

    def redo(self) -> None:
        doc, new = self.document, self.incoming
        self._outgoing = _take_everything(doc)
        fields = {name: getattr(new, name) for name in type(new).model_fields if name not in _NOT_COPIED}
        self._old_fields = doc.set_fields(None, fields)
        for persona in new.personas:  # personas first: scores on steps refer to them
            doc.add_persona(persona)
        for stage in new.stages:  # steps before lanes: cards refer to them
            doc.add_stage(stage)
        for lane in new.lanes:
            doc.add_lane(lane)
        for arrow in new.arrows:  # last: an arrow joins two cards
            doc.add_arrow(arrow)
        for thread in new.threads:  # last: threads are on cards, steps, stages and personas
            doc.add_thread(thread)

    def undo(self) -> None:
        doc = self.document
        _take_everything(doc)
        doc.set_fields(None, self._old_fields)
        for removal in reversed(self._outgoing):
            doc.restore(removal)


def _take_everything(doc: Document) -> list[Removal]:
    """Remove lanes (with their cards and arrows), then stages (steps), then personas, last first."""
    journey = doc.journey
    removals = [doc.remove_lane(lane.id) for lane in reversed(list(journey.lanes))]
    removals += [doc.remove_stage(stage.id) for stage in reversed(list(journey.stages))]
    removals += [doc.remove_persona(persona.id) for persona in reversed(list(journey.personas))]
    return removals
