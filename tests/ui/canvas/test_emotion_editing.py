"""Emotion editing: the pointer shows whose score a double-click adds and lets the user pick; the legend
costs the lane no height; labels of coincident points never run together or sit on a marker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from journeymap.layout.emotion import persona_marker
from journeymap.layout.emotion_labels import WORD_GAP, marker_rect
from journeymap.model import Score
from journeymap.ui.canvas import menus

from .conftest import at, double_click, drag


def _hover(view, point: QPoint) -> None:
    vp = view.viewport()
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point - QPoint(20, 0))
    QTest.mouseMove(vp, point - QPoint(20, 0))
    QTest.mouseMove(vp, point)


def _band_point(view, step_index: int, value: int) -> QPoint:
    layout = view.map_scene.layout
    step = view.session.journey.steps()[step_index]
    x = layout.steps[step.id].column.center[0]
    return at(view, x + 25, layout.emotion.value_to_y(value))


def test_the_pointer_over_the_band_shows_whose_score_a_double_click_adds(view):
    ben = view.session.journey.personas[1]
    _hover(view, _band_point(view, 2, -2))
    hint = view.map_scene.router.scores.hint
    assert hint.isVisible()
    assert hint.text.startswith("Ben \u00b7 \u22122 Upset")  # Ana has a score here; Ben has none
    assert (hint.colour, hint.marker) == (ben.colour, persona_marker(1))
    _hover(view, at(view, 40, 40))  # off the band: no hint
    assert not hint.isVisible()


def test_double_click_offers_each_persona_with_their_marker_and_scores_the_one_picked(view, monkeypatch):
    picked = []

    def pick_second(menu, _pos):
        people = [a for a in menu.actions() if a.isEnabled()]
        picked.append([(a.text(), a.icon().isNull()) for a in people])
        people[1].trigger()

    monkeypatch.setattr(menus, "run_menu", pick_second)
    doc = view.session.document
    ana, ben = doc.journey.personas
    step = doc.journey.steps()[2]
    double_click(view, _band_point(view, 2, -2))
    assert [text for text, _null in picked[0]] == ["Ben", "Ana  (now +1 Content)"]
    assert not any(null for _text, null in picked[0])  # each with their marker as an icon
    assert doc.score(step.id, ana.id).value == -2 and doc.score(step.id, ben.id) is None
    assert view.session.undo_stack.count() == 1


def test_with_one_persona_a_double_click_scores_at_once(view, monkeypatch):
    monkeypatch.setattr(menus, "run_menu", lambda *_a: pytest.fail("no choice to make"))
    doc = view.session.document
    ben = doc.journey.personas[1]
    doc.set_fields(ben.id, {"show_curve": False})
    step = doc.journey.steps()[2]
    double_click(view, _band_point(view, 2, 3))
    assert doc.score(step.id, doc.journey.personas[0].id).value == 3


def test_the_legend_does_not_make_the_emotion_lane_taller(view):
    layout = view.map_scene.layout
    emo = layout.emotion
    lane = layout.lanes[emo.lane_id]
    o = layout.options
    assert emo.legend is not None and emo.legend.personas
    assert lane.rect.bottom == emo.band.bottom + o.emotion_padding + o.cell_padding
    assert emo.band.y <= emo.legend.rect.y and emo.legend.rect.bottom <= emo.band.bottom


def test_labels_of_points_dragged_together_stay_a_word_apart_and_off_the_markers(view):
    doc = view.session.document
    ana, ben = doc.journey.personas
    step = doc.journey.steps()[2]
    doc.set_score(step.id, ana.id, Score(persona=ana.id, value=-3, label="Schock", target=-3, target_label="Ruhe"))
    doc.set_score(step.id, ben.id, Score(persona=ben.id, value=-2, label="Panik"))
    marker = view.map_scene.markers[(ben.id, "as_is", step.id)]
    start = view.mapFromScene(marker.pos())
    emo = view.map_scene.layout.emotion
    drag(view, start, at(view, marker.pos().x(), emo.value_to_y(-3)))
    assert doc.score(step.id, ben.id).value == -3
    curves = view.map_scene.layout.emotion.curves
    labels = [c.label_blocks[step.id] for c in curves if step.id in c.label_blocks]
    assert len(labels) == 3
    markers = [marker_rect(p.x, p.y, view.map_scene.options.marker_size)
               for c in curves for p in c.points if p.step_id == step.id]
    for k, a in enumerate(labels):
        assert not any(a.rect.intersects(m) for m in markers)
        for b in labels[k + 1:]:
            same_line = a.rect.y < b.rect.bottom and b.rect.y < a.rect.bottom
            if same_line:
                gap = max(b.rect.x - a.rect.right, a.rect.x - b.rect.right)
                assert gap >= WORD_GAP, (a.lines, b.lines)
