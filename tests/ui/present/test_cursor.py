"""No stray arrow on the projection: the pointer hides when the mouse rests and returns when it moves."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from journeymap.ui.present.window import CURSOR_IDLE_MS


def test_the_pointer_hides_after_about_two_seconds_without_movement(qtbot, presentation):
    presentation.show()
    qtbot.waitExposed(presentation)
    timer = presentation.cursor_timer
    assert timer.isActive() and timer.isSingleShot()
    assert 1500 <= CURSOR_IDLE_MS == timer.interval() <= 3000
    assert presentation.cursor().shape() == Qt.CursorShape.PointingHandCursor
    timer.timeout.emit()  # the two seconds have passed
    assert presentation.cursor().shape() == Qt.CursorShape.BlankCursor


def test_moving_the_mouse_brings_the_pointer_back_and_restarts_the_wait(qtbot, presentation):
    presentation.show()
    qtbot.waitExposed(presentation)
    presentation.cursor_timer.timeout.emit()
    presentation.cursor_timer.stop()
    qtbot.mouseMove(presentation, QPoint(400, 300))
    qtbot.mouseMove(presentation, QPoint(420, 310))
    assert presentation.cursor().shape() == Qt.CursorShape.PointingHandCursor
    assert presentation.cursor_timer.isActive()
    presentation.cursor_timer.timeout.emit()
    assert presentation.cursor().shape() == Qt.CursorShape.BlankCursor


def test_a_click_with_a_hidden_pointer_still_works_and_shows_it(qtbot, presentation):
    presentation.show()
    presentation.go_to_stage(1)
    presentation.cursor_timer.timeout.emit()
    card_id = next(iter(presentation.slide.cards))
    x, y = presentation.slide.cards[card_id].center
    qtbot.mouseClick(presentation, Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(y)))
    assert presentation.spotlight == card_id
    assert presentation.cursor().shape() == Qt.CursorShape.PointingHandCursor
