"""Readable from the back of the room: no text under 1/40 of the screen height, nothing cut off."""

from __future__ import annotations

import pytest

from journeymap.model import LaneKind
from journeymap.model.workshop import workshop_lanes
from journeymap.templates import list_templates

from .conftest import HEIGHT, WIDTH, open_presentation

TEMPLATES = [t.name for t in list_templates()]
MIN_PX = HEIGHT / 40


@pytest.mark.parametrize("name", TEMPLATES)
def test_every_slide_of_every_template_keeps_text_at_least_a_fortieth_of_the_height(qtbot, name):
    window = open_presentation(qtbot, name)
    assert len(window.slides) >= 3
    for index in range(len(window.slides)):
        window.go_to(index)
        window.grab()
        items = window.text_log.items
        assert items, f"slide {index} drew no text"
        small = [(t.text, t.pixel_size) for t in items if t.pixel_size < MIN_PX]
        assert not small, f"{name} slide {index}: {small[:3]}"
        outside = [t.text for t in items
                   if t.left < -0.5 or t.right > WIDTH + 0.5 or t.top < -0.5 or t.bottom > HEIGHT + 0.5]
        assert not outside, f"{name} slide {index}: cut off at the screen edge: {outside[:3]}"


def test_overlays_keep_the_minimum_size_too(qtbot):
    window = open_presentation(qtbot)
    window.go_to(2)
    card_id = next(iter(window.slide.cards))
    for setup in (lambda: setattr(window, "spotlight", card_id), lambda: setattr(window, "voting", True),
                  lambda: setattr(window, "help_visible", True)):
        setup()
        window.grab()
        assert min(t.pixel_size for t in window.text_log.items) >= MIN_PX


@pytest.mark.parametrize("name", TEMPLATES)
def test_every_card_of_every_stage_is_shown_exactly_once_inside_its_stage_slides(qtbot, name):
    window = open_presentation(qtbot, name)
    journey = window.session.journey
    for stage in journey.stages:
        step_ids = {step.id for step in stage.steps}
        expected = sorted(card.id for lane, _how in workshop_lanes(journey) if lane.kind != LaneKind.EMOTION
                          for card in lane.cards if card.step in step_ids)
        shown = [cid for s in window.slides if s.stage_id == stage.id for cid in s.cards]
        assert sorted(shown) == expected, stage.name
        for slide in (s for s in window.slides if s.stage_id == stage.id):
            rects = list(slide.cards.values())
            assert all(0 <= r.x and r.right <= WIDTH and 0 <= r.y and r.bottom <= HEIGHT for r in rects)
            for i, a in enumerate(rects):
                assert not any(a.intersects(b) for b in rects[i + 1:]), f"{name}: overlapping cards"


def test_a_crowded_stage_is_split_into_more_slides_rather_than_shrunk(qtbot):
    from journeymap.commands import AddCard
    from journeymap.model import Card

    window = open_presentation(qtbot)
    session = window.session
    stage = session.journey.stages[0]
    before = sum(1 for s in window.slides if s.stage_id == stage.id)
    lane = next(lane for lane in session.journey.lanes if lane.kind == LaneKind.PAIN_POINTS)
    for i in range(12):
        card = Card(step=stage.steps[0].id, text=f"Another thought, number {i}, added in the workshop")
        session.push(AddCard(session.document, lane.id, card))
    after = [s for s in window.slides if s.stage_id == stage.id]
    assert len(after) > before
    for index, slide in enumerate(window.slides):
        if slide.stage_id == stage.id:
            window.go_to(index)
            window.grab()
            assert min(t.pixel_size for t in window.text_log.items) >= MIN_PX


def _awkward_map():
    from journeymap.model import Card, JourneyMap, Lane, Persona, Score, Stage, Step

    steps = [Step(name=f"Step {i} with a fairly long name that wraps") for i in range(7)]
    personas = [Persona(name=f"Persona {i}", quote="Long quote " * 60, colour="#0072b2") for i in range(7)]
    for step in steps:
        step.scores = [Score(persona=p.id, value=(i % 7) - 3, target=1) for i, p in enumerate(personas)]
    lane = Lane(kind=LaneKind.PAIN_POINTS, cards=[
        Card(step=steps[0].id, text="x" * 20_000, detail="y" * 20_000, votes=3),
        Card(step=steps[1].id, text="Supercalifragilistic" * 40),
    ] + [Card(step=steps[2].id, text=f"Card {i}") for i in range(40)])
    return JourneyMap(title="An awkward map " * 10, scenario="Scenario words " * 300,
                      personas=personas, stages=[Stage(name="Everything", steps=steps), Stage(name="Empty")],
                      lanes=[lane, Lane(kind=LaneKind.EMOTION)])


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
def test_awkward_maps_split_into_more_slides_and_never_shrink_or_overflow(qtbot, size):
    from journeymap.ui.present import PresentationWindow
    from journeymap.ui.session import EditSession

    width, height = size
    window = PresentationWindow(EditSession(_awkward_map()))
    qtbot.addWidget(window)
    window.resize(width, height)
    assert sum(1 for s in window.slides if s.kind == "overview") > 1  # seven long personas
    assert sum(1 for s in window.slides if s.kind == "stage") > 2
    huge = window.session.journey.lanes[0].cards[0].id
    for index in range(len(window.slides)):
        window.go_to(index)
        if huge in window.slide.cards:
            window.spotlight = huge
        window.grab()
        window.spotlight = None
        items = window.text_log.items
        assert min(t.pixel_size for t in items) >= height / 40
        assert all(t.left >= -0.5 and t.right <= width + 0.5 and t.bottom <= height + 0.5 for t in items), index
