"""Score labels on the emotion curves: placed once by the layout, never over each other."""

import pytest

from journeymap.layout import layout_map
from journeymap.layout.emotion_labels import marker_rect
from journeymap.model import Persona, Score
from journeymap.templates import list_templates, new_from_template

from .maps import sample_map


def _labels(layout):
    """(curve, step_id, rect) for every placed label."""
    return [(curve, step_id, block.rect) for curve in layout.emotion.curves
            for step_id, block in curve.label_blocks.items()]


def _assert_clear(layout, reach: float = 30) -> None:
    emo = layout.emotion
    lane = layout.lanes[emo.lane_id].rect
    labels = _labels(layout)
    for i, (_c, _s, a) in enumerate(labels):
        for _c2, _s2, b in labels[i + 1:]:
            assert not a.intersects(b), f"labels overlap: {a} and {b}"
    for curve, step_id, rect in labels:
        column = layout.steps[step_id].column
        assert column.x <= rect.x and rect.right <= column.right, "a label leaves its step's column"
        assert lane.y <= rect.y and rect.bottom <= emo.band.bottom + layout.options.emotion_padding + layout.options.cell_padding
        point = next(p for p in curve.points if p.step_id == step_id)
        cx, cy = rect.center
        assert abs(cy - point.y) < reach and abs(cx - point.x) < reach + rect.w / 2, "a label strays far from its marker"
        for other in emo.curves:
            for p in other.points:
                assert not rect.intersects(marker_rect(p.x, p.y, layout.options.marker_size)), \
                    f"label at {step_id} covers a marker"


@pytest.mark.parametrize("name", [t.name for t in list_templates()])
def test_on_every_bundled_template_no_two_score_labels_overlap_nor_cover_a_marker(name):
    journey = new_from_template(name)
    layout = layout_map(journey)
    if layout.emotion is None:
        return
    scored = sum(bool(c.labels) for c in layout.emotion.curves)
    assert sum(len(c.label_blocks) for c in layout.emotion.curves) == sum(
        len(c.labels) for c in layout.emotion.curves)
    if name != "blank":
        assert scored, "templates with curves carry score labels"
    _assert_clear(layout)


def test_two_personas_with_the_same_labelled_score_get_labels_apart():
    journey = sample_map()
    extra = [Persona(name=f"P{i}", colour="#009e73") for i in range(3)]
    journey.personas.extend(extra)
    step = journey.stages[2].steps[0]
    step.scores = [Score(persona=p.id, value=1, label=f"Feeling number {i}", target=2, target_label="Better")
                   for i, p in enumerate(journey.personas)]
    neighbour = journey.stages[1].steps[0]
    neighbour.scores = [Score(persona=p.id, value=(i % 2), label="Stressed" if i % 2 else "Tired")
                        for i, p in enumerate(journey.personas)]
    layout = layout_map(journey)
    placed = [r for _c, s, r in _labels(layout) if s == step.id]
    assert len(placed) == 2 * len(journey.personas)
    _assert_clear(layout, reach=layout.options.emotion_lane_height / 2)


def test_the_svg_draws_each_label_where_the_layout_put_it():
    """Renderers draw the placed block (the PDF the same way), so screen and paper agree."""
    from journeymap.export.svg_export import svg_text
    from journeymap.export.svg_player import _n

    journey = sample_map()
    layout = layout_map(journey)
    block = next(b for c in layout.emotion.curves for b in c.label_blocks.values() if b.text == "Curious")
    x = _n(block.rect.x + block.rect.w / 2)
    y = _n(block.baselines()[0])
    assert f'<text x="{x}" y="{y}">Curious</text>' in svg_text(journey)
