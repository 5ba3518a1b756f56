"""A measured curve shows its 95 % interval on the slides too, faint in the persona's colour, as in the editor."""

from __future__ import annotations

from PySide6.QtGui import QColor

from journeymap.model.evidence import Interval
from journeymap.templates import new_from_template
from journeymap.ui.present import PresentationWindow
from journeymap.ui.present.ops import BandOp, CurveOp
from journeymap.ui.session import EditSession

from .conftest import HEIGHT, WIDTH


def _measured(journey):
    """The first persona's scores at the first stage's steps, as a research import leaves them."""
    persona = journey.personas[0].id
    stage = journey.stages[0]
    steps = []
    for step in stage.steps:
        scores = [s.model_copy(update={"mean": float(s.value), "sample_size": 214,
                                       "interval": Interval(low=s.value - 0.6, high=s.value + 0.5)})
                  if s.persona == persona and s.value is not None else s for s in step.scores]
        steps.append(step.model_copy(update={"scores": scores}))
    stages = [stage.model_copy(update={"steps": steps}), *journey.stages[1:]]
    return journey.model_copy(update={"stages": stages}), persona


def test_the_first_stage_slide_draws_the_measured_band_under_the_curve(qtbot):
    journey, persona = _measured(new_from_template("online-purchase"))
    window = PresentationWindow(EditSession(journey))
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    slide = next(s for s in window.slides if s.kind == "stage")
    bands = [op for op in slide.ops if isinstance(op, BandOp)]
    assert bands and all(op.persona_id == persona for op in bands)
    curve = next(k for k, op in enumerate(slide.ops) if isinstance(op, CurveOp) and op.persona_id == persona)
    assert slide.ops.index(bands[0]) < curve  # under its curve
    window.go_to(window.slides.index(slide))
    shot = window.grab().toImage()
    outline = [args for command, args in bands[0].outline if command == "C"]
    x0, y0 = outline[0][4], outline[0][5]  # a point on the band's upper edge, a little inside it
    inside = shot.pixelColor(int(x0), int(y0) + 2)
    assert inside != QColor("#ffffff")  # tinted, not paper
    plain = new_from_template("online-purchase")
    window_plain = PresentationWindow(EditSession(plain))
    qtbot.addWidget(window_plain)
    window_plain.resize(WIDTH, HEIGHT)
    assert not [op for s in window_plain.slides for op in s.ops if isinstance(op, BandOp)]  # hand scores: no band
