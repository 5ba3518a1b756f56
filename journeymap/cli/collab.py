"""The ``journeymap serve`` and ``journeymap open ws://…`` verbs (the CLI only parses and calls these)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import secrets
import sys
import threading
from pathlib import Path
from typing import Any

OK, BAD_INPUT, USAGE = 0, 1, 2


def _err(message: str) -> None:
    print(f"journeymap: {message}", file=sys.stderr)


def add_serve_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1; 0.0.0.0 for all)")
    p.add_argument("--port", type=int, default=8765, help="port (default 8765; 0 picks a free one)")
    p.add_argument("--store", type=Path, default=Path("rooms.sqlite"), metavar="FILE",
                   help="SQLite file keeping every room's map (default rooms.sqlite)")
    p.add_argument("--token-file", type=Path, default=None, metavar="F",
                   help="file with the accepted tokens, one a line (default: a random token, printed)")
    p.add_argument("--allow-create", action="store_true", help="a link to a room not in the store creates it")


def read_tokens(path: Path) -> frozenset[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise ValueError(f"{path}: cannot read the token file ({getattr(e, 'strerror', None) or e})") from None
    tokens = frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))
    short = [t for t in tokens if len(t) < 16]
    if not tokens:
        raise ValueError(f"{path}: the token file holds no token")
    if short:
        raise ValueError(f"{path}: a token is shorter than 16 characters; use long random tokens")
    return tokens


def run_serve(args: argparse.Namespace) -> int:
    from ..collab.server import RoomServer, ServerOptions, bound_socket, uvicorn_server

    if not 0 <= args.port <= 65535:
        _err(f"--port {args.port} is not a port (0-65535)")
        return USAGE
    if args.token_file is not None:
        try:
            tokens = read_tokens(args.token_file)
        except ValueError as e:
            _err(str(e))
            return BAD_INPUT
        shown = "from " + str(args.token_file)
    else:
        token = secrets.token_urlsafe(18)
        tokens = frozenset({token})
        shown = token
    store = args.store
    if store.exists() and not store.is_file():
        _err(f"{store}: the store must be a file")
        return BAD_INPUT
    if not store.parent.is_dir():
        _err(f"{store}: the folder does not exist")
        return BAD_INPUT
    try:
        sock = bound_socket(args.host, args.port)
    except OSError as e:
        _err(f"cannot listen on {args.host}:{args.port} ({e.strerror or e})")
        return BAD_INPUT
    port = sock.getsockname()[1]
    logging.basicConfig(level=logging.WARNING, format="journeymap serve: %(message)s")

    def ready() -> None:
        print(f"journeymap serve: listening on ws://{args.host}:{port}/ROOM?token=TOKEN; "
              f"rooms kept in {store}; token {shown}; "
              f"{'new rooms allowed' if args.allow_create else 'only rooms in the store'}", flush=True)

    app = RoomServer(ServerOptions(host=args.host, port=port, store=store, tokens=tokens,
                                   allow_create=args.allow_create), on_ready=ready)
    try:
        asyncio.run(uvicorn_server(app).serve(sockets=[sock]))
    except KeyboardInterrupt:
        pass
    return OK


def add_open_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("link", metavar="ws://HOST:PORT/ROOM?token=T")
    p.add_argument("--save", type=Path, default=None, metavar="OUT",
                   help="save a copy of the shared map as a .journey file")
    p.add_argument("--timeout", type=float, default=10.0, help="seconds to wait for the room (default 10)")
    p.add_argument("--check", action="store_true",
                   help="only check the link and print what the room holds (no editor window)")


def run_open(args: argparse.Namespace) -> int:
    """Join a room headless: test the link, report the map, optionally save a copy.

    What ``journeymap open LINK`` does with ``--check`` or ``--save`` (or without a
    display); otherwise the CLI opens the editor joined to the room.
    """
    from ..collab.client import RoomClient
    from ..collab.link import LinkError, RoomLink

    try:
        link = RoomLink.parse(args.link)
    except LinkError as e:
        _err(str(e))
        return USAGE
    statuses: list[str] = []
    refused = threading.Event()

    def status(s: Any) -> None:  # a RoomStatus
        statuses.append(str(s))
        if s.state == "refused":
            refused.set()

    client = RoomClient(link, on_status=status, max_backoff=1.0)
    client.start()
    waited = 0.0
    while waited < args.timeout and not client.joined.is_set() and not refused.is_set():
        client.joined.wait(0.1)
        waited += 0.1
    binding = client.binding
    client.stop()
    if binding is None:
        reason = next((s for s in reversed(statuses) if s.startswith("not connected")), None)
        _err(f"{link.host}:{link.port}: " + (reason or f"no answer from the room within {args.timeout:g} s"))
        return BAD_INPUT
    journey = binding.document.journey
    cards = sum(len(lane.cards) for lane in journey.lanes)
    print(f"joined room {link.room} on {link.host}:{link.port}: \"{journey.title}\" "
          f"({len(journey.stages)} stages, {len(journey.steps())} steps, {cards} cards, "
          f"{len(journey.threads)} comment threads)")
    if args.save is not None:
        from ..io import SaveError, save_map

        try:
            save_map(journey, args.save)
        except SaveError as e:
            _err(str(e))
            return BAD_INPUT
        print(f"saved a copy as {args.save}")
    return OK
