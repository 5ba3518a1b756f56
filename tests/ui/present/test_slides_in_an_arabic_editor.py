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


def test_an_english_maps_notes_read_left_to_right_in_an_arabic_editors_presenter_view(qtbot, qapp, presentation):
    from PySide6.QtCore import QRect

    from journeymap.ui.present.presenter import PresenterView

    view = PresenterView(presentation)
    qtbot.addWidget(view)
    presentation.presenter = view
    view.resize(1280, 800)
    presentation.go_to(2)  # the first stage: its facilitator notes are an English sentence
    notes = presentation.notes_for(presentation.slide)[1]
    assert notes.endswith(".")
    shots = []
    try:
        for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
            qapp.setLayoutDirection(direction)
            shots.append(view.grab().toImage())
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    margin = view.height() / 20
    big_w = view.width() * 0.58
    top = margin * 1.5 + big_w * presentation._deck_size[1] / presentation._deck_size[0] + margin + view.height() / 20
    body = QRect(0, round(top) + 2, round(margin + big_w) + 2, view.height() - round(top) - 2)
    assert shots[0].copy(body) == shots[1].copy(body)  # they stood at the right, with the full stop in front
