"""The empathy-map board driven like a designer would: add, edit, move, delete, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent

from journeymap.model import EmpathyStyle
from journeymap.ui.empathy import EmpathyBoard, open_empathy_board
from journeymap.ui.empathy.note import NOTE_MIME
from journeymap.ui.session import EditSession

from .sample import two_persona_journey, with_notes


@pytest.fixture
def board(qtbot):
    session = EditSession(with_notes(two_persona_journey()))
    widget = EmpathyBoard(session, session.journey.personas[0].id)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.detach()


def _texts(board, section):
    return [n.text for n in getattr(board.persona.empathy_map, section)]


def _shown(board, section):
    return [w.text for w in board.sections[section].notes()]


def test_adding_a_note_with_the_add_button_and_typing(board, qtbot):
    before = board.document.journey.model_dump()
    qtbot.mouseClick(board.sections["says"].add_button, Qt.MouseButton.LeftButton)
    draft = board.sections["says"].notes()[-1]
    assert draft.editing
    qtbot.keyClicks(draft.editor, "Where is my parcel?")
    qtbot.keyClick(draft.editor, Qt.Key.Key_Return)
    assert _texts(board, "says")[-1] == "Where is my parcel?"
    assert _shown(board, "says")[-1] == "Where is my parcel?"
    assert board.undo_stack.count() == 1
    board.undo_stack.undo()
    assert board.document.journey.model_dump() == before
    assert "Where is my parcel?" not in _shown(board, "says")


def test_a_draft_left_empty_or_cancelled_adds_nothing(board, qtbot):
    qtbot.mouseClick(board.sections["feels"].add_button, Qt.MouseButton.LeftButton)
    draft = board.sections["feels"].notes()[-1]
    qtbot.keyClicks(draft.editor, "never mind")
    qtbot.keyClick(draft.editor, Qt.Key.Key_Escape)
    assert board.undo_stack.count() == 0
    assert _shown(board, "feels") == ["feels note 0", "feels note 1"]


def test_editing_a_note_in_place_is_one_undo_step(board, qtbot):
    note_id = board.persona.empathy_map.does[0].id
    widget = board.note_widget(note_id)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton)
    assert widget.editing
    qtbot.keyClicks(widget.editor, "Reads reviews")
    qtbot.keyClick(widget.editor, Qt.Key.Key_Return)
    assert _texts(board, "does")[0] == "Reads reviews"
    assert widget.label.text() == "Reads reviews"
    assert board.undo_stack.count() == 1
    board.undo_stack.undo()
    assert _texts(board, "does")[0] == "does note 0"
    assert widget.label.text() == "does note 0"


def test_escape_while_editing_puts_the_old_text_back_without_an_undo_step(board, qtbot):
    widget = board.note_widget(board.persona.empathy_map.does[0].id)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    qtbot.keyClicks(widget.editor, "oops")
    assert _texts(board, "does")[0] == "oops"
    qtbot.keyClick(widget.editor, Qt.Key.Key_Escape)
    assert _texts(board, "does")[0] == "does note 0"
    assert board.undo_stack.count() == 0


def _drop(section_widget, note_id: str, pos: QPoint) -> None:
    mime = QMimeData()
    mime.setData(NOTE_MIME, note_id.encode("ascii"))
    event = QDropEvent(QPointF(pos), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    # Qt delivers drop events only during a real drag (a nested event loop); call the handler.
    section_widget.dropEvent(event)
    assert event.isAccepted()


def test_dropping_a_note_on_another_section_moves_it_and_undo_moves_it_back(board):
    before = board.document.journey.model_dump()
    note_id = board.persona.empathy_map.says[0].id
    thinks = board.sections["thinks"]
    first = thinks.notes()[0]
    top_of_first = first.mapTo(thinks, QPoint(5, 2))
    _drop(thinks, note_id, top_of_first)
    assert _texts(board, "thinks") == ["says note 0", "thinks note 0", "thinks note 1"]
    assert _shown(board, "thinks") == ["says note 0", "thinks note 0", "thinks note 1"]
    assert _shown(board, "says") == ["says note 1"]
    board.undo_stack.undo()
    assert board.document.journey.model_dump() == before
    assert _shown(board, "says") == ["says note 0", "says note 1"]


def test_dropping_below_the_last_note_reorders_within_a_section(board):
    note_id = board.persona.empathy_map.says[0].id
    says = board.sections["says"]
    _drop(says, note_id, QPoint(20, says.height() - 12))
    assert _texts(board, "says") == ["says note 1", "says note 0"]
    assert _shown(board, "says") == ["says note 1", "says note 0"]


def test_keyboard_reorder_and_delete(board, qtbot):
    widget = board.note_widget(board.persona.empathy_map.says[0].id)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _shown(board, "says") == ["says note 1", "says note 0"]
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    assert _texts(board, "says") == ["says note 1"] and _shown(board, "says") == ["says note 1"]
    board.undo_stack.undo()
    assert _shown(board, "says") == ["says note 1", "says note 0"]


def test_switching_layout_shows_the_canvas_sections_and_undo_switches_back(board):
    board.style_box.setCurrentIndex(1)
    board.style_box.activated.emit(1)
    assert board.persona.empathy_map.style is EmpathyStyle.CANVAS
    assert set(board.sections) == {"goal", "sees", "says", "does", "hears", "thinks", "feels", "pains",
                                   "gains"}
    assert _shown(board, "pains") == ["pains note 0", "pains note 1"]
    board.undo_stack.undo()
    assert set(board.sections) == {"says", "thinks", "does", "feels"}
    assert not board.hidden_hint.isHidden()


def test_fill_from_journey_accept_selected_then_all(board, qtbot):
    qtbot.mouseClick(board.fill_button, Qt.MouseButton.LeftButton)
    panel = board.suggestions
    assert len(panel.items()) > 3
    panel.items()[0][0].setCheckState(0, Qt.CheckState.Checked)
    first = panel.checked()[0]
    qtbot.mouseClick(panel.accept_selected, Qt.MouseButton.LeftButton)
    assert first.text in _texts(board, first.section)
    remaining = len(panel.items())
    assert remaining > 0 and all(s != first for s in panel._offered)
    qtbot.mouseClick(panel.accept_all, Qt.MouseButton.LeftButton)
    assert len(panel.items()) == 0
    assert board.undo_stack.count() == 2
    board.undo_stack.undo()
    assert len(panel.items()) == remaining


def test_changes_from_elsewhere_update_only_the_note_they_name(board):
    others = {w.note_id: w for w in board.sections["says"].notes()}
    note = board.persona.empathy_map.says[1]
    board.document.set_fields(note.id, {"text": "Changed in the inspector"})
    assert board.note_widget(note.id).label.text() == "Changed in the inspector"
    assert {w.note_id: w for w in board.sections["says"].notes()} == others  # same widgets


def test_open_empathy_board_returns_one_window_per_persona(qtbot):
    session = EditSession(two_persona_journey())
    first = open_empathy_board(None, session, session.journey.personas[0].id)
    qtbot.addWidget(first)
    again = open_empathy_board(None, session, session.journey.personas[0].id)
    assert again is first
    assert first.accessibleName() and first.board.sections["says"].add_button.accessibleName()
    first.close()


def test_the_export_button_asks_for_the_dialog_of_this_persona(board, qtbot):
    assert not board.export_button.isEnabled()  # a board with no file window behind it cannot export
    asked = []
    board.set_export_handler(asked.append)
    qtbot.mouseClick(board.export_button, Qt.MouseButton.LeftButton)
    assert asked == [board.persona_id]
