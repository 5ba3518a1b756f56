"""A field holding Arabic starts at the right edge, as an Arabic reader expects, in any editor language."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from journeymap.commands import SetFields


def _start_of_text_x(edit) -> float:
    """Where the text's first character stands, as a share of the box's width."""
    cursor = QTextCursor(edit.document())
    cursor.setPosition(0)
    return edit.cursorRect(cursor).center().x() / edit.viewport().width()


def test_an_arabic_card_text_starts_at_the_right_and_an_english_one_at_the_left(template_window, qtbot):
    w = template_window
    session = w.session
    card = session.journey.lanes[0].cards[0]
    session.select([card.id])
    text = next(e for e in w.inspector.current.editors if e.field == "text").widget
    assert _start_of_text_x(text) < 0.2  # English, at the left
    session.push(SetFields(session.document, card.id, {"text": "يلاحظ الحاجة إلى سماعات جديدة"}))
    qtbot.wait(10)
    assert _start_of_text_x(text) > 0.8  # Arabic reads from the right edge (Qt's plain editor put it at the left)
    text.setFocus()
    text.selectAll()
    qtbot.keyClicks(text, "Headphones")
    assert _start_of_text_x(text) < 0.2  # the first letter typed decides
