"""Working on a map together: co-editing (the Yjs/pycrdt binding of a Document and the rooms it
meets in) and the workshop room page (``collab.room``). Qt-free.

May import model and io, never ui or export.
"""

from .binding import PERSONAL_UNDO, REMOTE, CollabError, CollabOrigin, MapBinding, build_journey

__all__ = ["PERSONAL_UNDO", "REMOTE", "CollabError", "CollabOrigin", "MapBinding", "build_journey"]
