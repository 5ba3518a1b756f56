"""A room link: ``ws://host:port/room?token=…`` -- what "Share live" shows and "Join" takes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, urlsplit

ROOM_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


class LinkError(ValueError):
    """Text that is not a room link, with what is wrong in words."""


@dataclass(frozen=True)
class RoomLink:
    host: str
    port: int
    room: str
    token: str
    secure: bool = False

    @property
    def url(self) -> str:
        scheme = "wss" if self.secure else "ws"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{scheme}://{host}:{self.port}/{self.room}?token={quote(self.token, safe='')}"

    def __str__(self) -> str:
        return self.url

    @classmethod
    def parse(cls, text: str) -> RoomLink:
        text = text.strip()
        try:
            parts = urlsplit(text)
            port = parts.port
        except ValueError as e:
            raise LinkError(f"not a room link: {e}") from None
        if parts.scheme not in ("ws", "wss"):
            raise LinkError("a room link starts with ws:// (or wss:// behind a TLS proxy)")
        if not parts.hostname:
            raise LinkError("the link names no host")
        room = parts.path.strip("/")
        if not ROOM_NAME.match(room):
            raise LinkError("the link names no room (…/ROOM, letters, digits, . _ -, up to 64)")
        token = parse_qs(parts.query).get("token", [""])[0]
        if not token:
            raise LinkError("the link has no token (?token=…); ask whoever shared the map for the full link")
        secure = parts.scheme == "wss"
        return cls(parts.hostname, port or (443 if secure else 80), room, token, secure)
