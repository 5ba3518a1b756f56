"""The web page's comments section (asked for with ``--comments``): every thread, by object.

Each object with threads is a heading (in reading order, as in the digest);
each thread an ``article`` naming its state, its comments an ordered list with
the author and a machine-readable ``<time>``. The comments are the map's text:
escaped and marked with their direction like every other word of the map.
"""

from __future__ import annotations

from datetime import UTC, datetime

from ...i18n import _
from ...model.review import shown_threads, threads_by_object
from ..digest_comments import stamp, summary
from .context import Page
from .markup import esc


def _time(moment: datetime | None) -> str:
    if moment is None:
        return ""
    moment = moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    return f'<time datetime="{moment.isoformat().replace("+00:00", "Z")}">{esc(stamp(moment))}</time>'


def comments_section(p: Page) -> str:
    """The section's markup; "" when the map has no comments."""
    j = p.journey
    threads = shown_threads(j, p.lanes)  # a hidden lane's cards stay out, with their comments
    if not threads:
        return ""
    title = _("Comments")
    out = [f'<section id="comments" aria-labelledby="comments-h"><h2 id="comments-h" tabindex="-1">{esc(title)}</h2>',
           f'<p class="facts">{esc(summary(threads))}</p>']
    for group in threads_by_object(j, threads):
        out.append(p.m.words("h3", group.label))
        for thread in group.threads:
            state = esc(_("Open"))
            if thread.resolved:
                state = esc(_("Resolved by {name}").format(name=thread.resolved_by or _("someone"))) + ", " \
                    + _time(thread.resolved_at)
            items = []
            for comment in thread.comments:
                edited = " " + esc(_("(edited)")) if comment.edited else ""
                byline = f'<p class="facts">{esc(comment.author or _("someone"))}, {_time(comment.created)}{edited}</p>'
                items.append(f"<li>{byline}{p.m.words('p', comment.text)}</li>")
            out.append(f'<article class="thread"><p class="facts">{state}</p><ol>{"".join(items)}</ol></article>')
    out.append("</section>")
    return "".join(out)
