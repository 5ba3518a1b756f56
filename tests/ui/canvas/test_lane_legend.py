"""The emotion lane's persona legend on the canvas: drawn in its title cell, and kept when scrolled."""

from __future__ import annotations

from PySide6.QtGui import QColor

from journeymap.commands import SetFields

from .conftest import at


def _colour_near(image, x: int, y: int, colour: str, reach: int = 2) -> bool:
    want = QColor(colour)
    for dx in range(-reach, reach + 1):
        for dy in range(-reach, reach + 1):
            got = image.pixelColor(x + dx, y + dy)
            if abs(got.red() - want.red()) + abs(got.green() - want.green()) + abs(got.blue() - want.blue()) < 40:
                return True
    return False


def test_the_legend_lists_each_shown_persona_and_follows_a_hidden_curve(view, session):
    scene = view.map_scene
    lane_id = scene.layout.emotion.lane_id
    item = scene.legends[lane_id]
    assert [k.name.text for k in item.box.personas] == ["Ana", "Ben"]
    assert [k.kind for k in item.box.lines] == ["as_is", "to_be"]  # Ben has a to-be score
    session.push(SetFields(session.document, session.journey.personas[1].id, {"show_curve": False}))
    assert [k.name.text for k in scene.legends[lane_id].box.personas] == ["Ana"]
    assert scene.legends[lane_id].box.lines == ()  # no shown persona has a to-be score any more
    session.undo_stack.undo()
    assert [k.name.text for k in scene.legends[lane_id].box.personas] == ["Ana", "Ben"]


def test_the_markers_show_in_the_title_cell_and_stay_there_when_scrolled_sideways(qtbot, view, session):
    scene = view.map_scene
    legend = scene.legends[scene.layout.emotion.lane_id].box
    view.centerOn(view.mapToScene(view.viewport().rect().center()).x(), legend.rect.y)
    for key in legend.personas:
        p = at(view, key.x, key.y)
        assert _colour_near(view.viewport().grab().toImage(), p.x(), p.y(), key.colour), key.name.text
    view.resize(500, 900)  # narrower than the map: it scrolls sideways
    bar = view.horizontalScrollBar()
    bar.setValue(bar.minimum() + 300)  # the title column is pinned at the left edge now
    qtbot.wait(1)
    image = view.viewport().grab().toImage()
    left = view.mapToScene(0, 0).x()  # the pinned column starts at the visible left edge
    assert left - scene.layout.grid.x > 100
    for key in legend.personas:
        p = at(view, key.x + (left - scene.layout.grid.x), key.y)
        assert _colour_near(image, p.x(), p.y(), key.colour), key.name.text
