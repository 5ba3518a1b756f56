"""Editing on the canvas: in-place text, keyboard navigation, adding, deleting, duplicating."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journeymap.ui.canvas import MapView

from .conftest import at, double_click


def _card(view: MapView, text: str) -> str:
    return next(c.id for lane in view.session.journey.lanes for c in lane.cards if c.text == text)


def _type(view: MapView, text: str) -> None:
    QTest.keyClicks(view.viewport(), text)


def _key(view: MapView, key, mods=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(view.viewport(), key, mods)


def _double_click_card(view: MapView, card_id: str) -> None:
    box = view.map_scene.layout.cards[card_id]
    double_click(view, at(view, box.rect.x + 20, box.rect.y + 8))


def _add_card_in_empty_cell(view: MapView, lane_id: str, step_id: str, text: str) -> None:
    """Double-click the empty cell, type ``text`` and press Enter."""
    cell = view.map_scene.layout.cells[(lane_id, step_id)]
    double_click(view, at(view, cell.x + 30, cell.y + 20))
    _type(view, text)
    _key(view, Qt.Key.Key_Return)


def test_double_clicking_a_card_edits_its_text_and_enter_commits_one_undo_step(view):
    card_id = _card(view, "Taps ad")
    _double_click_card(view, card_id)
    assert view.map_scene.router.editing.editor is not None
    _type(view, "Clicks the banner")
    _key(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    _type(view, "twice")
    _key(view, Qt.Key.Key_Return)
    assert view.session.document.card(card_id).text == "Clicks the banner\ntwice"
    assert view.session.undo_stack.count() == 1
    assert view.map_scene.router.editing.editor is None
    assert view.map_scene.layout.cards[card_id].text.lines == ("Clicks the banner", "twice")


def test_escape_cancels_an_in_place_edit_and_changes_nothing(view):
    card_id = _card(view, "Taps ad")
    _double_click_card(view, card_id)
    _type(view, "Something else")
    _key(view, Qt.Key.Key_Escape)
    assert view.session.document.card(card_id).text == "Taps ad"
    assert view.session.undo_stack.count() == 0
    assert view.map_scene.router.editing.editor is None


def test_double_clicking_an_empty_cell_adds_a_card_there(view):
    doc = view.session.document
    pains, see = doc.journey.lanes[3], doc.journey.steps()[0]
    _add_card_in_empty_cell(view, pains.id, see.id, "Ad hides the price")
    assert [c.text for c in doc.cell(pains.id, see.id)] == ["Ad hides the price"]
    assert view.session.undo_stack.count() == 1
    view.session.undo_stack.undo()
    assert doc.cell(pains.id, see.id) == []


def test_double_clicking_a_stage_renames_it_in_place(view):
    stage = view.session.journey.stages[0]
    title = view.map_scene.layout.stages[stage.id].title.rect
    double_click(view, at(view, title.x + 10, title.y + 5))
    _type(view, "Discover")
    _key(view, Qt.Key.Key_Return)
    assert view.session.journey.stages[0].name == "Discover"
    assert view.map_scene.layout.stages[stage.id].title.lines == ("Discover",)


def test_double_clicking_an_empty_emotion_slot_scores_the_persona_picked_there(view, monkeypatch):
    from journeymap.ui.canvas import menus

    shown = []
    monkeypatch.setattr(menus, "run_menu", lambda menu, _pos: (shown.append(
        [a.text() for a in menu.actions()]), menu.defaultAction().trigger()))
    doc = view.session.document
    ben = doc.journey.personas[1]
    step = doc.journey.steps()[2]
    emo = view.map_scene.layout.emotion
    x = view.map_scene.layout.steps[step.id].column.center[0]
    double_click(view, at(view, x + 25, emo.value_to_y(-2)))
    assert shown and shown[0][1] == "Ben"  # the one without a score here comes first, and is the default
    assert doc.score(step.id, ben.id).value == -2
    assert view.session.undo_stack.count() == 1


def test_arrow_keys_move_between_cells_and_n_adds_a_card_in_the_focused_cell(view):
    doc = view.session.document
    scene = view.map_scene
    lanes, steps = doc.journey.lanes, doc.journey.steps()
    scene.set_focus_cell((lanes[0].id, steps[0].id))
    view.setFocus()
    _key(view, Qt.Key.Key_Right)
    _key(view, Qt.Key.Key_Right)
    _key(view, Qt.Key.Key_Down)
    assert scene.focus_cell == (lanes[1].id, steps[2].id)
    _key(view, Qt.Key.Key_N)
    _type(view, "Checkout page")
    _key(view, Qt.Key.Key_Enter)
    assert [c.text for c in doc.cell(lanes[1].id, steps[2].id)] == ["Checkout page"]
    assert view.session.selection == (doc.cell(lanes[1].id, steps[2].id)[0].id,)


def test_arrow_down_walks_through_the_cards_of_a_cell_before_leaving_it(view):
    scene = view.map_scene
    doc = view.session.document
    first, second = _card(view, "Scrolls feed"), _card(view, "Taps ad")
    scene.set_focus_cell((doc.journey.lanes[0].id, doc.journey.steps()[0].id))
    scene.select_ids([first])
    _key(view, Qt.Key.Key_Down)
    assert view.session.selection == (second,)
    _key(view, Qt.Key.Key_Down)
    assert scene.focus_cell[0] == doc.journey.lanes[1].id


def test_enter_edits_the_selected_card(view):
    card_id = _card(view, "Enters card")
    view.map_scene.select_ids([card_id])
    _key(view, Qt.Key.Key_Return)
    _type(view, "Pays by phone")
    _key(view, Qt.Key.Key_Return)
    assert view.session.document.card(card_id).text == "Pays by phone"


def test_deleting_several_cards_is_one_undo_step_and_undo_restores_them(view):
    doc = view.session.document
    before = doc.journey.model_dump()
    ids = [_card(view, "Scrolls feed"), _card(view, "Forced sign-up"), _card(view, "Product page")]
    view.map_scene.select_ids(ids)
    _key(view, Qt.Key.Key_Delete)
    assert not any(doc.has(i) for i in ids)
    assert view.session.undo_stack.count() == 1
    assert not any(i in view.map_scene.cards for i in ids)
    view.session.undo_stack.undo()
    assert doc.journey.model_dump() == before
    assert all(i in view.map_scene.cards for i in ids)


def test_deleting_a_stage_with_its_selected_cards_removes_each_once(view):
    doc = view.session.document
    before = doc.journey.model_dump()
    stage = doc.journey.stages[0]
    view.map_scene.select_ids([stage.id, _card(view, "Taps ad"), stage.steps[0].id])
    view.delete_selected()
    assert not doc.has(stage.id)
    view.session.undo_stack.undo()
    assert doc.journey.model_dump() == before


def test_ctrl_d_duplicates_the_selected_card_right_after_it(view):
    doc = view.session.document
    card_id = _card(view, "Scrolls feed")
    view.map_scene.select_ids([card_id])
    _key(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    cell = doc.cell(doc.journey.lanes[0].id, doc.journey.steps()[0].id)
    assert [c.text for c in cell] == ["Scrolls feed", "Scrolls feed", "Taps ad"]
    assert view.session.selection == (cell[1].id,)
    assert view.session.undo_stack.count() == 1


def test_undo_under_an_open_editor_closes_it_and_keeps_the_history_intact(view):
    doc = view.session.document
    pains, see = doc.journey.lanes[3], doc.journey.steps()[0]
    _add_card_in_empty_cell(view, pains.id, see.id, "New pain")
    card_id = doc.cell(pains.id, see.id)[0].id
    _double_click_card(view, card_id)
    assert view.map_scene.router.editing.editor is not None
    _type(view, " and more")
    view.session.undo_stack.undo()  # the toolbar's Undo takes the card away under the editor
    assert view.map_scene.router.editing.editor is None
    assert not doc.has(card_id)
    _key(view, Qt.Key.Key_Return)
    assert view.session.undo_stack.count() == 1 and view.session.undo_stack.index() == 0
    view.session.undo_stack.redo()
    assert [c.text for c in doc.cell(pains.id, see.id)] == ["New pain"]
