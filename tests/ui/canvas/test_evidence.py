"""Measured scores on the canvas: the 95 % band and weak-evidence ring are painted, and a drag makes a score
manual again."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from journeymap.model import Score
from journeymap.model.evidence import ImportSource, Interval
from journeymap.ui.canvas import MapView
from journeymap.ui.session import EditSession

from .conftest import at, drag
from .maps import canvas_map

WAVE = ImportSource(name="May survey", date=datetime(2026, 5, 31, 9, tzinfo=UTC))


def measured_map():
    journey = canvas_map()
    ana = journey.personas[0]
    steps = journey.steps()
    for k, (mean, n, half) in enumerate([(-0.8, 180, 0.25), (0.3, 12, 1.1)]):
        steps[k].scores[0] = Score(persona=ana.id, value=round(mean), source=WAVE, sample_size=n, mean=mean,
                                   interval=Interval(low=mean - half, high=mean + half))
    return journey


def render(view: MapView, rect: QRectF) -> QImage:
    image = QImage(int(rect.width() * 4), int(rect.height() * 4), QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    view.map_scene.render(painter, QRectF(0, 0, image.width(), image.height()), rect)
    painter.end()
    return image


def make_view(qtbot, journey) -> MapView:
    view = MapView(EditSession(journey))
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    view.zoom_100()
    return view


def test_the_band_and_the_weak_ring_are_painted_around_measured_points_only(qtbot):
    measured = make_view(qtbot, measured_map())
    by_hand = make_view(qtbot, canvas_map())
    emo = measured.map_scene.layout.emotion
    ana = measured.map_scene.session.journey.personas[0].id
    curve = next(c for c in emo.curves if c.persona_id == ana and c.kind == "as_is")
    weak_step = measured.map_scene.session.journey.steps()[1].id
    point = next(p for p in curve.points if p.step_id == weak_step)
    x, high, low = next(e for b in curve.bands for e in b.ends if e[0] == point.x)
    inside = QRectF(point.x - 14, (high + point.y) / 2 - 1, 2, 2)  # inside the band (left of the point)
    tinted = render(measured, inside).pixelColor(4, 4)
    plain = render(by_hand, inside).pixelColor(4, 4)
    assert plain.saturation() < 15  # lane fill: grey-white
    assert tinted.saturation() > plain.saturation() + 10 and tinted.blue() > tinted.red()  # Ana's blue, faint
    ring = QRectF(point.x - 8.5 - 1, point.y - 1, 2, 2)  # on the dashed ring's left edge
    ring_image = render(measured, ring)
    darkest = min(ring_image.pixelColor(i, j).lightness() for i in range(8) for j in range(8))
    assert darkest < 200
    assert min(render(by_hand, ring).pixelColor(i, j).lightness() for i in range(8) for j in range(8)) > darkest


def test_dragging_a_measured_marker_makes_the_score_manual_in_one_undo_step(qtbot):
    view = make_view(qtbot, measured_map())
    scene = view.map_scene
    session = scene.session
    ana = session.journey.personas[0]
    step = session.journey.steps()[0]
    marker = scene.markers[(ana.id, "as_is", step.id)]
    emo = scene.layout.emotion
    before = session.journey.model_dump()
    view.ensureVisible(marker.box.x - 40, emo.band.y - 40, 80, emo.band.h + 80)
    drag(view, at(view, marker.box.x, marker.box.y), at(view, marker.box.x, emo.value_to_y(2) + 2))
    score = session.document.score(step.id, ana.id)
    assert (score.value, score.source, score.sample_size, score.mean, score.interval) == (2, "manual", None, None, None)
    curve = next(c for c in scene.layout.emotion.curves if c.persona_id == ana.id and c.kind == "as_is")
    assert step.id not in curve.notes
    session.undo_stack.undo()
    assert session.journey.model_dump() == before
