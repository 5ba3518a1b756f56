"""The outline panel on the large generated map: one edit updates its rows, beside a full rebuild.

Each edit (a card move, a step add, a lane remove) is pushed and undone in turn,
alternating with a full rebuild of the tree in the same round, so a busy
machine slows both alike. The ratio shows that an edit does not rebuild.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_large import large_map  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from journeymap.commands import AddStep, MoveCard, Remove  # noqa: E402
from journeymap.model import Step  # noqa: E402
from journeymap.ui.panels.outline import OutlinePanel  # noqa: E402
from journeymap.ui.session import EditSession  # noqa: E402

ROUNDS = 9


def _ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _timed(action: Callable[[], None], app: QApplication) -> float:
    t = time.perf_counter()
    action()
    app.processEvents()  # the tree lays out its rows on a zero timer: let that run, then paint
    app.processEvents()
    return time.perf_counter() - t


def run() -> list[tuple[str, float, str]]:
    app = QApplication.instance() or QApplication([])
    journey = large_map()
    session = EditSession(journey)
    doc = session.document
    panel = OutlinePanel(session)
    panel.resize(360, 900)
    panel.show()
    app.processEvents()

    lanes = journey.lanes
    steps = journey.steps()
    card = lanes[3].cards[len(lanes[3].cards) // 2]
    target_lane, target_step = lanes[8], steps[len(steps) // 3]
    stage = journey.stages[len(journey.stages) // 2]
    lane = lanes[len(lanes) // 2]
    panel.item_for(lane.id).setExpanded(True)
    edits: dict[str, Callable[[], object]] = {
        "card move": lambda: MoveCard(doc, card.id, target_lane.id, target_step.id, 0),
        "step add": lambda: AddStep(doc, stage.id, Step(name="Compare offers"), 1),
        "lane remove (with its cards)": lambda: Remove(doc, lane.id),
    }
    times: dict[str, list[float]] = {name: [] for name in edits}
    undos: dict[str, list[float]] = {name: [] for name in edits}
    rebuilds: list[float] = []
    for _ in range(ROUNDS):
        for name, make in edits.items():
            times[name].append(_timed(lambda make=make: session.push(make()), app))
            undos[name].append(_timed(session.undo_stack.undo, app))
        rebuilds.append(_timed(panel.rebuild, app))
    panel.close()

    rebuild = _ms(rebuilds)
    cards = sum(len(x.cards) for x in lanes)
    rows: list[tuple[str, float, str]] = [
        ("outline full rebuild", rebuild, f"ms median ({cards} cards, {len(steps)} steps)"),
    ]
    for name in edits:
        edit = _ms(times[name])
        rows.append((f"outline: {name}", edit, "ms median"))
        rows.append((f"outline: undo {name}", _ms(undos[name]), "ms median"))
        rows.append((f"outline rebuild / {name}", rebuild / edit, "x (the edit does not rebuild)"))
    return rows


if __name__ == "__main__":
    for name, value, note in run():
        print(f"{name:<40} {value:10.2f}  {note}")
