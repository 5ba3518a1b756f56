"""Every empathy-map command: push, undo gives the identical map back, redo the edited one."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from journeymap.commands.empathy import (
    AcceptSuggestions,
    AddNote,
    EditNoteText,
    MoveNote,
    RemoveNote,
    SetEmpathyStyle,
)
from journeymap.empathy import suggestions
from journeymap.model import Document, EmpathyStyle, Note
from tests.commands.undo import push_undo_redo

from .sample import two_persona_journey, with_notes


def _doc() -> Document:
    return Document(with_notes(two_persona_journey()))


def _ana(doc: Document):
    return doc.journey.personas[0]


def _commands(doc: Document):
    ana = _ana(doc)
    em = ana.empathy_map
    return {
        "add at end": lambda: AddNote(doc, ana.id, "says", Note(text="New")),
        "add at front": lambda: AddNote(doc, ana.id, "feels", Note(text="Worried"), 0),
        "edit": lambda: EditNoteText(doc, em.does[1].id, "Reads reviews"),
        "move to another section": lambda: MoveNote(doc, em.says[0].id, "thinks", 1),
        "reorder": lambda: MoveNote(doc, em.goal[0].id, "goal", 1),
        "remove": lambda: RemoveNote(doc, em.pains[0].id),
        "style": lambda: SetEmpathyStyle(doc, ana.id, EmpathyStyle.CANVAS),
        "accept all": lambda: AcceptSuggestions(doc, ana.id, suggestions(doc.journey, ana.id)),
    }


@pytest.mark.parametrize("name", list(_commands(_doc())))
def test_push_undo_redo_is_exact(name):
    doc = _doc()
    push_undo_redo(doc, _commands(doc)[name]())


def test_moving_a_note_puts_it_where_asked():
    doc = _doc()
    em = _ana(doc).empathy_map
    note = em.says[0]
    QUndoStack().push(MoveNote(doc, note.id, "thinks", 1))
    assert [n.text for n in em.thinks] == ["thinks note 0", "says note 0", "thinks note 1"]
    assert note not in em.says


def test_typing_in_one_note_is_one_undo_step():
    doc = _doc()
    stack = QUndoStack()
    note = _ana(doc).empathy_map.says[0]
    session = object()
    for text in ("H", "He", "Hey"):
        stack.push(EditNoteText(doc, note.id, text, session=session))
    assert stack.count() == 1 and note.text == "Hey"
    stack.push(EditNoteText(doc, note.id, "Hey!", session=object()))
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert note.text == "says note 0"


def test_typing_back_to_the_original_text_leaves_no_undo_step():
    doc = _doc()
    stack = QUndoStack()
    note = _ana(doc).empathy_map.says[0]
    session = object()
    stack.push(EditNoteText(doc, note.id, "x", session=session))
    stack.push(EditNoteText(doc, note.id, "says note 0", session=session))
    assert stack.count() == 0


def test_accepting_all_suggestions_is_one_step_and_does_not_repeat():
    doc = _doc()
    stack = QUndoStack()
    ana = _ana(doc)
    offered = suggestions(doc.journey, ana.id)
    stack.push(AcceptSuggestions(doc, ana.id, offered))
    assert stack.count() == 1
    assert "Compares models" in [n.text for n in ana.empathy_map.does]
    assert suggestions(doc.journey, ana.id) == []


def test_a_move_to_the_same_place_and_an_unchanged_style_leave_no_step():
    doc = _doc()
    stack = QUndoStack()
    em = _ana(doc).empathy_map
    stack.push(MoveNote(doc, em.says[1].id, "says", 1))
    stack.push(SetEmpathyStyle(doc, _ana(doc).id, EmpathyStyle.QUADRANTS))
    assert stack.count() == 0
