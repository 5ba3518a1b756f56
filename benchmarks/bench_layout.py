"""Layout speed for the editor: a full layout of the large map beside re-layout after one edit.

The canvas has 16 ms for an edit and its repaint, so an edit must not cost a
full layout. `relayout(previous, journey, changed_ids)` re-lays out only the
touched cells for card edits, and otherwise re-runs `layout_map`, which reuses
the measured boxes of everything unchanged. Each measure is the median of
several rounds, as wall time and as CPU time (`time.process_time`: the machine
may be busy with other work).
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_large import large_map  # noqa: E402

from journeymap.layout import layout_map, relayout  # noqa: E402
from journeymap.layout import map_layout as map_layout_module  # noqa: E402
from journeymap.layout import text as text_module  # noqa: E402
from journeymap.layout.map_layout import MapLayout  # noqa: E402
from journeymap.model import JourneyMap  # noqa: E402

ROUNDS = 7


def forget() -> None:
    """Drop what earlier layouts remembered (wrapped lines, boxes); word widths stay, as in an open editor."""
    text_module._wrap_cache.clear()
    map_layout_module._memos.clear()


def timed(setup: Callable[[int], object], measure: Callable[[object], object]) -> tuple[float, float]:
    """Median wall and CPU milliseconds of ``measure(setup(round))`` (setup is not timed)."""
    wall, cpu = [], []
    for n in range(ROUNDS):
        arg = setup(n)
        w0, c0 = time.perf_counter(), time.process_time()
        measure(arg)
        wall.append(time.perf_counter() - w0)
        cpu.append(time.process_time() - c0)
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000


class Editor:
    """Keeps the current layout, as the canvas does, and applies one edit at a time."""

    def __init__(self, journey: JourneyMap) -> None:
        self.journey = journey
        self.layout: MapLayout = layout_map(journey)

    def apply(self, ids: list[str]) -> None:
        self.layout = relayout(self.layout, self.journey, ids)


def run() -> list[tuple[str, float, str]]:
    journey = large_map()
    cards = sum(len(lane.cards) for lane in journey.lanes)
    layout_map(journey)  # word widths measured once, as an open editor has them
    rows: list[tuple[str, float, str]] = []

    def row(name: str, wall_cpu: tuple[float, float], note: str) -> float:
        wall, cpu = wall_cpu
        rows.append((name, cpu, f"ms CPU (wall {wall:.2f} ms){note}"))
        return cpu

    def cold(_n: int) -> None:
        forget()

    full = row("full layout_map, nothing remembered", timed(cold, lambda _: layout_map(journey)),
               f", {cards} cards, 300 steps, 12 lanes")
    row("full layout_map, boxes remembered", timed(lambda n: None, lambda _: layout_map(journey)),
        ", unchanged map")

    ed = Editor(journey)
    lane = next(lane for lane in journey.lanes if len(lane.cards) > 100)
    card = lane.cards[len(lane.cards) // 2]
    original = card.text

    def card_text(n: int) -> list[str]:
        card.text = f"{original} edit {n}"
        return [card.id]

    edit = row("relayout after a card text edit", timed(card_text, ed.apply), ", its row keeps its height")
    rows.append(("ratio full / card text edit", full / max(edit, 1e-6), "x (the edit does not re-lay out all)"))

    def card_grows(n: int) -> list[str]:
        card.text = original + " and then much more" * (40 + 10 * n)  # the tallest card: its row grows
        return [card.id]

    row("relayout after a card text edit growing its row", timed(card_grows, ed.apply),
        ", every row below moves")
    card.text = original
    ed.apply([card.id])

    step = journey.stages[3].steps[1]
    name = step.name

    def rename(n: int) -> list[str]:
        step.name = f"{name} {n}"
        return [step.id]

    row("relayout after a step rename", timed(rename, ed.apply), "")
    score = step.scores[0]

    def rescore(n: int) -> list[str]:
        score.value = n % 3 - 1
        return [step.id]

    row("relayout after a score change", timed(rescore, ed.apply), "")
    hidden = journey.lanes[2]

    def toggle_lane(n: int) -> list[str]:
        hidden.hidden = n % 2 == 0
        return [hidden.id]

    row("relayout after hiding/showing a lane", timed(toggle_lane, ed.apply), ", rows below move")
    return rows


if __name__ == "__main__":
    from run_all import print_table

    print_table([("layout", r) for r in run()])
