"""Emotion scores: set, change or clear one persona's score on one step."""

from __future__ import annotations

from ..model import Document, Score
from .base import DocumentCommand
from .naming import score_name


class SetScore(DocumentCommand):
    """Set (or with ``None`` clear) a persona's score; undo restores the list exactly."""

    def __init__(self, document: Document, step_id: str, persona_id: str, score: Score | None,
                 text: str | None = None) -> None:
        if text is None:
            old = document.score(step_id, persona_id) if document.has(step_id) else None
            text = score_name(document, step_id, persona_id, score.value if score else None,
                              score.target if score else None, old.value if old else None,
                              old.target if old else None)
        super().__init__(document, text)
        self.step_id, self.persona_id, self.score = step_id, persona_id, score
        self.old: Score | None = None
        self.old_index: int | None = None
        self._done_once = False

    def redo(self) -> None:
        old, old_index = self.document.set_score(self.step_id, self.persona_id, self.score)
        if not self._done_once:
            self._done_once = True
            self.old, self.old_index = old, old_index
            if old == self.score:
                self.setObsolete(True)

    def undo(self) -> None:
        self.document.set_score(self.step_id, self.persona_id, None)
        if self.old is not None:
            self.document.set_score(self.step_id, self.persona_id, self.old, self.old_index)
