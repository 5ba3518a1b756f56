"""Spotlight on one card, and leaving the presentation with the map as it was."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication

from journeymap.ui.present import start_presentation

from .conftest import drawn_texts, open_presentation


def _click_card(qtbot, window, card_id: str) -> None:
    x, y = window.slide.cards[card_id].center
    qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=QPointF(x, y).toPoint())


def _card_with_detail(window):
    for i, slide in enumerate(window.slides):
        for lane in window.session.journey.lanes:
            for card in lane.cards:
                if card.id in slide.cards and card.detail:
                    return i, card
    raise AssertionError("the template has a card with detail")


def test_clicking_a_card_spotlights_it_with_its_detail_and_clicking_again_returns(qtbot, presentation):
    index, card = _card_with_detail(presentation)
    presentation.go_to(index)
    status = f"Status: {card.status.value.capitalize()}"
    assert status not in drawn_texts(presentation)
    _click_card(qtbot, presentation, card.id)
    assert presentation.spotlight == card.id
    texts = drawn_texts(presentation)
    assert status in texts
    assert any(card.detail.startswith(t.rstrip("\u2026")) for t in texts)
    qtbot.mouseClick(presentation, Qt.MouseButton.LeftButton, pos=QPointF(10, 10).toPoint())
    assert presentation.spotlight is None
    assert presentation.index == index


def test_escape_closes_the_spotlight_before_it_leaves(qtbot, presentation):
    index, card = _card_with_detail(presentation)
    presentation.go_to(index)
    presentation.show()
    _click_card(qtbot, presentation, card.id)
    qtbot.keyClick(presentation, Qt.Key.Key_Escape)
    assert presentation.spotlight is None and presentation.isVisible()
    qtbot.keyClick(presentation, Qt.Key.Key_Escape)
    assert not presentation.isVisible()


def test_leaving_without_votes_leaves_the_map_exactly_as_it_was(qtbot, presentation):
    before = presentation.session.journey.model_dump()
    presentation.show()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_3, Qt.Key.Key_P, Qt.Key.Key_N, Qt.Key.Key_B, Qt.Key.Key_B,
                Qt.Key.Key_V, Qt.Key.Key_Tab, Qt.Key.Key_V, Qt.Key.Key_End, Qt.Key.Key_H):
        qtbot.keyClick(presentation, key)
    presentation.grab()
    with qtbot.waitSignal(presentation.left, timeout=1000):
        qtbot.keyClick(presentation, Qt.Key.Key_Escape)
        qtbot.keyClick(presentation, Qt.Key.Key_Escape)
    assert presentation.session.journey.model_dump() == before
    assert presentation.session.undo_stack.count() == 0
    assert not presentation.session.modified


def test_start_presentation_opens_full_screen_on_the_only_screen_with_notes_by_n(qtbot):
    window = open_presentation(qtbot)  # for its session
    shown = start_presentation(None, window.session)
    qtbot.addWidget(shown)
    shown.close_deletes = False
    assert shown.isFullScreen()
    assert shown.screen() is QGuiApplication.primaryScreen()
    assert shown.presenter is None  # one screen: notes toggle with N instead
    shown.close()


def test_the_presenter_view_shows_the_current_and_next_slide_notes_and_a_timer(qtbot, presentation):
    from journeymap.ui.present.presenter import PresenterView, elapsed_text

    view = PresenterView(presentation)
    qtbot.addWidget(view)
    presentation.presenter = view
    view.resize(1280, 800)
    qtbot.keyClick(view, Qt.Key.Key_2)  # keys on the laptop drive the projector
    assert presentation.slide.stage_number == 2
    image = view.grab().toImage()
    assert not image.isNull()
    assert elapsed_text(65_000) == "01:05" and elapsed_text(3_725_000) == "1:02:05"
    presentation.show()
    presentation.close()
    assert not view.isVisible()


def test_with_two_screens_the_slides_go_to_the_projector_and_the_presenter_view_to_the_laptop():
    from journeymap.ui.present import pick_screens

    laptop, projector = object(), object()
    assert pick_screens(laptop, [laptop, projector]) == (projector, laptop)
    assert pick_screens(laptop, [projector, laptop]) == (projector, laptop)
    assert pick_screens(laptop, [laptop]) == (laptop, None)
    # a screen chosen by the facilitator wins; the other one gets the presenter view
    assert pick_screens(laptop, [laptop, projector], chosen=laptop) == (laptop, projector)
