"""The workshop room's web server: aiohttp on its own asyncio loop in a thread of its own.

It serves the participant page (three static files) and one WebSocket, on
one interface chosen by the facilitator, to people holding the join token.
The app talks to it only through thread-safe calls (``publish``,
``open_round`` ...) and hears from it through ``on_event``, called on the
server's thread with small frozen records; the Qt side hands those on with a
queued signal. Nothing here blocks the app's thread, and nothing a phone
sends can raise out of the server: a bad message costs its sender a reply.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from importlib import resources
from typing import Any

from aiohttp import WSMsgType, web

from . import limits
from .protocol import BadMessage, Dot, Hello, NoteIn, Rate, parse
from .rate import Bucket, PerKey
from .state import (
    CheckSettings,
    NoteArrived,
    Participant,
    People,
    Room,
    RoomError,
    RoundSettings,
    StageView,
    TimeUp,
)
from .strings import strings_for
from .tokens import new_code, new_token, normalise_code, same

HELLO_SECONDS = 15.0  # a connection that has not said hello by then is closed
MAX_SOCKETS = limits.MAX_PARTICIPANTS * 2


@dataclass(frozen=True)
class Opened:
    """The room is listening: the link for the QR code, the address to type, the short code."""

    link: str
    address: str
    code: str


@dataclass(frozen=True)
class Failed:
    message: str


@dataclass(frozen=True)
class Closed:
    pass


def _page_file(name: str) -> str:
    return resources.files(__package__).joinpath("page").joinpath(name).read_text("utf-8")


HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
                               "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}


class RoomServer:
    """One open room. ``start`` returns at once; ``on_event`` hears ``Opened`` (or ``Failed``) soon after."""

    def __init__(self, view: StageView, on_event: Callable[[object], None], host: str = "127.0.0.1",
                 port: int = 0, *, token: str | None = None, code: str | None = None) -> None:
        self.host = host
        self.port = port
        self.token = token or new_token()
        self.code = code or new_code()
        self.room = Room(self.token, view)
        self.on_event = on_event
        self.loop: asyncio.AbstractEventLoop | None = None
        self.thread: threading.Thread | None = None
        self.runner: web.AppRunner | None = None
        self.sockets: dict[str, set[web.WebSocketResponse]] = {}
        self.open_sockets = 0
        self.code_tries = PerKey(limits.CODE_TRIES_PER_MINUTE / 60, limits.CODE_TRIES_PER_MINUTE)
        self.all_code_tries = Bucket(limits.CODE_TRIES_PER_MINUTE_ALL / 60, limits.CODE_TRIES_PER_MINUTE_ALL)
        self.allowed_hosts: set[str] = set()
        self.joins = PerKey(limits.JOINS_PER_MINUTE_EACH / 60, limits.JOINS_PER_MINUTE_EACH)
        self.sockets_of: dict[str, int] = {}  # open sockets per address
        self._timer: asyncio.TimerHandle | None = None
        self._stopped = threading.Event()

    # --- the app's side (any thread)
    def start(self) -> None:
        self.thread = threading.Thread(target=self._run, name="workshop-room", daemon=True)
        self.thread.start()

    def stop(self, wait: float = 0.0) -> None:
        """Close every connection and stop listening; with ``wait``, for at most that many seconds."""
        loop = self.loop
        if loop is not None and loop.is_running():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(lambda: asyncio.ensure_future(self._shutdown()))
        if wait and self.thread is not None:
            self.thread.join(wait)

    def publish(self, view: StageView) -> None:
        self._call(self._publish, view)

    def open_round(self, settings: RoundSettings) -> None:
        self._call(self._open_round, settings)

    def close_round(self) -> None:
        self._call(self._close_round)

    def open_check(self, check: CheckSettings) -> None:
        self._call(self._open_check, check)

    def close_check(self) -> None:
        self._call(self._close_check)

    def settle_note(self, note_id: str, added: bool) -> None:
        self._call(self._settle_note, note_id, added)

    def _call(self, fn: Callable[..., Any], *args: Any) -> None:
        loop = self.loop
        if loop is None or not loop.is_running():
            return
        with contextlib.suppress(RuntimeError):  # the loop closed in between: the room is gone
            loop.call_soon_threadsafe(fn, *args)

    # --- the loop's side
    def _emit(self, event: object) -> None:
        try:
            self.on_event(event)
        except Exception:  # noqa: BLE001 - a listener's bug must not take the room down
            pass

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self.loop = loop
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._listen())
            if self.runner is not None:
                loop.run_forever()
        except Exception as e:  # noqa: BLE001 - the app hears why, and goes on without a room
            self._emit(Failed(f"the room stopped: {e}"))
        finally:
            with contextlib.suppress(Exception):
                loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()
            self._stopped.set()

    async def _listen(self) -> None:
        app = web.Application(middlewares=[self._guard], client_max_size=4096)
        app.router.add_get("/", self._index)
        app.router.add_get("/room.js", self._static("room.js", "text/javascript"))
        app.router.add_get("/room.css", self._static("room.css", "text/css"))
        app.router.add_post("/api/code", self._code)
        app.router.add_get("/api/ws", self._ws)
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        try:
            site = web.TCPSite(runner, self.host, self.port, reuse_address=True)
            await site.start()
        except OSError as e:
            await runner.cleanup()
            self._emit(Failed(f"could not listen on {self.host}:{self.port}: {e.strerror or e}"))
            return
        self.runner = runner
        port = runner.addresses[0][1]
        self.port = port
        shown = f"[{self.host}]" if ":" in self.host else self.host
        address = f"{shown}:{port}"
        self.allowed_hosts = {address} | ({f"localhost:{port}"} if self.host in ("127.0.0.1", "::1") else set())
        self._emit(Opened(f"http://{address}/#{self.token}", f"http://{address}", self.code))

    async def _shutdown(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
        for sockets in list(self.sockets.values()):
            for ws in list(sockets):
                with contextlib.suppress(Exception):
                    await ws.close(code=1001, message=b"room closed")
        if self.runner is not None:
            with contextlib.suppress(Exception):
                await self.runner.cleanup()
        self._emit(Closed())
        asyncio.get_running_loop().stop()

    # --- HTTP
    @web.middleware
    async def _guard(self, request: web.Request, handler: Callable) -> web.StreamResponse:
        """Only this room's address (no DNS rebinding), only its own origin, safe headers on everything."""
        if request.host not in self.allowed_hosts:
            return web.Response(status=421, text="wrong host")
        origin = request.headers.get("Origin")
        if origin is not None and origin not in {f"http://{h}" for h in self.allowed_hosts}:
            return web.Response(status=403, text="wrong origin")
        try:
            response = await handler(request)
        except web.HTTPException as e:  # a 404 and the like: the same headers, then on its way
            for key, value in HEADERS.items():
                e.headers.setdefault(key, value)
            raise
        for key, value in HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    async def _index(self, _request: web.Request) -> web.Response:
        lang, words = strings_for(self.room.view.language)
        html = _page_file("index.html")
        html = html.replace("{{lang}}", escape(lang)).replace("{{title}}", escape(words["page_title"]))
        # inside <script type="application/json"> entities are not decoded: escape <, > and & the JSON way
        table = json.dumps(words, ensure_ascii=True).replace("<", "\\u003c").replace(">", "\\u003e")
        html = html.replace("{{strings}}", table.replace("&", "\\u0026"))
        return web.Response(text=html, content_type="text/html", charset="utf-8")

    def _static(self, name: str, kind: str) -> Callable:
        body = _page_file(name)

        async def serve(_request: web.Request) -> web.Response:
            return web.Response(text=body, content_type=kind, charset="utf-8")

        return serve

    async def _code(self, request: web.Request) -> web.Response:
        """A typed join code for the token; tries are rate-limited per address and in all."""
        peer = request.remote or "?"
        if not self.code_tries.take(peer) or not self.all_code_tries.take():
            return web.json_response({"error": "slow"}, status=429)
        try:
            data = await request.json()
            typed = data.get("code", "") if isinstance(data, dict) else ""
        except Exception:  # noqa: BLE001 - any unreadable body is just a wrong code
            typed = ""
        if isinstance(typed, str) and same(normalise_code(typed), self.code):
            return web.json_response({"token": self.token})
        return web.json_response({"error": "wrong"}, status=403)

    # --- the WebSocket
    async def _ws(self, request: web.Request) -> web.StreamResponse:
        peer = request.remote or "?"
        if self.open_sockets >= MAX_SOCKETS or self.sockets_of.get(peer, 0) >= limits.SOCKETS_EACH:
            return web.Response(status=503, text="the room is full")
        ws = web.WebSocketResponse(max_msg_size=limits.MAX_MESSAGE_BYTES, heartbeat=20.0)
        await ws.prepare(request)
        self.open_sockets += 1
        self.sockets_of[peer] = self.sockets_of.get(peer, 0) + 1
        person = None
        try:
            person = await self._greet(ws, peer)
            if person is not None:
                await self._converse(ws, person)
        except (asyncio.CancelledError, ConnectionError):
            pass
        except Exception:  # noqa: BLE001 - whatever a phone does, the room stays up
            pass
        finally:
            self.open_sockets -= 1
            self.sockets_of[peer] -= 1
            if not self.sockets_of[peer]:
                del self.sockets_of[peer]
            if person is not None:
                sockets = self.sockets.get(person.key, set())
                sockets.discard(ws)
                if not sockets:
                    self.room.connected.discard(person.key)
            with contextlib.suppress(Exception):
                await ws.close()
        return ws

    async def _greet(self, ws: web.WebSocketResponse, peer: str) -> Participant | None:
        deadline = time.monotonic() + HELLO_SECONDS
        garbage = 0
        while garbage < 5:
            try:
                msg = await ws.receive(timeout=max(0.1, deadline - time.monotonic()))
            except TimeoutError:
                return None
            if msg.type != WSMsgType.TEXT:
                return None
            try:
                hello = parse(msg.data)
            except BadMessage as e:
                garbage += 1
                await self._send(ws, {"type": "error", "reason": str(e)})
                continue
            if not isinstance(hello, Hello):
                garbage += 1
                await self._send(ws, {"type": "error", "reason": "say hello first"})
                continue
            if not (hello.key and hello.key in self.room.people) and not self.joins.take(peer):
                await self._send(ws, {"type": "refused", "reason": "too many new people from one device"})
                return None
            try:
                person = self.room.join(hello)
            except RoomError as e:
                await self._send(ws, {"type": "refused", "reason": str(e)})
                return None
            sockets = self.sockets.setdefault(person.key, set())
            if len(sockets) >= 3:  # one person, many tabs: the oldest goes
                oldest = next(iter(sockets))
                sockets.discard(oldest)
                asyncio.ensure_future(oldest.close())
            sockets.add(ws)
            self.room.connected.add(person.key)
            await self._send(ws, {"type": "welcome", "key": person.key})
            await self._send(ws, self.room.snapshot(person))
            self._emit(People(sum(1 for s in self.sockets.values() if s)))
            return person
        return None

    async def _converse(self, ws: web.WebSocketResponse, person: Participant) -> None:
        bucket = Bucket(limits.MESSAGES_PER_SECOND, limits.MESSAGE_BURST)
        dropped = garbage = 0
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                garbage += 1
                if msg.type in (WSMsgType.ERROR, WSMsgType.CLOSE) or garbage > limits.GARBAGE_BEFORE_CLOSE:
                    break
                continue
            if not bucket.take():
                dropped += 1
                if dropped > limits.DROPPED_BEFORE_CLOSE:
                    break
                if dropped % 25 == 1:
                    await self._send(ws, {"type": "slow_down"})
                continue
            try:
                request = parse(msg.data)
            except BadMessage as e:
                garbage += 1
                if garbage > limits.GARBAGE_BEFORE_CLOSE:
                    break
                await self._send(ws, {"type": "error", "reason": str(e)})
                continue
            try:
                if isinstance(request, Dot):
                    self._emit(self.room.dot(person, request))
                elif isinstance(request, NoteIn):
                    self._emit(self.room.note(person, request))
                elif isinstance(request, Rate):
                    self._emit(self.room.rate(person, request))
                else:
                    continue  # a second hello changes nothing
            except RoomError as e:
                await self._send(ws, {"type": "error", "reason": str(e)})
            await self._tell(person)
        sockets = self.sockets.get(person.key)
        if sockets is not None:
            sockets.discard(ws)
            if not sockets:
                self.room.connected.discard(person.key)
        self._emit(People(sum(1 for s in self.sockets.values() if s)))

    async def _send(self, ws: web.WebSocketResponse, data: dict) -> None:
        if not ws.closed:
            with contextlib.suppress(Exception):
                await ws.send_str(json.dumps(data, ensure_ascii=False))

    async def _tell(self, person: Participant) -> None:
        """Send a person's phones what they see now."""
        snapshot = self.room.snapshot(person)
        for ws in list(self.sockets.get(person.key, ())):
            await self._send(ws, snapshot)

    def _tell_everyone(self) -> None:
        for key in list(self.sockets):
            person = self.room.people.get(key)
            if person is not None and self.sockets[key]:
                asyncio.ensure_future(self._tell(person))

    # --- the facilitator's requests, run on the loop
    def _publish(self, view: StageView) -> None:
        self.room.view = view
        self._tell_everyone()

    def _open_round(self, settings: RoundSettings) -> None:
        self.room.open_round(settings)
        if self._timer is not None:
            self._timer.cancel()
        if settings.seconds:
            self._timer = asyncio.get_running_loop().call_later(settings.seconds + 0.05, self._time_check,
                                                                settings.id)
        self._emit(self.room.ballots())
        self._tell_everyone()

    def _time_check(self, round_id: str) -> None:
        if self.room.round is not None and self.room.round.id == round_id and self.room.time_up():
            self._emit(TimeUp(round_id))
            self._tell_everyone()

    def _close_round(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        closed = self.room.close_round()
        if closed is not None:
            self._emit(closed)
        self._tell_everyone()

    def _open_check(self, check: CheckSettings) -> None:
        self.room.open_check(check)
        self._emit(self.room.ratings())
        self._tell_everyone()

    def _close_check(self) -> None:
        self.room.close_check()
        self._tell_everyone()

    def _settle_note(self, note_id: str, added: bool) -> None:
        person = self.room.settle_note(note_id, added)
        if person is not None:
            asyncio.ensure_future(self._tell(person))


__all__ = ["Closed", "Failed", "NoteArrived", "Opened", "RoomServer"]
