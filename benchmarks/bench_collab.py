"""Co-editing: how fast a colleague's edit shows, how long joining a large room takes, what history costs.

* remote edit latency: 10 replicas in one room of an embedded server on localhost; one edits, the time
  until each other replica's Document holds the edit (median and p95 over every edit x observer);
  target: median under 100 ms;
* joining a room that holds the 3,000-card map (connect, sync, check, build the Document) beside
  loading the same map from its file (``load_map``); target: at most 2x;
* a 3,000-card room after 10,000 edits (typing in cards, moves, renames): the size of its Yjs state
  (the history Yjs keeps) and the memory a replica needs to hold it.
"""

from __future__ import annotations

import gc
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_large import large_map  # noqa: E402

from journeymap.collab import MapBinding  # noqa: E402
from journeymap.collab.client import RoomClient  # noqa: E402
from journeymap.collab.embedded import start_embedded_server  # noqa: E402
from journeymap.collab.state import shared_doc  # noqa: E402
from journeymap.io import load_map, save_map  # noqa: E402
from journeymap.model import Document  # noqa: E402
from journeymap.templates import new_from_template  # noqa: E402

CLIENTS = 10
EDITS = 40


class Replica:
    def __init__(self, link, binding=None) -> None:
        self.owner = ThreadPoolExecutor(max_workers=1)
        self.client = RoomClient(link, binding, owner=self.owner.submit, max_backoff=0.3)
        self.client.start()

    def run(self, fn):
        return self.owner.submit(fn).result(30)

    def stop(self) -> None:
        self.client.stop()
        self.owner.shutdown()


def wait_for(predicate, timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            raise TimeoutError("the room did not answer")
        time.sleep(0.01)


def remote_latency() -> list[float]:
    server = start_embedded_server(host="127.0.0.1")
    first = Replica(server.link, MapBinding.share(Document(new_from_template("online-purchase"))))
    wait_for(lambda: first.client.status.state == "synced")
    replicas = [first]
    for _ in range(CLIENTS - 1):
        replica = Replica(server.link)
        wait_for(replica.client.joined.is_set)
        replicas.append(replica)
    wait_for(lambda: all(r.client.status.state == "synced" for r in replicas))
    seen: dict[tuple[int, str], float] = {}
    lock = threading.Lock()

    def watch(k: int, replica: Replica) -> None:
        doc = replica.client.binding.document

        def listener(change) -> None:
            if change.kind == "map":
                with lock:
                    seen.setdefault((k, doc.journey.title), time.perf_counter())
        doc.subscribe(listener)

    for k, replica in enumerate(replicas):
        replica.run(lambda k=k, r=replica: watch(k, r))
    rng = random.Random(3)
    latencies = []
    for n in range(EDITS):
        editor = rng.randrange(CLIENTS)
        title = f"Edit {n}"
        start = time.perf_counter()
        replicas[editor].run(lambda r=replicas[editor], t=title: r.client.binding.document.set_fields(None, {"title": t}))
        others = [k for k in range(CLIENTS) if k != editor]
        wait_for(lambda t=title, o=others: all((k, t) in seen for k in o))
        latencies += [(seen[(k, title)] - start) * 1000 for k in others]
        time.sleep(0.02)
    for replica in replicas:
        replica.stop()
    server.stop()
    return latencies


def join_against_load(journey) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.journey"
        save_map(journey, path, backup=False)
        loads = []
        for _ in range(5):
            start = time.perf_counter()
            Document(load_map(path))
            loads.append((time.perf_counter() - start) * 1000)
    server = start_embedded_server(host="127.0.0.1")
    sharer = Replica(server.link, MapBinding.share(Document(journey)))
    wait_for(lambda: sharer.client.status.state == "synced", 60)
    joins = []
    for _ in range(5):
        start = time.perf_counter()
        replica = Replica(server.link)
        # woken by the event itself: polling every 10 ms added 5 ms on average to a ~130 ms join
        if not replica.client.joined.wait(60):
            raise TimeoutError("the room did not answer")
        joins.append((time.perf_counter() - start) * 1000)
        replica.stop()
    sharer.stop()
    server.stop()
    return statistics.median(joins), statistics.median(loads)


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def history(journey) -> tuple[float, float, float, float]:
    binding = MapBinding.share(Document(journey))
    doc = binding.document
    start_bytes = len(binding.update_since())
    rng = random.Random(5)
    cards = [c.id for lane in journey.lanes for c in lane.cards]
    lanes = [lane.id for lane in journey.lanes]
    steps = [s.id for s in journey.steps()]
    start = time.perf_counter()
    for n in range(10_000):
        card = rng.choice(cards)
        roll = rng.random()
        with binding.local_edit(merge=roll < 0.7):
            if roll < 0.8:
                text = doc.card(card).text
                at = rng.randint(0, len(text))
                doc.set_fields(card, {"text": text[:at] + rng.choice("abcdefgh ") + text[at:]})
            elif roll < 0.9:
                doc.move_card(card, rng.choice(lanes), rng.choice(steps))
            else:
                doc.set_fields(card, {"votes": n % 50})
    edit_ms = (time.perf_counter() - start) / 10_000 * 1000
    update = binding.update_since()
    gc.collect()
    before = rss_mb()
    held = shared_doc()  # as a replica holds it: deleted content kept (see state.shared_doc)
    held.apply_update(update)
    after = rss_mb()
    del held
    return start_bytes / 2**20, len(update) / 2**20, after - before, edit_ms


def run() -> list[tuple[str, float, str]]:
    latencies = remote_latency()
    journey = large_map()
    join_ms, load_ms = join_against_load(journey)
    start_mb, end_mb, held_mb, edit_ms = history(journey)
    p95 = statistics.quantiles(latencies, n=20)[-1]
    return [
        ("remote edit seen, median", statistics.median(latencies), f"ms, {CLIENTS} clients, localhost (target < 100)"),
        ("remote edit seen, p95", p95, f"ms, {len(latencies)} edit x observer pairs"),
        ("join a 3,000-card room", join_ms, "ms, connect + sync + check + Document"),
        ("load the same map (load_map)", load_ms, "ms"),
        ("join / load", join_ms / load_ms, "x (target <= 2)"),
        ("3,000-card room, Yjs state", start_mb, "MiB before edits"),
        ("... after 10,000 edits", end_mb, "MiB (history Yjs keeps)"),
        ("... memory to hold it", held_mb, "MiB resident in a fresh replica"),
        ("local edit through the binding", edit_ms, "ms each (write + read back)"),
    ]


if __name__ == "__main__":
    from run_all import print_table

    print_table([("collab", row) for row in run()])
