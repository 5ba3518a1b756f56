"""Arrows between the cards of one slide, routed like the map's: through the gutters, never across a card.

A stage slide is a grid too (steps as columns, lanes as rows, cards inset by
the gap), so the map's router (:mod:`journeymap.layout.arrows`) serves it as it
is; only the sizes are the projector's: a heavier line, a bigger head, labels
in the smallest type the room can read, on a plate.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...layout import LayoutOptions, Rect
from ...layout.arrows import ArrowSpec, route_arrows
from ...model import JourneyMap
from .ops import ArrowOp, BoxOp, Op
from .text import measure, place
from .theme import INK, LEADING, PAPER, Sizes


@dataclass(frozen=True)
class _Box:
    """What the router reads of a card: where it is and how many columns it spans."""

    rect: Rect
    columns: int = 1


@dataclass(frozen=True)
class _Row:
    rect: Rect


def arrow_ops(journey: JourneyMap, cards: dict[str, Rect], rows: list[Rect], grid_x: float, col_w: float,
              columns: int, s: Sizes) -> list[Op]:
    """The map's arrows whose two cards are both on this slide."""
    specs = tuple(ArrowSpec(a.id, a.source, a.target, a.label, a.style.value == "dependency")
                  for a in journey.arrows if a.source in cards and a.target in cards)
    if not specs:
        return []
    # a card's face is its columns less the gap each side: a spanning card closes the gutters it covers
    boxes = {card_id: _Box(rect, max(1, round((rect.w + 2 * s.gap) / col_w))) for card_id, rect in cards.items()}
    lanes = {str(k): _Row(rect) for k, rect in enumerate(rows)}
    routes = route_arrows(specs, boxes, lanes, [(grid_x + k * col_w, col_w) for k in range(columns)],  # type: ignore[arg-type]
                          LayoutOptions(cell_padding=s.gap))
    ops: list[Op] = []
    width = max(2.0, s.line * 2)
    for route in routes:
        ops.append(ArrowOp(route.points, INK, width, route.dashed, head=max(8.0, s.gap * 1.6)))
    for route in routes:  # labels last, over every line
        if route.label is None:
            continue
        text = route.label.lines[0]
        cx, cy = route.label.rect.center
        w = measure(text, s.small)
        h = s.small * LEADING
        for (x0, y0), (x1, y1) in zip(route.points, route.points[1:], strict=False):
            if x0 == x1 and min(y0, y1) <= cy <= max(y0, y1) and abs(cx - x0) < w / 2 + s.gap:
                cx = x0 + w / 2 + s.gap  # beside a vertical run, not over it (a short arrow stays in view)
        ops.append(BoxOp(Rect(cx - w / 2 - s.gap / 2, cy - h / 2, w + s.gap, h), PAPER, INK, s.line, radius=s.gap / 2))
        ops.extend(place([text], cx - w / 2, cy - h / 2, s.small, colour=INK)[0])
    return ops
