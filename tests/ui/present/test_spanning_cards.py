"""A card spanning steps lies across those steps on the stage slides, as on the map, and on every slide it crosses."""

from __future__ import annotations

from journeymap.model import LaneKind
from journeymap.templates import new_from_template
from journeymap.ui.present import PresentationWindow
from journeymap.ui.present.ops import TextOp
from journeymap.ui.session import EditSession

from .conftest import HEIGHT, WIDTH


def _slides(qtbot, journey):
    window = PresentationWindow(EditSession(journey))
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    return [slide for slide in window.slides if slide.kind == "stage"]


def _spanning_map():
    journey = new_from_template("online-purchase")
    first, second = journey.stages[0], journey.stages[1]
    actions = next(lane for lane in journey.lanes if lane.kind == LaneKind.ACTIONS)
    inside = actions.cards[0].model_copy(update={"id": "span-inside", "text": "Across the whole first stage",
                                                 "step": first.steps[0].id, "last_step": first.steps[-1].id})
    across = actions.cards[0].model_copy(update={"id": "span-across", "text": "From one stage into the next",
                                                 "step": first.steps[-1].id, "last_step": second.steps[0].id})
    actions.cards[:0] = [inside, across]
    return journey


def _texts(slide, rect):
    return [op.text for op in slide.ops if isinstance(op, TextOp) and rect.x <= op.x < rect.right
            and rect.y <= op.y <= rect.bottom]


def test_a_card_spanning_a_stages_steps_lies_across_their_columns_and_their_cards_go_under_it(qtbot):
    journey = _spanning_map()
    first = journey.stages[0]
    slide = next(s for s in _slides(qtbot, journey) if first.steps[0].id in s.steps)
    assert len(slide.steps) == len(first.steps) > 1
    span = slide.cards["span-inside"]
    single = [rect for cid, rect in slide.cards.items() if cid not in ("span-inside", "span-across")]
    column = min(rect.w for rect in single)
    assert span.w > column * (len(first.steps) - 0.5), "as wide as the columns it covers"
    for cid, rect in slide.cards.items():
        if cid != "span-inside" and rect.x < span.right and span.x < rect.right and rect.y < span.bottom + 1:
            assert rect.y >= span.bottom, f"{cid} is drawn over the spanning card"


def test_a_span_into_the_next_stage_shows_on_both_slides_and_says_where_it_ends(qtbot):
    journey = _spanning_map()
    first, second = journey.stages[0], journey.stages[1]
    slides = _slides(qtbot, journey)
    on_first = next(s for s in slides if first.steps[-1].id in s.steps)
    on_second = next(s for s in slides if second.steps[0].id in s.steps)
    assert "span-across" in on_first.cards and "span-across" in on_second.cards
    said = " ".join(_texts(on_first, on_first.cards["span-across"]))
    assert f"Spans to: {second.steps[0].name}" in said
    assert "Spans to" not in " ".join(_texts(on_second, on_second.cards["span-across"])), "it ends there"
    assert on_first.cards["span-across"].right > on_first.cards["span-inside"].right - 1, "in the last column"
