"""The canvas through Qt's accessibility API: a table of lanes by steps whose cells hold cards, and what
moving around it, editing and undoing tell a screen reader.

Read through ``QAccessible.queryAccessibleInterface`` (as the platform bridge reads it) and heard
through Qt's own update handler (see spy.py); driven with key presses on the canvas.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from journeymap.commands import SetFields
from journeymap.model import LaneKind
from journeymap.model.kinds import EvidenceStatus

from .keys import CTRL, focus_name, focused_interface, press, walk_to
from .spy import spoken

Role, Text = QAccessible.Role, QAccessible.Text


def lane(journey, kind: str):
    return next(lane for lane in journey.lanes if lane.kind == kind)


def step(journey, name: str):
    return next(s for s in journey.steps() if s.name == name)


@pytest.fixture
def window(template_window, qtbot):
    template_window.activateWindow()
    qtbot.waitActive(template_window)
    template_window.view.setFocus()
    qtbot.waitUntil(template_window.view.hasFocus)
    return template_window


def canvas(window):
    return QAccessible.queryAccessibleInterface(window.view)


def child_named(iface, name: str):
    for k in range(iface.childCount()):
        child = iface.child(k)
        if child.text(Text.Name) == name:
            return child
    raise AssertionError(f"no child named {name!r}")


def test_the_canvas_is_a_table_whose_cells_are_lane_by_step_and_hold_their_cards(window):
    journey = window.session.journey
    iface = canvas(window)
    assert iface.role() == Role.Table
    assert iface.text(Text.Name) == "Journey map canvas"
    assert iface.text(Text.Description).startswith("11 lanes by 15 steps. Arrow keys move between cells")
    cells = [iface.child(k) for k in range(iface.childCount()) if iface.child(k).role() == Role.Cell]
    assert len(cells) == 11 * 15
    pains = child_named(iface, "Pain points, Compares models (Research), 2 cards: Battery life quoted "
                               "differently on each shop; No codec list on the product page")
    assert pains.text(Text.Description).startswith("row 6 of 11, column 3 of 15")
    assert [pains.child(k).text(Text.Name) for k in range(pains.childCount())] == [
        "Battery life quoted differently on each shop", "No codec list on the product page"]
    assert all(pains.child(k).role() == Role.ListItem and pains.child(k).parent().text(Text.Name)
               == pains.text(Text.Name) for k in range(2))
    assert iface.indexOfChild(pains) >= 0 and iface.child(iface.indexOfChild(pains)).text(Text.Name) \
        == pains.text(Text.Name)
    headers = {iface.child(k).text(Text.Name): iface.child(k) for k in range(iface.childCount())
               if iface.child(k).role() in (Role.ColumnHeader, Role.RowHeader)}
    assert spoken(headers["Checks the delivery date"]).startswith(
        "Checks the delivery date. step 5 of 15, in stage Research, moment of truth: The delivery date wins")
    assert spoken(headers["Pain points"]) == f"Pain points. lane 6 of 11, {len(lane(journey, 'pain_points').cards)} cards"
    assert spoken(headers["Research"]) == "Research. stage 2 of 5, 3 steps"


def test_moving_the_cell_cursor_says_the_lane_the_step_and_the_cards_of_the_cell(window, heard):
    journey = window.session.journey
    heard.clear()
    walk_to(window.view, lane(journey, "pain_points").id, step(journey, "Compares models").id)
    said = heard.focus()
    assert said, "moving the cell cursor told the screen reader nothing"
    assert said[-1].role == Role.Cell
    assert said[-1].name == ("Pain points, Compares models (Research), 2 cards: Battery life quoted differently "
                             "on each shop; No codec list on the product page")
    assert "selected card: Battery life quoted differently on each shop, observed, 4 votes" in said[-1].description
    assert focus_name() == said[-1].name  # what the focus is now, read back through the canvas's focus child
    press(Qt.Key.Key_Right, to=window.view)
    assert heard.focus()[-1].name == "Pain points, Reads reviews (Research), no cards"
    assert heard.focus()[-1].description == "row 6 of 11, column 4 of 15. N or Enter adds a card"
    assert len(heard.focus()) == len(said) + 1  # one move, one focus event (not one for the cell and its card)


def test_entering_a_card_says_its_text_channel_owner_evidence_status_and_votes(window, heard):
    journey = window.session.journey
    view = window.view
    pains = lane(journey, "pain_points")
    card = next(c for c in pains.cards if c.text == "No codec list on the product page")
    window.session.push(SetFields(window.session.document, card.id,
                                  {"status": EvidenceStatus.ASSUMED, "votes": 2, "channel": "website",
                                   "owner": "E-commerce"}))
    walk_to(view, pains.id, step(journey, "Reads reviews").id)
    heard.clear()
    press(Qt.Key.Key_Left, to=view)  # into the cell: its first card is selected
    assert heard.focus()[-1].role == Role.Cell
    press(Qt.Key.Key_Down, to=view)  # on to the cell's next card
    entered = heard.focus()[-1]
    assert entered.role == Role.ListItem
    assert entered.name == "No codec list on the product page"
    assert entered.description == ("channel Website, owner E-commerce, assumed, 2 votes. "
                                   "card 2 of 2 in Pain points at Compares models (Research)")
    press(Qt.Key.Key_Up, to=view)
    assert heard.focus()[-1].name == "Battery life quoted differently on each shop"


def test_proposed_and_assumed_cards_say_so_in_words(window):
    iface = canvas(window)
    ideas = child_named(iface, next(iface.child(k).text(Text.Name) for k in range(iface.childCount())
                                    if iface.child(k).text(Text.Name).startswith("Opportunities, Compares models")))
    assert "proposed (to-be)" in ideas.child(0).text(Text.Description)
    parcel = next(iface.child(k) for k in range(iface.childCount())
                  if iface.child(k).text(Text.Name).startswith("Pain points, Tracks the parcel"))
    assert "assumed, 2 votes" in parcel.child(0).text(Text.Description)


def test_the_emotion_lanes_cells_say_every_personas_score(window, heard):
    journey = window.session.journey
    walk_to(window.view, lane(journey, LaneKind.EMOTION).id, step(journey, "Notices the need").id)
    assert heard.focus()[-1].name == ("Emotion curve, Notices the need (Discover), Maya Chen −1 Annoyed; "
                                      "Tom Okafor +1 Itching to upgrade, no cards")


def test_enter_edits_the_card_in_a_field_the_screen_reader_is_told_about_and_escape_comes_back(window, heard):
    journey = window.session.journey
    view = window.view
    walk_to(view, lane(journey, "pain_points").id, step(journey, "Sees an advert").id)
    heard.clear()
    press(Qt.Key.Key_Return, to=view)
    editing = heard.focus()[-1]
    assert (editing.role, editing.name) == (Role.EditableText, "Card text")
    assert editing.description == ("editing: Ad opens the home page, not the product. Enter saves, Shift+Enter "
                                   "starts a new line, Escape cancels")
    assert focused_interface().state().editable
    press(Qt.Key.Key_Escape, to=view.viewport())
    assert heard.focus()[-1].name == "Ad opens the home page, not the product"  # back on the card it edited


def test_a_card_added_with_n_is_named_while_typed_and_confirmed_when_saved(window, heard):
    journey = window.session.journey
    view = window.view
    pains = lane(journey, "pain_points")
    walk_to(view, pains.id, step(journey, "Pays").id)
    heard.clear()
    press(Qt.Key.Key_N, to=view)
    assert heard.focus()[-1].name == "New card in Pain points at Pays (Buy)"
    for key in "Refund is slow":
        press(Qt.Key(ord(key.upper())) if key != " " else Qt.Key.Key_Space, to=view.viewport())
    press(Qt.Key.Key_Return, to=view.viewport())
    assert any(text.startswith("Add card") and "Pain points" in text for text in heard.announcements())
    assert heard.focus()[-1].role == Role.ListItem
    assert heard.focus()[-1].name.lower() == "refund is slow"


def test_undo_and_redo_say_what_they_undid(window, heard, qtbot):
    journey = window.session.journey
    view = window.view
    walk_to(view, lane(journey, "pain_points").id, step(journey, "Sees an advert").id)
    press(Qt.Key.Key_Delete, to=view)
    assert heard.announcements()[-1] == "Delete card"
    heard.clear()
    qtbot.waitActive(window)
    press(Qt.Key.Key_Z, CTRL, to=view)
    assert heard.announcements() == ["Undone: Delete card"]
    press(Qt.Key.Key_Y, CTRL, to=view)
    assert heard.announcements() == ["Undone: Delete card", "Redone: Delete card"]


def test_coming_back_to_the_canvas_says_where_the_cursor_is(window, heard):
    journey = window.session.journey
    view = window.view
    walk_to(view, lane(journey, "pain_points").id, step(journey, "Sees an advert").id)
    press(Qt.Key.Key_F6, to=view)
    assert not view.hasFocus()
    heard.clear()
    press(Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert view.hasFocus()
    assert heard.focus()[-1].name == "Pain points, Sees an advert (Discover), 1 card: Ad opens the home page, " \
                                     "not the product"


def test_cells_of_a_deleted_lane_leave_the_table_and_come_back_with_undo(window):
    journey = window.session.journey
    iface = canvas(window)
    before = iface.childCount()
    pains = lane(journey, "pain_points")
    name = "Pain points, Sees an advert (Discover), 1 card: Ad opens the home page, not the product"
    cell = child_named(iface, name)
    window.view.map_scene.select_ids([pains.id])
    window.view.delete_selected()
    assert iface.childCount() == before - 16  # its title and its 15 cells
    assert not cell.isValid()
    window.session.undo_stack.undo()
    assert iface.childCount() == before
    assert child_named(iface, name).isValid()


def test_a_cell_scrolled_out_of_sight_says_it_is_offscreen(window):
    iface = canvas(window)
    window.view.zoom_100()
    first = next(iface.child(k) for k in range(iface.childCount()) if iface.child(k).role() == Role.Cell)
    last = iface.child(iface.childCount() - 1)
    assert not first.state().offscreen and not first.rect().isEmpty()
    assert last.state().offscreen and last.rect().isEmpty()
    assert iface.childAt(first.rect().center().x(), first.rect().center().y()).text(Text.Name) \
        == first.text(Text.Name)
