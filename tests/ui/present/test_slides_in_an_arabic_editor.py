"""An Arabic editor presents an English map exactly as an English editor does (the slides keep the map's order)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import open_presentation


def test_an_english_maps_slides_look_the_same_when_the_editor_reads_right_to_left(qtbot, qapp):
    window = open_presentation(qtbot)
    shots = []
    try:
        for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
            qapp.setLayoutDirection(direction)
            for index in (2, 3):  # stage slides: a numbered title, a sentence, the curve's scale, "1 of 2"
                window.go_to(index)
                shots.append(window.grab().toImage())
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert shots[:2] == shots[2:]  # it read "Research .2", ".Comparing models…" and "Delighted 3+"
