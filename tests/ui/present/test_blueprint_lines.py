"""Service-blueprint lines on stage slides, between the lanes they separate, as in the editor."""

from __future__ import annotations

from journeymap.layout import layout_map
from journeymap.model.kinds import BLUEPRINT_LINES
from journeymap.ui.present.curves import GUIDE
from journeymap.ui.present.ops import LineOp, TextOp
from journeymap.ui.present.stage_slides import blueprint_lines

from .conftest import open_presentation

LABELS = {label for label, _, _ in BLUEPRINT_LINES}


def _lane_kind_of(journey, card_id: str):
    return next(lane.kind for lane in journey.lanes for card in lane.cards if card.id == card_id)


def test_the_slides_place_each_line_above_the_same_lane_as_the_editor(qtbot):
    window = open_presentation(qtbot, "hotel-blueprint", all_lanes=True)
    journey = window.session.journey
    layout = layout_map(journey)
    editor = {}
    for line in layout.blueprint_lines:
        below = min((box for box in layout.lanes.values() if box.rect.y >= line.y - 0.5), key=lambda b: b.rect.y)
        editor[below.lane_id] = line.label
    lanes = [lane for lane in journey.lanes if not lane.hidden and lane.kind.value != "emotion"]
    assert blueprint_lines(lanes)[0] == editor
    assert set(editor.values()) == LABELS


def test_every_line_is_drawn_labelled_and_dashed_between_the_lanes_it_separates(qtbot):
    window = open_presentation(qtbot, "hotel-blueprint", all_lanes=True)
    journey = window.session.journey
    seen = set()
    for slide in (s for s in window.slides if s.kind == "stage"):
        labels = [op for op in slide.ops if isinstance(op, TextOp) and op.text in LABELS]
        for label in labels:
            seen.add(label.text)
            upper, lower = next((u, lo) for name, u, lo in BLUEPRINT_LINES if name == label.text)
            dashes = [op for op in slide.ops if isinstance(op, LineOp) and op.dashed
                      and abs(op.y0 - (label.y - label.size * 0.35)) < label.size]
            assert dashes and dashes[0].x1 - dashes[0].x0 > window.width() * 0.6, label.text
            line_y = dashes[0].y0
            for card_id, rect in slide.cards.items():
                kind = _lane_kind_of(journey, card_id)
                if kind in upper:
                    assert rect.bottom < line_y - label.size / 2, (slide.title, label.text)
                if kind in lower:
                    assert rect.y > line_y, (slide.title, label.text)
    assert seen == LABELS


def test_each_stage_shows_its_lines_even_where_a_blueprint_lane_has_no_cards(qtbot):
    window = open_presentation(qtbot, "hotel-blueprint", all_lanes=True)
    for stage in window.session.journey.stages:
        drawn = {op.text for s in window.slides if s.stage_id == stage.id for op in s.ops
                 if isinstance(op, TextOp) and op.text in LABELS}
        assert drawn == LABELS, stage.name


def test_a_map_without_blueprint_lanes_draws_no_lines(qtbot):
    window = open_presentation(qtbot, "online-purchase")
    stages = [s for s in window.slides if s.kind == "stage"]
    assert not any(isinstance(op, TextOp) and op.text in LABELS for s in stages for op in s.ops)
    assert not any(isinstance(op, LineOp) and op.dashed and op.persona_id is None and op.colour != GUIDE
                   for s in stages for op in s.ops)
