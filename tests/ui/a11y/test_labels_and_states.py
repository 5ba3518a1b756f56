"""Labels say their text, changes are announced, and no state is shown by colour or line alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest

from journeymap.ui.a11y.colour_names import colour_name, colour_words
from journeymap.ui.panels.find_filter import COUNT_SETTLE_MS

from .keys import CTRL, press

Text, Relation = QAccessible.Text, QAccessible.RelationFlag


def said(widget) -> tuple[str, str]:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(Text.Name), iface.text(Text.Description)


@pytest.fixture
def window(template_window, qtbot):
    template_window.activateWindow()
    qtbot.waitActive(template_window)
    template_window.view.setFocus()
    return template_window


def test_the_status_bar_says_the_selection_and_the_zoom_not_fixed_names(window, heard):
    journey = window.session.journey
    card = journey.lanes[5].cards[0]
    window.session.select([card.id])
    status = f"Card “{card.text}” selected, in Pain points at Sees an advert (Discover)"
    assert said(window.selection_label) == (status, "Selection")
    assert status in heard.name_changes()  # Qt reports the new text as a name change
    window.session.select([journey.steps()[2].id])
    assert said(window.selection_label)[0] == "Step “Compares models” selected, in Research"
    assert said(window.zoom_label)[0].startswith("Zoom ") and said(window.zoom_label)[1] == "Zoom level"


def test_find_announces_the_match_count_and_the_selection_it_moves_to(window, heard, qtbot):
    press(Qt.Key.Key_F, CTRL, to=window.view)
    finder = window.finder
    assert finder.find_edit.hasFocus()
    QTest.keyClicks(finder.find_edit, "delivery")
    qtbot.waitUntil(lambda: any("found" in a for a in heard.announcements()), timeout=COUNT_SETTLE_MS * 5)
    count = len(finder.matches)
    assert heard.announcements() == [f"{count} found for “delivery”"]  # once, when typing paused
    assert said(finder.count) == (f"{count} found", "Matches")
    heard.clear()
    press(Qt.Key.Key_Return)
    first = window.session.journey.stages[1]  # matches go in reading order: the "Research" stage says delivery
    assert heard.announcements() == [f"1 of {count} for “delivery”: stage Research"]
    assert window.session.selection == (first.id,)


def test_the_filter_value_list_has_a_label_and_says_what_choosing_means(window):
    finder = window.finder
    iface = QAccessible.queryAccessibleInterface(finder.filter_value)
    assert iface.text(Text.Name) == "any channel"
    labels = [other.text(Text.Name) for other, _flag in iface.relations(Relation.Label)]
    assert labels == ["is:"]
    finder.filter_kind.setCurrentIndex(finder.filter_kind.findData("status"))
    assert [finder.filter_value.itemText(k) for k in range(finder.filter_value.count())] == [
        "any evidence", "Observed", "Assumed", "Proposed"]


def test_a_refused_edit_in_the_inspector_is_announced_at_once(window, heard):
    window.session.select([])
    form = window.inspector.current
    language = next(e for e in form.editors if e.field == "language")
    language.widget.setFocus()
    QTest.keyClicks(language.widget, "en-GB-x-a-language-tag-longer-than-the-file-allows")
    problems = [h for h in heard.heard if h.message.startswith("Language:")]
    assert problems and problems[-1].assertive
    assert said(form.problem) == (problems[-1].message, "Problem with the last edit")


def test_colour_buttons_say_their_colour(window):
    stage = window.session.journey.stages[0]
    window.session.select([stage.id])
    colour = next(e for e in window.inspector.current.editors if e.field == "colour")
    name = said(colour.button)[0]
    assert name == f"Colour: {colour_words(stage.colour)}"
    assert colour.button.text() == colour_words(stage.colour)
    assert colour_name("#dbe9f6") == "pale blue" and colour_name("#d55e00") == "orange"
    assert colour_name(None) == "automatic" and colour_words("#0072B2") == "blue (#0072b2)"


def test_the_personas_list_says_each_curves_colour_and_whether_it_is_shown(window):
    iface = QAccessible.queryAccessibleInterface(window.personas.list)
    rows = {iface.child(k).text(Text.Name): iface.child(k).text(Text.Description) for k in range(iface.childCount())}
    maya = window.session.journey.personas[0]
    assert rows[f"{maya.name} — {maya.role}"] == f"curve {colour_words(maya.colour)}, shown"


def test_the_card_form_shows_its_stage_and_step_and_the_heading_its_lane(window):
    journey = window.session.journey
    pains = next(lane for lane in journey.lanes if lane.kind == "pain_points")
    card = next(c for c in pains.cards if c.text == "No codec list on the product page")
    window.session.select([card.id])
    form = window.inspector.current
    assert said(window.inspector.heading)[0] == "Card in Pain points"
    assert (form.stage.text(), form.step.text()) == ("Research", "Compares models")
    assert said(form.stage)[0] == "Stage" and said(form.step)[0] == "Step"
    assert form.stage.isReadOnly() and form.step.isReadOnly()
    step = journey.steps()[2]
    window.session.select([step.id])
    assert window.inspector.current.stage.text() == "Research"


def test_a_selection_made_where_nothing_says_it_is_announced(window, heard, qtbot):
    window.evidence.show_health()
    findings = window.evidence.health.tree
    findings.setFocus()
    qtbot.waitUntil(findings.hasFocus)
    assert findings.count(), "the template has findings to go to"
    findings.setCurrentRow(0)
    heard.clear()
    press(Qt.Key.Key_Return)  # go to the finding's place: the focus stays in the findings
    (said_selection,) = heard.announcements()
    assert " selected" in said_selection and said_selection == window.selection_label.text()
    window.view.setFocus()
    heard.clear()
    press(Qt.Key.Key_Right, to=window.view)  # the canvas says its own focus: no second voice
    assert heard.announcements() == []
