"""A new window takes most of a large screen, so the map (not the panels) gets the room."""

from __future__ import annotations

from PySide6.QtCore import QSize

from journeymap.ui.main_window import first_size


def test_a_large_screen_gives_the_window_nine_tenths_of_it_and_a_small_one_keeps_1400_by_900():
    assert first_size(QSize(1920, 1080)) == QSize(1728, 972)
    assert first_size(QSize(2560, 1400)) == QSize(2304, 1260)
    assert first_size(QSize(1280, 800)) == QSize(1400, 900)


def test_the_first_window_opens_at_that_size(template_window):
    screen = template_window.screen().availableGeometry().size()
    assert template_window.size() == first_size(screen)
