"""A participant who goes silent (a crash, a lost network: no goodbye) drops out of everyone's
presence after the timeout; one who stays keeps saying "still here" and stays."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from pycrdt import Awareness, Doc, create_awareness_message
from websockets.asyncio.client import connect

from journeymap.collab import MapBinding
from journeymap.collab.client import RoomClient
from journeymap.collab.embedded import start_embedded_server
from journeymap.collab.presence import Presence
from tests.commands.test_undo_exact import sample

from .test_server import wait_for


def silent_peer(url: str, name: str, hold: threading.Event) -> threading.Thread:
    """Says who it is once, then stays connected without a word until ``hold`` is set."""

    async def run() -> None:
        async with connect(url) as ws:
            awareness = Awareness(Doc())
            awareness.set_local_state(Presence(name, "#009e73").to_state())
            await ws.send(create_awareness_message(awareness.encode_awareness_update([awareness.client_id])))
            while not hold.is_set():
                await asyncio.sleep(0.05)

    thread = threading.Thread(target=lambda: asyncio.run(run()), daemon=True)
    thread.start()
    return thread


def test_a_silent_participant_expires_and_a_live_one_stays():
    server = start_embedded_server(host="127.0.0.1")
    owners = [ThreadPoolExecutor(max_workers=1) for _ in range(2)]
    ana = RoomClient(server.link, MapBinding.share(sample()), owner=owners[0].submit, presence_timeout=1.0,
                     presence=Presence("Ana", "#d55e00"))
    ben = RoomClient(server.link, owner=owners[1].submit, presence_timeout=1.0, presence=Presence("Ben"))
    hold = threading.Event()
    try:
        ana.start()
        wait_for(lambda: ana.status.state == "synced")
        ben.start()
        assert ben.joined.wait(10)
        silent_peer(server.link.url, "Ghost", hold)
        wait_for(lambda: {p.name for p in ana.others.values()} == {"Ben", "Ghost"})
        seen = time.monotonic()
        wait_for(lambda: {p.name for p in ana.others.values()} == {"Ben"})
        assert time.monotonic() - seen >= 0.5  # not at once: after the silence
        time.sleep(1.5)  # longer than the timeout: Ben keeps saying he is here
        assert {p.name for p in ana.others.values()} == {"Ben"}
    finally:
        hold.set()
        ana.stop()
        ben.stop()
        server.stop()
        for owner in owners:
            owner.shutdown()
