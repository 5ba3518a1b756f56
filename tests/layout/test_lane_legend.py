"""The persona legend in the emotion lane's title cell: beside the curves, never over the scale."""

from __future__ import annotations

from journeymap.layout import LayoutOptions, layout_map, text_width
from journeymap.layout.text import REGULAR
from journeymap.model import Card, LaneKind, Persona, Score

from .maps import sample_map


def _emotion(journey):
    layout = layout_map(journey)
    emo = layout.emotion
    return layout, emo, layout.lanes[emo.lane_id]


def _overlap(a, b) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def test_each_shown_persona_is_listed_with_the_marker_and_colour_of_its_curve():
    journey = sample_map()
    _layout, emo, _lane = _emotion(journey)
    keys = emo.legend.personas
    assert [k.persona_id for k in keys] == [p.id for p in journey.personas]
    assert [k.name.text for k in keys] == [p.name for p in journey.personas]
    by_persona = {c.persona_id: c for c in emo.curves if c.kind == "as_is"}
    for key in keys:
        assert (key.marker, key.colour) == (by_persona[key.persona_id].marker, by_persona[key.persona_id].colour)
    assert len({k.marker for k in keys}) == len(keys)  # told apart by shape, not colour alone


def test_a_hidden_curve_leaves_the_legend_and_no_shown_persona_means_no_legend():
    journey = sample_map()
    journey.personas[0].show_curve = False
    _layout, emo, _lane = _emotion(journey)
    assert [k.persona_id for k in emo.legend.personas] == [journey.personas[1].id]
    journey.personas[1].show_curve = False
    assert _emotion(journey)[1].legend is None


def test_the_legend_sits_between_the_scale_words_and_costs_the_lane_no_height():
    """Under the lowest value it used to add ~60 px to every emotion lane; between the values it adds none."""
    layout, emo, lane = _emotion(sample_map())
    o = layout.options
    cell_right = lane.rect.x + o.lane_title_width
    legend = emo.legend
    assert legend.inside
    assert lane.rect.x <= legend.rect.x and legend.rect.right <= cell_right
    assert emo.band.y <= legend.rect.y and legend.rect.bottom <= emo.band.bottom
    assert lane.rect.bottom == emo.band.bottom + o.emotion_padding + o.cell_padding  # nothing under the scale
    assert not _overlap(legend.rect, lane.title.rect)
    words = [(tick.y - 3.0, tick.y + 4.5) for tick in emo.scale_ticks]  # each value's word, on its line
    for block in [k.name for k in legend.personas] + [k.label for k in legend.lines]:
        assert legend.rect.contains_rect(block.rect)
        assert block.size >= o.small_size  # nothing below the map's smallest type
        glyphs = (block.rect.y + 1.0, block.rect.bottom - 1.0)
        assert all(glyphs[1] <= top or glyphs[0] >= bottom for top, bottom in words)
        for line in block.lines:
            assert text_width(line, REGULAR, block.size) <= block.rect.w + 1e-6
    for key in legend.personas:  # the marker in its column left of the name, on the name's line
        assert key.x + o.marker_size * 0.75 <= key.name.rect.x
        assert key.name.rect.y < key.y < key.name.rect.y + key.name.leading


def test_a_scale_too_fine_for_a_line_between_its_values_puts_the_legend_under_it():
    journey = sample_map()
    journey.emotion_scale.min, journey.emotion_scale.max = -10, 10
    layout, emo, lane = _emotion(journey)
    assert not emo.legend.inside
    assert emo.legend.rect.y >= emo.band.bottom + layout.options.small_size * 0.65 + 2
    assert emo.legend.rect.bottom <= lane.rect.bottom - layout.options.cell_padding


def test_the_line_style_key_shows_only_when_a_shown_persona_has_a_to_be_score():
    journey = sample_map()  # Ana has to-be scores
    legend = _emotion(journey)[1].legend
    assert [(k.kind, k.label.text, k.dash == ()) for k in legend.lines] == [
        ("as_is", "as-is", True), ("to_be", "to-be", False)]
    assert all(k.x0 >= k.label.rect.right and k.x1 <= legend.rect.right for k in legend.lines)
    with_key = legend.rect.h
    for step in journey.steps():
        step.scores = [s.model_copy(update={"target": None}) for s in step.scores]
    legend = _emotion(journey)[1].legend
    assert legend.lines == () and legend.rect.h < with_key


def test_a_long_name_is_cut_to_one_line_between_the_values_and_wraps_to_two_under_them():
    journey = sample_map()
    journey.personas[0].name = "Anastasia Konstantinopoulou-Vasquez, frequent business traveller from Lisbon"
    key = _emotion(journey)[1].legend.personas[0]
    assert len(key.name.lines) == 1 and key.name.lines[0].startswith("Anastasia")
    assert key.name.lines[0].endswith("\u2026")
    journey.personas += [Persona(name=f"Persona {k}", colour="#009e73") for k in range(6)]  # no room between
    key = _emotion(journey)[1].legend.personas[0]
    assert len(key.name.lines) == 2
    assert key.name.lines[-1].endswith("\u2026")
    assert key.name.lines[0].startswith("Anastasia")


def test_many_personas_make_the_emotion_lane_taller_so_nothing_is_clipped():
    journey = sample_map()
    _layout, _emo, lane = _emotion(journey)
    height_with_two = lane.rect.h
    journey.personas += [Persona(name=f"Persona number {k}", colour="#009e73") for k in range(6)]
    layout, emo, lane = _emotion(journey)
    assert len(emo.legend.personas) == 8
    assert lane.rect.h > height_with_two
    assert emo.legend.rect.bottom + layout.options.cell_padding <= lane.rect.bottom + 1e-9
    below = [b for b in layout.lanes.values() if b.rect.y > lane.rect.y]
    assert all(b.rect.y >= lane.rect.bottom for b in below)


def test_cards_in_the_emotion_lane_and_the_legend_both_fit_its_row():
    journey = sample_map()
    emotion_lane = next(lane for lane in journey.lanes if lane.kind == LaneKind.EMOTION)
    emotion_lane.cards = [Card(step=journey.steps()[0].id, text="Sighs " * 40)]
    layout, emo, lane = _emotion(journey)
    card = layout.cards[emotion_lane.cards[0].id]
    assert card.rect.bottom <= lane.rect.bottom and emo.legend.rect.bottom <= lane.rect.bottom


def test_the_legend_follows_the_layout_options():
    journey = sample_map()
    opts = LayoutOptions(lane_title_width=90.0, small_size=8.0)
    layout = layout_map(journey, opts)
    legend = layout.emotion.legend
    lane = layout.lanes[layout.emotion.lane_id]
    assert legend.rect.right <= lane.rect.x + 90.0
    assert min(k.label.size for k in legend.lines) >= 8.0


def test_scores_without_a_shown_persona_give_no_key():
    journey = sample_map()
    ana = journey.personas[0]
    ana.show_curve = False
    for step in journey.steps():  # only Ana has to-be scores: hidden, so no key
        step.scores = [s if s.persona != ana.id else Score(persona=ana.id, value=s.value, target=s.target)
                       for s in step.scores]
    assert _emotion(journey)[1].legend.lines == ()
