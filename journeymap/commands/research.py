"""A batch of edits as one undo step: a research import, or settling a merge conflict.

The batch is applied through :mod:`journeymap.analysis.edits`, all or nothing;
undo takes it back exactly, redo applies the same objects again (same ids), so
push-then-undo gives back an identical map.
"""

from __future__ import annotations

from ..analysis.edits import Applied, Edit, apply_edits, check_edits, take_back
from ..i18n import tr
from ..model import Document
from .base import DocumentCommand


class ApplyEdits(DocumentCommand):
    """Apply ``edits`` as one step; a failure part-way leaves the map as it was and raises."""

    def __init__(self, document: Document, edits: list[Edit], text: str, origin: object | None = None) -> None:
        check_edits(document, edits)  # refuse here, before the undo stack runs it (a raise in redo is lost)
        super().__init__(document, text)
        self.edits = list(edits)
        self.origin = origin
        self._applied: Applied | None = None

    def redo(self) -> None:
        self._applied = apply_edits(self.document, self.edits, self.origin)

    def undo(self) -> None:
        if self._applied is not None:
            take_back(self.document, self._applied)
            self._applied = None


class ImportResearch(ApplyEdits):
    """A research import: scores, metrics, evidence cards and the history entry, in one step."""

    def __init__(self, document: Document, edits: list[Edit], name: str) -> None:
        super().__init__(document, edits, tr("Import research “{name}”").format(name=name), origin="import")
