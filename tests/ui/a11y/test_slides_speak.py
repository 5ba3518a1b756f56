"""The presentation for a blind facilitator: each slide's title, steps, cards and curves as text, and every
change of slide announced."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from journeymap.ui.present.palette import LIGHT, remember_palette
from tests.ui.present.conftest import open_presentation

from .keys import press

Role, Text = QAccessible.Role, QAccessible.Text


@pytest.fixture
def window(qtbot):
    remember_palette(LIGHT)
    presentation = open_presentation(qtbot)
    presentation.show()
    qtbot.waitExposed(presentation)
    presentation.setFocus()
    qtbot.waitUntil(presentation.hasFocus)
    return presentation


def lines(window) -> list[tuple[Role, str]]:
    iface = QAccessible.queryAccessibleInterface(window)
    return [(iface.child(k).role(), iface.child(k).text(Text.Name)) for k in range(iface.childCount())]


def test_the_slide_window_is_named_by_the_slide_and_its_children_read_it(window):
    iface = QAccessible.queryAccessibleInterface(window)
    assert iface.text(Text.Name) == "Presenting Buying headphones online: slide 1 of 10, Overview"
    assert lines(window)[:2] == [(Role.Heading, "Overview"), (Role.StaticText, "Buying headphones online")]
    assert (Role.ListItem, "Persona Tom Okafor, Returning customer, audio enthusiast: “Show me the codec support "
                           "and the real battery life, not a lifestyle photo.”") in lines(window)
    assert iface.focusChild().text(Text.Name) == "Overview"


def test_a_stage_slide_reads_its_steps_its_cards_in_full_and_the_curve_as_scores(window):
    window.go_to_stage(2)
    said = lines(window)
    assert said[0] == (Role.Heading, "Stage 2 of 5: Research, part 1 of 2")
    assert (Role.StaticText, "3 steps: Compares models; Reads reviews; Checks the delivery date (moment of truth)") \
        in said
    assert (Role.ListItem, "Actions at Compares models: Opens three shops in tabs and compares two models") in said
    window.go_to(window.index + 1)  # part 2 of the stage: the lanes further down, with their to-be ideas
    said += lines(window)
    proposed = [text for _role, text in said if text.startswith("Opportunities at Compares models:")]
    assert proposed and proposed[0].endswith("(proposed to-be)")
    assert (Role.ListItem, "Emotion of Maya Chen: Compares models −1 Overwhelmed; Reads reviews +1 Reassured; "
                           "Checks the delivery date +2 Relieved") in said
    cards = {card_id for card_id in window.slide.cards}
    journey = window.session.journey
    texts = " ".join(text for _role, text in said)
    for card_id in cards:
        card = next(c for lane in journey.lanes for c in lane.cards if c.id == card_id)
        assert " ".join(card.text.split()) in texts  # every card on the wall, word for word


def test_moving_between_slides_is_announced(window, heard):
    heard.clear()
    press(Qt.Key.Key_Right, to=window)
    press(Qt.Key.Key_Right, to=window)
    assert heard.announcements() == ["Slide 2 of 10, The journey at a glance",
                                     "Slide 3 of 10, Stage 1 of 5: Discover"]
    assert "slide 3 of 10, Stage 1 of 5: Discover" in heard.name_changes()[-1]
    press(Qt.Key.Key_4, to=window)
    assert heard.announcements()[-1] == "Slide 7 of 10, Stage 4 of 5: Receive"


def test_the_journey_slide_reads_every_stage_and_each_personas_whole_curve(window):
    window.go_to(1)
    said = [text for _role, text in lines(window)]
    assert said[0] == "The journey at a glance"
    assert "Stage 2, Research: Compares models; Reads reviews; Checks the delivery date (moment of truth)" in said
    assert any(text.startswith("Emotion curve of Maya Chen: Notices the need −1 Annoyed; Sees an advert 0 Curious")
               for text in said)


def test_a_blank_screen_and_the_voting_overlay_are_said_too(window):
    window.go_to_stage(1)
    press(Qt.Key.Key_B, to=window)
    assert [text for _role, text in lines(window)] == ["The screen is blank (any key shows the slide again)"]
    press(Qt.Key.Key_Space, to=window)
    press(Qt.Key.Key_V, to=window)
    assert any("vot" in text.lower() for _role, text in lines(window)[1:])
