"""On the canvas: drag a card's connector to another card (an arrow), drag its right edge across steps
(it spans them), click and delete an arrow; each one undo step, driven by real mouse and key events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from journeymap.model import Card
from journeymap.ui.canvas import MapView
from journeymap.ui.canvas.items import ArrowItem
from journeymap.ui.canvas.items.handles import CONNECTOR_OFFSET
from journeymap.ui.session import EditSession
from tests.layout.test_arrows_spans_pictures import crossings
from tests.rich_map import rich_map

from .conftest import at, drag


@pytest.fixture
def rich_view(qtbot) -> MapView:
    view = MapView(EditSession(rich_map()))
    qtbot.addWidget(view)
    view.resize(1500, 1000)
    view.show()
    qtbot.waitExposed(view)
    view.zoom_100()
    return view


def card(view: MapView, text: str) -> Card:
    return next(c for lane in view.session.journey.lanes for c in lane.cards if c.text.startswith(text))


def show(view: MapView, card_id: str) -> None:
    view.reveal_whole(card_id)
    QTest.qWait(1)


def click(view: MapView, x: float, y: float) -> None:
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(view, x, y))


def test_dragging_a_cards_connector_onto_another_card_connects_them_in_one_undo_step(rich_view):
    view = rich_view
    source, target = card(view, "Doorman"), card(view, "Duty manager")
    show(view, source.id)
    box = view.map_scene.layout.cards[source.id].rect
    click(view, box.x + 20, box.y + 10)
    assert view.session.selection == (source.id,)
    goal = view.map_scene.layout.cards[target.id].rect
    before = len(view.session.journey.arrows)
    drag(view, at(view, box.right + CONNECTOR_OFFSET, box.y + box.h / 2), at(view, goal.x + 30, goal.y + 10))
    arrows = view.session.journey.arrows
    assert len(arrows) == before + 1
    assert (arrows[-1].source, arrows[-1].target) == (source.id, target.id)
    assert view.session.selection == (arrows[-1].id,)
    assert isinstance(view.map_scene.item_for(arrows[-1].id), ArrowItem)
    assert view.session.undo_stack.undoText() == "Connect ‘Doorman helps with luggage (wee…’ to " \
                                                 "‘Duty manager reallocates rooms…’"
    view.session.undo_stack.undo()
    assert len(view.session.journey.arrows) == before
    assert not set(view.map_scene.arrows) - {a.id for a in view.session.journey.arrows}


def test_a_connector_dropped_on_empty_paper_connects_nothing(rich_view):
    view = rich_view
    source = card(view, "Doorman")
    show(view, source.id)
    box = view.map_scene.layout.cards[source.id].rect
    click(view, box.x + 20, box.y + 10)
    before = view.session.undo_stack.count()
    layout = view.map_scene.layout
    lane_id = view.session.document.parent_id(source.id)
    empty = next(r for (lane, _step), r in layout.cells.items()
                 if lane == lane_id and r.x > box.right and not any(b.rect.intersects(r) for b in layout.cards.values()))
    assert view.map_scene.layout.card_at(empty.x + 40, empty.y + 15) is None
    drag(view, at(view, box.right + CONNECTOR_OFFSET, box.y + box.h / 2), at(view, empty.x + 40, empty.y + 15))
    assert view.session.undo_stack.count() == before


def test_dragging_a_cards_right_edge_across_two_steps_makes_it_span_them(rich_view):
    view = rich_view
    doorman = card(view, "Doorman")
    show(view, doorman.id)
    layout = view.map_scene.layout
    box = layout.cards[doorman.id].rect
    click(view, box.x + 20, box.y + 10)
    steps = list(layout.steps)
    two_on = layout.steps[steps[steps.index(doorman.step) + 2]].column
    drag(view, at(view, box.right, box.y + 8), at(view, two_on.x + 40, box.y + 8))
    assert doorman.last_step == steps[steps.index(doorman.step) + 2]
    wide = view.map_scene.layout.cards[doorman.id]
    assert wide.columns == 3
    assert view.map_scene.cards[doorman.id].boundingRect().width() > 3 * 150
    rects = {cid: b.rect for cid, b in view.map_scene.layout.cards.items()}
    assert all(crossings(route, rects) == [] for route in view.map_scene.layout.arrows), "arrows went round it"
    view.session.undo_stack.undo()
    assert doorman.last_step is None


def test_over_a_selected_cards_handles_the_pointer_says_what_a_drag_does(rich_view):
    view = rich_view
    doorman = card(view, "Doorman")
    show(view, doorman.id)
    box = view.map_scene.layout.cards[doorman.id].rect
    click(view, box.x + 20, box.y + 10)
    QTest.mouseMove(view.viewport(), at(view, box.right + CONNECTOR_OFFSET, box.y + box.h / 2))
    assert view.viewport().cursor().shape() == Qt.CursorShape.CrossCursor
    QTest.mouseMove(view.viewport(), at(view, box.right, box.y + 5))
    assert view.viewport().cursor().shape() == Qt.CursorShape.SizeHorCursor
    QTest.mouseMove(view.viewport(), at(view, box.x + 30, box.y + 10))
    assert view.viewport().cursor().shape() == Qt.CursorShape.ArrowCursor


def test_an_arrow_is_clicked_to_select_it_and_deleted_with_the_delete_key(rich_view):
    view = rich_view
    journey = view.session.journey
    arrow = next(a for a in journey.arrows if a.label == "8 am list")
    route = next(r for r in view.map_scene.layout.arrows if r.arrow_id == arrow.id)
    (x0, y0), (_x1, y1) = route.points[0], route.points[1]
    view.centerOn(QPointF(x0, (y0 + y1) / 2))
    QTest.qWait(1)
    click(view, x0, y0 + (y1 - y0) * 0.7)
    assert view.session.selection == (arrow.id,)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert arrow.id not in {a.id for a in journey.arrows}
    assert arrow.id not in view.map_scene.arrows
    view.session.undo_stack.undo()
    assert arrow.id in view.map_scene.arrows


def test_deleting_a_card_takes_its_arrows_off_the_canvas_and_undo_brings_them_back(rich_view):
    view = rich_view
    key = card(view, "Room key")
    touching = {a.id for a in view.session.journey.arrows if key.id in (a.source, a.target)}
    assert len(touching) == 2
    view.map_scene.select_ids([key.id])
    QTest.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert touching.isdisjoint(view.map_scene.arrows)
    view.session.undo_stack.undo()
    assert touching <= set(view.map_scene.arrows)
