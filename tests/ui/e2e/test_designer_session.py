"""A designer's session, end to end, through the real window: open a template, click, type, drag,
undo everything one step at a time, redo it, save, and find the edits in the file on disk.

Everything is done the way a person does it: mouse clicks and drags on the canvas's viewport at the
places the layout puts the cards, and key presses; only the checks read the model and the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from journeymap.io import load_map
from journeymap.resources import resource_path

NO_MODS = Qt.KeyboardModifier.NoModifier
LEFT = Qt.MouseButton.LeftButton


pytestmark = pytest.mark.usefixtures("no_message_boxes")


@pytest.fixture
def window(editor, qtbot):
    """The editor's main window with the online-purchase template opened from its file."""
    source = Path(resource_path("templates")) / "online-purchase.journey"
    win = editor.open_path(source)
    assert win is not None, "the bundled template did not open"
    qtbot.waitExposed(win)
    win.view.zoom_100()
    return win


def _at(view, x: float, y: float) -> QPoint:
    """The viewport pixel that shows scene point (x, y), scrolled into view first."""
    view.ensureVisible(x - 10, y - 10, 20, 20, 60, 60)
    return view.mapFromScene(QPointF(x, y))


def _card_centre(view, card_id: str) -> QPoint:
    r = view.map_scene.layout.cards[card_id].rect
    return _at(view, r.x + min(30.0, r.w / 2), r.y + min(10.0, r.h / 2))


def _type(widget, text: str) -> None:
    QTest.keyClicks(widget, text)


def _find_card(journey, text: str) -> tuple[str, str, str]:
    """(lane id, step id, card id) of the card with this text."""
    return next((lane.id, c.step, c.id) for lane in journey.lanes for c in lane.cards if c.text == text)


def test_a_designer_edits_undoes_redoes_and_saves_a_template(window, qtbot, tmp_path):
    session, view = window.session, window.view
    doc, stack, vp = session.document, session.undo_stack, view.viewport()
    original = doc.journey.model_dump()
    journey = doc.journey
    assert stack.count() == 0 and not window.isWindowModified()

    # 1. Click a card on the canvas: it is selected everywhere.
    actions, pains = journey.lanes[0], next(lane for lane in journey.lanes if lane.kind == "pain_points")
    card = actions.cards[1]
    first_step = card.step
    QTest.mouseClick(vp, LEFT, NO_MODS, _card_centre(view, card.id))
    assert session.selection == (card.id,)
    assert view.map_scene.cards[card.id].isSelected()

    # 2. Double-click it, type new text over the old, Enter commits: one undo step.
    QTest.mouseDClick(vp, LEFT, NO_MODS, _card_centre(view, card.id))
    editor = view.map_scene.router.editing.editor
    assert editor is not None, "double-clicking a card opened no in-place editor"
    _type(vp, "Taps the ad on the bus")
    QTest.keyClick(vp, Qt.Key.Key_Return, NO_MODS)
    assert doc.card(card.id).text == "Taps the ad on the bus"
    assert view.map_scene.router.editing.editor is None
    assert stack.count() == 1
    assert window.isWindowModified()

    # 3. With the card still selected, the "add card" key opens an empty card in its cell; type, Enter.
    view.setFocus()
    session.select([card.id])
    QTest.keyClick(vp, Qt.Key.Key_N, NO_MODS)
    assert view.map_scene.router.editing.editor is not None, "the add-card key opened no editor"
    _type(vp, "Screenshots the price")
    QTest.keyClick(vp, Qt.Key.Key_Return, NO_MODS)
    lane_id, step_id, new_id = _find_card(doc.journey, "Screenshots the price")
    assert (lane_id, step_id) == (actions.id, first_step)
    assert stack.count() == 2
    assert new_id in view.map_scene.cards

    # 4. Drag the edited card to the pain-points cell of the "Pays" step.
    pays = next(s for s in doc.journey.steps() if s.name == "Pays")
    target = view.map_scene.layout.cells[(pains.id, pays.id)]
    drop = QPointF(target.x + target.w / 2, target.y + 8)
    view.set_zoom(0.4)  # zoomed out (Ctrl+-) so the card and the far cell are both on screen
    _at(view, drop.x(), drop.y())
    start = _card_centre(view, card.id)
    end = view.mapFromScene(drop)  # after any scrolling the start point needed
    assert vp.rect().contains(start) and vp.rect().contains(end), "card and target cell not both in view"
    QTest.mousePress(vp, LEFT, NO_MODS, start)
    for k in range(1, 9):
        QTest.mouseMove(vp, start + (end - start) * (k / 8))
    QTest.mouseRelease(vp, LEFT, NO_MODS, end)
    assert (doc.parent_id(card.id), doc.card(card.id).step) == (pains.id, pays.id)
    assert stack.count() == 3
    moved = view.map_scene.layout.cards[card.id].rect
    assert view.map_scene.cards[card.id].pos().toTuple() == (moved.x, moved.y)
    edited = doc.journey.model_dump()

    # 5. Undo each edit through the window's Undo action; the map is back to the file's exactly.
    undo, redo = window.undo_action, window.redo_action
    for expected_index in (2, 1, 0):
        assert undo.isEnabled()
        undo.trigger()
        assert stack.index() == expected_index
    assert not undo.isEnabled()
    assert doc.journey.model_dump() == original
    assert not window.isWindowModified()
    assert new_id not in view.map_scene.cards
    back = view.map_scene.layout.cards[card.id].rect
    assert view.map_scene.cards[card.id].pos().toTuple() == (back.x, back.y)

    # 6. Redo them all with the Redo action.
    for _ in range(3):
        redo.trigger()
    assert not redo.isEnabled()
    assert doc.journey.model_dump() == edited
    assert new_id in view.map_scene.cards

    # 7. Save under a new name (Save As without its dialog), then read the file back.
    target_file = tmp_path / "my-purchase.journey"
    assert window.save_to(target_file)
    assert session.path == target_file.resolve()
    assert not window.isWindowModified()
    assert "my-purchase.journey" in window.windowTitle()

    saved = load_map(target_file)
    assert any(c.text == "Taps the ad on the bus" for c in next(
        lane for lane in saved.lanes if lane.id == pains.id).cards if c.step == pays.id)
    assert _find_card(saved, "Screenshots the price")[:2] == (actions.id, first_step)
    assert all(c.id != card.id for c in next(lane for lane in saved.lanes if lane.id == actions.id).cards)
    mine = saved.model_dump()
    ours = doc.journey.model_dump()
    assert mine["lanes"] == ours["lanes"]
    assert mine["stages"] == ours["stages"]
