"""The workshop room: how long from a phone's vote or note to the facilitator's screen, 50 phones connected.

The presentation runs offscreen at 1920x1080 with the room on 127.0.0.1;
50 simulated phones (aiohttp, on a thread of their own) join, a round of
dots opens, and one phone after another sends a dot or a note. A sample is
the time from the phone sending its message to the end of the first paint
of the presentation window that shows it (the room's tag counts the dots and
the notes waiting). Target: median under 200 ms.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import aiohttp  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from journeymap.templates import new_from_template  # noqa: E402
from journeymap.ui.present import PresentationWindow  # noqa: E402
from journeymap.ui.session import EditSession  # noqa: E402
from tests.room_clients import Phone  # noqa: E402

PHONES = 50
SAMPLES = 40  # of each kind


def run() -> list[tuple[str, float, str]]:
    from journeymap.collab.room import limits

    limits.JOINS_PER_MINUTE_EACH = limits.SOCKETS_EACH = 1000  # all 50 phones are this one machine
    app = QApplication.instance() or QApplication([])
    window = PresentationWindow(EditSession(new_from_template("online-purchase")))
    window.resize(1920, 1080)
    window.show()
    window.go_to_stage(3)
    room = window.room
    painted: list[tuple[float, int, int]] = []  # (time, dots shown, notes shown) at the end of each paint
    paint = window.paintEvent

    def timed_paint(event) -> None:
        paint(event)
        painted.append((time.perf_counter(), room.ballots.dots, len(room.notes)))

    window.paintEvent = timed_paint
    room.open_room("127.0.0.1")
    while room.opened is None:
        app.processEvents()
    token = room.opened.link.split("#", 1)[1]
    room.start_round(99, 0, window.slide.stage_id)
    view = room.view()
    cards = [c.id for lane in room.round.lanes for c in lane.cards]
    lane, step = view.lanes[0].id, view.steps[0].id
    go = threading.Semaphore(0)
    sent: list[tuple[str, float, int]] = []  # (kind, time sent, count the screen must reach)
    joined = threading.Event()
    finished = threading.Event()

    async def phones() -> None:
        async with aiohttp.ClientSession() as http:
            crowd = [Phone(http, room.opened.address, token, f"P{i}") for i in range(PHONES)]
            await asyncio.gather(*(p.join() for p in crowd))
            joined.set()
            dots = notes = 0
            for k in range(2 * SAMPLES):
                await asyncio.to_thread(go.acquire)
                phone = crowd[k % PHONES]
                if k % 2 == 0:
                    dots += 1
                    sent.append(("vote", time.perf_counter(), dots))
                    await phone.send({"type": "dot", "card": cards[k % len(cards)]})
                else:
                    notes += 1
                    sent.append(("note", time.perf_counter(), notes))
                    await phone.send({"type": "note", "lane": lane, "step": step, "text": f"Note {k}"})
            await asyncio.to_thread(go.acquire)
            for p in crowd:
                await p.leave()
        finished.set()

    thread = threading.Thread(target=lambda: asyncio.run(phones()), daemon=True)
    thread.start()
    while not joined.is_set():
        app.processEvents()
        time.sleep(0.001)
    latencies: dict[str, list[float]] = {"vote": [], "note": []}
    for _k in range(2 * SAMPLES):
        before = len(sent)
        go.release()
        while len(sent) == before:
            time.sleep(0.0002)
        kind, at, count = sent[-1]
        while True:
            app.processEvents()
            shown = next((t for t, dots, notes in painted
                          if t >= at and (dots if kind == "vote" else notes) >= count), None)
            if shown is not None:
                latencies[kind].append((shown - at) * 1000)
                break
            time.sleep(0.0002)
    go.release()
    while not finished.is_set():
        app.processEvents()
        time.sleep(0.001)
    room.close_room()
    window.close()
    rows = []
    for kind, samples in latencies.items():
        samples.sort()
        rows.append((f"{kind} to the facilitator's screen, {PHONES} phones: median", statistics.median(samples),
                     f"ms (target < 200; n={len(samples)})"))
        rows.append((f"{kind} to the facilitator's screen: 95th percentile",
                     samples[int(0.95 * (len(samples) - 1))], "ms"))
    return rows


if __name__ == "__main__":
    for name, value, unit in run():
        print(f"{name}: {value:.1f} {unit}")
