"""The room's state: who is here, what the wall shows, the open round, the check, the notes waiting.

Plain Python with no I/O: the server feeds it validated messages and the
facilitator's settings, and sends what it hands back. Votes are secret until
the facilitator reveals them: a phone only ever hears about its own dots, the
facilitator only about totals, until the round closes.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import limits
from .protocol import Dot, Hello, NoteIn, Rate
from .tokens import new_participant_key


@dataclass(frozen=True)
class CardView:
    id: str
    text: str


@dataclass(frozen=True)
class LaneView:
    id: str
    title: str
    cards: tuple[CardView, ...] = ()


@dataclass(frozen=True)
class StepView:
    id: str
    name: str


@dataclass(frozen=True)
class StageView:
    """What the wall shows, as the phones see it. ``stage_id`` None: an overview or the results."""

    title: str
    language: str = "en"
    stage_id: str | None = None
    stage_name: str = ""
    number: int = 0
    stages: int = 0
    lanes: tuple[LaneView, ...] = ()  # the stage's lanes a note can go to, with their cards
    steps: tuple[StepView, ...] = ()


@dataclass(frozen=True)
class RoundSettings:
    id: str
    dots: int
    seconds: int  # 0: no timer
    stage_id: str | None  # None: the whole map
    lanes: tuple[LaneView, ...]  # the cards that can get dots, by lane


@dataclass(frozen=True)
class CheckSettings:
    step_id: str
    step_name: str
    persona_id: str
    persona_name: str
    scale: tuple[tuple[int, str], ...]  # (value, word) from the top of the scale down


@dataclass(frozen=True)
class Note:
    id: str
    participant: str
    name: str
    lane_id: str
    step_id: str
    text: str


# --- what the room tells the facilitator's screen
@dataclass(frozen=True)
class People:
    count: int


@dataclass(frozen=True)
class Ballots:
    dots: int
    voters: int


@dataclass(frozen=True)
class NoteArrived:
    note: Note
    sent_at: float = 0.0  # the phone's message came in at this time.monotonic() (for latency figures)


@dataclass(frozen=True)
class Ratings:
    counts: dict[int, int]

    @property
    def n(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class TimeUp:
    round_id: str


@dataclass(frozen=True)
class RoundClosed:
    settings: RoundSettings
    counts: dict[str, int]  # card id -> dots
    voters: int


@dataclass
class Participant:
    key: str
    name: str
    dots: Counter[str] = field(default_factory=Counter)
    notes: dict[str, str] = field(default_factory=dict)  # note id -> "waiting", "added" or "declined"
    texts: dict[str, str] = field(default_factory=dict)  # note id -> the start of its text, for their list
    rating: int | None = None

    @property
    def waiting(self) -> int:
        return sum(1 for state in self.notes.values() if state == "waiting")


class RoomError(ValueError):
    """A well-formed request the room cannot grant now (round closed, quota used); safe to send back."""


class Room:
    def __init__(self, token: str, view: StageView, clock: Callable[[], float] = time.monotonic,
                 new_id: Callable[[], str] | None = None) -> None:
        import uuid

        self.token = token
        self.view = view
        self.clock = clock
        self.new_id = new_id or (lambda: str(uuid.uuid4()))
        self.people: dict[str, Participant] = {}
        self.round: RoundSettings | None = None
        self.round_open = False
        self.deadline: float | None = None
        self.check: CheckSettings | None = None
        self.waiting: dict[str, Note] = {}
        self.connected: set[str] = set()  # keys of the people with a phone connected now (the server keeps it)

    # --- people
    def join(self, hello: Hello) -> Participant:
        from .tokens import same

        if not same(hello.token, self.token):
            raise RoomError("this link is not for this room")
        if hello.key and hello.key in self.people:
            person = self.people[hello.key]
            person.name = clean_name(hello.name) or person.name
            return person
        if len(self.people) >= limits.MAX_PARTICIPANTS:
            self._forget_idle()
        if len(self.people) >= limits.MAX_PARTICIPANTS:
            raise RoomError("the room is full")
        person = Participant(new_participant_key(), clean_name(hello.name))
        self.people[person.key] = person
        return person

    def _forget_idle(self) -> None:
        """Free the places of people who left with nothing in the room (no dots, notes or rating)."""
        for key in [k for k, p in self.people.items() if k not in self.connected
                    and not p.dots and not p.waiting and p.rating is None]:
            del self.people[key]

    # --- dot voting
    def open_round(self, settings: RoundSettings) -> None:
        self.round = settings
        self.round_open = True
        self.deadline = self.clock() + settings.seconds if settings.seconds else None
        for person in self.people.values():
            person.dots.clear()

    def round_cards(self) -> set[str]:
        return {c.id for lane in self.round.lanes for c in lane.cards} if self.round else set()

    def time_up(self) -> bool:
        """Close the round to new dots if its timer ran out; True when that just happened."""
        if self.round_open and self.deadline is not None and self.clock() >= self.deadline:
            self.round_open = False
            return True
        return False

    def dot(self, person: Participant, msg: Dot) -> Ballots:
        self.time_up()
        if self.round is None or not self.round_open:
            raise RoomError("voting is closed")
        if msg.card not in self.round_cards():
            raise RoomError("that card is not in this round")
        if msg.add:
            if sum(person.dots.values()) >= self.round.dots:
                raise RoomError("no dots left")
            person.dots[msg.card] += 1
        elif person.dots[msg.card] > 0:
            person.dots[msg.card] -= 1
            if not person.dots[msg.card]:
                del person.dots[msg.card]
        return self.ballots()

    def ballots(self) -> Ballots:
        placed = [sum(p.dots.values()) for p in self.people.values()]
        return Ballots(sum(placed), sum(1 for n in placed if n))

    def close_round(self) -> RoundClosed | None:
        if self.round is None:
            return None
        counts: Counter[str] = Counter()
        for person in self.people.values():
            counts.update(person.dots)
        closed = RoundClosed(self.round, dict(counts), self.ballots().voters)
        self.round = None
        self.round_open = False
        self.deadline = None
        for person in self.people.values():
            person.dots.clear()
        return closed

    # --- notes
    def note(self, person: Participant, msg: NoteIn) -> NoteArrived:
        lanes = {lane.id for lane in self.view.lanes}
        steps = {step.id for step in self.view.steps}
        if self.view.stage_id is None or msg.lane not in lanes or msg.step not in steps:
            raise RoomError("notes go to a lane and step of the stage on the wall")
        text = msg.text.strip()
        if not text:
            raise RoomError("the note is empty")
        if person.waiting >= limits.NOTES_WAITING_EACH:
            raise RoomError("you have many notes waiting; the facilitator will get to them")
        if len(self.waiting) >= limits.NOTES_WAITING:
            raise RoomError("the facilitator has many notes waiting; try again later")
        note = Note(self.new_id(), person.key, person.name, msg.lane, msg.step, text)
        self.waiting[note.id] = note
        person.notes[note.id] = "waiting"
        person.texts[note.id] = card_text(text)[:120]
        if len(person.notes) > 4 * limits.NOTES_WAITING_EACH:  # forget the oldest settled ones
            for old in [k for k, v in person.notes.items() if v != "waiting"][:limits.NOTES_WAITING_EACH]:
                person.notes.pop(old)
                person.texts.pop(old, None)
        return NoteArrived(note, self.clock())

    def settle_note(self, note_id: str, added: bool) -> Participant | None:
        """The facilitator added or declined a note; returns whose it was, to tell them."""
        note = self.waiting.pop(note_id, None)
        if note is None:
            return None
        person = self.people.get(note.participant)
        if person is not None:
            person.notes[note_id] = "added" if added else "declined"
        return person

    # --- emotion check
    def open_check(self, check: CheckSettings) -> None:
        self.check = check
        for person in self.people.values():
            person.rating = None

    def rate(self, person: Participant, msg: Rate) -> Ratings:
        if self.check is None:
            raise RoomError("no emotion check is open")
        if msg.value not in {v for v, _ in self.check.scale}:
            raise RoomError("that is not on the scale")
        person.rating = msg.value
        return self.ratings()

    def ratings(self) -> Ratings:
        return Ratings(dict(Counter(p.rating for p in self.people.values() if p.rating is not None)))

    def close_check(self) -> None:
        self.check = None
        for person in self.people.values():
            person.rating = None

    # --- what a phone sees
    def snapshot(self, person: Participant) -> dict[str, Any]:
        self.time_up()
        view = self.view
        out: dict[str, Any] = {
            "type": "state",
            "title": view.title,
            "stage": None if view.stage_id is None else {
                "name": view.stage_name, "number": view.number, "of": view.stages,
                "lanes": [{"id": lane.id, "title": lane.title} for lane in view.lanes],
                "steps": [{"id": step.id, "name": step.name} for step in view.steps],
            },
            "name": person.name,
            "notes": [{"id": k, "state": v, "text": person.texts.get(k, "")}
                      for k, v in list(person.notes.items())[-limits.NOTES_WAITING_EACH:]],
        }
        if self.round is not None:
            left = None if self.deadline is None else max(0, round(self.deadline - self.clock()))
            out["round"] = {
                "open": self.round_open, "dots": self.round.dots, "left": left,
                "placed": dict(person.dots), "whole_map": self.round.stage_id is None,
                "lanes": [{"title": lane.title, "cards": [{"id": c.id, "text": c.text} for c in lane.cards]}
                          for lane in self.round.lanes],
            }
        if self.check is not None:
            out["check"] = {"step": self.check.step_name, "persona": self.check.persona_name,
                            "scale": [{"value": v, "word": w} for v, w in self.check.scale],
                            "mine": person.rating}
        return out


def clean_name(name: str) -> str:
    """A name as the facilitator sees it: one line, no control characters, not endless."""
    flat = " ".join("".join(ch if ch.isprintable() else " " for ch in name).split())
    return flat[:limits.NAME_SHOWN]


def card_text(text: str) -> str:
    """A card's text as a phone shows it: the start of it (the wall has the rest)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limits.CARD_TEXT_SHOWN else flat[:limits.CARD_TEXT_SHOWN - 1] + "\u2026"
