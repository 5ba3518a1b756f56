"""Pinned headers are part of the UI: clicks on them reach the header, never what is scrolled beneath."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from journeymap.templates import new_from_template
from journeymap.ui.canvas import MapView, menus
from journeymap.ui.session import EditSession


@pytest.fixture
def scrolled(qtbot) -> MapView:
    """The sample map at 100 %, scrolled down four wheel notches, as the issue's designer did."""
    view = MapView(EditSession(new_from_template("online-purchase")))
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    view.zoom_100()
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)
    vp = view.viewport()
    centre = QPointF(vp.width() / 2, vp.height() / 2)
    for _ in range(4):
        wheel = QWheelEvent(centre, vp.mapToGlobal(centre), QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(vp, wheel)
    qtbot.wait(10)
    assert view.verticalScrollBar().value() > 200
    return view


def _ids(view: MapView) -> tuple[str, str]:
    journey = view.session.journey
    step = next(s for s in journey.steps() if s.name == "Compares models")
    card = next(c for lane in journey.lanes for c in lane.cards if c.text.startswith("Overwhelmed by"))
    return step.id, card.id


def _pinned_step_point(view: MapView, step_id: str) -> QPoint:
    """The viewport pixel of the pinned step header's middle (the header row sits at the window's top)."""
    layout = view.map_scene.layout
    r = layout.steps[step_id].rect
    top = view.mapToScene(QPoint(0, 0)).y()
    shift = top - layout.grid.y
    return view.mapFromScene(QPointF(r.x + r.w / 2, r.y + r.h / 2 + shift))


def test_a_click_on_a_pinned_step_header_selects_the_step_not_the_hidden_card(scrolled, qtbot):
    view = scrolled
    step_id, card_id = _ids(view)
    point = _pinned_step_point(view, step_id)
    beneath = view.map_scene.layout.cell_at(*(lambda p: (p.x(), p.y()))(view.mapToScene(point)))
    assert beneath is not None  # the header is pinned over the map's cells
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert view.session.selection == (step_id,) or list(view.session.selection) == [step_id]
    cards = sum(len(lane.cards) for lane in view.session.journey.lanes)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert card_id not in view.session.selection
    assert view.session.document.has(card_id)
    assert sum(len(lane.cards) for lane in view.session.journey.lanes) == cards


def test_a_double_click_on_a_pinned_step_header_renames_the_step_in_place(scrolled, qtbot):
    view = scrolled
    step_id, _card = _ids(view)
    point = _pinned_step_point(view, step_id)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    editor = view.map_scene.router.editing.editor
    assert editor is not None and editor.toPlainText() == "Compares models"
    assert view.viewport().rect().contains(view.mapFromScene(editor.scenePos()))  # opened where the user looks
    QTest.keyClicks(view.viewport(), "Weighs models")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert view.session.document.step(step_id).name == "Weighs models"
    assert sum(len(lane.cards) for lane in view.session.journey.lanes) == sum(
        len(lane.cards) for lane in new_from_template("online-purchase").lanes)


def test_a_right_click_on_a_pinned_lane_title_opens_the_lanes_menu(scrolled, qtbot, monkeypatch):
    view = scrolled
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 300)
    qtbot.wait(10)
    layout = view.map_scene.layout
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    shift_x = visible.left() - layout.grid.x
    lane = next(b for b in layout.lanes.values() if b.rect.y > visible.top() + 120)
    point = view.mapFromScene(QPointF(layout.grid.x + 20 + shift_x, lane.rect.y + lane.rect.h / 2))
    shown: list[list[str]] = []

    def fake_run(menu: QMenu, _pos) -> None:
        shown.append([a.text() for a in menu.actions()])

    monkeypatch.setattr(menus, "run_menu", fake_run)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, point)
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                              view.viewport().mapToGlobal(point)))
    assert shown and "Lane kind" in shown[-1] and "Edit text" not in shown[-1]
    assert list(view.session.selection) == [lane.lane_id]
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    editor = view.map_scene.router.editing.editor
    title = view.session.document.lane(lane.lane_id).display_title
    assert editor is not None and editor.toPlainText() == title  # renames the lane, no new card


def test_the_pinned_row_is_drawn_over_the_cards_scrolled_beneath_it(scrolled, qtbot):
    view = scrolled
    step_id, _card = _ids(view)
    point = _pinned_step_point(view, step_id)
    image = view.grab().toImage()
    assert image.pixelColor(point.x(), view.viewport().y() + 2).lightness() > 200  # header, not a tinted card
