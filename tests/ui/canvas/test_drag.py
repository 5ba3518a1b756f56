"""Dragging cards between cells, emotion markers up and down, and headers to reorder."""

from __future__ import annotations

from journeymap.ui.canvas import MapView

from .conftest import at, drag


def _card(view: MapView, text: str) -> str:
    return next(c.id for lane in view.session.journey.lanes for c in lane.cards if c.text == text)


def test_dragging_a_card_to_another_cell_moves_it_and_undo_puts_it_back(view):
    doc = view.session.document
    card_id = _card(view, "Taps ad")
    before = doc.journey.model_dump()
    layout = view.map_scene.layout
    box = layout.cards[card_id]
    pains = doc.journey.lanes[3]
    pay = doc.journey.steps()[3]
    target = layout.cells[(pains.id, pay.id)]
    drag(view, at(view, box.rect.x + 20, box.rect.y + 8), at(view, target.x + 40, target.y + 12))
    card = doc.card(card_id)
    assert (doc.parent_id(card_id), card.step) == (pains.id, pay.id)
    assert view.session.undo_stack.count() == 1
    new_box = view.map_scene.layout.cards[card_id]
    assert view.map_scene.cards[card_id].pos().toTuple() == (new_box.rect.x, new_box.rect.y)
    view.session.undo_stack.undo()
    assert doc.journey.model_dump() == before
    assert view.map_scene.cards[card_id].pos().toTuple() == (box.rect.x, box.rect.y)


def test_dragging_a_card_above_its_neighbour_reorders_the_cell(view):
    doc = view.session.document
    first, second = _card(view, "Scrolls feed"), _card(view, "Taps ad")
    layout = view.map_scene.layout
    a, b = layout.cards[first].rect, layout.cards[second].rect
    drag(view, at(view, b.x + 30, b.y + 8), at(view, a.x + 30, a.y + 3))
    lane = doc.journey.lanes[0]
    assert [c.text for c in doc.cell(lane.id, doc.journey.steps()[0].id)] == ["Taps ad", "Scrolls feed"]


def test_a_card_dropped_outside_the_grid_goes_back_and_leaves_no_undo_step(view):
    card_id = _card(view, "Reads reviews")
    box = view.map_scene.layout.cards[card_id]
    drag(view, at(view, box.rect.x + 20, box.rect.y + 8), at(view, 5, 5))
    assert view.session.undo_stack.count() == 0
    assert view.map_scene.cards[card_id].pos().toTuple() == (box.rect.x, box.rect.y)


def test_dragging_an_emotion_marker_changes_the_score_by_whole_steps_in_one_undo_step(view):
    doc = view.session.document
    ana = doc.journey.personas[0]
    step = doc.journey.steps()[1]  # Ana scores 0 here
    scene = view.map_scene
    marker = scene.markers[(ana.id, "as_is", step.id)]
    emo = scene.layout.emotion
    start = at(view, marker.box.x, marker.box.y)
    end = at(view, marker.box.x, emo.value_to_y(2) + 3)  # a little off the line: snaps to +2
    drag(view, start, end, steps=10)
    assert doc.score(step.id, ana.id).value == 2
    assert view.session.undo_stack.count() == 1
    assert scene.markers[(ana.id, "as_is", step.id)].pos().y() == emo.value_to_y(2)
    view.session.undo_stack.undo()
    assert doc.score(step.id, ana.id).value == 0


def test_dragging_a_marker_past_the_scale_stops_at_its_end(view):
    doc = view.session.document
    ben = doc.journey.personas[1]
    step = doc.journey.steps()[0]
    scene = view.map_scene
    marker = scene.markers[(ben.id, "to_be", step.id)]
    drag(view, at(view, marker.box.x, marker.box.y), at(view, marker.box.x, scene.layout.emotion.band.y - 80))
    score = doc.score(step.id, ben.id)
    assert (score.value, score.target) == (1, 3)


def test_dragging_a_lane_title_below_the_next_lane_reorders_the_lanes(view):
    doc = view.session.document
    lanes = doc.journey.lanes
    actions, touch = lanes[0], lanes[1]
    layout = view.map_scene.layout
    src = layout.lanes[actions.id].title.rect
    dst = layout.lanes[touch.id].rect
    drag(view, at(view, src.x + 10, src.y + 5), at(view, src.x + 10, dst.bottom - 4))
    assert [lane.id for lane in doc.journey.lanes[:2]] == [touch.id, actions.id]
    view.session.undo_stack.undo()
    assert [lane.id for lane in doc.journey.lanes[:2]] == [actions.id, touch.id]


def test_dragging_a_step_header_into_the_other_stage_moves_the_step(view):
    doc = view.session.document
    see, pay = doc.journey.steps()[0], doc.journey.steps()[3]
    layout = view.map_scene.layout
    src = layout.steps[see.id].rect
    dst = layout.steps[pay.id].rect
    drag(view, at(view, src.x + 20, src.y + 6), at(view, dst.right - 10, dst.y + 6))
    assert [s.name for s in doc.journey.stages[1].steps] == ["Checkout", "Pay", "See advert"]


def test_the_curve_follows_a_dragged_marker_before_release(view, qtbot):
    """Emotion editing: the line moves with the marker while the button is down, not only on release."""
    from PySide6.QtCore import QPointF as _P  # noqa: N814
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest as _T  # noqa: N814

    marker = next(iter(view.map_scene.markers.values()))
    box = marker.box
    emo = view.map_scene.layout.emotion
    view.ensureVisible(box.x - 5, emo.band.y, 10, emo.band.h, 60, 60)
    curve_item = view.map_scene.curves[(box.persona_id, box.kind)]
    before = curve_item.path().boundingRect()
    value = emo.vmin if box.value > emo.vmin else emo.vmax
    start, end = view.mapFromScene(_P(box.x, box.y)), view.mapFromScene(_P(box.x, emo.value_to_y(value)))
    vp = view.viewport()
    _T.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for k in range(1, 6):
        _T.mouseMove(vp, start + (end - start) * (k / 5))
    during = curve_item.path().boundingRect()
    assert during != before, "the curve stayed at the old value while the marker was dragged"
    assert abs(during.bottom() - max(before.bottom(), emo.value_to_y(value))) < 3 or \
        abs(during.top() - min(before.top(), emo.value_to_y(value))) < 3
    _T.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert view.session.document.score(box.step_id, box.persona_id).value == value
