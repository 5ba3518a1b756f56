"""The co-editing server: pycrdt-websocket rooms on uvicorn, persisted in pycrdt-store's SQLite store.

``journeymap serve`` runs it for a team; "Share live" runs one inside the
editor (:mod:`.embedded`). Every connection must bring a token; a room that is
neither open nor in the store is refused unless the server may create rooms.
Each update a client sends passes the same :class:`~.gate.UpdateGate` as in
the editor before the room takes it, so a hostile client can neither corrupt
the stored map nor reach the others; a client that floods the room or keeps
sending refused updates is disconnected.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import socket
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast
from urllib.parse import parse_qs

import uvicorn
from anyio import Lock
from pycrdt import Channel, Doc, Map, YMessageType, YSyncMessageType, read_message
from pycrdt.store import SQLiteYStore, YDocNotFound
from pycrdt.websocket import WebsocketServer, YRoom

from .gate import UpdateGate
from .limits import RateLimit, RoomLimits
from .link import ROOM_NAME
from .shape import LAYOUT, LAYOUT_KEY, MAP_ROOT

log = logging.getLogger(__name__)

#: Close codes a client turns into a message (4000-4999 are for applications).
CLOSE_BAD_TOKEN, CLOSE_UNKNOWN_ROOM, CLOSE_BAD_ROOM = 4401, 4404, 4400
CLOSE_FLOOD, CLOSE_HOSTILE, CLOSE_ROOM_FULL = 4429, 4403, 4413


@dataclass
class ServerOptions:
    host: str = "127.0.0.1"
    port: int = 0
    store: Path | None = None
    tokens: frozenset[str] = frozenset()
    allow_create: bool = False
    limits: RoomLimits = field(default_factory=RoomLimits)
    #: Serve only this room (the editor's own server serves the one map it shares).
    only_room: str | None = None


class _Rooms(WebsocketServer):
    """pycrdt-websocket's server, with rooms loaded from (and written to) the SQLite store."""

    def __init__(self, options: ServerOptions) -> None:
        super().__init__(auto_clean_rooms=False, exception_handler=_log_and_go_on, log=log)
        self.options = options
        self.gates: dict[str, UpdateGate] = {}
        self.sizes: dict[str, int] = {}
        self._locks: dict[str, Lock] = {}
        self._store_class = (type("RoomStore", (SQLiteYStore,), {"db_path": str(options.store)})
                             if options.store is not None else None)

    def stored(self, name: str) -> bool:
        if self.options.store is None or not self.options.store.exists():
            return False
        try:
            with sqlite3.connect(f"file:{self.options.store}?mode=ro", uri=True) as db:
                return db.execute("SELECT 1 FROM yupdates WHERE path = ? LIMIT 1", (name,)).fetchone() is not None
        except sqlite3.Error:
            return False

    async def get_room(self, name: str) -> YRoom:
        lock = self._locks.setdefault(name, Lock())
        async with lock:
            fresh = name not in self.rooms
            if fresh:
                store = self._store_class(path=name, log=log) if self._store_class is not None else None
                room = YRoom(ready=True, ystore=store, exception_handler=_log_and_go_on, log=log)
                if store is not None:
                    assert self._task_group is not None
                    await self._task_group.start(store.start)
                    try:
                        await store.apply_updates(room.ydoc)
                    except YDocNotFound:
                        pass
                self.gates[name] = UpdateGate(room.ydoc)
                self.sizes[name] = len(room.ydoc.get_update())
                self.rooms[name] = room
            room = self.rooms[name]
            # under the lock: a YRoom holds its start lock while it runs, so a second start would wait forever
            await self.start_room(room)
            if fresh:
                await room.ydoc_observed.wait()  # from here the room stores what changes in its document
                mark_layout(room.ydoc)
        return room


def mark_layout(ydoc: Doc) -> bool:
    """Say in a room made before layouts were marked (layout 1) that it is now in this version's layout.

    Layout 1 objects read as layout 2 unchanged (every field its own entry, no
    ``*``), so the marker is the whole migration; it keeps editors older than
    layout 2 out of the room (they refuse its ``map``), as they could not read
    the cards made from now on. True when it wrote the marker.
    """
    meta = ydoc.get(MAP_ROOT, type=Map)
    if len(meta) == 0 or LAYOUT_KEY in meta:
        return False
    meta[LAYOUT_KEY] = LAYOUT
    return True


def _log_and_go_on(exception: Exception, logger: logging.Logger) -> bool:
    logger.warning("room error: %s", exception)
    return True


class _Connection:
    """One client's websocket as pycrdt-websocket reads it, with the gate and the caps in between."""

    def __init__(self, rooms: _Rooms, name: str, receive: Callable[[], Any], send: Callable[[dict], Any]) -> None:
        self.rooms, self.name = rooms, name
        self._receive, self._send = receive, send
        limits = rooms.options.limits
        self._limits = limits
        self._rate = RateLimit(limits.messages_per_second, limits.burst)
        self._refused = 0
        self.closed = False

    @property
    def path(self) -> str:
        return self.name

    def __aiter__(self) -> _Connection:
        return self

    async def __anext__(self) -> bytes:
        while True:
            message = await self.recv()
            if message is None:
                raise StopAsyncIteration
            if message:
                return message

    async def send(self, message: bytes) -> None:
        if not self.closed:
            try:
                await self._send({"type": "websocket.send", "bytes": message})
            except Exception:
                self.closed = True

    async def close(self, code: int, reason: str) -> None:
        if not self.closed:
            self.closed = True
            log.warning("closing a connection to room %s: %s", self.name, reason)
            try:
                await self._send({"type": "websocket.close", "code": code, "reason": reason})
            except Exception:
                pass

    async def recv(self) -> bytes | None:
        if self.closed:
            return None
        event = await self._receive()
        if event["type"] == "websocket.disconnect":
            self.closed = True
            return None
        if event["type"] != "websocket.receive":
            return b""
        data = event.get("bytes") or b""
        if not self._rate.allow(time.monotonic()):
            await self.close(CLOSE_FLOOD, "too many messages: slow down")
            return None
        if len(data) < 2 or data[0] != YMessageType.SYNC or data[1] == YSyncMessageType.SYNC_STEP1:
            return data
        try:
            update = read_message(data[2:])
        except Exception:
            update = b"\xff"
        reason = self._check(update)
        if reason is None:
            return data
        self._refused += 1
        log.warning("room %s refused an update: %s", self.name, reason)
        if self._refused >= self._limits.max_refused:
            await self.close(CLOSE_HOSTILE, "too many refused updates")
            return None
        return b""

    def _check(self, update: bytes) -> str | None:
        size = self.rooms.sizes.get(self.name, 0) + len(update)
        if size > self._limits.max_room_bytes:
            return f"the room would hold {size} bytes, over its {self._limits.max_room_bytes}"
        reason = self.rooms.gates[self.name].check(update)
        if reason is None:
            self.rooms.sizes[self.name] = size
        return reason


class RoomServer:
    """The ASGI application: token and room checks, then pycrdt-websocket's rooms."""

    def __init__(self, options: ServerOptions, on_ready: Callable[[], None] | None = None) -> None:
        self.options = options
        self.rooms = _Rooms(options)
        self._on_ready = on_ready
        self._task: asyncio.Task | None = None

    def token_ok(self, token: str) -> bool:
        return any(hmac.compare_digest(token.encode(), t.encode()) for t in self.options.tokens)

    async def __call__(self, scope: dict, receive: Callable[[], Any], send: Callable[[dict], Any]) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
        elif scope["type"] == "websocket":
            await self._websocket(scope, receive, send)

    async def _lifespan(self, receive: Callable[[], Any], send: Callable[[dict], Any]) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                self._task = asyncio.create_task(self.rooms.start())
                await self.rooms.started.wait()
                await send({"type": "lifespan.startup.complete"})
                if self._on_ready is not None:
                    self._on_ready()
            elif message["type"] == "lifespan.shutdown":
                if self.rooms.running:
                    await self.rooms.stop()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _websocket(self, scope: dict, receive: Callable[[], Any], send: Callable[[dict], Any]) -> None:
        event = await receive()
        if event["type"] != "websocket.connect":
            return
        name = scope["path"].strip("/")
        token = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("token", [""])[0]
        await send({"type": "websocket.accept"})
        if not ROOM_NAME.match(name):
            return await _close(send, CLOSE_BAD_ROOM, "not a room name")
        if not self.token_ok(token):
            return await _close(send, CLOSE_BAD_TOKEN, "wrong token")
        if self.options.only_room is not None and name != self.options.only_room:
            return await _close(send, CLOSE_UNKNOWN_ROOM, "no such room")
        if name not in self.rooms.rooms and not self.options.allow_create and not self.rooms.stored(name):
            return await _close(send, CLOSE_UNKNOWN_ROOM, "no such room")
        connection = _Connection(self.rooms, name, receive, send)
        await self.rooms.serve(cast(Channel, connection))  # recv() gives None once closed, which ends serve()
        await connection.close(1000, "bye")


async def _close(send: Callable[[dict], Any], code: int, reason: str) -> None:
    await send({"type": "websocket.close", "code": code, "reason": reason})


def bound_socket(host: str, port: int) -> socket.socket:
    """A listening socket on ``host``:``port`` (0 picks a free port), made before the server starts."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    return sock


def uvicorn_server(app: RoomServer) -> uvicorn.Server:
    config = uvicorn.Config(app, lifespan="on", log_level="warning", ws="auto",
                            ws_max_size=app.options.limits.max_message_bytes, ws_ping_interval=20.0,
                            ws_ping_timeout=20.0)
    return uvicorn.Server(config)
