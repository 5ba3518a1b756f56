"""A measured curve's 95 % interval is printed as on screen: a faint band in the persona's colour under it."""

from __future__ import annotations

from journeymap.export.svg_export import svg_text
from journeymap.layout import layout_map
from journeymap.layout.emotion_evidence import BAND_OPACITY
from journeymap.layout.paint.map_plan import map_plan
from journeymap.layout.paint.primitives import Group, Path
from journeymap.templates import new_from_template
from tests.ui.present.test_evidence_band_on_slides import _measured


def _curve_paths(plan, persona_id):
    def walk(items):
        for item in items:
            if isinstance(item, Group):
                if item.kind == "curve" and persona_id in item.ids:
                    yield from (i for i in item.items if isinstance(i, Path))
                else:
                    yield from walk(item.items)
    return list(walk(plan.items))


def test_the_paint_plan_and_the_svg_hold_the_band_under_the_measured_curve():
    journey, persona = _measured(new_from_template("online-purchase"))
    colour = next(p.colour for p in journey.personas if p.id == persona)
    paths = _curve_paths(map_plan(layout_map(journey)), persona)
    bands = [p for p in paths if p.opacity < 1.0]
    assert len(bands) == 1 and bands[0].closed and bands[0].fill == colour and bands[0].opacity == BAND_OPACITY
    assert paths.index(bands[0]) < next(k for k, p in enumerate(paths) if p.opacity == 1.0)  # under the curve
    assert f'fill="{colour}"' in svg_text(journey) and f'fill-opacity="{BAND_OPACITY}"' in svg_text(journey)
    plain = new_from_template("online-purchase")  # hand-entered scores: no band
    assert not [p for p in _curve_paths(map_plan(layout_map(plain)), persona) if p.opacity < 1.0]


def test_the_digests_stage_chart_holds_the_band_too():
    from journeymap.layout.paint.stage_chart import stage_chart

    journey, persona = _measured(new_from_template("online-purchase"))
    colour = next(p.colour for p in journey.personas if p.id == persona)
    chart = stage_chart(journey, journey.stages[0], 400.0).plan
    bands = [i for i in chart.items if isinstance(i, Path) and i.opacity < 1.0]
    assert len(bands) == 1 and bands[0].fill == colour
    curve = next(k for k, i in enumerate(chart.items) if isinstance(i, Path) and i.opacity == 1.0 and i.stroke
                 and i.stroke.colour == colour)
    assert chart.items.index(bands[0]) < curve
    later = stage_chart(journey, journey.stages[1], 400.0).plan  # no measured points there: no band
    assert not [i for i in later.items if isinstance(i, Path) and i.opacity < 1.0]


def test_a_point_resting_on_too_few_responses_is_ringed_on_paper():
    from journeymap.layout.emotion_evidence import WEAK_RING_DASH
    from journeymap.layout.paint.primitives import Circle

    journey, persona = _measured(new_from_template("online-purchase"))
    stage = journey.stages[0]
    few = [step.model_copy(update={"scores": [s.model_copy(update={"sample_size": 12}) if s.persona == persona
                                              else s for s in step.scores]}) for step in stage.steps]
    journey = journey.model_copy(update={"stages": [stage.model_copy(update={"steps": few}), *journey.stages[1:]]})

    def rings(plan):
        def walk(items):
            for item in items:
                if isinstance(item, Group):
                    yield from walk(item.items)
                elif isinstance(item, Circle) and item.stroke is not None and item.stroke.dash == WEAK_RING_DASH:
                    yield item
        return list(walk(plan.items))

    measured = sum(1 for step in few for s in step.scores if s.persona == persona and s.value is not None)
    assert len(rings(map_plan(layout_map(journey)))) == measured
    assert 'stroke-dasharray' in svg_text(journey)
    assert rings(map_plan(layout_map(_measured(new_from_template("online-purchase"))[0]))) == []  # n=214: sound


def _few_responses(journey, persona, n=12):
    """The persona's measured points in the first stage resting on ``n`` responses each."""
    stage = journey.stages[0]
    few = [step.model_copy(update={"scores": [s.model_copy(update={"sample_size": n}) if s.persona == persona
                                              else s for s in step.scores]}) for step in stage.steps]
    return journey.model_copy(update={"stages": [stage.model_copy(update={"steps": few}), *journey.stages[1:]]})


def test_the_digests_stage_chart_rings_weak_points_as_the_poster_does():
    from journeymap.layout.emotion_evidence import WEAK_RING_COLOUR, WEAK_RING_DASH
    from journeymap.layout.paint.primitives import Circle, Marker
    from journeymap.layout.paint.stage_chart import stage_chart
    from journeymap.layout.style import STYLE

    measured, persona = _measured(new_from_template("online-purchase"))
    journey = _few_responses(measured, persona)
    colour = next(p.colour for p in journey.personas if p.id == persona)
    chart = stage_chart(journey, journey.stages[0], 400.0).plan
    rings = [i for i in chart.items if isinstance(i, Circle) and i.stroke is not None
             and i.stroke.dash == WEAK_RING_DASH]
    markers = [i for i in chart.items if isinstance(i, Marker) and i.fill == colour]  # as-is: filled
    assert rings and len(rings) == len(markers)
    assert {(r.cx, r.cy) for r in rings} == {(m.x, m.y) for m in markers}, "each round its weak point"
    assert all(r.stroke.colour == WEAK_RING_COLOUR and r.fill is None for r in rings)
    ring_r = rings[0].r
    assert STYLE.chart.marker_radius * 1.5 < ring_r < 400.0 / len(journey.stages[0].steps) / 4, \
        "clear of the marker, well short of the next step"
    curve = next(k for k, i in enumerate(chart.items) if isinstance(i, Path) and i.opacity == 1.0 and i.stroke
                 and i.stroke.colour == colour)
    assert all(chart.items.index(r) < curve for r in rings), "under the curve, as on the map"

    def ringed(j):
        return [i for i in stage_chart(j, j.stages[0], 400.0).plan.items if isinstance(i, Circle)]

    assert ringed(measured) == [], "n=214 is sound: no ring"
    journey.research.weak_evidence_below = 10
    assert ringed(journey) == [], "the map's own threshold decides"


def test_the_digest_says_in_words_which_points_rest_on_too_few_responses(tmp_path):
    from pypdf import PdfReader

    from journeymap.export.pdf_digest import export_digest

    measured, persona = _measured(new_from_template("online-purchase"))
    name = next(p.name for p in measured.personas if p.id == persona)
    for journey, note in ((_few_responses(measured, persona), "n=12 (weak)"), (measured, "n=214")):
        out = tmp_path / "digest.pdf"
        export_digest(journey, out)
        text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
        lines = [part for part in text.split(f"Emotion, {name}:")[1:] if note in part.split("Emotion,")[0]]
        assert len(lines) == len(journey.stages[0].steps), note
    assert "(weak)" not in text
