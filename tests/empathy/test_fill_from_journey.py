"""Fill from journey offers what belongs to this persona, by section, and shows where each lands."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from journeymap.empathy import offer, suggestions
from journeymap.model import Card, EmpathyStyle
from journeymap.templates import new_from_template
from journeymap.ui.empathy import EmpathyBoard
from journeymap.ui.session import EditSession


def _persona(journey, first_name: str):
    return next(p for p in journey.personas if p.name.startswith(first_name))


def test_another_personas_actions_are_not_offered_and_shared_cards_keep_only_this_personas_clause():
    journey = new_from_template("online-purchase")
    maya, tom = _persona(journey, "Maya"), _persona(journey, "Tom")
    mayas = [s.text for s in suggestions(journey, maya.id)]
    toms = [s.text for s in suggestions(journey, tom.id)]
    assert "Maya chooses guest checkout" in mayas and "Tom signs in" not in " ".join(mayas)
    assert "Tom signs in" in toms and "Maya chooses guest checkout" not in " ".join(toms)


def test_a_card_tagged_with_a_persona_belongs_to_them_and_not_to_the_others():
    journey = new_from_template("online-purchase")
    maya, tom = _persona(journey, "Maya"), _persona(journey, "Tom")
    actions = journey.lanes[0]
    actions.cards.append(Card(step=journey.steps()[0].id, text="Asks a colleague at work", tags=["Tom"]))
    assert "Asks a colleague at work" in [s.text for s in suggestions(journey, tom.id)]
    assert "Asks a colleague at work" not in [s.text for s in suggestions(journey, maya.id)]


def test_only_the_sections_of_the_layout_are_offered_and_the_rest_are_counted():
    journey = new_from_template("online-purchase")
    maya = _persona(journey, "Maya")
    groups, elsewhere = offer(journey, maya.id, EmpathyStyle.QUADRANTS)
    assert list(groups) == ["says", "thinks", "does", "feels"]
    assert set(elsewhere) <= {"goal", "sees", "hears", "pains", "gains"} and elsewhere.get("sees")
    groups, elsewhere = offer(journey, maya.id, EmpathyStyle.CANVAS)
    assert "sees" in groups and not elsewhere


@pytest.fixture
def board(qtbot):
    session = EditSession(new_from_template("online-purchase"))
    widget = EmpathyBoard(session, _persona(session.journey, "Maya").id)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.detach()


def _click_item(tree, item) -> None:
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(rect.x() + rect.width() // 2, rect.center().y()))


def test_the_panel_groups_by_section_with_counts_and_previews_where_a_suggestion_lands(board, qtbot):
    QTest.mouseClick(board.fill_button, Qt.MouseButton.LeftButton)
    panel = board.suggestions
    groups = panel.groups()
    assert [heading for heading, _n in groups] == ["Says", "Thinks", "Does", "Feels"]
    assert all(n > 0 for _h, n in groups)
    headings = [panel.tree.topLevelItem(k).text(0) for k in range(panel.tree.topLevelItemCount())]
    assert headings[0] == f"Says  \u00b7  {groups[0][1]}"
    assert panel.switch_button.isVisible() and "See" in panel.elsewhere.text()
    item, suggestion = next((i, s) for i, s in panel.items() if s.section == "does")
    _click_item(panel.tree, item)
    does = board.sections["does"]
    assert does.preview.isVisible() and does.preview.text() == suggestion.text
    assert not board.sections["says"].preview.isVisible()
    # tick it (its checkbox) and accept: the note shows in the section it was previewed in
    item.setCheckState(0, Qt.CheckState.Checked)
    QTest.mouseClick(panel.accept_selected, Qt.MouseButton.LeftButton)
    shown = [w for w in does.notes() if w.text == suggestion.text]
    assert shown and shown[0].isVisibleTo(board)
    assert not does.preview.isVisible()


def test_switching_to_the_canvas_offers_see_and_an_accepted_see_note_shows_on_the_board(board, qtbot):
    QTest.mouseClick(board.fill_button, Qt.MouseButton.LeftButton)
    panel = board.suggestions
    QTest.mouseClick(panel.switch_button, Qt.MouseButton.LeftButton)
    qtbot.wait(10)  # Qt shows the rebuilt sections on the next turn of the event loop
    assert board.persona.empathy_map.style is EmpathyStyle.CANVAS
    assert "See" in [heading for heading, _n in panel.groups()]
    item, seen = next((i, s) for i, s in panel.items() if s.section == "sees")
    item.setCheckState(0, Qt.CheckState.Checked)
    QTest.mouseClick(panel.accept_selected, Qt.MouseButton.LeftButton)
    widgets = [w for w in board.sections["sees"].notes() if w.text == seen.text]
    assert widgets and widgets[0].isVisibleTo(board)
    assert not panel.switch_button.isVisible()  # every section of this layout is on the board


def test_accepting_everything_leaves_nothing_to_offer_twice(board, qtbot):
    QTest.mouseClick(board.fill_button, Qt.MouseButton.LeftButton)
    panel = board.suggestions
    QTest.mouseClick(panel.accept_all, Qt.MouseButton.LeftButton)
    assert panel.items() == []
    assert not panel.accept_all.isEnabled()
