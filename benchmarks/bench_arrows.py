"""Routing arrows: 300 arrows between nearby cards of the 3,000-card map, and the hotel blueprint's 14.

Routes are worked out when a layout is first asked for them (the canvas asks
after every edit that moves cards), so this is what an edit pays for arrows.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_large import large_map  # noqa: E402

from journeymap.layout import layout_map  # noqa: E402
from journeymap.model.arrows import Arrow  # noqa: E402
from journeymap.templates import new_from_template  # noqa: E402

ARROWS = 300


def with_arrows(count: int, seed: int = 3):
    journey = large_map()
    cards = [c for lane in journey.lanes for c in lane.cards]
    order = {s.id: k for k, s in enumerate(journey.steps())}
    rng = random.Random(seed)
    for _ in range(count):
        a = rng.choice(cards)
        near = [c for c in cards if c is not a and abs(order[c.step] - order[a.step]) <= 2]
        journey.arrows.append(Arrow(source=a.id, target=rng.choice(near).id))
    return journey


def timed(journey, repeats: int = 7) -> float:
    layout = layout_map(journey)
    times = []
    for _ in range(repeats):
        fresh = layout_map(journey)  # the memo hands back the same boxes: only the routes are new work
        start = time.perf_counter()
        _ = fresh.arrows
        times.append(time.perf_counter() - start)
    del layout
    return statistics.median(times) * 1000


def run() -> list[tuple[str, float, str]]:
    big = timed(with_arrows(ARROWS))
    hotel = new_from_template("hotel-blueprint")
    small = timed(hotel)
    return [
        (f"route {ARROWS} arrows, 3,000-card map", big, "ms (after each edit that moves cards)"),
        (f"route the hotel blueprint's {len(hotel.arrows)} arrows", small, "ms"),
    ]


if __name__ == "__main__":
    from run_all import print_table

    print_table([("arrows", row) for row in run()])
