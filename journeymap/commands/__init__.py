"""One QUndoCommand per kind of edit; each calls the Document, never a scene item."""

from .base import DocumentCommand
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
    "AddCard", "AddLane", "AddPersona", "AddStage", "AddStep", "DocumentCommand", "MoveCard",
    "MoveStep", "Remove", "Reorder", "SetFields", "SetScore",
]
