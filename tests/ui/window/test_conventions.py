"""Conventions a designer brings from other tools: Ctrl+Y, named undo steps, File > New beside the open map."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from journeymap.ui import new_dialog


def _add_card_by_double_click(w, lane_kind: str, step_name: str, text: str) -> None:
    view = w.view
    journey = w.session.journey
    lane = next(lane for lane in journey.lanes if lane.kind == lane_kind)
    step = next(s for s in journey.steps() if s.name == step_name)
    cell = view.map_scene.layout.cells[(lane.id, step.id)]
    spot = QPointF(cell.x + cell.w / 2, cell.bottom - 6)
    view.ensureVisible(spot.x() - 5, spot.y() - 5, 10, 10, 80, 80)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      view.mapFromScene(spot))
    QTest.keyClicks(view.viewport(), text)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)


def test_undo_history_names_the_card_and_the_lane(template_window, qtbot):
    w = template_window
    _add_card_by_double_click(w, "pain_points", "Pays", "Refund is slow")
    stack = w.session.undo_stack
    assert stack.text(stack.count() - 1) == "Add card ‘Refund is slow’ to Pain points"


def test_a_marker_drag_is_named_by_persona_step_and_value(template_window, qtbot):
    w = template_window
    view = w.view
    marker = next(iter(view.map_scene.markers.values()))
    box = marker.box
    emo = view.map_scene.layout.emotion
    view.ensureVisible(box.x - 5, emo.band.y, 10, emo.band.h, 60, 60)
    start = view.mapFromScene(QPointF(box.x, box.y))
    value = box.value + 1 if box.value < emo.vmax else box.value - 1
    end = view.mapFromScene(QPointF(box.x, emo.value_to_y(value)))
    vp = view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for k in range(1, 6):
        QTest.mouseMove(vp, start + (end - start) * (k / 5))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    doc = w.session.document
    persona, step = doc.persona(box.persona_id), doc.step(box.step_id)
    stack = w.session.undo_stack
    sign = f"+{value}" if value > 0 else str(value)
    assert stack.text(stack.count() - 1) == f"Set {persona.name}'s score at ‘{step.name}’ to {sign}"


def test_ctrl_y_redoes_even_where_the_platform_redo_is_only_ctrl_shift_z(editor, qtbot, monkeypatch):
    gnome = {QKeySequence.StandardKey.Redo: [QKeySequence("Ctrl+Shift+Z")]}
    real = QKeySequence.keyBindings
    monkeypatch.setattr(QKeySequence, "keyBindings", staticmethod(lambda key: gnome.get(key) or real(key)))
    w = editor.new_from_template("online-purchase")
    qtbot.waitExposed(w)
    _add_card_by_double_click(w, "pain_points", "Pays", "Refund is slow")
    stack = w.session.undo_stack
    stack.undo()
    assert stack.canRedo()
    keys = [k.toString() for k in w.redo_action.shortcuts()]
    assert "Ctrl+Y" in keys and "Ctrl+Shift+Z" in keys, keys
    w.activateWindow()
    qtbot.waitActive(w)
    w.view.setFocus()
    QTest.keyClick(w.windowHandle(), Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert not stack.canRedo()


def test_file_new_opens_a_second_window_beside_an_untouched_map(editor, qtbot, monkeypatch):
    first = editor.new_from_template("online-purchase")  # opened by the user, not the start-up window
    monkeypatch.setattr(new_dialog.NewMapDialog, "ask", staticmethod(lambda parent: "blank"))
    first.acts.new.trigger()
    assert first in editor.windows and len(editor.windows) == 2


def test_file_new_replaces_only_the_untouched_start_up_window_and_says_so(editor, qtbot, monkeypatch):
    first = editor.new_from_template("online-purchase")
    first.startup = True
    monkeypatch.setattr(new_dialog.NewMapDialog, "ask", staticmethod(lambda parent: "blank"))
    first.acts.new.trigger()
    assert len(editor.windows) == 1 and first not in editor.windows
    assert "replaced" in editor.windows[0].statusBar().currentMessage()
