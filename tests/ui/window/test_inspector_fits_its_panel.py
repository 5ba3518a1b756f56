"""The Inspector's step form fits its panel in every language, and score labels are readable whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLineEdit, QScrollArea, QWidget


@pytest.mark.parametrize("code", ["en", "de", "fr", "ar"])
def test_a_steps_form_stays_inside_the_inspector_and_shows_whole_score_labels(editor, speak, qtbot, code):
    from journeymap.templates import new_from_template

    speak(code)
    window = editor.new_window(new_from_template("online-purchase"))
    qtbot.waitExposed(window)
    step = window.session.journey.stages[1].steps[0]  # "Compares models": scored "Overwhelmed", "In his element"
    window.session.select([step.id])
    qtbot.wait(50)
    form = window.inspector.current
    viewport = window.inspector.findChild(QScrollArea).viewport()
    left = form.mapTo(viewport, QPoint(0, 0)).x()
    assert left >= 0 and left + form.width() <= viewport.width(), code
    for widget in form.findChildren(QWidget):  # nothing sticks out of the box it sits in, so nothing is cut
        if widget.isVisible() and not widget.isWindow() and widget.parentWidget() is not None:
            inside = widget.parentWidget().rect()
            assert inside.left() <= widget.x() and widget.geometry().right() <= inside.right(), \
                (code, type(widget).__name__, widget.accessibleName())
    labels = [w for row in form.scores.rows.values() for w in row if isinstance(w, QLineEdit) and w.text()]
    assert {w.text() for w in labels} >= {"Overwhelmed", "In his element"}
    for field in labels:
        room = field.contentsRect().width() - field.textMargins().left() - field.textMargins().right() - 6
        assert field.fontMetrics().horizontalAdvance(field.text()) <= room, (code, field.text())
