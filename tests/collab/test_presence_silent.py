"""Raw peers that say who they are once and then nothing, or drop their connection without a
goodbye, leave every editor's presence after the timeout; an idle editor renews and stays."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from pycrdt import Awareness, create_awareness_message
from websockets.asyncio.client import connect

from journeymap.collab import MapBinding
from journeymap.collab.client import RoomClient, _IdOnly
from journeymap.collab.embedded import start_embedded_server
from journeymap.collab.presence import Presence
from tests.commands.test_undo_exact import sample

from .test_server import wait_for

TIMEOUT = 1.0  # seconds; the editor's is 30 (renewed every third of it, so an idle editor is never late)


class SilentPeer:
    """A raw client that says once who it is and then never again, like an editor that froze."""

    def __init__(self, url: str, client_id: int) -> None:
        self.url, self.client_id = url, client_id
        self.close = threading.Event()
        self.thread = threading.Thread(target=lambda: asyncio.run(self._run()), daemon=True)

    async def _run(self) -> None:
        awareness = Awareness(_IdOnly(self.client_id))  # type: ignore[arg-type]
        awareness.set_local_state(Presence("Ghost", "#009e73").to_state())
        async with connect(self.url, close_timeout=0.2) as ws:  # gone without waiting for an answer
            await ws.send(create_awareness_message(awareness.encode_awareness_update([self.client_id])))
            while not self.close.is_set():
                await asyncio.sleep(0.05)
            # leaves without a goodbye, as a crashed editor or a dropped network does


def test_a_silent_or_vanished_colleague_expires_and_an_idle_one_stays():
    server = start_embedded_server(host="127.0.0.1")
    owners = [ThreadPoolExecutor(max_workers=1) for _ in range(2)]
    ana = RoomClient(server.link, MapBinding.share(sample()), owner=owners[0].submit,
                     presence=Presence("Ana", "#d55e00"), presence_timeout=TIMEOUT)
    ben = RoomClient(server.link, owner=owners[1].submit, presence=Presence("Ben", "#0072b2"),
                     presence_timeout=TIMEOUT)
    ghost = SilentPeer(server.link.url, 4242)
    try:
        ana.start()
        wait_for(lambda: ana.status.state == "synced")
        ben.start()
        assert ben.joined.wait(10)
        ghost.thread.start()
        wait_for(lambda: {p.name for p in ana.others.values()} == {"Ben", "Ghost"})
        wait_for(lambda: 4242 not in ana.others and 4242 not in ben.others, timeout=3 * TIMEOUT + 5)
        time.sleep(2 * TIMEOUT)  # Ben edits nothing, but renews: he stays
        assert {p.name for p in ana.others.values()} == {"Ben"}
        assert {p.name for p in ben.others.values()} == {"Ana"}
        ghost.close.set()
        ghost.thread.join(5)
    finally:
        ana.stop()
        ben.stop()
        ghost.close.set()
        server.stop()
        for owner in owners:
            owner.shutdown()


def test_a_colleague_whose_connection_dropped_without_a_goodbye_expires():
    server = start_embedded_server(host="127.0.0.1")
    owner = ThreadPoolExecutor(max_workers=1)
    ana = RoomClient(server.link, MapBinding.share(sample()), owner=owner.submit,
                     presence=Presence("Ana", "#d55e00"), presence_timeout=TIMEOUT)
    ghost = SilentPeer(server.link.url, 777)
    try:
        ana.start()
        wait_for(lambda: ana.status.state == "synced")
        ghost.thread.start()
        wait_for(lambda: 777 in ana.others)
        ghost.close.set()  # the socket closes; no presence goodbye was sent
        ghost.thread.join(5)
        wait_for(lambda: ana.others == {}, timeout=3 * TIMEOUT + 5)
    finally:
        ana.stop()
        server.stop()
        owner.shutdown()
