"""A step's column width and the map's card width, typed in the inspector: saved, undoable, on the canvas."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journeymap.io import load_map, save_map


def _editor(form, field):
    return next(e for e in form.editors if e.field == field)


def _type_width(spin, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin, text)
    QTest.keyClick(spin, Qt.Key.Key_Return)


def test_a_steps_column_width_typed_in_the_inspector_widens_its_column(template_window, tmp_path):
    w = template_window
    step = w.session.journey.steps()[2]
    w.session.select([step.id])
    spin = _editor(w.inspector.current, "card_width").widget
    assert spin.text() == "the map's"
    _type_width(spin, "240")
    assert step.card_width == 240
    assert w.view.map_scene.layout.steps[step.id].rect.w == 240 + 2 * w.view.map_scene.options.cell_padding
    assert w.session.undo_stack.undoText() == "Edit step column width"
    save_map(w.session.journey, tmp_path / "wide.journey")
    assert load_map(tmp_path / "wide.journey").steps()[2].card_width == 240
    w.session.undo_stack.undo()
    assert step.card_width is None and spin.text() == "the map's"


def test_the_maps_card_width_changes_every_column_without_a_width_of_its_own(template_window):
    w = template_window
    journey = w.session.journey
    journey_steps = journey.steps()
    w.session.document.set_fields(journey_steps[0].id, {"card_width": 200})
    w.session.select([])
    spin = _editor(w.inspector.current, "card_width").widget
    _type_width(spin, "120")
    assert journey.card_width == 120
    layout = w.view.map_scene.layout
    pad = w.view.map_scene.options.cell_padding
    assert layout.steps[journey_steps[0].id].rect.w == 200 + 2 * pad  # its own width stays
    assert {layout.steps[s.id].rect.w for s in journey_steps[1:]} == {120 + 2 * pad}
