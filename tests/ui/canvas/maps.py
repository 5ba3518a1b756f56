"""A small map for canvas tests: two stages, four steps, three card lanes around an emotion lane."""

from __future__ import annotations

from journeymap.model import Card, JourneyMap, Lane, LaneKind, Persona, Score, Stage, Step


def canvas_map() -> JourneyMap:
    ana, ben = Persona(name="Ana", colour="#0072b2"), Persona(name="Ben", colour="#d55e00")
    s1 = Stage(name="Aware", steps=[Step(name="See advert"), Step(name="Visit site")])
    s2 = Stage(name="Buy", colour="#dcefdc", steps=[Step(name="Checkout", moment_of_truth=True), Step(name="Pay")])
    steps = s1.steps + s2.steps
    for k, step in enumerate(steps):
        step.scores = [Score(persona=ana.id, value=k - 1)]
    steps[0].scores.append(Score(persona=ben.id, value=1, target=2))
    actions = Lane(kind=LaneKind.ACTIONS, cards=[
        Card(step=steps[0].id, text="Scrolls feed"), Card(step=steps[0].id, text="Taps ad"),
        Card(step=steps[1].id, text="Reads reviews"), Card(step=steps[3].id, text="Enters card"),
    ])
    touch = Lane(kind=LaneKind.TOUCHPOINTS, cards=[
        Card(step=steps[1].id, text="Product page", channel="website", owner="E-commerce"),
    ])
    pains = Lane(kind=LaneKind.PAIN_POINTS, cards=[Card(step=steps[2].id, text="Forced sign-up", votes=3)])
    return JourneyMap(title="Test journey", personas=[ana, ben], stages=[s1, s2],
                      lanes=[actions, touch, Lane(kind=LaneKind.EMOTION), pains])
