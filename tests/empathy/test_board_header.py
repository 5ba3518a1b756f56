"""The board's header row and persona card as a designer sees them: labelled, aligned, centred."""

from __future__ import annotations

import base64

import pytest
from PySide6.QtCore import QBuffer, QPoint
from PySide6.QtGui import QColor, QImage

from journeymap.commands.fields import SetFields
from journeymap.model import EmpathyStyle, Photo
from journeymap.ui.empathy import EmpathyBoard
from journeymap.ui.session import EditSession

from .sample import two_persona_journey, with_notes


def _board(qtbot, journey, style=EmpathyStyle.QUADRANTS, width=1200) -> EmpathyBoard:
    journey.personas[0].empathy_map.style = style
    widget = EmpathyBoard(EditSession(journey), journey.personas[0].id)
    qtbot.addWidget(widget)
    widget.resize(width, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def board(qtbot):
    widget = _board(qtbot, with_notes(two_persona_journey()))
    yield widget
    widget.detach()


def _in_board(board, widget):
    return widget.mapTo(board, QPoint(0, 0))


def test_each_header_field_has_a_visible_label_left_of_it_on_one_line(board):
    for key, text in (("designed_by", "Designed by:"), ("date", "Date:"), ("version", "Version:")):
        label, edit = board.header_labels[key], board.header_edits[key]
        assert label.isVisible() and label.text() == text
        assert label.buddy() is edit
        left = _in_board(board, label)
        right = _in_board(board, edit)
        assert left.x() + label.width() <= right.x()
        label_mid = left.y() + label.height() / 2
        edit_mid = right.y() + edit.height() / 2
        assert abs(label_mid - edit_mid) <= 2


def test_a_long_team_name_and_a_full_date_show_whole(board, qtbot):
    names = board.header_edits["designed_by"]
    date = board.header_edits["date"]
    names.setText("Priya Natarajan")
    date.setText("2026-11-23")
    assert names.fontMetrics().horizontalAdvance(names.text()) < names.contentsRect().width()
    assert date.fontMetrics().horizontalAdvance(date.text()) < date.contentsRect().width()


def test_typing_in_a_header_field_is_one_undo_step(board, qtbot):
    edit = board.header_edits["version"]
    edit.setFocus()
    qtbot.keyClicks(edit, "2.1")
    assert board.persona.empathy_map.version == "2.1"
    assert board.undo_stack.count() == 1
    board.undo_stack.undo()
    assert board.persona.empathy_map.version == ""
    assert edit.text() == ""


@pytest.mark.parametrize("style", [EmpathyStyle.QUADRANTS, EmpathyStyle.CANVAS])
def test_the_face_is_centred_in_the_persona_card_and_clear_of_the_name(qtbot, style):
    board = _board(qtbot, with_notes(two_persona_journey()), style)
    card, face, name = board.persona_card, board.big_avatar, board.card_name
    face_left = face.mapTo(card, QPoint(0, 0))
    name_top = name.mapTo(card, QPoint(0, 0)).y()
    assert abs((face_left.x() + face.width() / 2) - card.width() / 2) <= 1
    assert face_left.y() + face.height() <= name_top
    assert name.text() == "Ana Shopper"
    assert face.initials == "AS" and not face.has_photo
    board.detach()


def _png_photo(colour: str) -> Photo:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    data = bytes(buffer.data())
    return Photo(media_type="image/png", data=base64.b64encode(data).decode(), width=40, height=30)


def test_a_persona_photo_fills_the_circle_and_the_ring_keeps_their_colour(qtbot):
    journey = two_persona_journey()
    journey.personas[0].photo = _png_photo("#22aa44")
    journey.personas[0].colour = "#d55e00"
    board = _board(qtbot, journey)
    face = board.big_avatar
    assert face.has_photo
    picture = face.grab().toImage()
    middle = picture.pixelColor(picture.width() // 2, picture.height() // 2)
    assert (middle.red(), middle.green(), middle.blue()) == (0x22, 0xAA, 0x44)
    edge = picture.pixelColor(picture.width() // 2, 1)
    assert edge.red() > 150 and edge.blue() < 80  # the persona's orange ring
    corner = picture.pixelColor(1, 1)
    assert corner != middle  # cropped to a circle, not a square photo
    board.detach()


def test_renaming_the_persona_updates_the_card_and_initials(board):
    board.undo_stack.push(SetFields(board.document, board.persona_id, {"name": "Zoe Quinn"}, text="Rename"))
    assert board.card_name.text() == "Zoe Quinn"
    assert board.big_avatar.initials == "ZQ"
    board.undo_stack.undo()
    assert board.big_avatar.initials == "AS"
    assert not board.card_role.isVisible()  # no role: no empty line under the name
