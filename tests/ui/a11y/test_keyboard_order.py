"""Tab goes through the Inspector as it reads, the toolbar is out of the Tab chain, F10 opens the menus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolBar

from journeymap.commands import AddPersona
from journeymap.model import Persona

from .keys import focus_name, press


@pytest.fixture
def window(template_window, qtbot):
    template_window.activateWindow()
    qtbot.waitActive(template_window)
    template_window.view.setFocus()
    return template_window


def tab_names(start, count: int) -> list[str]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    names = [focus_name()]
    for _ in range(count - 1):
        press(Qt.Key.Key_Tab)
        names.append(focus_name())
    return names


def test_a_steps_fields_tab_in_reading_order_and_each_score_field_names_its_step(window):
    journey = window.session.journey
    step = journey.steps()[1]  # Sees an advert
    window.session.select([step.id])
    form = window.inspector.current
    names = tab_names(form.stage, 15)
    assert names == [
        "Stage", "Name", "Description", "Moment of truth", "Why it matters",
        "NPS recorded", "CSAT % recorded", "CES recorded", "Column width",
        "Maya Chen as-is score at Sees an advert", "Maya Chen as-is word at Sees an advert",
        "Maya Chen to-be score at Sees an advert", "Maya Chen to-be word at Sees an advert",
        "Tom Okafor as-is score at Sees an advert", "Tom Okafor as-is word at Sees an advert"]


def test_a_persona_added_later_tabs_in_its_place_too(window):
    journey = window.session.journey
    step = journey.steps()[0]
    window.session.select([step.id])
    window.session.push(AddPersona(window.session.document, Persona(name="Ana Ruiz"), 1))
    form = window.inspector.current
    names = tab_names(form.stage, 20)
    maya = names.index("Maya Chen to-be word at Notices the need")
    assert names[maya + 1:maya + 5] == ["Ana Ruiz as-is score at Notices the need",
                                        "Ana Ruiz as-is word at Notices the need",
                                        "Ana Ruiz to-be score at Notices the need",
                                        "Ana Ruiz to-be word at Notices the need"]
    assert names[maya + 5] == "Tom Okafor as-is score at Notices the need"


def test_a_cards_fields_start_with_where_it_is(window):
    journey = window.session.journey
    card = journey.lanes[5].cards[0]
    window.session.select([card.id])
    form = window.inspector.current
    assert tab_names(form.stage, 6) == ["Stage", "Step", "Text", "Detail", "Channel", "Owner"]


def test_no_toolbar_button_is_in_the_tab_chain(window):
    bars = window.findChildren(QToolBar)
    chain, widget = [], window.view
    for _ in range(400):
        widget = widget.nextInFocusChain()
        if widget is window.view:
            break
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled():
            chain.append(widget)
    on_toolbars = [w for w in chain if any(bar.isAncestorOf(w) for bar in bars)]
    assert on_toolbars == []
    assert not window.lane_button.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_f10_opens_the_first_menu_and_escape_closes_it(window, qtbot):
    press(Qt.Key.Key_F10, to=window.view)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    assert QApplication.activePopupWidget() is window.file_menu
    press(Qt.Key.Key_Right, to=window.file_menu)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not window.file_menu)
    assert QApplication.activePopupWidget().title() == "&Edit"
    QApplication.activePopupWidget().close()
    window.menuBar().setActiveAction(None)


def test_a_recorded_metric_tabs_through_its_value_and_sample_size_before_the_next_metric(window):
    step = window.session.journey.steps()[2]  # Compares models: CES 3.8 (n=156)
    window.session.select([step.id])
    names = tab_names(window.inspector.current.stage, 12)
    assert names[5:] == ["NPS recorded", "CSAT % recorded", "CES recorded", "CES value", "CES sample size",
                         "Column width", "Maya Chen as-is score at Compares models"]


def test_no_key_is_claimed_by_two_commands_so_ctrl_shift_g_adds_a_stage(window):
    """On Linux Qt gives Find Previous Ctrl+Shift+G as a second key: two claims, and the key did nothing."""
    from PySide6.QtGui import QAction

    claims: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            claims.setdefault(key.toString(), []).append(action.text())
    assert {key: names for key, names in claims.items() if len(names) > 1} == {}
    stages = len(window.session.journey.stages)
    press(Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, to=window.view)
    assert len(window.session.journey.stages) == stages + 1
    assert "Shift+F3" in [k.toString() for k in window.acts.find_previous.shortcuts()]
