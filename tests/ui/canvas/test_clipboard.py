"""Copy, cut and paste of cards and steps, within a map and into another map."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from journeymap.commands.clipboard import FRAGMENT_MIME
from journeymap.ui.canvas import MapView
from journeymap.ui.session import EditSession

from .maps import canvas_map


def _card(view: MapView, text: str) -> str:
    return next(c.id for lane in view.session.journey.lanes for c in lane.cards if c.text == text)


def test_copy_puts_a_fragment_and_plain_text_on_the_clipboard(view):
    view.map_scene.select_ids([_card(view, "Product page")])
    QTest.keyClick(view.viewport(), Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasFormat(FRAGMENT_MIME)
    assert mime.text() == "- Product page (Website, E-commerce)"


def test_copy_and_paste_into_the_focused_cell_adds_copies_with_new_ids_in_one_step(view):
    doc = view.session.document
    ids = [_card(view, "Scrolls feed"), _card(view, "Taps ad")]
    view.map_scene.select_ids(ids)
    QTest.keyClick(view.viewport(), Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    target = (doc.journey.lanes[3].id, doc.journey.steps()[3].id)
    view.map_scene.set_focus_cell(target)
    QTest.keyClick(view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    pasted = doc.cell(*target)
    assert [c.text for c in pasted] == ["Scrolls feed", "Taps ad"]
    assert not {c.id for c in pasted} & set(ids)
    assert view.session.undo_stack.count() == 1
    assert set(view.session.selection) == {c.id for c in pasted}


def test_cut_removes_and_paste_brings_back_as_two_undo_steps(view):
    doc = view.session.document
    card_id = _card(view, "Forced sign-up")
    view.map_scene.select_ids([card_id])
    assert view.cut_selected()
    assert not doc.has(card_id)
    view.map_scene.set_focus_cell((doc.journey.lanes[0].id, doc.journey.steps()[1].id))
    view.paste()
    cell = doc.cell(doc.journey.lanes[0].id, doc.journey.steps()[1].id)
    assert [c.text for c in cell] == ["Reads reviews", "Forced sign-up"]
    assert cell[1].votes == 3
    assert view.session.undo_stack.count() == 2


def test_a_step_copied_from_one_map_pastes_into_another_with_its_cards(view, qtbot):
    doc = view.session.document
    step = doc.journey.steps()[0]
    view.map_scene.select_ids([step.id])
    assert view.copy_selected()
    other_session = EditSession(canvas_map())
    other = MapView(other_session)
    qtbot.addWidget(other)
    other_doc = other_session.document
    last = other_doc.journey.steps()[-1]
    other.map_scene.select_ids([last.id])
    other.paste()
    pasted = other_doc.journey.stages[-1].steps[-1]
    assert pasted.name == "See advert" and pasted.id != step.id
    actions = other_doc.journey.lanes[0]
    assert [c.text for c in other_doc.cell(actions.id, pasted.id)] == ["Scrolls feed", "Taps ad"]
    assert pasted.id in other.map_scene.steps
    assert other_session.undo_stack.count() == 1
    other_session.undo_stack.undo()
    assert not other_doc.has(pasted.id)


def test_plain_text_from_another_program_pastes_as_one_card_per_line(view):
    doc = view.session.document
    QGuiApplication.clipboard().setText("- Slow page\n\n- Confusing fees\n")
    target = (doc.journey.lanes[3].id, doc.journey.steps()[0].id)
    view.map_scene.set_focus_cell(target)
    view.paste()
    assert [c.text for c in doc.cell(*target)] == ["Slow page", "Confusing fees"]
