"""Text from a map is shown as typed: never read as HTML (which could make Qt open local files)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QTreeWidget, QWidget

from journeymap.model import Note
from journeymap.templates import new_from_template
from journeymap.ui.empathy import open_empathy_board
from journeymap.ui.plain import tip

HOSTILE = '<img src="/tmp/journeymap-never-read.png"><b>Bold</b>'


def _hostile_map():
    journey = new_from_template("online-purchase")
    journey.title = f"Map {HOSTILE}"
    persona = journey.personas[0]
    persona.name = f"Maya {HOSTILE}"
    persona.role = f"Role {HOSTILE}"
    persona.empathy_map.says.append(Note(text=f"Note {HOSTILE}"))
    persona.empathy_map.designed_by = f"Team {HOSTILE}"
    journey.stages[0].steps[0].name = f"Step {HOSTILE}"
    journey.lanes[0].cards[0].text = f"Card {HOSTILE}"
    return journey


def _tooltips(widget: QWidget):
    yield widget.toolTip()
    for view in widget.findChildren(QTreeWidget):
        stack = [view.topLevelItem(i) for i in range(view.topLevelItemCount())]
        while stack:
            item = stack.pop()
            yield item.toolTip(0)
            stack += [item.child(i) for i in range(item.childCount())]
    for view in widget.findChildren(QListWidget):
        yield from (view.item(i).toolTip() for i in range(view.count()))
    for child in widget.findChildren(QWidget):
        yield child.toolTip()


def _assert_shown_as_text(top: QWidget) -> int:
    shown = 0
    for label in top.findChildren(QLabel):
        if "<img" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
            shown += 1
    for text in _tooltips(top):
        assert "<img" not in text, text  # escaped as &lt;img, so it shows as text
    return shown


def test_hostile_names_in_the_window_inspector_and_empathy_board_show_as_text(editor, qtbot):
    window = editor.new_window(_hostile_map())
    journey = window.session.journey
    step = journey.stages[0].steps[0]
    window.session.select([step.id])  # the inspector's scores table names each persona
    QApplication.processEvents()
    shown = _assert_shown_as_text(window)
    window.session.select([journey.lanes[0].cards[0].id])  # the status bar names the card
    QApplication.processEvents()
    shown += _assert_shown_as_text(window)
    assert shown >= 2
    board = open_empathy_board(window, window.session, journey.personas[0].id)
    QApplication.processEvents()
    assert _assert_shown_as_text(board) >= 3  # the note, the persona's name and role
    board.close()


def test_a_tooltip_shows_exactly_the_text():
    assert tip("a < b & c\nnext") == "<qt>a &lt; b &amp; c<br>next</qt>"
    assert tip("") == ""
