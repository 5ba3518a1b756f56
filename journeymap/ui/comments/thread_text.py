"""A thread as the panel shows it: who said what when, with @mentions picked out.

Every word from the map is escaped before it becomes markup, so a comment
holding ``<img src=…>`` shows those characters and loads nothing. Your own
comments end in "Edit · Delete" links (``edit:ID``, ``delete:ID``): the words
are yours to correct, a colleague's are not.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from ...i18n import format_moment, language, tr, ui_language
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
    with language(ui_language()):
        return format_moment(moment.astimezone())


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


def is_mine(comment: Comment, me: str) -> bool:
    """Whether ``me`` (the name in Preferences) wrote ``comment``; nobody owns an unsigned one."""
    return bool(me.strip()) and comment.author.strip().casefold() == me.strip().casefold()


def comment_html(comment: Comment, first: bool, me: str = "") -> str:
    who = escaped(comment.author or tr("Someone"))
    edited = " " + escaped(tr("(edited)")) if comment.edited else ""
    lead = "" if first else "↳ "
    mine = ""
    if is_mine(comment, me):
        mine = (f' &nbsp;<a href="edit:{escaped(comment.id)}">{escaped(tr("Edit"))}</a>'
                f' · <a href="delete:{escaped(comment.id)}">{escaped(tr("Delete"))}</a>')
    return (f'<p style="margin:0 0 2px 0">{lead}<b>{who}</b> '
            f'<span style="color:{MUTED}">{escaped(when(comment.created))}{edited}</span>{mine}</p>'
            f'<p style="margin:0 0 8px {0 if first else 14}px">{with_mentions(comment.text, comment.mentions)}</p>')


def thread_html(label: str, thread: CommentThread, me: str = "") -> str:
    """The whole thread: what it is on, its state, then each comment (``me``'s with Edit and Delete)."""
    state = (escaped(tr("Resolved by {name}, {when}").format(name=thread.resolved_by or tr("someone"),
                                                                  when=when(thread.resolved_at)))
             if thread.resolved else escaped(tr("Open")))
    parts = [f'<p style="margin:0 0 6px 0"><b>{escaped(label)}</b><br>'
             f'<span style="color:{MUTED}">{state}</span></p>']
    parts += [comment_html(c, k == 0, me) for k, c in enumerate(thread.comments)]
    return "".join(parts)
