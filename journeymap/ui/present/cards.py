"""A card as the room sees it: large text, its channel and owner, status, and vote dots.

A card is planned at a :class:`Density`: the deck condenses a crowded stage
(smaller type, down to the projector minimum, then fewer lines per card) so it
fits one slide; the spotlight always shows the whole card.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...i18n import _, ngettext
from ...layout import CARD_TINTS, Rect, ink_on
from ...model import Card, Lane, LaneKind, channel_name
from ...model.kinds import EvidenceStatus
from ...model.workshop import CardText
from .ops import BoxOp, MarkerOp, Op, PictureOp
from .text import block_height, clip_lines, measure, place, wrap_lines
from .theme import ACCENT_RED, CARD_BORDER, INK, LEADING, OVERLAY, OVERLAY_INK, PAPER, VOTE_DOT, Sizes

MAX_DOTS = 5


@dataclass(frozen=True)
class Density:
    """How tightly cards are set: type size, most lines of a condensed card, inner padding, meta lines."""

    size: int
    lines: int | None  # None: every line of the text
    pad: float
    meta: int  # lines each meta item (channel and owner, status) may take
    compact: bool = False  # votes as a sticker in the corner rather than a row of dots


def ladder(s: Sizes) -> list[Density]:
    """From roomy to tight: the planner takes the first rung at which a stage fits its slide."""
    tight = s.pad * 0.6
    return [Density(s.card, None, s.pad, 2), Density(s.small, None, tight, 1, True)] + \
        [Density(s.small, n, tight, 1, True) for n in (4, 3, 2, 1)]


def card_fill(card: Card, lane: Lane) -> str:
    return card.colour or lane.colour or CARD_TINTS.get(lane.kind, PAPER)


def card_ink(fill: str) -> str:
    return INK if ink_on(fill) != "#ffffff" else "#ffffff"


def meta_lines(card: Card) -> list[str]:
    """Channel and owner, then the evidence status when it is not 'observed'."""
    out = []
    channel = channel_name(card.channel) if card.channel else ""
    parts = [p for p in (channel, card.owner) if p]
    if parts:
        out.append(" \u00b7 ".join(parts))
    if card.status != EvidenceStatus.OBSERVED:
        out.append(card.status.value.capitalize())
    return out


@dataclass(frozen=True)
class CardPlan:
    """A card wrapped to a width, with its height on the slide."""

    card: Card
    lane: Lane
    text: list[str]
    meta: list[str]
    height: float
    size: int = 0
    pad: float = 0.0
    cut: bool = False  # some of the text is left for the spotlight
    sticker: bool = False  # the votes are a sticker in the top right corner
    picture: tuple[float, float] | None = None  # the picture's width and height above the text


def picture_box(card: Card, lane: Lane, inner: float, s: Sizes, density: Density) -> tuple[float, float] | None:
    """A storyboard frame fills the card's width (at most a third of the screen high, less when condensed);
    a picture elsewhere is a thumbnail three small lines high. Proportions kept."""
    p = card.picture
    if p is None:
        return None
    ratio = p.height / p.width
    if lane.kind == LaneKind.IMAGES:
        cap = s.height / 3 if density.lines is None else s.height / (5 + (4 - density.lines))
    else:
        cap = 3 * s.small * LEADING
    w, h = inner, inner * ratio
    if h > cap:
        h, w = cap, cap / ratio
    return w, h


def plan_card(card: Card, lane: Lane, width: float, s: Sizes, max_height: float | None = None,
              density: Density | None = None, how: CardText = CardText.FULL) -> CardPlan:
    d = density or Density(s.card, None, s.pad, 2)
    sticker = d.compact and card.votes > 0
    inner = width - 2 * d.pad - (sticker_width(card.votes, s) + d.pad if sticker else 0.0)
    full = wrap_lines(card.text or _("(empty card)"), d.size, inner)
    most = 1 if how is CardText.FIRST_LINE else None if how is CardText.FULL else d.lines
    text = clip_lines(full, most, d.size, inner) if most else full
    meta = [m for line in meta_lines(card) for m in clip_lines(wrap_lines(line, s.small, inner), d.meta,
                                                                 s.small, inner)]
    vote_row = 0.0 if sticker or not card.votes else s.small * LEADING
    picture = picture_box(card, lane, width - 2 * d.pad, s, d)
    fixed = 2 * d.pad + block_height(len(meta), s.small) + vote_row + (picture[1] + d.pad if picture else 0.0)
    if max_height is not None:
        room = int((max_height - fixed) // (d.size * LEADING))
        text = clip_lines(text, max(1, room), d.size, inner)
    height = max(fixed + block_height(len(text), d.size), 2 * d.pad + s.small * LEADING if sticker else 0.0)
    return CardPlan(card, lane, text, meta, height, d.size, d.pad, text != full or bool(card.detail), sticker,
                    picture)


def sticker_text(votes: int) -> str:
    return f"\u25cf {votes}"


def sticker_width(votes: int, s: Sizes) -> float:
    return measure(sticker_text(votes), s.small, "bold") + s.pad


def sticker_ops(votes: int, right: float, top: float, s: Sizes) -> list[Op]:
    """A dark pill with a dot and the count ("● 4"), the way a dot sticker sits on a paper card."""
    w = sticker_width(votes, s)
    h = s.small * LEADING
    rect = Rect(right - w, top, w, h)
    ops: list[Op] = [BoxOp(rect, OVERLAY, radius=h / 2)]
    ops.extend(place([sticker_text(votes)], rect.x + s.pad / 2, top, s.small, "bold", OVERLAY_INK)[0])
    return ops


def vote_ops(votes: int, x: float, top: float, s: Sizes, ink: str = INK) -> list[Op]:
    """Sticker dots (at most five) and the count in words, so one glance gives the number."""
    ops: list[Op] = []
    d = s.small * 0.8
    mid = top + s.small * LEADING / 2
    for i in range(min(votes, MAX_DOTS)):
        ops.append(MarkerOp(x + d / 2 + i * d * 1.25, mid, "circle", d, VOTE_DOT if ink == INK else ink))
    label = ngettext("{n} vote", "{n} votes", votes).format(n=votes)
    tx = x + min(votes, MAX_DOTS) * d * 1.25 + s.gap
    ops.extend(place([label], tx, top, s.small, "bold", ink)[0])
    return ops


def card_ops(plan: CardPlan, x: float, y: float, width: float, s: Sizes,
             open_sides: tuple[str, ...] = ()) -> tuple[list[Op], Rect]:
    """A card's face at (x, y); on ``open_sides`` its box runs on across the gap, open, to the grid's edge.

    The rectangle returned is the card's face (for clicks, votes and arrows),
    without the open run: that is only a sign that the card goes on.
    """
    card = plan.card
    fill = card_fill(card, plan.lane)
    ink = card_ink(fill)
    rect = Rect(x, y, width, plan.height)
    size = plan.size or s.card
    pad = plan.pad or s.pad
    proposed = card.status == EvidenceStatus.PROPOSED
    left = s.gap if "left" in open_sides else 0.0
    box = Rect(x - left, y, width + left + (s.gap if "right" in open_sides else 0.0), plan.height)
    ops: list[Op] = [BoxOp(box, fill, ACCENT_RED if proposed else CARD_BORDER,
                           s.line * (2.5 if proposed else 1.5), card.status == EvidenceStatus.ASSUMED,
                           s.pad * 0.6, open_sides=open_sides)]
    top = y + pad
    if plan.picture is not None and card.picture is not None:
        w, h = plan.picture
        inner = width - 2 * pad
        px = x + pad + (0.0 if plan.lane.kind != LaneKind.IMAGES else (inner - w) / 2)
        ops.append(PictureOp(Rect(px, top, w, h), card.picture))
        top += h + pad
    text_ops, bottom = place(plan.text, x + pad, top, size, colour=ink)
    ops.extend(text_ops)
    meta_ops, bottom = place(plan.meta, x + pad, bottom, s.small, colour=ink)
    ops.extend(meta_ops)
    if plan.sticker:
        ops.extend(sticker_ops(card.votes, rect.right - pad * 0.6, y + pad * 0.6, s))
    elif card.votes:
        ops.extend(vote_ops(card.votes, x + pad, bottom, s, ink))
    return ops, rect
