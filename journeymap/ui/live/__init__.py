"""Live co-editing in the editor: Share Live, Join Live Map, presence, personal undo.

The engine (binding, room client, servers) is :mod:`journeymap.collab`; this
package only puts it in front of the user, on the GUI thread.
"""

from .connection import LiveConnection, QtOwner
from .live_map import LiveMap, open_joined, status_words

__all__ = ["LiveConnection", "LiveMap", "QtOwner", "open_joined", "status_words"]
