"""Edits of a persona's empathy map: one undo step each, all through the Document."""

from __future__ import annotations

from collections.abc import Sequence

from ..empathy.suggestions import Suggestion
from ..i18n import N_, ntr
from ..model import Document, EmpathyStyle, Note, Removal, Slot
from .base import DocumentCommand

_EDIT_NOTE_ID = 2001


class AddNote(DocumentCommand):
    """Add a sticky note to a section (at ``index``, default the end)."""

    def __init__(self, document: Document, persona_id: str, section: str, note: Note,
                 index: int | None = None, text: str = N_("Add note")) -> None:
        super().__init__(document, text)
        self.persona_id, self.section, self.note, self.index = persona_id, section, note, index

    def redo(self) -> None:
        if self.index is None:
            self.index = len(getattr(self.document.persona(self.persona_id).empathy_map, self.section))
        self.document.add_note(self.persona_id, self.section, self.note, self.index)

    def undo(self) -> None:
        self.document.remove_note(self.note.id)


class EditNoteText(DocumentCommand):
    """Change a note's text; edits of one note in one typing ``session`` merge into one step.

    A session that ends with the text it started with leaves no undo step.
    """

    def __init__(self, document: Document, note_id: str, new_text: str, *, session: object = None,
                 origin: object | None = None, text: str = N_("Edit note")) -> None:
        super().__init__(document, text)
        self.note_id, self.new_text, self.session, self.origin = note_id, new_text, session, origin
        self.old_text: str | None = None

    def redo(self) -> None:
        old = self.document.set_fields(self.note_id, {"text": self.new_text}, origin=self.origin)
        if self.old_text is None:
            self.old_text = old.get("text", self.new_text)
            if not old:
                self.setObsolete(True)

    def undo(self) -> None:
        assert self.old_text is not None
        self.document.set_fields(self.note_id, {"text": self.old_text}, origin=self.origin)

    def id(self) -> int:
        return _EDIT_NOTE_ID if self.session is not None else -1

    def mergeWith(self, other: object) -> bool:
        if not (isinstance(other, EditNoteText) and other.note_id == self.note_id
                and self.session is not None and other.session is self.session):
            return False
        self.new_text = other.new_text
        self.setObsolete(self.new_text == self.old_text)
        return True


class MoveNote(DocumentCommand):
    """Move a note to ``index`` of ``section`` (another section, or a new place in its own).

    ``index`` counts the target list without the note itself, as the
    Document does.
    """

    def __init__(self, document: Document, note_id: str, section: str, index: int,
                 text: str = N_("Move note")) -> None:
        super().__init__(document, text)
        self.note_id, self.section, self.index = note_id, section, index
        self.old: Slot | None = None

    def redo(self) -> None:
        old = self.document.move_note(self.note_id, self.section, self.index)
        if self.old is None:
            self.old = old
            if old.attr == f"empathy_map.{self.section}" and old.index == self.index:
                self.setObsolete(True)

    def undo(self) -> None:
        assert self.old is not None
        self.document.place_note(self.note_id, self.old)


class RemoveNote(DocumentCommand):
    def __init__(self, document: Document, note_id: str, text: str = N_("Delete note")) -> None:
        super().__init__(document, text)
        self.note_id = note_id
        self.removal: Removal | None = None

    def redo(self) -> None:
        if self.removal is None:
            self.removal = self.document.remove_note(self.note_id)
        else:
            self.document.take(self.removal)

    def undo(self) -> None:
        assert self.removal is not None
        self.document.restore(self.removal)


class SetEmpathyStyle(DocumentCommand):
    """Switch a persona's empathy map between the quadrants and the canvas."""

    def __init__(self, document: Document, persona_id: str, style: EmpathyStyle,
                 text: str = N_("Change empathy-map layout")) -> None:
        super().__init__(document, text)
        self.persona_id, self.style = persona_id, EmpathyStyle(style)
        self.old: dict | None = None

    def redo(self) -> None:
        old = self.document.set_fields(self.persona_id, {"empathy_map.style": self.style})
        if self.old is None:
            self.old = old
            if not old:
                self.setObsolete(True)

    def undo(self) -> None:
        if self.old:
            self.document.set_fields(self.persona_id, self.old)


class AcceptSuggestions(DocumentCommand):
    """Add suggested notes (one, some or all) as a single undo step."""

    def __init__(self, document: Document, persona_id: str, accepted: Sequence[Suggestion],
                 text: str | None = None) -> None:
        n = len(accepted)
        super().__init__(document, text or ntr("Add {n} suggested note", "Add {n} suggested notes", n).format(n=n))
        self.persona_id = persona_id
        self.notes = [(s.section, Note(text=s.text)) for s in accepted]
        self.indexes: list[int] = []

    def redo(self) -> None:
        em = self.document.persona(self.persona_id).empathy_map
        first = not self.indexes
        for k, (section, note) in enumerate(self.notes):
            if first:
                self.indexes.append(len(getattr(em, section)))
            self.document.add_note(self.persona_id, section, note, self.indexes[k])

    def undo(self) -> None:
        for _, note in reversed(self.notes):
            self.document.remove_note(note.id)
