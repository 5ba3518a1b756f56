"""Emotion curves: on the scale, split at gaps, told apart by more than colour."""

from hypothesis import given, settings
from hypothesis import strategies as st

from journeymap.layout import layout_map, monotone_beziers

from .maps import sample_map


def _bezier_ys(seg, n=24):
    x0, y0, c1x, c1y, c2x, c2y, x1, y1 = seg
    for i in range(n + 1):
        t = i / n
        u = 1 - t
        yield u**3 * y0 + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t**3 * y1


def test_one_solid_curve_per_shown_persona_and_a_dashed_to_be_curve():
    journey = sample_map()
    emotion = layout_map(journey).emotion
    kinds = {(c.persona_id, c.kind) for c in emotion.curves}
    ana, ben = journey.personas
    assert kinds == {(ana.id, "as_is"), (ana.id, "to_be"), (ben.id, "as_is")}
    for curve in emotion.curves:
        assert (curve.dash == ()) == (curve.kind == "as_is")


def test_personas_differ_by_marker_shape_as_well_as_colour():
    journey = sample_map()
    curves = [c for c in layout_map(journey).emotion.curves if c.kind == "as_is"]
    assert len({c.marker for c in curves}) == len(curves)
    assert len({c.colour for c in curves}) == len(curves)


def test_a_step_without_a_score_splits_the_curve():
    journey = sample_map()
    ana = journey.personas[0]
    curve = next(c for c in layout_map(journey).emotion.curves if c.persona_id == ana.id and c.kind == "as_is")
    delivery = journey.stages[3].steps[0]
    assert delivery.id not in [p.step_id for p in curve.points]
    assert len(curve.runs) == 2
    assert [len(run) for run in curve.runs] == [2, 1]  # 3 points then 2 points


def test_a_hidden_persona_curve_is_not_drawn_nor_in_the_legend():
    journey = sample_map()
    journey.personas[1].show_curve = False
    layout = layout_map(journey)
    assert {c.persona_id for c in layout.emotion.curves} == {journey.personas[0].id}
    assert journey.personas[1].id not in {e.persona_id for e in layout.legend}


def test_markers_sit_at_their_step_column_and_score():
    journey = sample_map()
    layout = layout_map(journey)
    emotion = layout.emotion
    at_point: dict[tuple[str, int], list[float]] = {}
    for curve in emotion.curves:
        for point in curve.points:
            assert abs(point.y - emotion.value_to_y(point.value)) < 1e-6
            at_point.setdefault((point.step_id, point.value), []).append(point.x)
    for (step_id, _value), xs in at_point.items():
        centre = layout.steps[step_id].column.center[0]
        if len(xs) == 1:  # alone at its point: right on the step
            assert abs(xs[0] - centre) < 1e-6
        else:  # sharing a score with another marker: side by side around the step, none on top of another
            assert abs(sum(xs) / len(xs) - centre) < 1e-6
            assert min(b - a for a, b in zip(sorted(xs), sorted(xs)[1:], strict=False)) >= 12 - 1e-6
    assert any(len(xs) > 1 for xs in at_point.values())  # the sample map has shared points


def test_a_curve_passes_through_its_own_markers_even_when_they_are_spread():
    for curve in layout_map(sample_map()).emotion.curves:
        ends = [(seg[0], seg[1]) for run in curve.runs for seg in run[:1]]
        ends += [(seg[6], seg[7]) for run in curve.runs for seg in run]
        points = {(p.x, p.y) for p in curve.points}
        assert set(ends) <= points


def test_curves_never_leave_the_scale_band():
    emotion = layout_map(sample_map()).emotion
    top, bottom = emotion.band.y, emotion.band.bottom
    for curve in emotion.curves:
        for run in curve.runs:
            for seg in run:
                assert all(top - 1e-6 <= y <= bottom + 1e-6 for y in _bezier_ys(seg))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=-3, max_value=3), min_size=2, max_size=12))
def test_monotone_interpolation_never_overshoots_its_neighbours(values):
    xs = [i * 50.0 for i in range(len(values))]
    ys = [float(v) for v in values]
    for seg in monotone_beziers(xs, ys):
        lo, hi = min(seg[1], seg[7]), max(seg[1], seg[7])
        assert all(lo - 1e-9 <= y <= hi + 1e-9 for y in _bezier_ys(seg))


def test_y_to_value_snaps_to_the_scale_and_clamps():
    emotion = layout_map(sample_map()).emotion
    for v in range(emotion.vmin, emotion.vmax + 1):
        y = emotion.value_to_y(v)
        assert emotion.y_to_value(y) == v
        assert emotion.y_to_value(y + 3) == v
    assert emotion.y_to_value(emotion.band.y - 500) == emotion.vmax
    assert emotion.y_to_value(emotion.band.bottom + 500) == emotion.vmin
    assert emotion.value_to_y(emotion.vmax) < emotion.value_to_y(emotion.vmin)


def test_the_scale_is_labelled_with_words():
    emotion = layout_map(sample_map()).emotion
    labels = [t.label for t in emotion.scale_ticks]
    assert labels[0] == "+3 Delighted" and labels[-1] == "\u22123 Angry" and "0 Neutral" in labels
    assert [t.value for t in emotion.scale_ticks] == list(range(3, -4, -1))
