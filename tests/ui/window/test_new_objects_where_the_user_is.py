"""New personas and stages get distinct colours; Add Stage/Step/Lane insert at the selection, in view, named in place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QToolBar

from journeymap.model.colours import PERSONA_COLOURS
from journeymap.ui.panels.persona_form import PersonaDialog


def _type_a_persona(name: str):
    def fill(panel, dialog: PersonaDialog) -> bool:
        QTest.keyClicks(dialog.name, name)
        return True
    return fill


def test_each_new_persona_gets_a_colour_nobody_else_has(template_window, monkeypatch):
    w = template_window
    monkeypatch.setattr(type(w.personas), "run_dialog", _type_a_persona("Ada"))
    QTest.mouseClick(w.personas.add_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(type(w.personas), "run_dialog", _type_a_persona("Bo"))
    QTest.mouseClick(w.personas.add_button, Qt.MouseButton.LeftButton)
    colours = [p.colour for p in w.session.journey.personas]
    assert len(colours) == len(set(colours)) == 4
    assert all(c in PERSONA_COLOURS for c in colours[2:])


def test_the_persona_form_shows_channels_without_a_literal_ampersand(qtbot):
    dialog = PersonaDialog()
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    label = next(lb for lb in dialog.findChildren(QLabel) if "channels" in lb.text())
    assert label.buddy() is dialog.channels  # Alt+C reaches the list; the & is a mnemonic, not shown
    assert "Preferred &&channels:" not in texts


def _click(w, obj_id: str) -> None:
    view = w.view
    view.reveal(obj_id)
    item = view.map_scene.item_for(obj_id)
    r = item.sceneBoundingRect()
    point = view.mapFromScene(r.center()) if item.kind != "lane" else view.mapFromScene(r.left() + 20, r.center().y())
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def test_add_stage_goes_after_the_selected_stage_in_a_new_tint_and_is_named_in_place(template_window, qtbot):
    w = template_window
    w.resize(1400, 900)
    first = w.session.journey.stages[0]
    _click(w, first.id)
    w.acts.add_stage.trigger()
    stages = w.session.journey.stages
    new = stages[1]
    assert list(w.session.selection) == [new.id]
    assert new.colour not in {s.colour for s in stages if s.id != new.id}
    editor = w.view.map_scene.router.editing.editor
    assert editor is not None and editor.hasFocus()
    QTest.keyClicks(w.view.viewport(), "Unbox")
    QTest.keyClick(w.view.viewport(), Qt.Key.Key_Return)
    assert w.session.document.stage(new.id).name == "Unbox"


def test_shift_click_on_add_step_inserts_before_the_selected_step(template_window, qtbot):
    w = template_window
    w.resize(1400, 900)
    stage = w.session.journey.stages[1]
    second = stage.steps[1]
    _click(w, second.id)
    button = w.findChild(QToolBar).widgetForAction(w.acts.add_step)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier)
    steps = w.session.document.stage(stage.id).steps
    assert steps[2].id == second.id
    new = steps[1]
    assert list(w.session.selection) == [new.id]
    editor = w.view.map_scene.router.editing.editor
    assert editor is not None and editor.toPlainText() == new.name


def test_add_lane_goes_below_the_selected_lane_and_is_scrolled_fully_into_view(template_window, qtbot):
    w = template_window
    w.resize(1400, 900)
    lanes = w.session.journey.lanes
    last = lanes[-1]
    _click(w, lanes[1].id)  # at the top: the new lane must be scrolled to
    w.view.verticalScrollBar().setValue(0)
    _click(w, last.id)
    w.view.verticalScrollBar().setValue(0)
    w.add_lane_menu.actions()[0].trigger()
    lanes = w.session.journey.lanes
    new = lanes[-1]
    assert lanes[-2].id == last.id and list(w.session.selection) == [new.id]
    view = w.view
    layout = view.map_scene.layout
    box = layout.lanes[new.id].rect
    header_bottom = max(s.rect.bottom for s in layout.steps.values())
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    pinned = visible.top() - layout.grid.y
    assert box.y >= visible.top() + (header_bottom - layout.grid.y if pinned > 0 else 0)
    assert box.bottom <= visible.bottom()
    assert view.map_scene.router.editing.editor is not None
