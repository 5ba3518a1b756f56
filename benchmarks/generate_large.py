"""A large, realistic-looking journey map for benchmarks: the same map for the same seed.

    python benchmarks/generate_large.py OUT.journey [--stages 30 --steps 300 --lanes 12 --cards 3000]
"""

from __future__ import annotations

import argparse
import random
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

from journeymap.model import (
    Card,
    Ces,
    Csat,
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

_WORDS = (
    "customer checks order status delivery parcel arrives damaged support agent calls back refund voucher "
    "app login fails password reset email confirmation café naïve Größe délai заказ доставка 配達 注文 "
    "σύνδεση πληρωμή 👍 quick easy slow confusing delighted frustrated waits compares prices reviews basket"
).split()
_CARD_LANES = [k for k in LaneKind if k is not LaneKind.EMOTION]


def _text(rng: random.Random, lo: int, hi: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(lo, hi))).capitalize()


def large_map(stages: int = 30, steps: int = 300, lanes: int = 12, cards: int = 3000,
              personas: int = 4, seed: int = 7) -> JourneyMap:
    """A map with ``steps`` spread over ``stages``, ``cards`` spread over ``lanes``, every step scored."""
    rng = random.Random(seed)

    def uid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    stamp = datetime(2026, 1, 1, tzinfo=UTC)
    people = []
    for p in range(personas):
        persona = Persona(id=uid(), name=f"Persona {p + 1}", role=_text(rng, 2, 4), quote=_text(rng, 6, 12),
                          goals=[_text(rng, 3, 6) for _ in range(3)], channels=["website", "phone"])
        for section in ("says", "thinks", "does", "feels", "pains", "gains"):
            setattr(persona.empathy_map, section, [Note(id=uid(), text=_text(rng, 3, 8)) for _ in range(3)])
        people.append(persona)

    all_steps: list[Step] = []
    stage_list = []
    for s in range(stages):
        count = steps // stages + (1 if s < steps % stages else 0)
        stage_steps = []
        for _ in range(count):
            step = Step(id=uid(), name=_text(rng, 1, 3), description=_text(rng, 5, 15),
                        moment_of_truth=rng.random() < 0.05)
            if rng.random() < 0.3:
                step.metrics = Metrics(nps=Nps(value=rng.randint(-100, 100), sample_size=rng.randint(10, 900)),
                                       csat=Csat(value=round(rng.uniform(0, 100), 1)),
                                       ces=Ces(value=round(rng.uniform(1, 7), 2), sample_size=120))
            step.scores = [Score(persona=p.id, value=rng.randint(-3, 3), label=_text(rng, 1, 2),
                                 target=rng.randint(0, 3) if rng.random() < 0.3 else None) for p in people]
            stage_steps.append(step)
        all_steps += stage_steps
        stage_list.append(Stage(id=uid(), name=f"Stage {s + 1}", description=_text(rng, 4, 10), steps=stage_steps))

    lane_list = [Lane(id=uid(), kind=_CARD_LANES[n % len(_CARD_LANES)], title=f"Lane {n + 1}") for n in range(lanes)]
    order = {step.id: k for k, step in enumerate(all_steps)}
    for _ in range(cards):
        lane = rng.choice(lane_list)
        lane.cards.append(Card(
            id=uid(), step=rng.choice(all_steps).id, text=_text(rng, 3, 12),
            detail=_text(rng, 0, 20), tags=[rng.choice(_WORDS) for _ in range(rng.randint(0, 3))],
            status=rng.choice(list(EvidenceStatus)), votes=rng.randint(0, 9),
            channel=rng.choice(["", "website", "email", "phone", "Kiosk in store"]),
        ))
    for lane in lane_list:
        lane.cards.sort(key=lambda c: order[c.step])  # cells in column order, stable within a cell

    return JourneyMap(id=uid(), title="A very large journey", description=_text(rng, 20, 40),
                      created=stamp, modified=stamp, personas=people, stages=stage_list, lanes=lane_list)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--stages", type=int, default=30)
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--lanes", type=int, default=12)
    parser.add_argument("--cards", type=int, default=3000)
    parser.add_argument("--personas", type=int, default=4)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    from journeymap.io import save_map

    journey = large_map(args.stages, args.steps, args.lanes, args.cards, args.personas, args.seed)
    save_map(journey, args.out, backup=False)
    print(f"wrote {args.out}: {sum(len(lane.cards) for lane in journey.lanes)} cards, "
          f"{len(journey.steps())} steps, {args.out.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
