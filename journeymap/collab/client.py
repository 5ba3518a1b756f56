"""A replica's connection to a room: sync, live updates, offline editing and reconnect.

Runs on an asyncio loop (its own thread in the editor: :meth:`RoomClient.start`).
The shared map itself is the offline queue: edits made while the connection is
down stay in the replica's Yjs document, and the sync that opens every
reconnect sends the server exactly what it lacks. The state ("synced",
"offline, 12 changes waiting") goes to a plain callback; the editor hands it
to Qt with a queued signal.

The binding (and its Document) belongs to one thread. Pass ``owner`` to run
every call into it there: a function that takes a callable, runs it on the
owning thread and returns a ``concurrent.futures.Future`` of its result.
Without ``owner`` the calls run on the client's own loop.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import ipaddress
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, Literal

from pycrdt import (
    Awareness,
    Doc,
    YMessageType,
    YSyncMessageType,
    create_awareness_message,
    create_sync_message,
    create_update_message,
    read_message,
)
from pycrdt._sync import create_sync_step2_message
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI

from .binding import MapBinding
from .limits import RoomLimits
from .link import RoomLink
from .presence import Presence
from .server import CLOSE_BAD_ROOM, CLOSE_BAD_TOKEN, CLOSE_UNKNOWN_ROOM
from .state import shared_doc

log = logging.getLogger(__name__)

State = Literal["connecting", "synced", "offline", "refused", "stopped"]
Owner = Callable[[Callable[[], Any]], "concurrent.futures.Future[Any]"]

_FINAL_CLOSE = {
    CLOSE_BAD_TOKEN: "the server refused the token: ask for a fresh link",
    CLOSE_UNKNOWN_ROOM: "the server has no such room (was it started with --allow-create?)",
    CLOSE_BAD_ROOM: "that is not a room name",
}


@dataclass(frozen=True)
class RoomStatus:
    state: State
    waiting: int = 0
    message: str = ""

    def __str__(self) -> str:
        if self.state == "offline":
            return f"offline, {self.waiting} change{'s' if self.waiting != 1 else ''} waiting"
        if self.state == "refused":
            return f"not connected: {self.message}"
        return self.state


class RoomClient:
    """Keeps a binding in sync with one room, through disconnections, until stopped."""

    def __init__(self, link: RoomLink, binding: MapBinding | None = None, *,
                 on_status: Callable[[RoomStatus], None] | None = None,
                 on_joined: Callable[[MapBinding], None] | None = None,
                 owner: Owner | None = None, limits: RoomLimits | None = None,
                 max_backoff: float = 5.0, presence: Presence | None = None,
                 on_presence: Callable[[dict[int, Presence]], None] | None = None,
                 presence_timeout: float = 30.0) -> None:
        """``presence_timeout``: seconds of silence after which a participant counts as gone (a crash
        or a lost network says no goodbye); each client says "still here" three times as often."""
        self.link = link
        self.binding = binding
        self.on_status = on_status
        self.on_joined = on_joined
        self.status = RoomStatus("connecting")
        self._owner = owner
        self._limits = limits or RoomLimits()
        self._max_backoff = max_backoff
        self._waiting = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._outbox: asyncio.Queue[bytes] | None = None
        self._stopped: asyncio.Event | None = None
        self._ws: Any = None
        self._synced = False
        self._thread: threading.Thread | None = None
        self.joined = threading.Event()
        self.on_presence = on_presence
        self._presence = presence
        self._presence_timeout = presence_timeout
        self._awareness: Awareness | None = None
        #: Who else is in the room now, by their Yjs client id.
        self.others: dict[int, Presence] = {}

    # -- running -----------------------------------------------------------------
    def start(self) -> None:
        """Run in a thread of its own (the editor's way); :meth:`stop` ends it."""
        self._thread = threading.Thread(target=lambda: asyncio.run(self.run()), name="journeymap-room",
                                        daemon=True)
        self._thread.start()

    def stop(self, wait: float = 5.0) -> None:
        if self._loop is not None and self._stopped is not None and not self._loop.is_closed():
            try:
                self._loop.call_soon_threadsafe(self._stopped.set)
            except RuntimeError:  # the loop ended meanwhile (a refused link ends it)
                pass
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(wait)

    async def run(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._outbox = asyncio.Queue()
        self._stopped = asyncio.Event()
        if self.binding is not None:
            await self._on_owner(lambda: self.binding.on_local_update(self._queue_local))  # type: ignore[union-attr]
        backoff = 0.2
        sender = asyncio.create_task(self._send_local())
        beat = asyncio.create_task(self._keep_presence())
        try:
            while not self._stopped.is_set():
                final = await self._connect_once()
                if final is not None:
                    self._set_status(RoomStatus("refused", self._waiting, final))
                    return
                if self._stopped.is_set():
                    break
                self._set_status(RoomStatus("offline", self._waiting))
                try:
                    await asyncio.wait_for(self._stopped.wait(), backoff)
                except TimeoutError:
                    pass
                backoff = min(self._max_backoff, backoff * 2)
        finally:
            sender.cancel()
            beat.cancel()
            self._set_status(RoomStatus("stopped", self._waiting))

    # -- one connection -------------------------------------------------------------
    async def _connect_once(self) -> str | None:
        """Talk to the server until the connection ends; a reason when it will never work."""
        self._synced = False
        if self.status.state != "offline":  # retrying stays "offline, N changes waiting" until synced
            self._set_status(RoomStatus("connecting", self._waiting))
        try:
            async with connect(self.link.url, max_size=self._limits.max_message_bytes, open_timeout=5,
                               compression=compression_for(self.link.host),
                               ping_interval=20, ping_timeout=20) as ws:
                self._ws = ws
                stop = asyncio.ensure_future(self._stopped.wait())  # type: ignore[union-attr]
                reader = asyncio.ensure_future(self._read(ws))
                done, _ = await asyncio.wait({stop, reader}, return_when=asyncio.FIRST_COMPLETED)
                for task in (stop, reader):
                    if task not in done:
                        task.cancel()
                if stop in done:
                    await self._say_goodbye(ws)
                if reader in done and reader.exception() is not None:
                    raise reader.exception()  # type: ignore[misc]
        except ConnectionClosed as e:
            code = e.rcvd.code if e.rcvd is not None else None
            if code in _FINAL_CLOSE:
                return _FINAL_CLOSE[code]
        except InvalidURI as e:
            return str(e)
        except (OSError, InvalidHandshake, TimeoutError) as e:
            log.info("room %s: cannot connect (%s)", self.link.room, e)
        except Exception:  # never let a bad message end the replica's connection for good
            log.exception("room %s: the connection failed", self.link.room)
        finally:
            self._ws = None
        return None

    async def _read(self, ws: Any) -> None:
        sent_step2 = got_step2 = False
        if self.binding is None:
            ydoc = shared_doc()
            await ws.send(create_sync_message(ydoc))
            await self._first_sync(ws, ydoc)
            sent_step2 = True  # the room's first question was answered while joining
        else:
            state = await self._on_owner(lambda: self.binding.ydoc.get_state())  # type: ignore[union-attr]
            await ws.send(create_sync_message_from_state(state))
        if self._awareness is None:
            client_id = await self._on_owner(lambda: self.binding.ydoc.client_id)  # type: ignore[union-attr]
            self._awareness = Awareness(_IdOnly(client_id))  # type: ignore[arg-type]
        await self._send_presence()
        async for raw in ws:
            message = bytes(raw) if not isinstance(raw, bytes) else raw
            if len(message) >= 2 and message[0] == YMessageType.AWARENESS:
                self._on_awareness(read_message(message[1:]))
                continue
            if len(message) < 2 or message[0] != YMessageType.SYNC:
                continue
            kind, payload = message[1], read_message(message[2:])
            log.debug("room %s: sync message %d (%d bytes)", self.link.room, kind, len(payload))
            binding = self.binding
            assert binding is not None
            if kind == YSyncMessageType.SYNC_STEP1:
                update = await self._on_owner(partial(binding.update_since, payload))
                await ws.send(create_sync_step2_message(update))
                sent_step2 = True
            else:
                if payload != b"\x00\x00":
                    await self._on_owner(partial(binding.receive, payload))
                got_step2 = got_step2 or kind == YSyncMessageType.SYNC_STEP2
            if sent_step2 and got_step2 and not self._synced:
                self._synced = True
                self._waiting = 0
                self._set_status(RoomStatus("synced"))

    async def _first_sync(self, ws: Any, ydoc: Doc) -> None:
        """Fill an empty document from the room, then make the binding (joining)."""
        async for raw in ws:
            message = bytes(raw)
            if len(message) < 2 or message[0] != YMessageType.SYNC:
                continue
            kind, payload = message[1], read_message(message[2:])
            if kind == YSyncMessageType.SYNC_STEP1:
                await ws.send(create_sync_step2_message(ydoc.get_update(payload)))
            elif kind == YSyncMessageType.SYNC_STEP2:
                ydoc.apply_update(payload)
                binding = await self._on_owner(partial(self._join, ydoc))  # one trip to the owner's thread
                self.binding = binding
                if self.on_joined is not None:
                    self.on_joined(binding)
                self.joined.set()
                # ask again, as a binding, for what came meanwhile; the document is the owner's now
                state = await self._on_owner(binding.ydoc.get_state)
                await ws.send(create_sync_message_from_state(state))
                return

    def _join(self, ydoc: Doc) -> MapBinding:
        binding = MapBinding.join(ydoc)
        binding.on_local_update(self._queue_local)
        return binding

    # -- presence ----------------------------------------------------------------------
    def set_presence(self, presence: Presence | None) -> None:
        """Tell the others who this user is and what they select or type in (any thread)."""
        self._presence = presence
        loop = self._loop
        if loop is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(lambda: asyncio.ensure_future(self._send_presence()))
            except RuntimeError:
                pass

    async def _send_presence(self) -> None:
        ws, awareness = self._ws, self._awareness
        if ws is None or awareness is None:
            return
        # an empty state still says "I am here", so the others answer with theirs
        awareness.set_local_state(self._presence.to_state() if self._presence is not None else {})
        try:
            await ws.send(create_awareness_message(awareness.encode_awareness_update([awareness.client_id])))
        except ConnectionClosed:
            pass

    async def _say_goodbye(self, ws: Any) -> None:
        """Leaving: the others drop this user's name and selection at once."""
        awareness = self._awareness
        if awareness is None:
            return
        awareness.set_local_state(None)
        try:
            await ws.send(create_awareness_message(awareness.encode_awareness_update([awareness.client_id])))
        except ConnectionClosed:
            pass

    def _on_awareness(self, payload: bytes) -> None:
        awareness = self._awareness
        if awareness is None:
            return
        known = set(awareness.states)
        try:
            awareness.apply_awareness_update(payload, "remote")
        except Exception:  # a malformed presence message changes nothing
            return
        if set(awareness.states) - known - {awareness.client_id}:
            asyncio.ensure_future(self._send_presence())  # a newcomer: tell them who we are
        self._publish_others()

    def _publish_others(self) -> None:
        awareness = self._awareness
        if awareness is None:
            return
        others = {client: p for client, state in awareness.states.items()
                  if client != awareness.client_id and (p := Presence.from_state(state)) is not None}
        if others != self.others:
            self.others = others
            if self.on_presence is not None:
                self.on_presence(dict(others))

    async def _keep_presence(self) -> None:
        """Say "still here" now and then; forget whoever has been silent for ``presence_timeout``."""
        while True:
            await asyncio.sleep(self._presence_timeout / 3)
            await self._send_presence()
            awareness = self._awareness
            if awareness is None:
                continue
            now = int(time.time() * 1000)
            silent = [client for client, meta in awareness.meta.items()
                      if client != awareness.client_id and client in awareness.states
                      and now - meta.get("lastUpdated", now) >= self._presence_timeout * 1000]
            if silent:
                awareness.remove_awareness_states(silent, "timeout")
                self._publish_others()

    # -- local edits ------------------------------------------------------------------
    def _queue_local(self, update: bytes) -> None:
        """Called on the binding's thread for each local Yjs update."""
        loop, outbox = self._loop, self._outbox
        if loop is None or outbox is None or loop.is_closed():
            return
        loop.call_soon_threadsafe(outbox.put_nowait, update)

    async def _send_local(self) -> None:
        assert self._outbox is not None
        while True:
            update = await self._outbox.get()
            ws = self._ws
            if ws is not None:  # connected: send now (an edit made during the sync would be missed otherwise)
                try:
                    await ws.send(create_update_message(update))
                    continue
                except ConnectionClosed:
                    pass
            self._waiting += 1  # the next sync carries it; until then it waits in the shared map
            self._set_status(RoomStatus("offline", self._waiting))

    # -- helpers ------------------------------------------------------------------------
    async def _on_owner(self, fn: Callable[[], Any]) -> Any:
        if self._owner is None:
            return fn()
        return await asyncio.wrap_future(self._owner(fn))

    def _set_status(self, status: RoomStatus) -> None:
        if status == self.status:
            return
        self.status = status
        if self.on_status is not None:
            try:
                self.on_status(status)
            except Exception:
                log.exception("room status listener failed")


def compression_for(host: str) -> str | None:
    """No per-message deflate to a room on this machine or the local network.

    Joining a 3,000-card room moves a 2 MB update; deflating it costs the server
    and the joiner more time than the network saves on a LAN (it was half the
    join time on localhost), and the server deflates every broadcast once per
    client. Over the internet the bytes matter more: there it stays on.
    """
    name = host.strip("[]").lower()
    if name in ("localhost", "") or name.endswith(".local"):
        return None
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return "deflate"
    return None if address.is_loopback or address.is_private or address.is_link_local else "deflate"


class _IdOnly:
    """What pycrdt's Awareness reads of a document: its client id (the map stays on its own thread)."""

    def __init__(self, client_id: int) -> None:
        self.client_id = client_id


def create_sync_message_from_state(state: bytes) -> bytes:
    from pycrdt._sync import create_sync_step1_message

    return create_sync_step1_message(state)
