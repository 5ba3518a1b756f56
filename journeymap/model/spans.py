"""Cards that span steps: how a span changes when steps leave it. Pure functions, no Document.

A span is stored as its first and last step, so a step inserted between them
widens it with no edit at all. Steps that leave a span (moved away or
deleted) shrink it to the steps that stay; a card whose every step leaves
goes with them (it moves with its stage, or is deleted with its step).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .journey_map import Card, JourneyMap


@dataclass(frozen=True)
class SpanEdit:
    """One card's span before and after a change: (first step, last step or None)."""

    card_id: str
    lane_id: str
    old: tuple[str, str | None]
    new: tuple[str, str | None]


def span_steps(card: Card, order: list[str], column: dict[str, int]) -> list[str]:
    """The ids of the steps a card covers, left to right (one step when it does not span)."""
    first = column[card.step]
    last = column.get(card.last_step, first) if card.last_step is not None else first
    return order[first:max(first, last) + 1]


def shrunk_spans(journey: JourneyMap, leaving: Iterable[str]) -> list[SpanEdit]:
    """How spans shrink when the steps ``leaving`` leave their place (computed before they leave)."""
    gone = set(leaving)
    order = [step.id for step in journey.steps()]
    column = {step_id: k for k, step_id in enumerate(order)}
    edits = []
    for lane in journey.lanes:
        for card in lane.cards:
            if card.last_step is None or card.step not in column:
                continue
            steps = span_steps(card, order, column)
            stay = [s for s in steps if s not in gone]
            if len(stay) == len(steps) or not stay:
                continue
            new = (stay[0], stay[-1] if len(stay) > 1 else None)
            if new != (card.step, card.last_step):
                edits.append(SpanEdit(card.id, lane.id, (card.step, card.last_step), new))
    return edits


def widened_to(journey: JourneyMap, step_id: str, width: int) -> str | None:
    """The last step of a span of ``width`` steps starting at ``step_id`` (clamped at the map's end)."""
    if width <= 1:
        return None
    order = [step.id for step in journey.steps()]
    first = order.index(step_id)
    last = min(len(order) - 1, first + width - 1)
    return order[last] if last > first else None


def span_width(journey: JourneyMap, card: Card) -> int:
    """How many steps ``card`` covers."""
    if card.last_step is None:
        return 1
    order = [step.id for step in journey.steps()]
    column = {step_id: k for k, step_id in enumerate(order)}
    return len(span_steps(card, order, column))
