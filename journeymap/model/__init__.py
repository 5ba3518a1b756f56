"""The journey map as data, and the Document that edits it. No Qt here."""

from . import pydantic_plugins  # noqa: F401  (first: tells Pydantic "no plugins" before any model is built)
from .changes import Change, ChangeSet, Removal, Slot
from .comments import COMMENTABLE, Comment, CommentThread, find_mentions, open_threads
from .document import Document, DocumentError
from .journey_map import (
    EMPATHY_SECTIONS,
    FORMAT_NAME,
    SCHEMA_VERSION,
    Card,
    Ces,
    Csat,
    EmotionScale,
    EmpathyMap,
    JourneyMap,
    Lane,
    Metrics,
    Note,
    Nps,
    Persona,
    Photo,
    Score,
    Stage,
    Step,
    new_id,
    now,
)
from .kinds import BLUEPRINT_LINES, CHANNELS, EmpathyStyle, EvidenceStatus, LaneKind, Scope, channel_name
from .problems import Problem
from .references import reference_problems

__all__ = [
    "BLUEPRINT_LINES", "CHANNELS", "COMMENTABLE", "Comment", "CommentThread", "find_mentions", "open_threads", "EMPATHY_SECTIONS", "FORMAT_NAME", "SCHEMA_VERSION",
    "Card", "Ces", "Change", "ChangeSet", "Csat", "Document", "DocumentError", "EmotionScale",
    "EmpathyMap", "EmpathyStyle", "EvidenceStatus", "JourneyMap", "Lane", "LaneKind",
    "Metrics", "Note", "Nps", "Persona", "Photo", "Problem", "Removal", "Score", "Scope",
    "Slot", "Stage", "Step", "channel_name", "new_id", "now", "reference_problems",
]
