"""Maps for the reliability tests: a small complete one, and a large one like a full workshop wall."""

from __future__ import annotations

import random

from journeymap.model import (
    Card,
    EvidenceStatus,
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


def small_map(title: str = "Buying headphones") -> JourneyMap:
    """Two personas, two stages, three lanes, a few cards: every kind of object once."""
    ana = Persona(name="Ana", role="First-time buyer", goals=["Get it fast"])
    ana.empathy_map.says = [Note(text="Where is my parcel?")]
    ben = Persona(name="Ben")
    browse = Stage(name="Browse", steps=[Step(name="Search"), Step(name="Compare")])
    buy = Stage(name="Buy", steps=[Step(name="Pay"), Step(name="Wait")])
    steps = browse.steps + buy.steps
    steps[0].metrics = Metrics(nps=Nps(value=12.5, sample_size=80))
    for k, step in enumerate(steps):
        step.scores.append(Score(persona=ana.id, value=(k % 5) - 2, label=f"a{k}"))
    lanes = [
        Lane(kind=LaneKind.ACTIONS, cards=[Card(step=steps[0].id, text="Types 'headphones'"),
                                           Card(step=steps[2].id, text="Pays by card")]),
        Lane(kind=LaneKind.TOUCHPOINTS, cards=[Card(step=steps[1].id, text="Reviews", channel="website")]),
        Lane(kind=LaneKind.PAIN_POINTS, title="What hurts",
             cards=[Card(step=steps[3].id, text="No delivery date — ünïcödé ✓")]),
    ]
    return JourneyMap(title=title, personas=[ana, ben], stages=[browse, buy], lanes=lanes)


def large_map(seed: int = 1, stages: int = 30, steps: int = 300, lanes: int = 12,
              cards: int = 3_200, personas: int = 3) -> JourneyMap:
    """A map far bigger than a real wall: 30 stages, 300 steps, 12 lanes, 3,200 cards by default."""
    rng = random.Random(seed)
    people = [Persona(name=f"Persona {p}", role="Customer", quote="I just want it to work " * 3)
              for p in range(personas)]
    all_stages = [Stage(name=f"Stage {s + 1}", description="What happens here " * 4) for s in range(stages)]
    all_steps = []
    for k in range(steps):
        step = Step(name=f"Step {k + 1}", description="The customer does something " * 2)
        for p in people:
            step.scores.append(Score(persona=p.id, value=rng.randint(-3, 3), label="feels"))
        all_stages[k * stages // steps].steps.append(step)
        all_steps.append(step)
    kinds = [k for k in LaneKind if k is not LaneKind.EMOTION]
    all_lanes = [Lane(kind=kinds[k % len(kinds)], title=f"Lane {k + 1}") for k in range(lanes)]
    words = "parcel delivery refund agent wait price review checkout app call email store".split()
    for c in range(cards):
        lane = all_lanes[c % lanes]
        text = " ".join(rng.choice(words) for _ in range(rng.randint(3, 14)))
        lane.cards.append(Card(step=rng.choice(all_steps).id, text=f"{c}: {text}",
                               detail="detail " * rng.randint(0, 20),
                               status=rng.choice(list(EvidenceStatus)), votes=rng.randint(0, 9),
                               tags=["a", "b"][: rng.randint(0, 2)]))
    return JourneyMap(title=f"Large map {seed}", personas=people, stages=all_stages, lanes=all_lanes)
