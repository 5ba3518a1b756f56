"""Moving through the deck with a keyboard or a presentation clicker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from .conftest import drawn_texts

FORWARD = [Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Return,
           Qt.Key.Key_Enter]
BACK = [Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace]


def test_the_deck_opens_on_the_overview_and_the_journey_then_every_stage_in_order_then_the_results(presentation):
    journey = presentation.session.journey
    slides = presentation.slides
    assert presentation.index == 0 and slides[0].kind == "overview"
    texts = drawn_texts(presentation)
    assert journey.title in texts
    assert all(any(p.name in t for t in texts) for p in journey.personas)
    assert slides[1].kind == "journey"
    stage_order = list(dict.fromkeys(s.stage_id for s in slides if s.kind == "stage"))
    assert stage_order == [stage.id for stage in journey.stages]
    assert slides[-1].kind == "results"


@pytest.mark.parametrize("key", FORWARD, ids=lambda k: k.name)
def test_each_forward_key_goes_to_the_next_slide(qtbot, presentation, key):
    qtbot.keyClick(presentation, key)
    assert presentation.index == 1 and presentation.slide.kind == "journey"
    qtbot.keyClick(presentation, key)
    assert presentation.index == 2
    assert presentation.slide.stage_number == 1


@pytest.mark.parametrize("key", BACK, ids=lambda k: k.name)
def test_each_back_key_goes_to_the_previous_slide(qtbot, presentation, key):
    presentation.go_to(3)
    qtbot.keyClick(presentation, key)
    assert presentation.index == 2


def test_forward_stops_at_the_results_and_back_stops_at_the_overview(qtbot, presentation):
    for _ in range(len(presentation.slides) + 3):
        qtbot.keyClick(presentation, Qt.Key.Key_PageDown)
    assert presentation.slide.kind == "results"
    for _ in range(len(presentation.slides) + 3):
        qtbot.keyClick(presentation, Qt.Key.Key_PageUp)
    assert presentation.index == 0


def test_home_and_end_go_to_the_overview_and_the_results(qtbot, presentation):
    qtbot.keyClick(presentation, Qt.Key.Key_End)
    assert presentation.slide.kind == "results" and presentation.slide.page == 1
    assert "Voting results" in drawn_texts(presentation)
    qtbot.keyClick(presentation, Qt.Key.Key_Home)
    assert presentation.index == 0


@pytest.mark.parametrize("number", [1, 2, 3, 4, 5])
def test_a_number_key_jumps_to_the_first_slide_of_that_stage(qtbot, presentation, number):
    qtbot.keyClick(presentation, getattr(Qt.Key, f"Key_{number}"))
    stage = presentation.session.journey.stages[number - 1]
    assert presentation.slide.stage_id == stage.id and presentation.slide.page == 1
    assert any(stage.name in t for t in drawn_texts(presentation))


def test_a_number_beyond_the_last_stage_stays_put(qtbot, presentation):
    presentation.go_to(2)
    qtbot.keyClick(presentation, Qt.Key.Key_9)  # the map has five stages
    assert presentation.index == 2


def test_b_blanks_the_screen_black_and_any_key_brings_it_back_without_moving(qtbot, presentation):
    presentation.go_to(2)
    qtbot.keyClick(presentation, Qt.Key.Key_B)
    image = presentation.grab().toImage()
    assert presentation.blanked
    assert presentation.text_log.items == []
    corner, middle = image.pixelColor(5, 5), image.pixelColor(960, 540)
    assert corner.name() == middle.name() == "#000000"
    qtbot.keyClick(presentation, Qt.Key.Key_Right)  # returns, does not advance
    assert not presentation.blanked and presentation.index == 2
    qtbot.keyClick(presentation, Qt.Key.Key_B)
    qtbot.keyClick(presentation, Qt.Key.Key_B)
    assert not presentation.blanked and presentation.index == 2
    assert presentation.grab().toImage().pixelColor(5, 5).name() == "#ffffff"


def test_escape_leaves_the_presentation(qtbot, presentation):
    presentation.show()
    with qtbot.waitSignal(presentation.left, timeout=1000):
        qtbot.keyClick(presentation, Qt.Key.Key_Escape)
    assert not presentation.isVisible()


def test_p_reveals_the_persona_curves_one_at_a_time_then_all(qtbot, presentation):
    maya, tom = (p.name for p in presentation.session.journey.personas)
    presentation.go_to(1)
    assert {maya, tom} <= set(drawn_texts(presentation))
    qtbot.keyClick(presentation, Qt.Key.Key_P)
    texts = drawn_texts(presentation)
    assert maya not in texts and tom not in texts
    qtbot.keyClick(presentation, Qt.Key.Key_P)
    texts = drawn_texts(presentation)
    assert maya in texts and tom not in texts
    qtbot.keyClick(presentation, Qt.Key.Key_P)
    assert {maya, tom} <= set(drawn_texts(presentation))


def test_n_on_a_single_screen_opens_the_notes_in_their_own_window_never_on_the_slide(qtbot, presentation):
    stage = presentation.session.journey.stages[1]
    qtbot.keyClick(presentation, Qt.Key.Key_2)
    first_words = stage.notes.split()[0]
    qtbot.keyClick(presentation, Qt.Key.Key_N)
    notes = presentation.notes_window
    assert notes is not None and notes.isVisible() and notes is not presentation
    assert notes.body.toPlainText() == stage.notes
    assert not any(t.startswith(first_words) for t in drawn_texts(presentation))  # the room never sees them
    qtbot.keyClick(presentation, Qt.Key.Key_3)
    assert notes.body.toPlainText() == presentation.session.journey.stages[2].notes
    qtbot.keyClick(presentation, Qt.Key.Key_N)
    assert not notes.isVisible()


def test_n_with_the_presenter_view_opens_nothing_the_notes_are_on_the_laptop(qtbot, presentation):
    from journeymap.ui.present.presenter import PresenterView

    presentation.presenter = PresenterView(presentation)
    qtbot.addWidget(presentation.presenter)
    qtbot.keyClick(presentation, Qt.Key.Key_2)
    qtbot.keyClick(presentation, Qt.Key.Key_N)
    assert presentation.notes_window is None
