"""A room server inside the editor, for "Share live": one call starts it on a free port.

It runs uvicorn on its own thread and loop, keeps rooms in memory (the
sharer's editor holds the map; colleagues' copies are theirs), creates the
sharer's room on first use and accepts only its random token.
"""

from __future__ import annotations

import asyncio
import secrets
import socket
import threading
from dataclasses import dataclass

from .link import RoomLink
from .server import RoomServer, ServerOptions, bound_socket, uvicorn_server


@dataclass
class EmbeddedServer:
    link: RoomLink
    _server: object
    _thread: threading.Thread

    def stop(self, wait: float = 5.0) -> None:
        """Stop serving (colleagues go offline and keep their copies)."""
        self._server.should_exit = True  # type: ignore[attr-defined]
        self._thread.join(wait)


def start_embedded_server(room: str | None = None, *, host: str = "0.0.0.0", port: int = 0,
                          link_host: str | None = None, timeout: float = 10.0) -> EmbeddedServer:
    """Start a server for one shared map; returns the link to send to colleagues.

    ``host`` is where it listens (every interface by default, so colleagues on
    the network can reach it); ``link_host`` the name put in the link (this
    machine's host name by default).
    """
    token = secrets.token_urlsafe(18)
    room = room or f"map-{secrets.token_hex(4)}"
    sock = bound_socket(host, port)
    actual_port = sock.getsockname()[1]
    ready = threading.Event()
    app = RoomServer(ServerOptions(host=host, port=actual_port, tokens=frozenset({token}), allow_create=True,
                                   only_room=room), on_ready=ready.set)
    server = uvicorn_server(app)

    def serve() -> None:
        asyncio.run(server.serve(sockets=[sock]))

    thread = threading.Thread(target=serve, name="journeymap-share-live", daemon=True)
    thread.start()
    if not ready.wait(timeout):
        server.should_exit = True
        raise RuntimeError("the live-sharing server did not start")
    if link_host is None:
        link_host = "127.0.0.1" if host in ("127.0.0.1", "localhost") else socket.gethostname()
    return EmbeddedServer(RoomLink(link_host, actual_port, room, token), server, thread)
