"""Live co-editing in the editor: Share Live, Join Live Map, presence, personal undo.

The engine (binding, room client, servers) is :mod:`journeymap.collab`; this
package only puts it in front of the user, on the GUI thread.
"""

from typing import TYPE_CHECKING, Any

from .live_map import LiveMap, open_joined, status_words

if TYPE_CHECKING:
    from .connection import LiveConnection, QtOwner

__all__ = ["LiveConnection", "LiveMap", "QtOwner", "open_joined", "status_words"]


def __getattr__(name: str) -> Any:
    """The connection loads when a window goes live (or a caller asks for it), not with every window."""
    if name in ("LiveConnection", "QtOwner"):
        from . import connection

        return getattr(connection, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
