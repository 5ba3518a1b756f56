"""What speaking to a screen reader costs on the large generated map (300 steps, 12 lanes, 3,000 cards).

- a cell-cursor move: the arrow key on the canvas until its focus event is sent (the cell named, the
  Qt update handler called), beside the same move with nothing listening: what every user pays;
- reading the whole canvas as a screen reader's review does: every cell's name and description;
- the Outline arranged by stage and step following a card move, beside rebuilding it.
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
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QAccessible  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from journeymap.commands import MoveCard  # noqa: E402
from journeymap.ui.canvas import MapView  # noqa: E402
from journeymap.ui.panels.outline import BY_STAGE, OutlinePanel  # noqa: E402
from journeymap.ui.session import EditSession  # noqa: E402

ROUNDS = 15
Text = QAccessible.Text


def _ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _timed(action: Callable[[], object], app: QApplication) -> float:
    t = time.perf_counter()
    action()
    app.processEvents()  # the focus event goes out on the next turn of the loop
    app.processEvents()
    return time.perf_counter() - t


def run() -> list[tuple[str, float, str]]:
    app = QApplication.instance() or QApplication([])
    journey = large_map()
    session = EditSession(journey)
    view = MapView(session)
    view.resize(1400, 900)
    view.show()
    view.setFocus()
    app.processEvents()
    canvas = QAccessible.queryAccessibleInterface(view)

    def move(key: Qt.Key) -> None:
        QTest.keyClick(view, key)

    moves: list[float] = []
    for k in range(ROUNDS):
        moves.append(_timed(lambda k=k: move(Qt.Key.Key_Right if k % 2 == 0 else Qt.Key.Key_Down), app))
    speech = view.speech
    session.selection_changed.disconnect()  # the same moves with the canvas speech left out, as a floor
    view.map_scene.focus_cell_changed.disconnect(speech._on_cell)
    session.selection_changed.connect(view.map_scene._on_session_selection)
    silent: list[float] = []
    for k in range(ROUNDS):
        silent.append(_timed(lambda k=k: move(Qt.Key.Key_Left if k % 2 == 0 else Qt.Key.Key_Up), app))

    t = time.perf_counter()
    count = canvas.childCount()
    words = 0
    for index in range(count):
        child = canvas.child(index)
        words += len(child.text(Text.Name)) + len(child.text(Text.Description))
    review = time.perf_counter() - t
    view.close()
    view.deleteLater()  # its scene would follow the edits below too
    app.processEvents()

    panel = OutlinePanel(session)
    panel.set_arrangement(BY_STAGE)
    panel.resize(360, 900)
    panel.show()
    app.processEvents()
    card = journey.lanes[3].cards[len(journey.lanes[3].cards) // 2]
    target_lane, target_step = journey.lanes[8], journey.steps()[len(journey.steps()) // 3]
    edits, undos, rebuilds = [], [], []
    for _ in range(ROUNDS):
        edits.append(_timed(lambda: session.push(MoveCard(session.document, card.id, target_lane.id,
                                                          target_step.id, 0)), app))
        undos.append(_timed(session.undo_stack.undo, app))
    for _ in range(5):
        rebuilds.append(_timed(panel.rebuild, app))
    panel.close()
    return [
        ("canvas: cursor move, spoken", _ms(moves), "ms median (key to focus event)"),
        ("canvas: cursor move, silent", _ms(silent), "ms median (the same move, nothing spoken)"),
        ("canvas: read every cell", review * 1000, f"ms ({count} children, {words:,} characters)"),
        ("outline by stage: card move", _ms(edits), "ms median"),
        ("outline by stage: undo card move", _ms(undos), "ms median"),
        ("outline by stage: rebuild", _ms(rebuilds), "ms median"),
    ]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from run_all import print_table

    print_table([("accessibility", row) for row in run()])
