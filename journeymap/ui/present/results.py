"""The closing slide of a workshop: the most-voted pain points and opportunities, ranked."""

from __future__ import annotations

from ...layout import Rect
from ...model import Card, JourneyMap, Lane, LaneKind
from .cards import card_fill, card_ink, vote_ops
from .ops import BoxOp, LineOp, Op, Slide
from .text import block_height, clip_lines, measure, place, wrap_lines
from .theme import CARD_BORDER, LEADING, RULE, Sizes

COLUMNS = (
    ("Pain points", (LaneKind.PAIN_POINTS,)),
    ("Opportunities and ideas", (LaneKind.OPPORTUNITIES, LaneKind.IDEAS)),
)


def ranked(journey: JourneyMap, kinds: tuple[LaneKind, ...]) -> list[tuple[Card, Lane]]:
    """Voted cards of these lane kinds, most votes first; ties keep map order."""
    found = [(card, lane) for lane in journey.lanes if lane.kind in kinds for card in lane.cards if card.votes]
    return sorted(found, key=lambda cl: -cl[0].votes)


def results_slide(journey: JourneyMap, s: Sizes) -> Slide:
    slide = Slide("results", "Voting results")
    ops = slide.ops
    x0 = s.margin
    t, y = place(["Voting results"], x0, s.margin, s.stage, "bold")
    ops.extend(t)
    y += s.pad
    where = {step.id: f"{stage.name} \u00b7 {step.name}" for stage in journey.stages for step in stage.steps}
    col_w = (s.width - 2 * s.margin - s.margin) / 2
    bottom = s.height - s.margin
    for c, (heading, kinds) in enumerate(COLUMNS):
        cx = x0 + c * (col_w + s.margin)
        t, cy = place([heading], cx, y, s.step, "bold")
        ops.extend(t)
        ops.append(LineOp(cx, cy + s.gap / 2, cx + col_w, cy + s.gap / 2, RULE, s.line * 1.5))
        cy += s.pad
        entries = ranked(journey, kinds)
        if not entries:
            msg = wrap_lines("No votes yet. Press V to start dot voting.", s.card, col_w)
            ops.extend(place(msg, cx, cy, s.card)[0])
            continue
        rank_w = measure("10.", s.step, "bold") + s.pad
        inner = col_w - rank_w - 2 * s.pad
        for rank, (card, lane) in enumerate(entries, start=1):
            text = clip_lines(wrap_lines(card.text or "(empty card)", s.card, inner), 2, s.card, inner)
            place_line = clip_lines(wrap_lines(where.get(card.step, ""), s.small, inner), 1, s.small, inner)
            h = 2 * s.pad + block_height(len(text), s.card) + block_height(len(place_line), s.small) \
                + s.small * LEADING
            if cy + h > bottom:
                break
            fill = card_fill(card, lane)
            ink = card_ink(fill)
            rect = Rect(cx + rank_w, cy, col_w - rank_w, h)
            ops.append(BoxOp(rect, fill, CARD_BORDER, s.line * 1.5, radius=s.pad * 0.6))
            ops.extend(place([f"{rank}."], cx, cy + s.pad, s.step, "bold")[0])
            block: list[Op] = []
            t, by = place(text, rect.x + s.pad, cy + s.pad, s.card, colour=ink)
            block.extend(t)
            t, by = place(place_line, rect.x + s.pad, by, s.small, colour=ink)
            block.extend(t)
            block.extend(vote_ops(card.votes, rect.x + s.pad, by, s, ink))
            ops.extend(block)
            slide.cards[card.id] = rect
            cy += h + s.gap
    return slide


__all__ = ["ranked", "results_slide"]
