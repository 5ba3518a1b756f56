"""A card as the room sees it: large text, its channel and owner, status, and vote dots."""

from __future__ import annotations

from dataclasses import dataclass

from ...layout import CARD_TINTS, Rect, ink_on
from ...model import Card, Lane, channel_name
from ...model.kinds import EvidenceStatus
from .ops import BoxOp, MarkerOp, Op
from .text import block_height, clip_lines, place, wrap_lines
from .theme import ACCENT_RED, CARD_BORDER, INK, LEADING, PAPER, VOTE_DOT, Sizes

MAX_DOTS = 5


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


def plan_card(card: Card, lane: Lane, width: float, s: Sizes, max_height: float | None = None) -> CardPlan:
    inner = width - 2 * s.pad
    text = wrap_lines(card.text or "(empty card)", s.card, inner)
    meta = [m for line in meta_lines(card) for m in clip_lines(wrap_lines(line, s.small, inner), 2, s.small, inner)]
    vote_row = s.small * LEADING
    fixed = 2 * s.pad + block_height(len(meta), s.small) + (vote_row if card.votes else 0.0)
    if max_height is not None:
        room = int((max_height - fixed) // (s.card * LEADING))
        text = clip_lines(text, max(1, room), s.card, inner)
    body = 2 * s.pad + block_height(len(text), s.card) + block_height(len(meta), s.small)
    height = body + (vote_row if card.votes else 0.0)
    return CardPlan(card, lane, text, meta, height)


def vote_ops(votes: int, x: float, top: float, s: Sizes, ink: str = INK) -> list[Op]:
    """Sticker dots (at most five) and the count in words, so one glance gives the number."""
    ops: list[Op] = []
    d = s.small * 0.8
    mid = top + s.small * LEADING / 2
    for i in range(min(votes, MAX_DOTS)):
        ops.append(MarkerOp(x + d / 2 + i * d * 1.25, mid, "circle", d, VOTE_DOT if ink == INK else ink))
    label = f"{votes} vote" + ("" if votes == 1 else "s")
    tx = x + min(votes, MAX_DOTS) * d * 1.25 + s.gap
    ops.extend(place([label], tx, top, s.small, "bold", ink)[0])
    return ops


def card_ops(plan: CardPlan, x: float, y: float, width: float, s: Sizes) -> tuple[list[Op], Rect]:
    card = plan.card
    fill = card_fill(card, plan.lane)
    ink = card_ink(fill)
    rect = Rect(x, y, width, plan.height)
    proposed = card.status == EvidenceStatus.PROPOSED
    ops: list[Op] = [BoxOp(rect, fill, ACCENT_RED if proposed else CARD_BORDER,
                           s.line * (2.5 if proposed else 1.5), card.status == EvidenceStatus.ASSUMED,
                           s.pad * 0.6)]
    text_ops, bottom = place(plan.text, x + s.pad, y + s.pad, s.card, colour=ink)
    ops.extend(text_ops)
    meta_ops, bottom = place(plan.meta, x + s.pad, bottom, s.small, colour=ink)
    ops.extend(meta_ops)
    if card.votes:
        ops.extend(vote_ops(card.votes, x + s.pad, bottom, s, ink))
    return ops, rect
