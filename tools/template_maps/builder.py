"""A small, readable way to write a journey map by hand, for the bundled templates.

Templates are written as data in the user's words (stages, steps, cards per
lane) and turned into the real model here. Every id is a UUID5 of the
template's name and a readable key, and every time is fixed, so running the
generator twice gives byte-identical files and git diffs show only real edits.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from journeymap.model import (
    EMPATHY_SECTIONS,
    Card,
    Ces,
    Csat,
    EmpathyMap,
    EmpathyStyle,
    EvidenceStatus,
    JourneyMap,
    Lane,
    LaneKind,
    Metrics,
    Note,
    Nps,
    Persona,
    Scope,
    Score,
    Stage,
    Step,
)
from journeymap.model.arrows import Arrow, ArrowStyle

#: Never change: it seeds every template id.
NAMESPACE = uuid.UUID("6f0c8a52-3f0e-4d55-9a4e-2b7c1d9e0a11")
FIXED_TIME = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)

#: Okabe-Ito colours: told apart by people with the common colour-vision deficiencies.
BLUE, VERMILION, GREEN, PINK, ORANGE, SKY = "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9"
#: Light stage tints: dark text stays readable on every one of them.
TINT_BLUE, TINT_ORANGE, TINT_GREEN = "#dbe9f6", "#fde8d7", "#d9f2e6"
TINT_PINK, TINT_YELLOW, TINT_SKY = "#f5e1ee", "#fff1cc", "#e0f3fb"

#: The lanes every full story template shares, top to bottom (the blueprint picks its own).
STORY_LANES: tuple[LaneKind, ...] = (
    LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.THOUGHTS, LaneKind.FEELINGS, LaneKind.EMOTION,
    LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES, LaneKind.IDEAS, LaneKind.OWNERSHIP, LaneKind.METRICS,
    LaneKind.EVIDENCE,
)

#: step(...) keyword -> the lane kind its cards go into.
LANE_ARGS: dict[str, LaneKind] = {
    "actions": LaneKind.ACTIONS,
    "touchpoints": LaneKind.TOUCHPOINTS,
    "thoughts": LaneKind.THOUGHTS,
    "feelings": LaneKind.FEELINGS,
    "pains": LaneKind.PAIN_POINTS,
    "opportunities": LaneKind.OPPORTUNITIES,
    "ideas": LaneKind.IDEAS,
    "ownership": LaneKind.OWNERSHIP,
    "metrics_notes": LaneKind.METRICS,
    "evidence": LaneKind.EVIDENCE,
    "notes": LaneKind.TEXT,
    "physical": LaneKind.PHYSICAL_EVIDENCE,
    "frontstage": LaneKind.FRONTSTAGE,
    "backstage": LaneKind.BACKSTAGE,
    "support": LaneKind.SUPPORT_PROCESSES,
}


@dataclass(frozen=True)
class C:
    """One card as written in a template; a plain string is an observed card."""

    text: str
    detail: str = ""
    status: EvidenceStatus = EvidenceStatus.OBSERVED
    votes: int = 0
    tags: tuple[str, ...] = ()
    channel: str = ""
    owner: str = ""
    span: int = 1  # how many steps the card covers, from its own to the right


def seen(text: str, detail: str = "", **kw) -> C:
    return C(text, detail, EvidenceStatus.OBSERVED, **kw)


def assumed(text: str, detail: str = "", **kw) -> C:
    return C(text, detail, EvidenceStatus.ASSUMED, **kw)


def proposed(text: str, detail: str = "", **kw) -> C:
    return C(text, detail, EvidenceStatus.PROPOSED, **kw)


def tp(text: str, channel: str, owner: str, detail: str = "", **kw) -> C:
    """A touchpoint: what the customer meets, through which channel, owned by whom."""
    return C(text, detail, channel=channel, owner=owner, **kw)


@dataclass(frozen=True)
class S:
    """A persona's emotion at a step: as-is value and optional to-be target."""

    value: int | None
    label: str = ""
    to: int | None = None
    to_label: str = ""


CardSpec = C | str
ScoreSpec = S | int


class MapBuilder:
    """Collects a template's header, personas, lanes, stages and steps, then builds the map."""

    def __init__(self, name: str, *, title: str, description: str = "", scenario: str = "",
                 expectations: str = "", scope: Scope = Scope.JOURNEY,
                 authors: tuple[str, ...] = (), tags: tuple[str, ...] = ()) -> None:
        self.name = name
        self.header = dict(title=title, description=description, scenario=scenario,
                           expectations=expectations, scope=scope, authors=list(authors), tags=list(tags))
        self.personas: dict[str, Persona] = {}
        self.lane_by_kind: dict[LaneKind, Lane] = {}
        self.stages: list[Stage] = []
        self._step_keys: set[str] = set()
        self._spans: list[tuple[Card, int]] = []
        self._cards: dict[str, Card] = {}
        self.arrows: list[Arrow] = []

    def uid(self, *parts: str) -> str:
        return str(uuid.uuid5(NAMESPACE, "/".join((self.name, *parts))))

    def persona(self, key: str, name: str, *, colour: str, role: str = "", quote: str = "", bio: str = "",
                goals: tuple[str, ...] = (), needs: tuple[str, ...] = (), pains: tuple[str, ...] = (),
                gains: tuple[str, ...] = (), channels: tuple[str, ...] = (),
                empathy: dict[str, tuple[str, ...]] | None = None,
                empathy_style: EmpathyStyle = EmpathyStyle.QUADRANTS) -> None:
        empathy = empathy or {}
        unknown = set(empathy) - set(EMPATHY_SECTIONS)
        if unknown:
            raise ValueError(f"{self.name}: persona {key}: unknown empathy sections {sorted(unknown)}")
        sections = {
            section: [Note(id=self.uid("persona", key, "empathy", section, str(i)), text=text)
                      for i, text in enumerate(empathy.get(section, ()))]
            for section in EMPATHY_SECTIONS
        }
        empathy_map = EmpathyMap(
            style=empathy_style,
            designed_by=", ".join(self.header["authors"]) if empathy else "",
            date=FIXED_TIME.date().isoformat() if empathy else "",
            version="1" if empathy else "",
            **sections,
        )
        self.personas[key] = Persona(
            id=self.uid("persona", key), name=name, role=role, quote=quote, bio=bio,
            goals=list(goals), needs=list(needs), pains=list(pains), gains=list(gains),
            channels=list(channels), colour=colour, empathy_map=empathy_map,
        )

    def lane(self, kind: LaneKind, title: str = "") -> None:
        if kind in self.lane_by_kind:
            raise ValueError(f"{self.name}: a second {kind.value} lane")
        self.lane_by_kind[kind] = Lane(id=self.uid("lane", kind.value), kind=kind, title=title)

    def lanes(self, *kinds: LaneKind) -> None:
        """Untitled lanes in this order, top to bottom."""
        for kind in kinds:
            self.lane(kind)

    def stage(self, name: str, colour: str, *, description: str = "", notes: str = "") -> None:
        self.stages.append(Stage(id=self.uid("stage", name), name=name, description=description,
                                 colour=colour, notes=notes))

    def step(self, key: str, name: str, *, description: str = "",
             scores: dict[str, ScoreSpec] | None = None,
             nps: tuple[float, int] | None = None, csat: tuple[float, int] | None = None,
             ces: tuple[float, int] | None = None, moment: str = "",
             **cells: list[CardSpec]) -> None:
        if key in self._step_keys:
            raise ValueError(f"{self.name}: step key {key!r} is used twice")
        self._step_keys.add(key)
        step_id = self.uid("step", key)
        metrics = Metrics(
            nps=Nps(value=float(nps[0]), sample_size=nps[1]) if nps else None,
            csat=Csat(value=float(csat[0]), sample_size=csat[1]) if csat else None,
            ces=Ces(value=float(ces[0]), sample_size=ces[1]) if ces else None,
        )
        step = Step(id=step_id, name=name, description=description, moment_of_truth=bool(moment),
                    moment_of_truth_note=moment, metrics=metrics,
                    scores=[self._score(key, p, spec) for p, spec in (scores or {}).items()])
        self.stages[-1].steps.append(step)
        for arg, specs in cells.items():
            kind = LANE_ARGS.get(arg)
            if kind is None:
                raise ValueError(f"{self.name}: step {key}: unknown lane argument {arg!r}")
            lane = self.lane_by_kind.get(kind)
            if lane is None:
                raise ValueError(f"{self.name}: step {key}: the map has no {kind.value} lane")
            for i, spec in enumerate(specs):
                lane.cards.append(self._card(step_id, key, kind, i, spec))

    def _score(self, step_key: str, persona_key: str, spec: ScoreSpec) -> Score:
        if persona_key not in self.personas:
            raise ValueError(f"{self.name}: step {step_key}: no persona {persona_key!r}")
        if isinstance(spec, int):
            spec = S(spec)
        return Score(persona=self.personas[persona_key].id, value=spec.value, label=spec.label,
                     target=spec.to, target_label=spec.to_label)

    def _card(self, step_id: str, step_key: str, kind: LaneKind, index: int, spec: CardSpec) -> Card:
        if isinstance(spec, str):
            spec = C(spec)
        card = Card(id=self.uid("card", step_key, kind.value, str(index)), step=step_id, text=spec.text,
                    detail=spec.detail, tags=list(spec.tags), status=spec.status, votes=spec.votes,
                    channel=spec.channel, owner=spec.owner)
        self._cards[f"{step_key}/{_arg_of(kind)}/{index}"] = card
        if spec.span > 1:
            self._spans.append((card, spec.span))
        return card

    def arrow(self, source: str, target: str, label: str = "", *, dependency: bool = False) -> None:
        """An arrow between two cards named "step key/lane argument/index" ("check_in/actions/0")."""
        for ref in (source, target):
            if ref not in self._cards:
                raise ValueError(f"{self.name}: arrow: no card {ref!r}")
        self.arrows.append(Arrow(id=self.uid("arrow", source, target), source=self._cards[source].id,
                                 target=self._cards[target].id, label=label,
                                 style=ArrowStyle.DEPENDENCY if dependency else ArrowStyle.FLOW))

    def build(self) -> JourneyMap:
        order = [step.id for stage in self.stages for step in stage.steps]
        for card, span in self._spans:
            first = order.index(card.step)
            if first + span > len(order):
                raise ValueError(f"{self.name}: card {card.text!r} spans past the last step")
            card.last_step = order[first + span - 1]
        return JourneyMap(id=self.uid("map"), created=FIXED_TIME, modified=FIXED_TIME,
                          personas=list(self.personas.values()), stages=self.stages,
                          lanes=list(self.lane_by_kind.values()), arrows=self.arrows, **self.header)


def _arg_of(kind: LaneKind) -> str:
    return next(arg for arg, k in LANE_ARGS.items() if k is kind)
