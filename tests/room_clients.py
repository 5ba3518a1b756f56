"""Simulated phones for the workshop room: aiohttp WebSocket clients on their own thread and loop.

Used by the room tests and the latency benchmark; they only ever talk to a
room listening on this machine's loopback address.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp


class Phone:
    """One participant's connection: hello, then messages; keeps the latest state the room sent."""

    def __init__(self, session: aiohttp.ClientSession, address: str, token: str, name: str = "") -> None:
        self.session, self.address, self.token, self.name = session, address, token, name
        self.key: str | None = None
        self.ws: aiohttp.ClientWebSocketResponse | None = None
        self.state: dict[str, Any] = {}
        self.replies: list[dict[str, Any]] = []
        self.reader: asyncio.Task | None = None
        self.changed = asyncio.Event()

    async def join(self) -> None:
        self.ws = await self.session.ws_connect(self.address + "/api/ws", max_msg_size=0)
        hello = {"type": "hello", "token": self.token, "name": self.name}
        if self.key:
            hello["key"] = self.key
        await self.ws.send_str(json.dumps(hello))
        self.reader = asyncio.ensure_future(self._read(self.ws))
        await self.wait_for(lambda: bool(self.state))

    async def _read(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        async for msg in ws:
            if msg.type != aiohttp.WSMsgType.TEXT:
                break
            data = json.loads(msg.data)
            if data.get("type") == "welcome":
                self.key = data["key"]
            elif data.get("type") == "state":
                self.state = data
            else:
                self.replies.append(data)
            self.changed.set()
        self.changed.set()

    async def wait_for(self, done: Callable[[], bool], timeout: float = 10.0) -> None:
        async def loop() -> None:
            while not done():
                self.changed.clear()
                await self.changed.wait()

        await asyncio.wait_for(loop(), timeout)

    async def send(self, data: dict[str, Any] | str) -> None:
        assert self.ws is not None
        await self.ws.send_str(data if isinstance(data, str) else json.dumps(data))

    async def leave(self) -> None:
        if self.ws is not None:
            await self.ws.close()
        if self.reader is not None:
            await asyncio.gather(self.reader, return_exceptions=True)
        self.state = {}

    @property
    def closed(self) -> bool:
        return self.ws is None or self.ws.closed


def run_in_thread(scenario: Callable[[], Awaitable[Any]]) -> tuple[threading.Thread, dict[str, Any]]:
    """Run an async scenario on a thread of its own (the test's thread keeps Qt's events flowing)."""
    out: dict[str, Any] = {}

    def main() -> None:
        try:
            out["result"] = asyncio.run(scenario())
        except BaseException as e:  # noqa: BLE001 - handed to the test to raise
            out["error"] = e

    thread = threading.Thread(target=main, daemon=True)
    thread.start()
    return thread, out
