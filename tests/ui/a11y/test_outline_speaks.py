"""The Outline as a screen reader reads it: stage → step → lane → card, every row's level and place,
each persona's curve as a sequence, and the current row said when the focus comes back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from journeymap.ui.panels.outline import BY_STAGE, OutlinePanel
from journeymap.ui.session import EditSession
from tests.ui.canvas.maps import canvas_map
from tests.ui.window.test_outline import EDITS, outline_text, rows_by_id

from .keys import SHIFT, focus_name, press

Role, Text = QAccessible.Role, QAccessible.Text


def row_interfaces(tree) -> dict[str, object]:
    """The tree's rows as the accessibility bridge sees them (only expanded rows are there), by name."""
    iface = QAccessible.queryAccessibleInterface(tree)
    return {iface.child(k).text(Text.Name): iface.child(k) for k in range(iface.childCount())}


def expand_all(tree) -> None:
    tree.expandAll()


@pytest.fixture
def window(template_window, qtbot):
    template_window.activateWindow()
    qtbot.waitActive(template_window)
    template_window.view.setFocus()
    return template_window


def arrange_by_stage_with_keys(window) -> None:
    """F6 to the Outline, Shift+Tab to its "Show" list, Down: cards by stage and step."""
    press(Qt.Key.Key_F6, to=window.view)
    assert window.outline.tree.hasFocus()
    press(Qt.Key.Key_Tab, SHIFT)
    assert window.outline.arrange.hasFocus()
    assert focus_name() == "Cards by lane"  # a combo box is named by its value; its label is "Show:"
    press(Qt.Key.Key_Down)
    assert window.outline.arrangement == BY_STAGE


def test_by_stage_and_step_the_outline_reads_stage_step_lane_card(window):
    arrange_by_stage_with_keys(window)
    tree = window.outline.tree
    journey = window.session.journey
    research = window.outline.item_for(journey.stages[1].id)
    assert research.text(0) == "Stage: Research"
    assert [research.child(k).text(0) for k in range(research.childCount())] == [
        "Step: Compares models", "Step: Reads reviews", "Step: Checks the delivery date  ★ moment of truth"]
    compares = research.child(0)
    groups = [compares.child(k).text(0) for k in range(compares.childCount())]
    assert groups[:3] == ["Actions — 1 card", "Touchpoints — 1 card", "Thoughts — 1 card"]
    assert "Pain points — 2 cards" in groups
    pains = compares.child(groups.index("Pain points — 2 cards"))
    assert [pains.child(k).text(0) for k in range(2)] == ["Card: Battery life quoted differently on each shop",
                                                          "Card: No codec list on the product page"]
    lanes = window.outline.item_for("#lanes")
    assert all(lanes.child(k).childCount() == 0 for k in range(lanes.childCount()))  # the cards are by step now
    expand_all(tree)
    row = row_interfaces(tree)["Card: No codec list on the product page"]
    assert row.text(Text.Description) == ("observed, 2 votes, card 2 of 2 in Pain points at Compares models "
                                          "(Research), level 6")
    tree.setCurrentItem(pains.child(1))
    assert window.session.selection == (pains.child(1).data(0, Qt.ItemDataRole.UserRole),)
    tree.setCurrentItem(pains)  # a lane's row under a step selects the step
    assert window.session.selection == (journey.steps()[2].id,)


def test_every_row_says_its_level_and_its_place(window):
    tree = window.outline.tree
    expand_all(tree)
    rows = row_interfaces(tree)
    assert rows["Buying headphones online"].text(Text.Description) == "the map, 5 stages, 11 lanes, level 1"
    assert rows["Stage: Research"].text(Text.Description) == "stage 2 of 5, 3 steps, level 3"
    assert rows["Step: Compares models"].text(Text.Description) == \
        "step 3 of 15, in stage Research, CES 3.8 (n=156), level 4"
    assert rows["Pain points"].text(Text.Description).startswith("lane 6 of 11, ")
    assert rows["Card: No codec list on the product page"].text(Text.Description) == (
        "observed, 2 votes, card 2 of 2 in Pain points at Compares models (Research), level 4")
    assert rows["Persona: Tom Okafor, Returning customer, audio enthusiast"].text(Text.Description) == \
        "persona, curve shown, level 3"
    states = rows["Stage: Research"].state()
    assert states.expandable and states.expanded


def test_each_personas_curve_reads_as_a_sequence_and_a_gap_says_no_score(window):
    tree = window.outline.tree
    curves = window.outline.item_for("#curves")
    assert all(curves.child(k).childCount() == 0 for k in range(curves.childCount()))  # made when opened
    tree.setFocus()
    tree.setCurrentItem(curves.child(2))
    press(Qt.Key.Key_Right)  # opens Tom's curve: a row per step
    assert curves.child(2).isExpanded() and curves.child(2).childCount() == 15
    curve_rows = [row for name, row in row_interfaces(tree).items() if row.text(Text.Description).startswith(
        ("emotion curve of", "to-be emotion curve of"))]
    texts = [row.text(Text.Name) for row in curve_rows]  # all of each sequence, as a screen reader reads it
    assert texts[0].startswith("Maya Chen: Notices the need −1 Annoyed; Sees an advert 0 Curious; "
                               "Compares models −1 Overwhelmed; ")
    assert texts[1].startswith("Maya Chen, to-be: Notices the need no score; Sees an advert no score; "
                               "Compares models +1 Clear choice; ")
    assert texts[2].startswith("Tom Okafor: Notices the need +1 Itching to upgrade; Sees an advert no score; ")
    assert texts[2].endswith("Writes a review +2 Proud to advise")
    shown = curves.child(2).text(0)  # the row shows the start of it; its tooltip all of it
    assert len(shown) <= 110 and shown.endswith("…") and texts[2].startswith(shown[:-1])
    expand_all(tree)
    tom = row_interfaces(tree)[texts[2]]
    assert tom.text(Text.Description) == "emotion curve of Tom Okafor, 15 steps, 1 without a score, level 3"
    point = row_interfaces(tree)["Sees an advert: no score"]
    assert point.text(Text.Description) in ("Maya Chen's score at Sees an advert (Discover), level 4",
                                            "Tom Okafor's score at Sees an advert (Discover), level 4")
    tom_row = curves.child(2)
    tree.setCurrentItem(tom_row)
    assert window.session.selection == (window.session.journey.personas[1].id,)
    tree.setCurrentItem(tom_row.child(1))  # a score row selects its step
    assert window.session.selection == (window.session.journey.steps()[1].id,)


def test_a_score_set_in_the_inspector_reads_in_the_curve_at_once(window):
    from journeymap.commands import SetScore
    from journeymap.model import Score

    journey = window.session.journey
    tom = journey.personas[1]
    curves = window.outline.item_for("#curves")
    tom_row = curves.child(2)
    tom_row.setExpanded(True)
    window.session.push(SetScore(window.session.document, journey.steps()[1].id, tom.id,
                                 Score(persona=tom.id, value=-2, label="Suspicious")))
    assert curves.child(2) is tom_row and tom_row.isExpanded()
    assert "; Sees an advert −2 Suspicious; " in tom_row.data(0, Qt.ItemDataRole.AccessibleTextRole)
    assert tom_row.child(1).text(0) == "Sees an advert: −2 Suspicious"


def test_coming_back_to_the_outline_says_the_row_it_is_on_not_just_the_tree(window, heard):
    journey = window.session.journey
    card = journey.lanes[5].cards[0]
    window.view.reveal(card.id)
    heard.clear()
    press(Qt.Key.Key_F6, to=window.view)
    assert window.outline.tree.hasFocus()
    said = heard.focus()
    assert said and said[-1].name == f"Card: {card.text}"
    assert said[-1].description.startswith("observed, ") and said[-1].description.endswith(", level 4")


def test_the_chosen_arrangement_is_kept_for_the_next_window(window, editor, qtbot):
    arrange_by_stage_with_keys(window)
    from journeymap.templates import new_from_template

    other = editor.new_window(new_from_template("support-bug"))
    assert other.outline.arrangement == BY_STAGE
    assert other.outline.arrange.currentText() == "Cards by stage and step"


# -- arranged by stage, the tree still follows every edit row by row ---------------------------------
@pytest.fixture
def session(qtbot) -> EditSession:
    return EditSession(canvas_map())


def by_stage(qtbot, session: EditSession) -> OutlinePanel:
    panel = OutlinePanel(session)
    qtbot.addWidget(panel)
    panel.set_arrangement(BY_STAGE)
    return panel


@pytest.mark.parametrize("name", list(EDITS))
def test_by_stage_each_edit_its_undo_and_redo_update_rows_in_place(qtbot, session, name):
    outline = by_stage(qtbot, session)
    before = outline_text(outline)
    rows = rows_by_id(outline)
    command, new_ids = EDITS[name](session)
    session.push(command)
    edited = outline_text(outline)
    assert edited == outline_text(by_stage(qtbot, session))
    after = rows_by_id(outline)
    moved = {k for k in after if k in new_ids or k.startswith("cell|")}
    for key, item in after.items():
        if key not in moved and key in rows:
            assert item is rows[key], f"{name}: the row of {item.text(0)!r} was rebuilt"
    session.undo_stack.undo()
    assert outline_text(outline) == before
    session.undo_stack.redo()
    assert outline_text(outline) == edited
