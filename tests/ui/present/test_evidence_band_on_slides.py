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


def test_a_point_resting_on_too_few_responses_is_ringed_on_the_slide(qtbot):
    from journeymap.ui.present.ops import BoxOp, MarkerOp

    journey, persona = _measured(new_from_template("online-purchase"))
    stage = journey.stages[0]
    few = [step.model_copy(update={"scores": [s.model_copy(update={"sample_size": 12}) if s.persona == persona
                                              else s for s in step.scores]}) for step in stage.steps]
    journey = journey.model_copy(update={"stages": [stage.model_copy(update={"steps": few}), *journey.stages[1:]]})
    window = PresentationWindow(EditSession(journey))
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    slide = next(s for s in window.slides if s.kind == "stage")
    rings = [op for op in slide.ops if isinstance(op, BoxOp) and op.dashed and op.fill is None
             and op.persona_id == persona and op.radius * 2 >= op.rect.w - 1e-6]
    markers = [op for op in slide.ops if isinstance(op, MarkerOp) and op.persona_id == persona and not op.hollow]
    measured = sum(1 for step in few for sc in step.scores if sc.persona == persona and sc.value is not None)
    assert len(rings) == measured > 0
    for ring in rings:  # round a marker of the curve, larger than it
        cx, cy = ring.rect.center
        assert any(abs(cx - m.x) < 1e-6 and abs(cy - m.y) < 1e-6 and ring.rect.w > m.size for m in markers)
    sound, _persona = _measured(new_from_template("online-purchase"))
    calm = PresentationWindow(EditSession(sound))
    qtbot.addWidget(calm)
    calm.resize(WIDTH, HEIGHT)
    assert not [op for s in calm.slides for op in s.ops if isinstance(op, BoxOp) and op.dashed and op.fill is None
                and op.persona_id is not None]
