"""A card spanning steps is as wide on the wall as on the map: across its steps on each slide that shows them."""

from __future__ import annotations

from itertools import combinations

from journeymap.model import Card, JourneyMap, Lane, LaneKind, Stage, Step
from journeymap.model.workshop import CardText, WorkshopLane, workshop_lanes
from journeymap.templates import new_from_template
from journeymap.ui.present import PresentationWindow
from journeymap.ui.present.deck import build_deck, plan_size
from journeymap.ui.present.ops import BoxOp, Slide
from journeymap.ui.present.spoken import slide_lines
from journeymap.ui.present.theme import Sizes
from journeymap.ui.session import EditSession

from .conftest import HEIGHT, WIDTH

S = Sizes.for_surface(*plan_size(WIDTH, HEIGHT))
GRID_RIGHT = S.width - S.margin


def spanning_over_a_stage_edge() -> tuple[JourneyMap, Card]:
    """Online purchase with its first Actions card spanning Discover's two steps and Research's first two."""
    journey = new_from_template("online-purchase")
    steps = journey.steps()
    actions = next(lane for lane, _how in workshop_lanes(journey) if lane.kind == LaneKind.ACTIONS)
    card = next(c for c in actions.cards if c.step == steps[0].id)
    card.last_step = steps[3].id
    assert [len(stage.steps) for stage in journey.stages[:2]] == [2, 3]
    return journey, card


def stage_slides(deck: list[Slide], stage: Stage) -> list[Slide]:
    return [slide for slide in deck if slide.kind == "stage" and slide.stage_id == stage.id]


def box_of(slide: Slide, card: Card) -> BoxOp:
    """The card's own box: the first box drawn around its face."""
    face = slide.cards[card.id]
    return next(op for op in slide.ops if isinstance(op, BoxOp) and op.rect.y == face.y and op.rect.h == face.h
                and op.rect.x <= face.x and op.rect.right >= face.right)


def column_width(slide: Slide) -> float:
    return (GRID_RIGHT - round(S.width * 0.14) - S.margin) / len(slide.steps)


def assert_no_overlaps(slide: Slide) -> None:
    for (a, ra), (b, rb) in combinations(slide.cards.items(), 2):
        overlap = min(ra.right, rb.right) - max(ra.x, rb.x) > 0 and min(ra.bottom, rb.bottom) - max(ra.y, rb.y) > 0
        assert not overlap, (slide.title, a, b)


def test_a_span_crossing_into_the_next_stage_is_drawn_across_its_steps_on_both_stages_slides_open_at_the_edge():
    journey, card = spanning_over_a_stage_edge()
    deck = build_deck(journey, WIDTH, HEIGHT)
    discover, research = journey.stages[0], journey.stages[1]

    first = next(s for s in stage_slides(deck, discover) if card.id in s.cards)
    face, box = first.cards[card.id], box_of(first, card)
    assert face.w > 1.9 * column_width(first), "across both of Discover's steps, not in its first column only"
    assert box.open_sides == ("right",), "its span goes on into Research: open on the right"
    assert box.rect.right == GRID_RIGHT, "the open side runs to the grid's edge"
    assert_no_overlaps(first)

    later = [s for s in stage_slides(deck, research) if card.id in s.cards]
    assert len(later) == 1, "Research's slide shows the part of the span in its steps"
    second = later[0]
    face, box = second.cards[card.id], box_of(second, card)
    assert 1.9 * column_width(second) < face.w < 2.1 * column_width(second), "two of Research's three steps"
    assert box.open_sides == ("left",)
    assert box.rect.x == min(r.x for r in second.cards.values()) - S.gap, "it comes in from the left edge"
    assert_no_overlaps(second)
    # the card in its second step stacks below it, as on the map
    below = next(c for c in journey.lanes[0].cards if c.step == research.steps[0].id)
    assert second.cards[below.id].y > face.bottom


def test_the_span_is_heard_on_the_slide_it_comes_into():
    journey, card = spanning_over_a_stage_edge()
    deck = build_deck(journey, WIDTH, HEIGHT)
    second = next(s for s in stage_slides(deck, journey.stages[1]) if card.id in s.cards)
    heard = " ".join(line.text for line in slide_lines(journey, second))
    assert card.text in heard and "spans several steps" in heard


def test_a_span_inside_one_stage_is_closed_at_both_ends():
    journey = new_from_template("online-purchase")
    research = journey.stages[1]
    lane = next(lane for lane, _how in workshop_lanes(journey) if lane.kind == LaneKind.TOUCHPOINTS)
    card = next(c for c in lane.cards if c.step == research.steps[0].id)
    card.last_step = research.steps[1].id
    deck = build_deck(journey, WIDTH, HEIGHT)
    slides = [s for s in stage_slides(deck, research) if card.id in s.cards]
    assert len(slides) == 1
    slide = slides[0]
    assert box_of(slide, card).open_sides == ()
    assert 1.9 * column_width(slide) < slide.cards[card.id].w < 2.1 * column_width(slide)
    assert_no_overlaps(slide)
    others = [stage_slides(deck, stage) for stage in journey.stages if stage is not research]
    assert not any(card.id in s.cards for group in others for s in group)


def test_a_lane_too_tall_for_one_slide_splits_keeping_every_card_below_its_spanning_card_as_on_the_map():
    steps = [Step(name="Waits"), Step(name="Calls")]
    lane = Lane(kind=LaneKind.PAIN_POINTS, title="Pains")

    def complaint(step: Step, k: int) -> Card:
        return Card(step=step.id, text=f"{step.name} {k}: " + "a long complaint in many words " * 3)

    span = Card(step=steps[0].id, last_step=steps[1].id, text="One long wait across both steps")
    # on the map: six cards in Waits, then the span across both steps, then everything else under it
    lane.cards = [complaint(steps[0], k) for k in range(6)] + [span] + \
        [complaint(step, k) for step in steps for k in range(6, 14)]
    journey = JourneyMap(title="Queue", stages=[Stage(name="Queue", steps=steps)], lanes=[lane])
    journey.workshop.lanes = [WorkshopLane(lane=lane.id, cards=CardText.FULL)]
    deck = build_deck(journey, WIDTH, HEIGHT)
    slides = stage_slides(deck, journey.stages[0])
    assert len(slides) > 1
    shown = {card_id: k for k, slide in enumerate(slides) for card_id in slide.cards}
    assert sorted(shown) == sorted(card.id for card in lane.cards), "each card once"
    assert len(shown) == sum(len(slide.cards) for slide in slides)
    home = slides[shown[span.id]]
    for card in lane.cards[7:]:  # below the span on the map: on a later slide, or below it on the same one
        assert shown[card.id] > shown[span.id] or slides[shown[card.id]].cards[card.id].y > home.cards[span.id].bottom
    for slide in slides:
        assert_no_overlaps(slide)
        assert all(r.bottom < HEIGHT for r in slide.cards.values())


def test_the_projected_slide_fills_the_gutter_under_a_spanning_card(qtbot):
    journey, card = spanning_over_a_stage_edge()
    window = PresentationWindow(EditSession(journey))
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    index = next(k for k, s in enumerate(window.slides) if s.stage_id == journey.stages[1].id and card.id in s.cards)
    window.go_to(index)
    slide = window.slide
    face = slide.cards[card.id]
    image = window.grab().toImage()
    scale = image.width() / WIDTH
    mid_y = round((face.y + face.h / 2) * scale)

    def colour(x: float) -> str:
        return image.pixelColor(round(x * scale), mid_y).name()

    fill = colour(face.x + S.pad / 2)
    assert fill != colour(face.right + 2 * S.gap), "the card has a fill of its own"
    gutter = face.x + column_width(slide) - S.gap
    assert colour(gutter) == fill, "the gutter between its two steps is under the card"
    assert colour(face.x - S.gap / 2) == fill, "its open side runs on to the grid's edge"
