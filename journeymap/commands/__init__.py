"""One QUndoCommand per kind of edit; each calls the Document, never a scene item."""

from .base import DocumentCommand
from .comments import DeleteComment, DeleteThread, EditComment, Reply, ResolveThread, StartThread
from .fields import SetFields
from .scores import SetScore
from .structure import (
    AddCard,
    AddLane,
    AddPersona,
    AddStage,
    AddStep,
    MoveCard,
    MoveStep,
    Remove,
    Reorder,
)

__all__ = [
    "AddCard", "AddLane", "AddPersona", "AddStage", "AddStep", "DeleteComment", "DeleteThread",
    "DocumentCommand", "EditComment", "MoveCard", "MoveStep", "Remove", "Reorder", "Reply",
    "ResolveThread", "SetFields", "SetScore", "StartThread",
]
