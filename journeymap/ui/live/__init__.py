"""Live co-editing in the editor: Share Live, Join Live Map, presence, personal undo.

The engine (binding, room client, servers) is :mod:`journeymap.collab`; this
package only puts it in front of the user, on the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .live_map import LiveMap, open_joined, status_words

if TYPE_CHECKING:
    from .connection import LiveConnection, QtOwner

__all__ = ["LiveConnection", "LiveMap", "QtOwner", "open_joined", "status_words"]


def __getattr__(name: str) -> Any:
    """The connection (and the room client, pycrdt and websockets under it) loads when a map goes
    live, not with the editor's first window."""
    if name in ("LiveConnection", "QtOwner"):
        from . import connection

        return getattr(connection, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
