"""Comments and review: threads of comments on a card, step, stage or persona.

A thread names what it is about (``target``, an id); its first comment opens
it and the rest are replies. Threads are resolved and reopened as a whole.
They live in the map file (``threads`` at the top level), so a review travels
with the map, with or without co-editing. Deleting the object a thread is on
deletes the thread with it, and undo brings both back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import Annotated

from pydantic import Field

from .journey_map import Id, JourneyMap, Name, Strict, Text, new_id, now
from .limits import MAX_LIST, MAX_SHORT_LIST

#: The kinds of object a thread may be on.
COMMENTABLE = ("card", "step", "stage", "persona")


class Comment(Strict):
    """One comment: who wrote it, when, what, and whom it @mentions."""

    id: Id = Field(default_factory=new_id)
    author: Name = ""
    created: datetime = Field(default_factory=now)
    text: Text = ""
    mentions: Annotated[list[Name], Field(max_length=MAX_SHORT_LIST)] = []
    edited: datetime | None = None


class CommentThread(Strict):
    """A conversation about one object; open until someone resolves it."""

    id: Id = Field(default_factory=new_id)
    target: Id
    resolved: bool = False
    resolved_by: Name = ""
    resolved_at: datetime | None = None
    comments: Annotated[list[Comment], Field(max_length=MAX_LIST)] = []

    @property
    def author(self) -> str:
        """Who opened the thread."""
        return self.comments[0].author if self.comments else ""


_MENTION = re.compile(r"(?<![\w@])@([^\W\d_][\w.'-]*(?:[ ][^\W\d_][\w.'-]*){0,3})")


def find_mentions(text: str, people: Iterable[str]) -> list[str]:
    """The names among ``people`` that ``text`` @mentions, in the order first mentioned.

    Names may have spaces (``@Mary-Jane van der Berg``): the longest known name
    that follows an ``@`` wins, matched without regard to case. Unknown
    ``@words`` are left alone (an e-mail address is not a mention).
    """
    known = sorted({p for p in people if p.strip()}, key=len, reverse=True)
    found: list[str] = []
    for match in _MENTION.finditer(text):
        rest = text[match.start(1):]
        for name in known:
            if rest[: len(name)].casefold() == name.casefold() and not rest[len(name):len(name) + 1].isalnum():
                if name not in found:
                    found.append(name)
                break
    return found


def open_threads(threads: Iterable[CommentThread], target: str | None = None) -> list[CommentThread]:
    """The unresolved threads (on ``target`` if given), for markers and the open filter."""
    return [t for t in threads if not t.resolved and (target is None or t.target == target)]


JourneyMap.model_rebuild(_types_namespace={"CommentThread": CommentThread})

__all__ = ["COMMENTABLE", "Comment", "CommentThread", "find_mentions", "now", "open_threads"]
