"""Copying cards and steps as a fragment of a map, and pasting one back as one undo step.

The fragment is plain JSON (the clipboard's ``application/x-journeymap-fragment+json``)
so it travels between maps and between running editors; :func:`fragment_text`
gives the same content as plain text for other programs. Pasting gives every
object a new id, so a fragment can be pasted many times.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from ..i18n import N_
from ..model import Card, Document, JourneyMap, LaneKind, Step, channel_name, new_id
from ..model.arrows import Arrow
from ..model.spans import span_width, widened_to
from .base import DocumentCommand

FRAGMENT_MIME = "application/x-journeymap-fragment+json"
FRAGMENT_FORMAT = "journeymap-fragment"
FRAGMENT_VERSION = 1


class FragmentError(ValueError):
    """Clipboard data that is not a fragment this version can paste."""


@dataclass
class PlacedCard:
    lane_id: str
    lane_kind: str
    card: Card
    span: int = 1  # how many steps the card covered where it was copied


@dataclass
class Fragment:
    """Cards (in order) and steps (with the cards of their columns) taken from one map, and the arrows
    between those cards."""

    cards: list[PlacedCard] = field(default_factory=list)
    steps: list[tuple[Step, list[PlacedCard]]] = field(default_factory=list)
    arrows: list[Arrow] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not self.cards and not self.steps


def fragment_of(document: Document, ids: list[str] | tuple[str, ...]) -> Fragment:
    """The cards and steps among ``ids`` (other kinds are left out), in map order."""
    journey = document.journey
    wanted = set(ids)
    fragment = Fragment()
    step_ids = [s.id for s in journey.steps() if s.id in wanted]
    for step_id in step_ids:
        step = document.step(step_id)
        column = [PlacedCard(lane.id, lane.kind.value, card.model_copy(deep=True), span_width(journey, card))
                  for lane in journey.lanes for card in lane.cards if card.step == step_id]
        fragment.steps.append((step.model_copy(deep=True), column))
    in_steps = set(step_ids)
    for lane in journey.lanes:
        for card in lane.cards:
            if card.id in wanted and card.step not in in_steps:
                fragment.cards.append(PlacedCard(lane.id, lane.kind.value, card.model_copy(deep=True),
                                                 span_width(journey, card)))
    taken = {p.card.id for p in fragment.cards} | {p.card.id for _s, column in fragment.steps for p in column}
    fragment.arrows = [a.model_copy(deep=True) for a in journey.arrows if a.source in taken and a.target in taken]
    return fragment


def _placed_json(placed: PlacedCard) -> dict[str, Any]:
    return {"lane": placed.lane_id, "lane_kind": placed.lane_kind, "card": placed.card.model_dump(mode="json"),
            "span": placed.span}


def dump_fragment(fragment: Fragment, source_map: str = "") -> bytes:
    data = {
        "format": FRAGMENT_FORMAT,
        "version": FRAGMENT_VERSION,
        "source_map": source_map,
        "cards": [_placed_json(p) for p in fragment.cards],
        "steps": [{"step": step.model_dump(mode="json"), "cards": [_placed_json(p) for p in cards]}
                  for step, cards in fragment.steps],
        "arrows": [a.model_dump(mode="json") for a in fragment.arrows],
    }
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _placed_from(data: Any) -> PlacedCard:
    if not isinstance(data, dict) or not isinstance(data.get("card"), dict):
        raise FragmentError("a card entry is not an object with a card")
    card = Card.model_validate_json(json.dumps(data["card"]))
    span = data.get("span", 1)
    return PlacedCard(str(data.get("lane", "")), str(data.get("lane_kind", "")), card,
                      span if isinstance(span, int) and 1 <= span <= 20_000 else 1)


def parse_fragment(raw: bytes | str) -> Fragment:
    """Read clipboard bytes back into a Fragment; anything malformed raises FragmentError."""
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise FragmentError(f"the clipboard does not hold JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FRAGMENT_FORMAT:
        raise FragmentError("the clipboard does not hold a Journeymap fragment")
    if data.get("version") != FRAGMENT_VERSION:
        raise FragmentError(f"fragment version {data.get('version')!r} is not supported")
    try:
        fragment = Fragment(cards=[_placed_from(c) for c in data.get("cards", [])])
        for entry in data.get("steps", []):
            step = Step.model_validate_json(json.dumps(entry["step"]))
            fragment.steps.append((step, [_placed_from(c) for c in entry.get("cards", [])]))
        fragment.arrows = [Arrow.model_validate_json(json.dumps(a)) for a in data.get("arrows", [])]
    except (ValidationError, KeyError, TypeError) as exc:
        raise FragmentError(f"the fragment is damaged: {exc}") from None
    return fragment


def fragment_text(fragment: Fragment) -> str:
    """The fragment as plain text: one line per card, steps as headings."""
    def card_line(card: Card) -> str:
        extra = [x for x in (channel_name(card.channel) if card.channel else "", card.owner) if x]
        text = card.text.replace("\n", " ")
        return f"- {text}" + (f" ({', '.join(extra)})" if extra else "")

    lines = [card_line(p.card) for p in fragment.cards]
    for step, cards in fragment.steps:
        if lines:
            lines.append("")
        lines.append(step.name)
        lines.extend(card_line(p.card) for p in cards)
    return "\n".join(lines)


def _lane_for(journey: JourneyMap, placed: PlacedCard) -> str | None:
    """The same lane if this map has it, else the first lane of the same kind."""
    if any(lane.id == placed.lane_id for lane in journey.lanes):
        return placed.lane_id
    try:
        kind = LaneKind(placed.lane_kind)
    except ValueError:
        return None
    return next((lane.id for lane in journey.lanes if lane.kind == kind), None)


def _on_scale(score, scale):
    """A pasted score brought onto this map's scale: a map copied from a wider scale keeps its extremes."""
    def clamp(v):
        return v if v is None else max(scale.min, min(scale.max, v))
    return score.model_copy(update={"value": clamp(score.value), "target": clamp(score.target)})


class PasteFragment(DocumentCommand):
    """Paste a fragment: cards into one cell, steps into one stage; new ids, one undo step.

    What goes where is decided once, when the command is made, so redo after
    undo puts exactly the same objects back.
    """

    def __init__(self, document: Document, fragment: Fragment, *, cell: tuple[str, str] | None = None,
                 cell_index: int | None = None, stage: tuple[str, int] | None = None,
                 text: str = N_("Paste")) -> None:
        super().__init__(document, text)
        journey = document.journey
        personas = {p.id for p in journey.personas}
        scale = journey.emotion_scale
        self.steps: list[tuple[str, int, Step]] = []
        self.cards: list[tuple[str, Card, int | None]] = []
        self.arrows: list[Arrow] = []
        new_of: dict[str, str] = {}  # copied id -> its copy's id (cards and steps)
        if fragment.steps and stage is not None:
            stage_id, index = stage
            for k, (step, _column) in enumerate(fragment.steps):
                copy = step.model_copy(deep=True, update={"id": new_id()})
                copy.scores = [_on_scale(s, scale) for s in copy.scores if s.persona in personas]
                new_of[step.id] = copy.id
                self.steps.append((stage_id, index + k, copy))
            for (_step, column), (_stage, _index, copy) in zip(fragment.steps, self.steps, strict=True):
                for placed in column:
                    lane_id = _lane_for(journey, placed)
                    if lane_id is not None:  # a span keeps the pasted steps it covered, the others it loses
                        last = new_of.get(placed.card.last_step or "")
                        card = placed.card.model_copy(deep=True, update={"id": new_id(), "step": copy.id,
                                                                         "last_step": last})
                        new_of[placed.card.id] = card.id
                        self.cards.append((lane_id, card, None))
        if fragment.cards and cell is not None:
            lane_id, step_id = cell
            for k, placed in enumerate(fragment.cards):
                at = None if cell_index is None else cell_index + k
                card = placed.card.model_copy(deep=True, update={
                    "id": new_id(), "step": step_id, "last_step": widened_to(journey, step_id, placed.span)})
                new_of[placed.card.id] = card.id
                self.cards.append((lane_id, card, at))
        self.arrows = [a.model_copy(update={"id": new_id(), "source": new_of[a.source], "target": new_of[a.target]})
                       for a in fragment.arrows if a.source in new_of and a.target in new_of]
        if not self.steps and not self.cards:
            self.setObsolete(True)

    @property
    def new_ids(self) -> list[str]:
        return [s.id for _, _, s in self.steps] + [c.id for _, c, _ in self.cards]

    def redo(self) -> None:
        for stage_id, index, step in self.steps:
            self.document.add_step(stage_id, step.model_copy(deep=True), index)
        for lane_id, card, at in self.cards:
            self.document.add_card(lane_id, card.model_copy(deep=True), at)
        for arrow in self.arrows:
            self.document.add_arrow(arrow.model_copy(deep=True))

    def undo(self) -> None:
        for arrow in reversed(self.arrows):
            self.document.remove_arrow(arrow.id)
        for _lane_id, card, _at in reversed(self.cards):
            self.document.remove_card(card.id)
        for _stage_id, _index, step in reversed(self.steps):
            self.document.remove_step(step.id)
