"""Working on a map together: co-editing (the Yjs/pycrdt binding of a Document and the rooms it
meets in) and the workshop room page (``collab.room``). Qt-free.

May import model and io, never ui or export.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .binding import PERSONAL_UNDO, REMOTE, CollabError, CollabOrigin, MapBinding, build_journey

__all__ = ["PERSONAL_UNDO", "REMOTE", "CollabError", "CollabOrigin", "MapBinding", "build_journey"]


def __getattr__(name: str) -> Any:
    """The binding (and pycrdt under it) loads when first used: the editor starts without it."""
    if name in __all__:
        from . import binding

        return getattr(binding, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
