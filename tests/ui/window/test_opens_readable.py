"""A map opens at a readable zoom, follows the window until the user zooms, and reopens where it was left."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from journeymap.io import save_map
from journeymap.templates import new_from_template


def test_the_sample_opens_at_100_percent_or_more_from_the_maps_top_left(editor, qtbot):
    w = editor.new_from_template("online-purchase")
    qtbot.waitExposed(w)
    view = w.view
    assert view.zoom_factor() >= 1.0
    corner = view.mapFromScene(view.map_scene.map_rect.topLeft() + QPointF(30, 30))
    assert view.viewport().rect().contains(corner)


def test_ctrl_0_keeps_fitting_as_the_window_grows_until_the_user_zooms(editor, qtbot):
    w = editor.new_from_template("online-purchase")
    qtbot.waitExposed(w)
    view, vp = w.view, w.view.viewport()
    w.resize(1000, 700)
    qtbot.wait(5)
    QTest.keyClick(vp, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    small = view.zoom_factor()
    w.resize(1900, 1000)  # maximized
    qtbot.wait(5)
    assert view.zoom_factor() > small * 1.3
    QTest.keyClick(vp, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    zoomed = view.zoom_factor()
    w.resize(1200, 800)
    qtbot.wait(5)
    assert abs(view.zoom_factor() - zoomed) < 1e-6


def test_a_saved_map_reopens_at_the_zoom_and_place_it_was_left(editor, qtbot, tmp_path):
    path = tmp_path / "trip.journey"
    save_map(new_from_template("online-purchase"), path)
    w = editor.open_path(path)
    qtbot.waitExposed(w)
    view = w.view
    QTest.keyClick(view.viewport(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 150)
    state = view.view_state()
    w.close()
    qtbot.wait(5)
    again = editor.open_path(path)
    qtbot.waitExposed(again)
    restored = again.view.view_state()
    assert abs(restored["zoom"] - state["zoom"]) < 1e-3
    assert abs(restored["x"] - state["x"]) < 2 and abs(restored["y"] - state["y"]) < 2


def test_zoomed_far_out_every_card_shows_lines_not_a_blank_block(editor, qtbot):
    w = editor.new_from_template("online-purchase")
    qtbot.waitExposed(w)
    view = w.view
    view.set_zoom(0.34)
    qtbot.wait(5)
    image = view.viewport().grab().toImage()
    layout = view.map_scene.layout
    one_liners = [b for b in layout.cards.values() if len(b.text.lines) == 1]
    assert one_liners
    checked = 0
    for box in one_liners:
        a = view.mapFromScene(QPointF(box.rect.x + 2, box.rect.y + 2))
        b = view.mapFromScene(QPointF(box.rect.right - 2, box.rect.bottom - 2))
        if not view.viewport().rect().contains(a) or not view.viewport().rect().contains(b):
            continue
        shades = {image.pixelColor(x, y).lightness() for x in range(a.x(), b.x()) for y in range(a.y(), b.y())}
        assert max(shades) - min(shades) > 25, f"card {box.card_id} is drawn as a blank block"
        checked += 1
    assert checked >= 3
