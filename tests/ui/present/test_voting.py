"""Dot voting in the room: clicks and keys add votes, each one undoable, saved in the map."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from journeymap.commands import SetFields
from journeymap.io import dump_map, parse_map

from .conftest import drawn_texts


def _centre(window, card_id: str) -> QPointF:
    x, y = window.slide.cards[card_id].center
    return QPointF(x, y)


def _votes(window, card_id: str) -> int:
    return next(c.votes for lane in window.session.journey.lanes for c in lane.cards if c.id == card_id)


def test_clicking_a_card_while_voting_adds_a_vote_and_shift_click_removes_one(qtbot, presentation):
    presentation.go_to_stage(1)
    card_id = next(iter(presentation.slide.cards))
    before = _votes(presentation, card_id)
    qtbot.keyClick(presentation, Qt.Key.Key_V)
    assert presentation.voting
    qtbot.mouseClick(presentation, Qt.MouseButton.LeftButton, pos=_centre(presentation, card_id).toPoint())
    qtbot.mouseClick(presentation, Qt.MouseButton.LeftButton, pos=_centre(presentation, card_id).toPoint())
    assert _votes(presentation, card_id) == before + 2
    qtbot.mouseClick(presentation, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     pos=_centre(presentation, card_id).toPoint())
    assert _votes(presentation, card_id) == before + 1
    assert presentation.spotlight is None  # voting clicks never open the spotlight
    assert f"{before + 1} vote" + ("" if before + 1 == 1 else "s") in drawn_texts(presentation)


def test_every_vote_is_one_undo_step_and_ctrl_z_in_the_presentation_undoes_it(qtbot, presentation):
    presentation.go_to_stage(1)
    stack = presentation.session.undo_stack
    qtbot.keyClick(presentation, Qt.Key.Key_V)
    card_id = presentation.focused_card
    assert card_id in presentation.slide.cards
    before = _votes(presentation, card_id)
    qtbot.keyClick(presentation, Qt.Key.Key_Plus)
    qtbot.keyClick(presentation, Qt.Key.Key_Plus)
    assert _votes(presentation, card_id) == before + 2
    assert stack.count() == 2 and all(isinstance(stack.command(i), SetFields) for i in range(2))
    qtbot.keyClick(presentation, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _votes(presentation, card_id) == before + 1
    qtbot.keyClick(presentation, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _votes(presentation, card_id) == before + 2
    qtbot.keyClick(presentation, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(presentation, Qt.Key.Key_Minus)
    qtbot.keyClick(presentation, Qt.Key.Key_Minus)
    assert _votes(presentation, card_id) == max(0, before - 1)


def test_tab_moves_the_voting_focus_through_the_cards_of_the_slide(qtbot, presentation):
    presentation.go_to_stage(1)
    qtbot.keyClick(presentation, Qt.Key.Key_V)
    ids = list(presentation.slide.cards)
    assert presentation.focused_card == ids[0]
    qtbot.keyClick(presentation, Qt.Key.Key_Tab)
    assert presentation.focused_card == ids[1]
    qtbot.keyClick(presentation, Qt.Key.Key_Backtab)
    assert presentation.focused_card == ids[0]
    qtbot.keyClick(presentation, Qt.Key.Key_Tab)
    before = _votes(presentation, ids[1])
    qtbot.keyClick(presentation, Qt.Key.Key_Plus)
    assert _votes(presentation, ids[1]) == before + 1
    assert _votes(presentation, ids[0]) == _votes(presentation, ids[0])


def test_votes_are_saved_in_the_map_file(qtbot, presentation):
    presentation.go_to_stage(1)
    qtbot.keyClick(presentation, Qt.Key.Key_V)
    card_id = presentation.focused_card
    before = _votes(presentation, card_id)
    for _ in range(3):
        qtbot.keyClick(presentation, Qt.Key.Key_Plus)
    reloaded = parse_map(dump_map(presentation.session.journey))
    assert next(c.votes for lane in reloaded.lanes for c in lane.cards if c.id == card_id) == before + 3


def test_plus_does_nothing_while_voting_is_off(qtbot, presentation):
    presentation.go_to_stage(1)
    qtbot.keyClick(presentation, Qt.Key.Key_Plus)
    assert presentation.session.undo_stack.count() == 0


def test_ctrl_z_in_the_presentation_never_undoes_edits_made_before_it(qtbot):
    from journeymap.templates import new_from_template
    from journeymap.ui.present import PresentationWindow
    from journeymap.ui.session import EditSession

    session = EditSession(new_from_template("online-purchase"))
    session.push(SetFields(session.document, None, {"title": "Edited in the editor"}, "Rename"))
    window = PresentationWindow(session)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.journey.title == "Edited in the editor"


def test_the_results_slide_ranks_the_voted_cards_within_their_lane(qtbot, presentation):
    journey = presentation.session.journey
    pains = next(lane for lane in journey.lanes if lane.kind.value == "pain_points")
    least = min(pains.cards, key=lambda c: c.votes)
    qtbot.keyClick(presentation, Qt.Key.Key_End)
    qtbot.keyClick(presentation, Qt.Key.Key_V)
    for _ in range(50):
        presentation.vote(least.id, +1)
    texts = drawn_texts(presentation)
    heading = texts.index("Pain points")
    assert texts[heading + 1] == "1."
    assert least.text.startswith(texts[heading + 2].rstrip("\u2026"))
    assert "Opportunities" in texts


def test_a_vote_that_grows_a_card_keeps_the_focused_card_on_screen(qtbot, presentation):
    qtbot.keyClick(presentation, Qt.Key.Key_1)
    qtbot.keyClick(presentation, Qt.Key.Key_V)
    for _ in range(len(presentation.slide.cards) - 1):
        qtbot.keyClick(presentation, Qt.Key.Key_Tab)
    for card_id in list(presentation.slide.cards):
        presentation.focused_card = card_id
        if _votes(presentation, card_id) == 0:
            qtbot.keyClick(presentation, Qt.Key.Key_Plus)
            assert card_id in presentation.slide.cards


def test_redo_in_the_presentation_never_replays_an_edit_undone_in_the_editor(qtbot):
    from journeymap.templates import new_from_template
    from journeymap.ui.present import PresentationWindow
    from journeymap.ui.session import EditSession

    session = EditSession(new_from_template("online-purchase"))
    title = session.journey.title
    session.push(SetFields(session.document, None, {"title": "Edited"}, "Rename"))
    session.undo_stack.undo()
    window = PresentationWindow(session)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert session.journey.title == title
