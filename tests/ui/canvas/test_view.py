"""The view: zoom around the pointer, fit, selection both ways, filter, incremental updates, pixels."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journeymap.commands import SetFields
from journeymap.ui.canvas import MapView

from .conftest import at


def _card(view: MapView, text: str) -> str:
    return next(c.id for lane in view.session.journey.lanes for c in lane.cards if c.text == text)


def _wheel(view: MapView, pos: QPoint, delta: int) -> None:
    event = QWheelEvent(QPointF(pos), QPointF(view.viewport().mapToGlobal(pos)), QPoint(0, 0), QPoint(0, delta),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(view.viewport(), event)


def test_ctrl_wheel_zooms_and_keeps_the_point_under_the_pointer_still(view, qtbot):
    view.resize(500, 400)  # the map stays larger than the window, so nothing recentres it
    qtbot.wait(10)
    box = view.map_scene.layout.cards[_card(view, "Reads reviews")].rect
    view.centerOn(box.x, box.y)
    pos = at(view, box.x, box.y)
    before = view.zoom_factor()
    _wheel(view, pos, 240)
    assert view.zoom_factor() > before * 1.3
    after = view.mapToScene(pos)
    assert abs(after.x() - box.x) < 1.5 and abs(after.y() - box.y) < 1.5
    _wheel(view, pos, -360)
    assert view.zoom_factor() < before
    after = view.mapToScene(pos)
    assert abs(after.x() - box.x) < 2 and abs(after.y() - box.y) < 2


def test_zoom_keys_fit_and_true_size(view):
    seen = []
    view.zoom_changed.connect(seen.append)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom_factor() > 1.2
    QTest.keyClick(view.viewport(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom_factor() < 1.0
    QTest.keyClick(view.viewport(), Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    layout = view.map_scene.layout
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.width() >= layout.width - 1 and shown.height() >= layout.height - 1
    view.zoom_100()
    assert abs(view.zoom_factor() - 1.0) < 1e-9
    assert len(seen) == 5


def test_clicking_and_shift_clicking_cards_selects_them_in_the_session(view):
    a, b = _card(view, "Scrolls feed"), _card(view, "Enters card")
    layout = view.map_scene.layout
    ra, rb = layout.cards[a].rect, layout.cards[b].rect
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     at(view, ra.x + 10, ra.y + 5))
    assert view.session.selection == (a,)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     at(view, rb.x + 10, rb.y + 5))
    assert set(view.session.selection) == {a, b}


def test_a_selection_made_elsewhere_shows_on_the_canvas(view):
    a = _card(view, "Taps ad")
    view.session.select([a], origin="outline")
    assert view.map_scene.cards[a].isSelected()
    view.session.select([], origin="outline")
    assert not view.map_scene.cards[a].isSelected()


def test_a_rubber_band_over_empty_space_selects_the_cards_it_touches(view):
    doc = view.session.document
    layout = view.map_scene.layout
    see, visit = doc.journey.steps()[0], doc.journey.steps()[1]
    actions = doc.journey.lanes[0]
    start = layout.cells[(actions.id, see.id)]
    end = layout.cells[(actions.id, visit.id)]
    vp = view.viewport()
    p0, p1 = at(view, start.x + 3, start.bottom - 3), at(view, end.right - 3, end.y + 2)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p0)
    for k in range(1, 6):
        QTest.mouseMove(vp, p0 + (p1 - p0) * (k / 5))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p1)
    assert set(view.session.selection) == {_card(view, "Scrolls feed"), _card(view, "Taps ad"),
                                           _card(view, "Reads reviews")}


def test_a_filter_dims_cards_that_do_not_match(view):
    view.set_filter(lambda card: card.channel == "website")
    web, other = _card(view, "Product page"), _card(view, "Taps ad")
    assert view.map_scene.cards[web].opacity() == 1.0
    assert view.map_scene.cards[other].opacity() < 0.5
    view.set_filter(None)
    assert view.map_scene.cards[other].opacity() == 1.0


def test_reveal_selects_and_scrolls_to_a_card(view):
    view.set_zoom(3.0)
    card_id = _card(view, "Enters card")
    view.reveal(card_id)
    assert view.session.selection == (card_id,)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    box = view.map_scene.layout.cards[card_id].rect
    assert shown.contains(QPointF(box.x + box.w / 2, box.y + box.h / 2))


def test_a_text_edit_touches_only_the_items_that_changed(view):
    scene = view.map_scene
    doc = view.session.document
    card_id = _card(view, "Reads reviews")
    keep = {k: v for k, v in scene.cards.items()}
    stages, steps, lanes = dict(scene.stages), dict(scene.steps), dict(scene.lanes)
    scene.stats.clear()
    view.session.push(SetFields(doc, card_id, {"text": "Reads reviews on three sites and a forum, then asks a "
                                               "friend who owns the older model"}))
    assert scene.stats["created"] == 0 and scene.stats["removed"] == 0
    assert scene.stats["full_layouts"] == 0  # only the card's cell was laid out again
    assert all(scene.cards[k] is v for k, v in keep.items())
    assert all(scene.stages[k] is v for k, v in stages.items())
    assert all(scene.steps[k] is v for k, v in steps.items()) and all(scene.lanes[k] is v for k, v in lanes.items())
    # the card grew; its row and every row below moved; the rows above did not
    moved_cards = {k for k, v in keep.items() if v.pos().y() != scene.layout.cards[k].rect.y - 0}
    assert not moved_cards
    total = len(scene.cards) + len(scene.lanes) + len(scene.steps) + len(scene.stages) + len(scene.markers)
    assert 0 < scene.stats["updated"] < total / 2
    assert len(scene.layout.cards[card_id].text.lines) > 1


def test_the_canvas_paints_the_map_not_a_blank_widget(view, tmp_path):
    view.zoom_to_fit()
    image = view.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20
    stage = view.session.journey.stages[1]
    band = view.map_scene.layout.stages[stage.id].rect
    p = at(view, band.x + band.w - 8, band.y + band.h - 3)
    assert image.pixelColor(p.x(), p.y()) == QColor(stage.colour)
