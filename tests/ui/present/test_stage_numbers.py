"""Number keys reach every stage of a long map: digits typed quickly make one stage number."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from journeymap.model import Card, JourneyMap, Lane, LaneKind, Stage, Step
from journeymap.ui.present import PresentationWindow
from journeymap.ui.session import EditSession

from .conftest import HEIGHT, WIDTH, drawn_texts

STAGES = 13


def digit(n: int) -> Qt.Key:
    return getattr(Qt.Key, f"Key_{n}")


@pytest.fixture
def long_map(qtbot) -> PresentationWindow:
    stages = [Stage(name=f"Stage named {i}", steps=[Step(name=f"Step {i}")]) for i in range(1, STAGES + 1)]
    lane = Lane(kind=LaneKind.ACTIONS, cards=[Card(step=st.steps[0].id, text=f"Does thing {i}")
                                              for i, st in enumerate(stages, start=1)])
    window = PresentationWindow(EditSession(JourneyMap(title="Thirteen stages", stages=stages, lanes=[lane])))
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    return window


def on_stage(window: PresentationWindow, number: int) -> bool:
    return window.slide.kind == "stage" and window.slide.stage_number == number and window.slide.page == 1


def test_two_digits_typed_quickly_jump_to_a_two_digit_stage(qtbot, long_map):
    qtbot.keyClick(long_map, Qt.Key.Key_1)
    assert long_map.index == 0  # may still become 10 to 13: wait for the next digit
    qtbot.keyClick(long_map, Qt.Key.Key_2)
    assert on_stage(long_map, 12)  # no stage could start with 12 and be longer: at once
    assert "12. Stage named 12" in drawn_texts(long_map)
    qtbot.keyClick(long_map, Qt.Key.Key_1)
    qtbot.keyClick(long_map, Qt.Key.Key_0)
    assert on_stage(long_map, 10)


def test_a_lone_digit_that_could_start_a_longer_number_jumps_after_the_pause(qtbot, long_map):
    long_map.go_to(5)
    qtbot.keyClick(long_map, Qt.Key.Key_1)
    assert long_map.index == 5 and long_map.typed_number == "1"
    qtbot.waitUntil(lambda: on_stage(long_map, 1), timeout=3000)
    assert long_map.typed_number == ""


@pytest.mark.parametrize("number", [2, 3, 9])
def test_a_digit_no_stage_number_can_grow_from_jumps_at_once(qtbot, long_map, number):
    qtbot.keyClick(long_map, digit(number))
    assert on_stage(long_map, number) and not long_map.number_timer.isActive()


def test_a_number_past_the_last_stage_stays_put_and_forgets_the_digits(qtbot, long_map):
    long_map.go_to(4)
    qtbot.keyClick(long_map, Qt.Key.Key_1)
    qtbot.keyClick(long_map, Qt.Key.Key_4)  # 13 stages
    assert long_map.index == 4 and long_map.typed_number == "" and not long_map.number_timer.isActive()
    qtbot.keyClick(long_map, Qt.Key.Key_5)
    assert on_stage(long_map, 5)


def test_another_key_drops_a_half_typed_number(qtbot, long_map):
    qtbot.keyClick(long_map, Qt.Key.Key_1)
    qtbot.keyClick(long_map, Qt.Key.Key_Right)
    assert long_map.index == 1 and long_map.typed_number == ""
    assert not long_map.number_timer.isActive()  # no late jump to stage 1
    qtbot.keyClick(long_map, Qt.Key.Key_1)
    qtbot.keyClick(long_map, Qt.Key.Key_3)
    assert on_stage(long_map, 13)


def test_shift_between_digits_keeps_the_number_as_on_an_azerty_keyboard(qtbot, long_map):
    qtbot.keyClick(long_map, Qt.Key.Key_1, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyPress(long_map, Qt.Key.Key_Shift)
    qtbot.keyRelease(long_map, Qt.Key.Key_Shift)
    qtbot.keyClick(long_map, Qt.Key.Key_2, Qt.KeyboardModifier.ShiftModifier)
    assert on_stage(long_map, 12)


def test_digits_typed_on_the_laptop_make_one_stage_number_too(qtbot, long_map):
    from journeymap.ui.present.presenter import PresenterView

    view = PresenterView(long_map)
    qtbot.addWidget(view)
    long_map.presenter = view
    qtbot.keyClick(view, Qt.Key.Key_1)  # typed on the laptop
    assert long_map.typed_number == "1"
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert on_stage(long_map, 11)
    view.close()
