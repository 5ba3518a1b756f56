"""A small but complete map for model tests: every kind of object, several cards per cell."""

from __future__ import annotations

from journeymap.model import (
    Card,
    Ces,
    Csat,
    JourneyMap,
    Lane,
    LaneKind,
    Metrics,
    Note,
    Nps,
    Persona,
    Score,
    Stage,
    Step,
)


def sample_map() -> JourneyMap:
    """Two personas with empathy notes, two stages (3 + 2 steps), three lanes, scores on most steps."""
    ana = Persona(name="Ana", role="First-time buyer", goals=["Get it fast"])
    ana.empathy_map.says = [Note(text="Where is my parcel?"), Note(text="Great price")]
    ana.empathy_map.feels = [Note(text="Anxious")]
    ben = Persona(name="Ben", role="Returning customer")
    ben.empathy_map.thinks = [Note(text="I know this shop")]

    browse = Stage(name="Browse", steps=[Step(name="Search"), Step(name="Compare"), Step(name="Choose")])
    buy = Stage(name="Buy", steps=[Step(name="Pay"), Step(name="Wait")])
    steps = browse.steps + buy.steps
    steps[0].metrics = Metrics(nps=Nps(value=12.5, sample_size=80), csat=Csat(value=71), ces=Ces(value=2.5))
    steps[3].moment_of_truth = True
    for k, step in enumerate(steps):
        step.scores.append(Score(persona=ana.id, value=(k % 5) - 2, label=f"a{k}"))
        if k % 2 == 0:
            step.scores.append(Score(persona=ben.id, value=1, target=3))

    actions = Lane(kind=LaneKind.ACTIONS, cards=[
        Card(step=steps[0].id, text="Types 'headphones'"),
        Card(step=steps[0].id, text="Filters by price"),
        Card(step=steps[1].id, text="Reads reviews"),
        Card(step=steps[3].id, text="Pays by card"),
        Card(step=steps[3].id, text="Gets a receipt"),
        Card(step=steps[3].id, text="Checks the e-mail"),
    ])
    touchpoints = Lane(kind=LaneKind.TOUCHPOINTS, cards=[
        Card(step=steps[0].id, text="Search page", channel="website"),
        Card(step=steps[3].id, text="Checkout", channel="website"),
        Card(step=steps[4].id, text="Tracking SMS", channel="phone"),
    ])
    pains = Lane(kind=LaneKind.PAIN_POINTS, title="What hurts", cards=[
        Card(step=steps[1].id, text="Too many similar models"),
        Card(step=steps[4].id, text="No delivery date"),
    ])
    return JourneyMap(
        title="Buying headphones",
        personas=[ana, ben],
        stages=[browse, buy],
        lanes=[actions, touchpoints, pains],
    )
