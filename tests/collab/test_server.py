"""A real ``journeymap serve`` in a subprocess with a SQLite store: two replicas share a map, the
server is killed, they keep editing offline, it comes back, they reconverge, and the store keeps it all."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from journeymap.collab import MapBinding
from journeymap.collab.client import RoomClient, RoomStatus
from journeymap.collab.link import RoomLink
from journeymap.io import load_map
from journeymap.model import Card, Document
from tests.commands.test_undo_exact import sample

from .replicas import dump

TOKEN = "team-token-0123456789abcdef"


def start_server(tmp_path: Path, port: int = 0, allow_create: bool = True) -> tuple[subprocess.Popen, int]:
    tokens = tmp_path / "tokens.txt"
    tokens.write_text(f"# team\n{TOKEN}\n", encoding="utf-8")
    args = [sys.executable, "-m", "journeymap", "serve", "--host", "127.0.0.1", "--port", str(port),
            "--store", str(tmp_path / "rooms.sqlite"), "--token-file", str(tokens)]
    if allow_create:
        args.append("--allow-create")
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    line = proc.stdout.readline()  # type: ignore[union-attr]
    assert "listening on ws://127.0.0.1:" in line, line + proc.stderr.read()  # type: ignore[union-attr]
    return proc, int(line.split("ws://127.0.0.1:")[1].split("/")[0])


def wait_for(predicate, timeout: float = 15.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError("timed out waiting")


class Replica:
    """One person's map: the binding lives on its own thread, as in the editor's GUI thread."""

    def __init__(self, link: RoomLink, binding: MapBinding | None = None) -> None:
        self.owner = ThreadPoolExecutor(max_workers=1)
        self.statuses: list[RoomStatus] = []
        self.client = RoomClient(link, binding, on_status=self.statuses.append, owner=self.owner.submit,
                                 max_backoff=0.3)
        self.client.start()

    def run(self, fn):
        return self.owner.submit(fn).result(10)

    def dump(self) -> dict:
        return self.run(lambda: dump(self.client.binding.document))

    @property
    def doc(self) -> Document:
        return self.client.binding.document

    def stop(self) -> None:
        self.client.stop()
        self.owner.shutdown()


@pytest.fixture
def server(tmp_path):
    procs = []

    def start(**kw):
        proc, port = start_server(tmp_path, **kw)
        procs.append(proc)
        return proc, port

    yield start
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)
        proc.stdout.close()
        proc.stderr.close()


def test_two_replicas_survive_a_server_kill_and_the_store_keeps_everything(server, tmp_path):
    proc, port = server()
    link = RoomLink("127.0.0.1", port, "team-map", TOKEN)
    ana = Replica(link, MapBinding.share(sample()))
    wait_for(lambda: ana.client.status.state == "synced")
    ben = Replica(link)
    assert ben.client.joined.wait(10)
    wait_for(lambda: ben.client.status.state == "synced")
    assert ben.dump() == ana.dump()

    lane = ana.run(lambda: ana.doc.journey.lanes[0].id)
    step = ana.run(lambda: ana.doc.journey.steps()[1].id)
    ana.run(lambda: ana.doc.add_card(lane, Card(step=step, text="Ana, live")))
    ben.run(lambda: ben.doc.set_fields(None, {"title": "Ben, live"}))
    wait_for(lambda: ana.dump() == ben.dump())

    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    wait_for(lambda: ana.client.status.state == "offline" and ben.client.status.state == "offline")
    ana.run(lambda: ana.doc.add_card(lane, Card(step=step, text="Ana, offline")))
    ben.run(lambda: ben.doc.set_fields(ben.doc.journey.stages[0].id, {"name": "Ben, offline"}))
    wait_for(lambda: str(ana.client.status) == "offline, 1 change waiting")
    wait_for(lambda: str(ben.client.status) == "offline, 1 change waiting")
    assert ana.dump() != ben.dump()

    server(port=port, allow_create=False)  # the same store, the same port: the clients find it again
    try:
        wait_for(lambda: ana.client.status.state == "synced" and ben.client.status.state == "synced")
    except AssertionError:
        import sqlite3
        db = sqlite3.connect(tmp_path / "rooms.sqlite")
        raise AssertionError(f"{ana.statuses[-5:]} {ben.statuses[-5:]} "
                             f"{db.execute('select path, count(*) from yupdates group by path').fetchall()}") from None
    wait_for(lambda: ana.dump() == ben.dump())
    texts = ana.run(lambda: [c.text for c in ana.doc.journey.lanes[0].cards])
    assert "Ana, live" in texts and "Ana, offline" in texts
    assert ana.run(lambda: ana.doc.journey.stages[0].name) == "Ben, offline"
    final = ana.dump()
    ana.stop()
    ben.stop()

    # a newcomer to the restarted server (from the store alone) gets everything, and a copy saves
    newcomer = Replica(link)
    assert newcomer.client.joined.wait(10)
    assert newcomer.dump() == final
    newcomer.stop()
    out = tmp_path / "copy.journey"
    result = subprocess.run([sys.executable, "-m", "journeymap", "open", link.url, "--save", str(out)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert 'joined room team-map' in result.stdout and "Ben, live" in result.stdout
    copy = load_map(out)
    assert copy.title == "Ben, live" and "Ana, offline" in [c.text for c in copy.lanes[0].cards]


def test_wrong_tokens_and_unknown_rooms_are_refused_with_a_reason(server, tmp_path):
    _, port = server(allow_create=False)
    for link, expected in ((RoomLink("127.0.0.1", port, "team-map", "wrong-token-wrong-token"), "token"),
                           (RoomLink("127.0.0.1", port, "nobody-made-this", TOKEN), "no such room")):
        result = subprocess.run([sys.executable, "-m", "journeymap", "open", link.url, "--check", "--timeout", "5"],
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 1
        assert expected in result.stderr and "Traceback" not in result.stderr


def test_a_flooding_client_is_cut_off_and_the_room_stays_whole(server, tmp_path):
    import asyncio

    from pycrdt import create_update_message
    from websockets.asyncio.client import connect
    from websockets.exceptions import ConnectionClosed

    _, port = server()
    link = RoomLink("127.0.0.1", port, "flood", TOKEN)
    ana = Replica(link, MapBinding.share(sample()))
    wait_for(lambda: ana.client.status.state == "synced")
    before = ana.dump()

    async def flood() -> int | None:
        junk = create_update_message(b"\x01\x01" + bytes(40))
        async with connect(link.url) as ws:
            try:
                for _ in range(10_000):  # five times the burst a connection may send
                    await ws.send(junk)
                while True:
                    await asyncio.wait_for(ws.recv(), 10)
            except ConnectionClosed:
                pass
            return ws.close_code

    code = asyncio.run(flood())
    assert code in (4429, 4403)
    ana.run(lambda: ana.doc.set_fields(None, {"title": "Still here"}))
    newcomer = Replica(link)
    assert newcomer.client.joined.wait(10)
    wait_for(lambda: newcomer.run(lambda: newcomer.doc.journey.title) == "Still here")
    assert {k: v for k, v in newcomer.dump().items() if k != "title"} == {
        k: v for k, v in before.items() if k != "title"}
    ana.stop()
    newcomer.stop()


def test_a_client_sending_invalid_updates_is_refused_then_cut_off_and_nobody_sees_them(server, tmp_path):
    import asyncio

    from pycrdt import Doc, create_sync_message, create_update_message, read_message
    from websockets.asyncio.client import connect
    from websockets.exceptions import ConnectionClosed

    from journeymap.collab.state import roots

    _, port = server()
    link = RoomLink("127.0.0.1", port, "guarded", TOKEN)
    ana = Replica(link, MapBinding.share(sample()))
    wait_for(lambda: ana.client.status.state == "synced")
    before = ana.dump()

    async def hostile() -> int | None:
        async with connect(link.url) as ws:
            peer = Doc()
            await ws.send(create_sync_message(peer))
            while True:  # take the room's map, as a peer would
                message = await ws.recv()
                if message[0] == 0 and message[1] == 1:
                    peer.apply_update(read_message(message[2:]))
                    break
            card = next(iter(roots(peer)["cards"].keys()))
            try:
                for n in range(25):  # each from a fresh copy, so none builds on a refused one
                    fresh = Doc()
                    fresh.apply_update(peer.get_update())
                    state = fresh.get_state()
                    roots(fresh)["cards"][card]["votes"] = f"lots {n}"
                    await ws.send(create_update_message(fresh.get_update(state)))
                while True:
                    await asyncio.wait_for(ws.recv(), 10)
            except ConnectionClosed:
                pass
            return ws.close_code

    assert asyncio.run(hostile()) == 4403
    ana.run(lambda: ana.doc.set_fields(None, {"title": "Checked"}))
    newcomer = Replica(link)
    assert newcomer.client.joined.wait(10)
    wait_for(lambda: newcomer.run(lambda: newcomer.doc.journey.title) == "Checked")
    assert newcomer.dump()["lanes"] == before["lanes"] == ana.dump()["lanes"]
    ana.stop()
    newcomer.stop()


def _stored_room(tmp_path: Path, room: str):
    """The room as the store holds it, read straight from its SQLite file."""
    import sqlite3

    from pycrdt import Doc

    doc: Doc = Doc()
    with sqlite3.connect(tmp_path / "rooms.sqlite") as db:
        for (update,) in db.execute("SELECT yupdate FROM yupdates WHERE path = ? ORDER BY timestamp", (room,)):
            doc.apply_update(update)
    return doc


def test_a_room_stored_by_an_older_version_is_served_marked_with_the_layout_it_is_now_in(server, tmp_path,
                                                                                       monkeypatch):
    from pycrdt import Map

    from .test_room_layout import layout_1_share

    proc, port = server()
    link = RoomLink("127.0.0.1", port, "old-map", TOKEN)
    old = Replica(link, layout_1_share(monkeypatch))
    wait_for(lambda: old.client.status.state == "synced")
    made = old.dump()
    # the store has written the room (a busy machine writes it a moment after the replica is synced)
    wait_for(lambda: len(_stored_room(tmp_path, "old-map").get("map", type=Map)) > 0)
    old.stop()
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    assert "layout" not in _stored_room(tmp_path, "old-map").get("map", type=Map)

    proc, _ = server(port=port, allow_create=False)
    newcomer = Replica(link)
    assert newcomer.client.joined.wait(10)
    wait_for(lambda: newcomer.client.status.state == "synced")
    assert newcomer.dump() == made
    assert newcomer.run(lambda: newcomer.client.binding.ydoc.get("map", type=Map)["layout"]) == 2
    newcomer.stop()
    proc.terminate()
    proc.wait(10)
    assert _stored_room(tmp_path, "old-map").get("map", type=Map)["layout"] == 2
