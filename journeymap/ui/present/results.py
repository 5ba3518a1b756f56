"""The closing slides of a workshop: every voted card, ranked within its lane, lanes in map order.

Votes on any kind of card count (touchpoints and actions as much as pain
points): a lane with voted cards gets a group, its cards most-voted first.
Groups flow down two columns and on to further slides; nothing is cut.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...i18n import N_, _, ngettext
from ...layout import Rect
from ...model import Card, JourneyMap, Lane
from .cards import MAX_DOTS, card_fill, card_ink, vote_ops
from .ops import BoxOp, LineOp, Op, Slide
from .text import block_height, clip_lines, measure, place, wrap_lines
from .theme import CARD_BORDER, LEADING, RULE, Sizes

TITLE = N_("Voting results")


def ranked(journey: JourneyMap, lane: Lane) -> list[Card]:
    """A lane's voted cards, most votes first; ties keep map order."""
    return sorted((card for card in lane.cards if card.votes), key=lambda c: -c.votes)


def voted_lanes(journey: JourneyMap) -> list[tuple[Lane, list[Card]]]:
    return [(lane, cards) for lane in journey.lanes if (cards := ranked(journey, lane))]


@dataclass
class _Entry:
    card: Card
    lane: Lane
    rank: int
    text: list[str]
    where: list[str]
    height: float


def _entries(journey: JourneyMap, lane: Lane, cards: list[Card], inner: float, s: Sizes) -> list[_Entry]:
    where = {step.id: f"{stage.name} \u00b7 {step.name}" for stage in journey.stages for step in stage.steps}
    out = []
    for rank, card in enumerate(cards, start=1):
        text = clip_lines(wrap_lines(card.text or _("(empty card)"), s.card, inner), 2, s.card, inner)
        room = inner - votes_width(card.votes, s) - s.pad  # the stage and step, then the votes on the same line
        place_line = clip_lines(wrap_lines(where.get(card.step, ""), s.small, room), 1, s.small, room)
        h = 2 * s.pad + block_height(len(text), s.card) + s.small * LEADING
        out.append(_Entry(card, lane, rank, text, place_line, h))
    return out


def results_slides(journey: JourneyMap, s: Sizes) -> list[Slide]:
    slides = [Slide("results", _(TITLE))]
    x0 = s.margin
    col_w = (s.width - 3 * s.margin) / 2
    rank_w = measure("10.", s.step, "bold") + s.pad
    inner = col_w - rank_w - 2 * s.pad
    bottom = s.height - s.margin - 2 * s.pad  # clear of the progress bar

    def start(slide: Slide) -> float:
        t, y = place([_(TITLE) if len(slides) == 1 else _("Voting results (continued)")], x0, s.margin, s.stage,
                     "bold")
        slide.ops.extend(t)
        return y + s.pad

    top = start(slides[0])
    column, y = 0, top
    groups = voted_lanes(journey)
    if not groups:
        msg = wrap_lines(_("No votes yet. Press V to vote here, or open the room (R) for dot voting from phones."),
                         s.card, s.width - 2 * s.margin)
        slides[0].ops.extend(place(msg, x0, y, s.card)[0])
    head_h = s.step * LEADING + s.pad
    for lane, cards in groups:
        entries = _entries(journey, lane, cards, inner, s)
        first = True
        for entry in entries:
            need = entry.height + (head_h if first else 0.0)
            if y + need > bottom:
                column += 1
                y = top
                if column == 2:
                    slides.append(Slide("results", _(TITLE), page=len(slides) + 1))
                    top = y = start(slides[-1])
                    column = 0
                first = True
                need = entry.height + head_h
            slide = slides[-1]
            cx = x0 + column * (col_w + s.margin)
            if first:
                heading = lane.display_title if entry.rank == 1 else _("{lane} (cont.)").format(lane=lane.display_title)
                t, hy = place(clip_lines([heading], 1, s.step, col_w, "bold"), cx, y, s.step, "bold")
                slide.ops.extend(t)
                slide.ops.append(LineOp(cx, hy + s.gap / 2, cx + col_w, hy + s.gap / 2, RULE, s.line * 1.5))
                y = hy + s.pad
                first = False
            slide.ops.extend(_entry_ops(entry, cx, y, col_w, rank_w, s))
            slide.cards[entry.card.id] = Rect(cx + rank_w, y, col_w - rank_w, entry.height)
            y += entry.height + s.gap
        y += s.pad
    for slide in slides:
        slide.pages = len(slides)
    return slides


def _entry_ops(entry: _Entry, cx: float, y: float, col_w: float, rank_w: float, s: Sizes) -> list[Op]:
    fill = card_fill(entry.card, entry.lane)
    ink = card_ink(fill)
    rect = Rect(cx + rank_w, y, col_w - rank_w, entry.height)
    ops: list[Op] = [BoxOp(rect, fill, CARD_BORDER, s.line * 1.5, radius=s.pad * 0.6)]
    ops.extend(place([f"{entry.rank}."], cx, y + s.pad, s.step, "bold")[0])
    t, by = place(entry.text, rect.x + s.pad, y + s.pad, s.card, colour=ink)
    ops.extend(t)
    ops.extend(place(entry.where, rect.x + s.pad, by, s.small, colour=ink)[0])
    ops.extend(vote_ops(entry.card.votes, rect.right - s.pad - votes_width(entry.card.votes, s), by, s, ink))
    return ops


def votes_width(votes: int, s: Sizes) -> float:
    """The width :func:`vote_ops` draws: the dots, a gap, "6 votes"."""
    d = s.small * 0.8
    label = ngettext("{n} vote", "{n} votes", votes).format(n=votes)
    return min(votes, MAX_DOTS) * d * 1.25 + s.gap + measure(label, s.small, "bold")


__all__ = ["ranked", "results_slides", "voted_lanes"]
