"""The digest's optional appendix: the map's comment threads, by object, open ones and resolved ones.

Asked for with ``--comments`` (or the Export dialog's check box): a review is
for the team, a digest often for people outside it. Each object with threads
gets a heading in reading order (stages, their steps and cards, personas);
under it each thread with its state, then every comment in full with its
author and time. Nothing is shortened: every word of every comment is text in
the PDF.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ..i18n import _, format_date, ngettext
from ..model import CommentThread
from ..model.review import shown_threads, threads_by_object
from .pdf_flow import Block, PageBreak, Together

if TYPE_CHECKING:
    from .pdf_digest import DigestWriter


def stamp(moment: datetime | None) -> str:
    """"4 December 2026, 14:03 UTC": one clock for every reader of a shared document."""
    if moment is None:
        return ""
    moment = moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    return _("{date}, {time} UTC").format(date=format_date(moment), time=f"{moment:%H:%M}")


def summary(threads: list[CommentThread]) -> str:
    opened = sum(not t.resolved for t in threads)
    closed = len(threads) - opened
    return _("{open}, {resolved}").format(open=ngettext("{n} open thread", "{n} open threads", opened).format(n=opened),
                                          resolved=ngettext("{n} resolved", "{n} resolved", closed).format(n=closed))


def comments_appendix(w: DigestWriter) -> list[Block]:
    """The appendix's blocks; none when the map has no comments."""
    journey = w.journey
    threads = shown_threads(journey, w.lanes)  # a hidden lane's cards stay out, with their comments
    if not threads:
        return []
    title = _("Comments")
    out: list[Block] = [PageBreak(), w.paragraph(title, "h1", outline=[("comments", title, 0)]),
                        w.paragraph(summary(threads), "small")]
    for group in threads_by_object(journey, threads):
        head: list[Block] = [w.paragraph(group.label, "h2")]
        for n, thread in enumerate(group.threads):
            state = (_("Resolved by {name}, {when}").format(name=thread.resolved_by or _("someone"),
                                                            when=stamp(thread.resolved_at))
                     if thread.resolved else _("Open"))
            blocks: list[Block] = [w.paragraph(state, "h3")]
            for k, comment in enumerate(thread.comments):
                who = _("{author}, {when}").format(author=comment.author or _("someone"), when=stamp(comment.created))
                if comment.edited:
                    who += " " + _("(edited)")
                # the opening comment at the margin, replies indented under it
                blocks.append(w.paragraph(who, "small" if k == 0 else "card_facts"))
                blocks.append(w.paragraph(comment.text or _("(no text)"), "body" if k == 0 else "card"))
            # a heading keeps its thread's state and first comment with it; each comment its byline
            first, rest = blocks[:3], blocks[3:]
            out.append(Together([*head, *first] if n == 0 else first))
            out += [Together(rest[i:i + 2]) for i in range(0, len(rest), 2)]
    return out
