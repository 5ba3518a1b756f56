"""Text inputs keep to the map's length limits as the user types or pastes; a refused edit leaves no trace."""

from __future__ import annotations

import time

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from journeymap.commands import SetFields
from journeymap.model.limits import MAX_NAME, MAX_TEXT
from journeymap.ui.canvas import MapView
from journeymap.ui.panels.persona_form import PersonaDialog

from .conftest import double_click

MEGABYTE = "x" * 1_000_000  # one megabyte without a space


def _card(view: MapView):
    return next(iter(view.map_scene.layout.cards.values()))


def test_pasting_a_megabyte_into_a_card_is_cut_to_the_limit_at_once_with_a_message(view, qtbot):
    box = _card(view)
    view.ensureVisible(box.rect.x, box.rect.y, box.rect.w, box.rect.h)
    double_click(view, view.mapFromScene(QPointF(box.rect.x + 10, box.rect.y + 8)))
    editor = view.map_scene.router.editing.editor
    assert editor is not None
    QGuiApplication.clipboard().setText(MEGABYTE)
    start = time.perf_counter()
    QTest.keyClick(view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert time.perf_counter() - start < 3.0
    assert len(editor.toPlainText()) == MAX_TEXT
    assert "20,000 characters" in editor.limit_message
    QTest.keyClick(view.viewport(), Qt.Key.Key_A)  # typing on at the limit adds nothing
    assert len(editor.toPlainText()) == MAX_TEXT
    stack = view.session.undo_stack
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert view.session.document.card(box.card_id).text == "x" * MAX_TEXT
    assert stack.count() == 1


def test_renaming_a_step_in_place_stops_at_the_name_limit(view, qtbot):
    step = next(iter(view.map_scene.layout.steps.values()))
    r = step.title.rect
    double_click(view, view.mapFromScene(QPointF(r.x + 5, r.y + 5)))
    editor = view.map_scene.router.editing.editor
    QGuiApplication.clipboard().setText("y" * (MAX_NAME + 50))
    QTest.keyClick(view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(editor.toPlainText()) == MAX_NAME and editor.limit_message
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert view.session.document.step(step.step_id).name == "y" * MAX_NAME


def test_an_edit_the_map_refuses_leaves_no_undo_step_and_no_modified_flag(view, qtbot):
    session = view.session
    card = _card(view)
    refused: list[str] = []
    session.refused.connect(refused.append)
    assert session.push(SetFields(session.document, card.card_id, {"text": "z" * (MAX_TEXT + 1)})) is False
    assert session.undo_stack.count() == 0 and not session.modified
    assert refused and "not done" in refused[0]
    assert session.document.card(card.card_id).text != "z" * (MAX_TEXT + 1)


def test_the_persona_form_cuts_a_pasted_megabyte_with_a_message(qtbot):
    dialog = PersonaDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    QGuiApplication.clipboard().setText(MEGABYTE)
    dialog.bio.setFocus()
    start = time.perf_counter()
    QTest.keyClick(dialog.bio, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert time.perf_counter() - start < 3.0
    assert len(dialog.bio.toPlainText()) == MAX_TEXT
    assert "20,000" in dialog.bio.property("limit_message")
    QTest.keyClick(dialog.name, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(dialog.name.text()) == MAX_NAME
    assert dialog.name.property("limit_message")
