"""The emotion strip under each stage: it takes the height the lanes leave, and no marker hides another."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from journeymap.templates import list_templates
from journeymap.ui.present.curves import GUIDE
from journeymap.ui.present.ops import LineOp, MarkerOp
from journeymap.ui.present.stage_slides import MAX_STRIP
from journeymap.ui.present.theme import INK

from .conftest import HEIGHT, WIDTH, open_presentation

TEMPLATES = [t.name for t in list_templates() if t.name != "blank"]


def strip_geometry(slide) -> tuple[float, float, float]:
    """The strip's top rule, and the y of the top and bottom scale lines (+3 and -3) of one slide."""
    rules = [op for op in slide.ops if isinstance(op, LineOp) and op.colour == INK and op.y0 == op.y1
             and op.x1 - op.x0 > WIDTH / 2]
    scale = sorted(op.y0 for op in slide.ops if isinstance(op, LineOp) and op.colour == GUIDE and op.y0 == op.y1)
    return rules[-1].y0, scale[0], scale[-1]


@pytest.mark.parametrize("name", TEMPLATES)
def test_the_height_the_lanes_leave_goes_to_the_emotion_band(qtbot, name):
    window = open_presentation(qtbot, name)
    s = window.sizes
    stage_slides = [sl for sl in window.slides if sl.kind == "stage" and sl.cards]
    assert any(isinstance(op, MarkerOp) for sl in stage_slides for op in sl.ops)
    for slide in stage_slides:
        top, high, low = strip_geometry(slide)
        last_card = max(r.bottom for r in slide.cards.values())
        at_cap = HEIGHT - s.margin - s.pad - top >= HEIGHT * MAX_STRIP - 1
        assert top - last_card <= s.gap + 3 * s.pad or at_cap, (slide.label, top - last_card)
        assert top > last_card, slide.label
        assert high < low <= HEIGHT - s.margin
        markers = [op for op in slide.ops if isinstance(op, MarkerOp) and op.persona_id]  # not vote dots
        outside = [m for m in markers if not (0 <= m.x - m.size / 2 and m.x + m.size / 2 <= WIDTH
                                              and top < m.y <= low + 1)]
        assert not outside, (slide.label, outside[:2])


def test_a_slide_with_room_to_spare_spreads_the_emotion_levels_further_apart(qtbot):
    window = open_presentation(qtbot)
    levels = []
    for slide in (sl for sl in window.slides if sl.kind == "stage"):
        _top, high, low = strip_geometry(slide)
        levels.append((low - high) / 6)  # -3 ... +3
    # the strip's smallest band (13% of the height) puts the levels 23 px apart; spare room widens that
    assert min(levels) >= HEIGHT * 0.13 / 6 - 1
    assert max(levels) >= 40
    assert sum(1 for gap in levels if gap >= 30) >= len(levels) // 2


def test_two_personas_with_the_same_score_at_a_step_are_both_visible(qtbot):
    window = open_presentation(qtbot)
    journey = window.session.journey
    maya, tom = journey.personas
    step = next(st for st in journey.steps() if st.name == "Compares models")
    maya_score = next(sc for sc in step.scores if sc.persona == maya.id)
    tom_score = next(sc for sc in step.scores if sc.persona == tom.id)
    assert maya_score.target == tom_score.value  # the template's coincidence this test is about
    stage = next(st for st in journey.stages if step in st.steps)
    window.go_to(next(i for i, sl in enumerate(window.slides) if sl.stage_id == stage.id))
    slide = window.slide
    _top, high, low = strip_geometry(slide)
    value_y = high + (3 - tom_score.value) / 6 * (low - high)
    there = [op for op in slide.ops if isinstance(op, MarkerOp) and abs(op.y - value_y) < 0.5
             and op.persona_id in (maya.id, tom.id)]
    maya_to_be = next(op for op in there if op.persona_id == maya.id and op.hollow)
    tom_marker = next(op for op in there if op.persona_id == tom.id)
    # side by side, not on top of each other, and centred on the step's column together
    assert abs(maya_to_be.x - tom_marker.x) >= maya_to_be.size
    columns = sorted({op.x0 for op in slide.ops if isinstance(op, LineOp) and op.colour == GUIDE
                      and op.x0 == op.x1})
    centre = (columns[0] + columns[1]) / 2  # "Compares models" is the stage's first step
    assert (maya_to_be.x + tom_marker.x) / 2 == pytest.approx(centre, abs=0.5)
    # and on the screen: Tom's filled square and Maya's ring each keep their own colour
    image = window.grab().toImage()
    assert QColor(image.pixelColor(round(tom_marker.x), round(tom_marker.y))).name() == tom.colour.lower()
    ring_x = round(maya_to_be.x - maya_to_be.size / 2 + 2)
    ring = {image.pixelColor(ring_x + dx, round(maya_to_be.y)).name() for dx in range(-2, 3)}
    assert maya.colour.lower() in ring
