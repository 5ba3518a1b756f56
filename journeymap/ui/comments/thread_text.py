"""A thread as the panel shows it: who said what when, with @mentions picked out.

Every word from the map is escaped before it becomes markup, so a comment
holding ``<img src=…>`` shows those characters and loads nothing.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from ...model import Comment, CommentThread
from ..plain import escaped

MENTION_COLOUR = "#1f5fbf"
MUTED = "#6b7280"


def when(moment: datetime | None) -> str:
    """A comment's time in the reader's own time zone: "4 Dec 2026, 14:03"."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    return f"{local.day} {local:%b %Y, %H:%M}"


def with_mentions(text: str, mentions: list[str]) -> str:
    """``text`` escaped, each ``@name`` of ``mentions`` in bold blue (any case, as typed)."""
    if not mentions:
        return escaped(text).replace("\n", "<br>")
    names = sorted(mentions, key=len, reverse=True)
    pattern = re.compile("@(" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE)
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(escaped(text[last:match.start()]))
        out.append(f'<b style="color:{MENTION_COLOUR}">{escaped(match.group(0))}</b>')
        last = match.end()
    out.append(escaped(text[last:]))
    return "".join(out).replace("\n", "<br>")


def comment_html(comment: Comment, first: bool) -> str:
    who = escaped(comment.author or "Someone")
    edited = " (edited)" if comment.edited else ""
    lead = "" if first else "↳ "
    return (f'<p style="margin:0 0 2px 0">{lead}<b>{who}</b> '
            f'<span style="color:{MUTED}">{escaped(when(comment.created))}{edited}</span></p>'
            f'<p style="margin:0 0 8px {0 if first else 14}px">{with_mentions(comment.text, comment.mentions)}</p>')


def thread_html(label: str, thread: CommentThread) -> str:
    """The whole thread: what it is on, its state, then each comment."""
    state = (f"Resolved by {escaped(thread.resolved_by or 'someone')}, {escaped(when(thread.resolved_at))}"
             if thread.resolved else "Open")
    parts = [f'<p style="margin:0 0 6px 0"><b>{escaped(label)}</b><br>'
             f'<span style="color:{MUTED}">{state}</span></p>']
    parts += [comment_html(c, k == 0) for k, c in enumerate(thread.comments)]
    return "".join(parts)
