"""Arrows never cross a card's face, spanning cards cover their steps, pictures keep their proportions.

The routing test is geometric: every run of every arrow, on every bundled
template, the storyboard map and random maps with spans and arrows, is checked
against every card's rectangle.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from journeymap.layout import LayoutOptions, layout_map
from journeymap.layout.arrows import ArrowRoute
from journeymap.layout.geometry import Rect
from journeymap.model import Card, JourneyMap, Lane, LaneKind, Stage, Step
from journeymap.model.arrows import Arrow
from journeymap.templates import list_templates, new_from_template
from tests.io.strategies import journey_maps
from tests.pictures import picture
from tests.rich_map import rich_map


def crossings(route: ArrowRoute, cards: dict[str, Rect]) -> list[str]:
    """The cards whose inside one of the route's runs passes through (touching an edge is not crossing)."""
    out = []
    for (x0, y0), (x1, y1) in route.segments():
        lo_x, hi_x, lo_y, hi_y = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
        for card_id, r in cards.items():
            inside_x = r.x < lo_x < r.right if lo_x == hi_x else lo_x < r.right and r.x < hi_x
            inside_y = r.y < lo_y < r.bottom if lo_y == hi_y else lo_y < r.bottom and r.y < hi_y
            if inside_x and inside_y:
                out.append(card_id)
    return out


def check_routes(journey: JourneyMap, options: LayoutOptions | None = None) -> int:
    layout = layout_map(journey, options)
    rects = {card_id: box.rect for card_id, box in layout.cards.items()}
    for route in layout.arrows:
        assert crossings(route, rects) == [], route
        for (x0, y0), (x1, y1) in route.segments():
            assert x0 == x1 or y0 == y1, "every run is horizontal or vertical"
        start, end = route.points[0], route.points[-1]
        assert _on_edge(start, rects[route.source]) and _on_edge(end, rects[route.target])
    return len(layout.arrows)


def _on_edge(p: tuple[float, float], r: Rect) -> bool:
    x, y = p
    on_side = (abs(x - r.x) < 1e-6 or abs(x - r.right) < 1e-6) and r.y <= y <= r.bottom
    on_end = (abs(y - r.y) < 1e-6 or abs(y - r.bottom) < 1e-6) and r.x <= x <= r.right
    return on_side or on_end


@pytest.mark.parametrize("name", [t.name for t in list_templates()])
def test_no_arrow_of_a_bundled_template_crosses_a_card(name):
    check_routes(new_from_template(name))


def test_the_hotel_blueprint_traces_guest_actions_to_support_processes_with_arrows():
    journey = new_from_template("hotel-blueprint")
    lane_of = {card.id: lane.kind for lane in journey.lanes for card in lane.cards}
    kinds = {(lane_of[a.source], lane_of[a.target]) for a in journey.arrows}
    assert (LaneKind.ACTIONS, LaneKind.FRONTSTAGE) in kinds
    assert (LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE) in kinds
    assert (LaneKind.BACKSTAGE, LaneKind.SUPPORT_PROCESSES) in kinds
    assert any(a.style.value == "dependency" for a in journey.arrows)
    assert check_routes(journey) == len(journey.arrows)


def test_arrows_around_spanning_cards_of_the_storyboard_map_cross_no_card():
    journey = rich_map()
    assert check_routes(journey) == len(journey.arrows)
    assert check_routes(journey, LayoutOptions(card_width=123.7, leading=1.3)) == len(journey.arrows)


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(journey_maps())
def test_no_arrow_of_a_random_map_crosses_a_card(journey):
    shown = {card.id for lane in journey.lanes if not lane.hidden for card in lane.cards}
    assert check_routes(journey) == sum(a.source in shown and a.target in shown for a in journey.arrows)


def walled_map() -> tuple[JourneyMap, Arrow]:
    """A card spanning every step between two cards: the arrow has to go round it."""
    steps = [Step(name=f"s{k}") for k in range(4)]
    top = Lane(kind=LaneKind.ACTIONS, cards=[Card(step=steps[0].id, text="Start")])
    wall = Lane(kind=LaneKind.BACKSTAGE, cards=[Card(step=steps[0].id, last_step=steps[3].id, text="Wall")])
    bottom = Lane(kind=LaneKind.SUPPORT_PROCESSES, cards=[Card(step=steps[2].id, text="End")])
    arrow = Arrow(source=top.cards[0].id, target=bottom.cards[0].id, label="round the wall")
    return JourneyMap(stages=[Stage(name="One", steps=steps)], lanes=[top, wall, bottom], arrows=[arrow]), arrow


def test_an_arrow_goes_round_a_card_spanning_its_way():
    journey, arrow = walled_map()
    layout = layout_map(journey)
    (route,) = layout.arrows
    wall = layout.cards[journey.lanes[1].cards[0].id].rect
    assert crossings(route, {"wall": wall}) == []
    assert any(x <= wall.x or x >= wall.right for x, _y in route.points), "it leaves by a gutter beside the wall"
    assert route.label is not None and route.label.lines == ("round the wall",)


def test_a_straight_card_below_gets_a_straight_arrow():
    steps = [Step(name="Pays")]
    a = Lane(kind=LaneKind.ACTIONS, cards=[Card(step=steps[0].id, text="Pays")])
    b = Lane(kind=LaneKind.FRONTSTAGE, cards=[Card(step=steps[0].id, text="Till")])
    journey = JourneyMap(stages=[Stage(name="Buy", steps=steps)], lanes=[a, b],
                         arrows=[Arrow(source=a.cards[0].id, target=b.cards[0].id)])
    layout = layout_map(journey)
    (route,) = layout.arrows
    assert len(route.points) == 2 and route.points[0][0] == route.points[1][0]
    assert route.points[0][1] == layout.cards[a.cards[0].id].rect.bottom
    assert route.points[1][1] == layout.cards[b.cards[0].id].rect.y


def test_an_arrow_to_a_card_in_a_hidden_lane_is_not_drawn():
    journey, _arrow = walled_map()
    journey.lanes[2].hidden = True
    assert layout_map(journey).arrows == ()


def test_a_spanning_card_covers_its_steps_and_the_cards_it_covers_stack_below_it():
    steps = [Step(name=f"s{k}") for k in range(3)]
    lane = Lane(kind=LaneKind.OWNERSHIP, cards=[Card(step=steps[1].id, text="Two"),
                                                Card(step=steps[0].id, last_step=steps[2].id, text="Owner")])
    layout = layout_map(JourneyMap(stages=[Stage(name="S", steps=steps)], lanes=[lane]))
    owner, two = layout.cards[lane.cards[1].id], layout.cards[lane.cards[0].id]
    first, last = layout.steps[steps[0].id].column, layout.steps[steps[2].id].column
    assert owner.columns == 3
    assert owner.rect.x == pytest.approx(first.x + 6) and owner.rect.right == pytest.approx(last.right - 6)
    assert two.rect.y >= owner.rect.bottom, "a card in a spanned step goes below the spanning card"
    assert not owner.rect.intersects(two.rect)
    assert layout.card_at(last.x + 20, owner.rect.y + 5) == owner.card_id, "found in every column it spans"


def test_a_storyboard_frame_fills_the_card_and_a_thumbnail_stays_small_both_keeping_proportions():
    steps = [Step(name="Visits the store")]
    frames = Lane(kind=LaneKind.IMAGES, cards=[Card(step=steps[0].id, text="Shelf", picture=picture(400, 300))])
    notes = Lane(kind=LaneKind.ACTIONS, cards=[Card(step=steps[0].id, text="Finds it", picture=picture(400, 300))])
    tall = Lane(kind=LaneKind.IMAGES, cards=[Card(step=steps[0].id, text="Tall", picture=picture(300, 900))])
    layout = layout_map(JourneyMap(stages=[Stage(name="S", steps=steps)], lanes=[frames, notes, tall]))
    frame, thumb, narrow = (layout.cards[lane.cards[0].id] for lane in (frames, notes, tall))
    for box in (frame, thumb, narrow):
        p = box.picture
        assert p is not None and box.rect.contains_rect(p.rect)
        assert p.rect.w / p.rect.h == pytest.approx(4 / 3 if box is not narrow else 1 / 3)
        assert box.text.rect.y >= p.rect.bottom, "the text (the caption) comes below the picture"
    assert frame.picture.rect.w == pytest.approx(frame.rect.w - 12) and not frame.picture.thumbnail
    assert thumb.picture.thumbnail and thumb.picture.rect.h <= 40
    assert narrow.picture.rect.h <= 150 and narrow.picture.rect.center[0] == pytest.approx(narrow.rect.center[0])
