"""One change intake: every undo step reaches the canvas, the panels, the autosave and the boards once.

The session emits one change set per undo step, whoever made it; the views
subscribe to that signal only (no flush after a push, no timer, no layout
getter that catches up).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu

from journeymap.commands import SetFields
from journeymap.model import ChangeSet
from journeymap.ui import empathy, prompts
from journeymap.ui.canvas.menus import build_menu


def _spy(window) -> list[ChangeSet]:
    seen: list[ChangeSet] = []
    window.session.changed.connect(seen.append)
    return seen


def test_one_edit_is_one_change_set_and_one_autosave_mark(template_window):
    w = template_window
    seen = _spy(w)
    marks = w.autosave.marks
    step = w.session.journey.stages[0].steps[0]
    w.session.push(SetFields(w.session.document, step.id, {"name": "Browse the shop"}))
    assert len(seen) == 1 and isinstance(seen[0], ChangeSet)
    assert seen[0].ids == (step.id,)
    assert w.autosave.marks == marks + 1  # not once more for leaving the saved state
    assert w.view.map_scene.steps[step.id].box.title.lines == ("Browse the shop",)  # on the canvas at once


def test_a_macro_and_its_undo_are_one_change_set_each(template_window):
    w = template_window
    lanes = w.session.journey.lanes[:3]
    for lane in lanes:
        w.session.push(SetFields(w.session.document, lane.id, {"hidden": True}))
    seen = _spy(w)
    w.acts.show_all_lanes.trigger()
    assert len(seen) == 1 and len(seen[0]) == 3
    assert all(lane.id in w.view.map_scene.lanes for lane in lanes)
    assert w.undo_action.text() == "&Undo Show all lanes"
    w.undo_action.trigger()  # Edit > Undo takes the whole macro back, as one set again
    assert len(seen) == 2 and len(seen[1]) == 3
    assert not any(lane.id in w.view.map_scene.lanes for lane in lanes)


def test_an_edit_from_outside_the_undo_stack_shows_without_waiting_for_the_event_loop(template_window):
    w = template_window
    step = w.session.journey.stages[0].steps[0]
    seen = _spy(w)
    with w.session.document.acting_for("a colleague"):  # as the co-editing binding applies a remote edit
        w.session.document.set_fields(step.id, {"name": "Theirs"})
        w.session.document.set_fields(step.id, {"description": "Their note"})
    assert len(seen) == 1 and seen[0].origin == "a colleague"
    assert w.view.map_scene.steps[step.id].box.title.lines == ("Theirs",)  # no 0 ms timer to wait for


def test_the_empathy_board_follows_the_session_and_leaves_with_the_main_window(template_window, qtbot, monkeypatch):
    w = template_window
    monkeypatch.setattr(prompts, "ask_save_changes", lambda *_a: "discard")
    persona = next(p for p in w.session.journey.personas if p.empathy_map.says)
    w._open_empathy_board(persona.id)
    [window] = empathy.open_boards(w.session)
    note = persona.empathy_map.says[0]
    w.session.push(SetFields(w.session.document, note.id, {"text": "Heard on the phone"}))
    assert window.board.note_widget(note.id).label.text() == "Heard on the phone"
    session = w.session
    assert w.close()
    assert w not in w.editor.windows
    qtbot.waitUntil(lambda: not empathy.open_boards(session))
    assert all(owner is not session for owner, _persona in empathy._open)


def test_add_stage_on_the_canvas_is_the_window_s_add_stage(template_window):
    w = template_window
    scene = w.view.map_scene
    count = len(w.session.journey.stages)
    scene.router.editing.add_stage()
    w.acts.add_stage.trigger()
    made = w.session.journey.stages[count:]
    assert [s.name for s in made] == [f"Stage {count + 1}", f"Stage {count + 2}"]
    assert [[step.name for step in s.steps] for s in made] == [["Step 1"], ["Step 1"]]


def test_the_canvas_menu_s_add_stage_after_puts_it_after_that_stage(template_window):
    w = template_window
    scene = w.view.map_scene
    first = w.session.journey.stages[0]
    pos = scene.stages[first.id].sceneBoundingRect().center()
    menu: QMenu = build_menu(scene, pos)
    action = next(a for a in menu.actions() if a.text() == "Add stage after")
    action.trigger()
    assert w.session.journey.stages[1].name == f"Stage {len(w.session.journey.stages)}"
    assert w.session.journey.stages[1].colour != first.colour


def test_a_macro_that_fails_half_way_is_closed_and_what_it_did_is_one_step(template_window):
    w = template_window
    doc = w.session.document
    lane = w.session.journey.lanes[0]
    seen = _spy(w)
    before = w.session.undo_stack.count()
    with pytest.raises(RuntimeError), w.session.macro("Hide and fail"):
        w.session.push(SetFields(doc, lane.id, {"hidden": True}))
        raise RuntimeError("a bug half way through")
    assert len(seen) == 1  # what was done is shown
    w.session.push(SetFields(doc, lane.id, {"title": "Doing"}))
    assert w.session.undo_stack.count() == before + 2  # the macro was closed: the next edit is a step of its own
    w.session.undo()
    w.session.undo()
    assert not doc.lane(lane.id).hidden


def test_add_step_on_the_canvas_names_it_as_the_window_does(template_window):
    w = template_window
    stage = w.session.journey.stages[0]
    count = len(stage.steps)
    w.view.map_scene.router.editing.add_step(stage.id)
    assert w.session.document.stage(stage.id).steps[-1].name == f"Step {count + 1}"
