"""The journey map as data: Pydantic v2 models that are the file format's truth.

Every object that can be referred to or edited on its own has a stable UUID.
Models forbid unknown keys (a typo in a hand-edited file is reported, never
silently dropped on the next save), refuse NaN and infinities, and are strict
about types (``"3"`` is not a score). References between objects are checked
by :func:`journeymap.model.references.reference_problems`, which names the
exact place of a dangling id.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated, Final, Literal

from pydantic import Field, StringConstraints, model_validator

from ..i18n import language
from .arrows import Arrow
from .evidence import Health, ImportSource, Interval, MergeConflict, Research
from .kinds import EmpathyStyle, EvidenceStatus, LaneKind, Scope
from .limits import (
    MAX_CARD_WIDTH,
    MAX_LIST,
    MAX_NAME,
    MAX_PHOTO_BYTES,
    MAX_SAMPLE_SIZE,
    MAX_SHORT_LIST,
    MAX_TEXT,
    MAX_VOTES,
    MIN_CARD_WIDTH,
)
from .picture import Picture
from .strict import Strict
from .workshop import Workshop

if TYPE_CHECKING:
    from .comments import CommentThread  # completed by comments.py, which builds on the types here

FORMAT_NAME: Final = "journeymap"
SCHEMA_VERSION: Final = 2

Id = Annotated[
    str,
    StringConstraints(
        pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
    ),
]
Name = Annotated[str, StringConstraints(max_length=MAX_NAME)]
Text = Annotated[str, StringConstraints(max_length=MAX_TEXT)]
Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")]
ShortList = Annotated[list[Name], Field(max_length=MAX_SHORT_LIST)]
TextList = Annotated[list[Text], Field(max_length=MAX_SHORT_LIST)]
#: A card width in whole points (whole points keep every column edge exact in the layout's sums)
CardWidth = Annotated[int, Field(ge=MIN_CARD_WIDTH, le=MAX_CARD_WIDTH)]


def new_id() -> str:
    """A fresh random id, as written in files."""
    return str(uuid.uuid4())


def now() -> datetime:
    """The current time in UTC, to the second (files stay short and diffable)."""
    return datetime.now(UTC).replace(microsecond=0)


class Photo(Strict):
    """An embedded picture, checked by type and size before anything decodes it."""

    media_type: Literal["image/png", "image/jpeg"]
    data: Annotated[str, StringConstraints(max_length=MAX_PHOTO_BYTES * 4 // 3 + 4)]
    width: Annotated[int, Field(ge=1, le=20_000)]
    height: Annotated[int, Field(ge=1, le=20_000)]


class Note(Strict):
    """A sticky note on an empathy map."""

    id: Id = Field(default_factory=new_id)
    text: Text = ""


NoteList = Annotated[list[Note], Field(max_length=MAX_LIST)]

#: Empathy-map sections in the order the canvas numbers them.
EMPATHY_SECTIONS: tuple[str, ...] = (
    "goal",
    "sees",
    "says",
    "does",
    "hears",
    "thinks",
    "feels",
    "pains",
    "gains",
)


class EmpathyMap(Strict):
    """A persona's empathy map: notes per section, plus the canvas header."""

    style: EmpathyStyle = EmpathyStyle.QUADRANTS
    designed_by: Name = ""
    date: Name = ""
    version: Name = ""
    goal: NoteList = []
    sees: NoteList = []
    says: NoteList = []
    does: NoteList = []
    hears: NoteList = []
    thinks: NoteList = []
    feels: NoteList = []
    pains: NoteList = []
    gains: NoteList = []

    def is_empty(self) -> bool:
        return not any(getattr(self, s) for s in EMPATHY_SECTIONS)


def initials(name: str) -> str:
    """'Amira Haddad' -> 'AH': the first letters of the first and last words (punctuation skipped).

    One rule for every view of a persona without a photo: the board, the
    slides and the printed empathy maps.
    """
    words = [w for w in name.split() if any(ch.isalnum() for ch in w)]
    letters = [next(ch for ch in w if ch.isalnum()).upper() for w in (words[:1] + words[1:][-1:])]
    return "".join(letters) or "?"


class Persona(Strict):
    """Who the journey is about; one emotion curve per persona."""

    id: Id = Field(default_factory=new_id)
    name: Name
    role: Name = ""
    quote: Text = ""
    bio: Text = ""
    goals: TextList = []
    needs: TextList = []
    pains: TextList = []
    gains: TextList = []
    channels: ShortList = []
    colour: Colour = "#0072b2"
    show_curve: bool = True
    photo: Photo | None = None
    empathy_map: EmpathyMap = Field(default_factory=EmpathyMap)
    #: the persona in the user's library this copy came from (Update from library / Update library)
    library_id: Id | None = None


class Score(Strict):
    """One persona's emotion at one step: as-is and optionally to-be.

    A step without a Score for a persona is a gap in that persona's curve,
    never a zero. Values are whole steps of the map's emotion scale; the
    range is checked against the scale when the whole map is validated.
    """

    persona: Id
    value: int | None = None
    label: Name = ""
    target: int | None = None
    target_label: Name = ""
    #: "manual" when typed or dragged by hand; else the import that measured the as-is value
    source: Literal["manual"] | ImportSource = "manual"
    #: how many ratings the as-is value rests on (survey responses, or a workshop's emotion check)
    sample_size: Annotated[int, Field(ge=0, le=MAX_SAMPLE_SIZE)] | None = None
    #: the measured mean on the map's scale; ``value`` is its nearest whole step
    mean: float | None = None
    #: the 95 % confidence interval of ``mean``
    interval: Interval | None = None

    @model_validator(mode="after")
    def _has_a_value(self) -> Score:
        if self.value is None and self.target is None:
            raise ValueError("a score needs an as-is value, a to-be target, or both")
        return self

    @property
    def measured(self) -> bool:
        """Whether the as-is value comes from research data rather than a hand."""
        return self.source != "manual"

    def set_by_hand(self, kind: str, value: int | None) -> Score:
        """This score with its as-is value (``kind`` "as_is") or to-be target set by hand.

        A hand-set as-is value is no longer the measured one: the copy is manual
        and drops the measurement (mean, n, interval) that no longer describes it.
        """
        if kind != "as_is":
            return self.model_copy(update={"target": value})
        if value == self.value:
            return self
        return self.model_copy(update={"value": value, "source": "manual", "sample_size": None, "mean": None,
                                       "interval": None})


class Metric(Strict):
    """One survey figure with the number of responses behind it."""

    value: float
    sample_size: Annotated[int, Field(ge=0, le=MAX_SAMPLE_SIZE)] | None = None


class Nps(Metric):
    value: Annotated[float, Field(ge=-100, le=100)]


class Csat(Metric):
    """Customer satisfaction as a percentage of satisfied respondents."""

    value: Annotated[float, Field(ge=0, le=100)]


class Ces(Metric):
    """Customer Effort Score on the usual 1 (very easy) to 7 (very hard) scale."""

    value: Annotated[float, Field(ge=1, le=7)]


class Metrics(Strict):
    nps: Nps | None = None
    csat: Csat | None = None
    ces: Ces | None = None

    def is_empty(self) -> bool:
        return self.nps is None and self.csat is None and self.ces is None


class Step(Strict):
    """A column of the map: one thing the customer does."""

    id: Id = Field(default_factory=new_id)
    name: Name
    description: Text = ""
    moment_of_truth: bool = False
    moment_of_truth_note: Text = ""
    metrics: Metrics = Field(default_factory=Metrics)
    scores: Annotated[list[Score], Field(max_length=MAX_SHORT_LIST)] = []
    #: the width of this step's cards (its column, less the cell's padding); None: the map's card width
    card_width: CardWidth | None = None


class Stage(Strict):
    """A phase of the journey, grouping steps under one coloured band."""

    id: Id = Field(default_factory=new_id)
    name: Name
    description: Text = ""
    colour: Colour = "#dbe9f6"
    notes: Text = ""
    steps: Annotated[list[Step], Field(max_length=MAX_LIST)] = []


class Card(Strict):
    """A note in one cell (lane x step); order within the cell is list order.

    A card may span consecutive steps of its lane: ``step`` is the first and
    ``last_step`` the last (``None``: the card is in one step). A step inserted
    inside the span widens it; moving or deleting a spanned step shrinks it.
    """

    id: Id = Field(default_factory=new_id)
    step: Id
    last_step: Id | None = None
    text: Text = ""
    detail: Text = ""
    colour: Colour | None = None
    tags: ShortList = []
    status: EvidenceStatus = EvidenceStatus.OBSERVED
    votes: Annotated[int, Field(ge=0, le=MAX_VOTES)] = 0
    channel: Name = ""
    owner: Name = ""
    picture: Picture | None = None


class Lane(Strict):
    """A row of the map of one kind, holding that row's cards."""

    id: Id = Field(default_factory=new_id)
    kind: LaneKind
    title: Name = ""
    hidden: bool = False
    colour: Colour | None = None
    cards: Annotated[list[Card], Field(max_length=MAX_LIST)] = []

    @property
    def display_title(self) -> str:
        return self.title or self.kind.label

    def title_in(self, code: str | None) -> str:
        """The lane's name as a map written in ``code`` prints it: its own title, else its kind's name
        in that language. The editor's panels and slides use it, so they name a lane as the canvas does."""
        if self.title:
            return self.title
        with language(code):
            return self.kind.label


class EmotionScale(Strict):
    """The bounded scale of emotion scores, e.g. -3 (very negative) to +3."""

    min: Annotated[int, Field(ge=-10, le=0)] = -3
    max: Annotated[int, Field(ge=1, le=10)] = 3


class JourneyMap(Strict):
    """A whole map, as saved in one ``.journey`` file."""

    format: Literal["journeymap"] = FORMAT_NAME
    schema_version: Literal[2] = SCHEMA_VERSION
    id: Id = Field(default_factory=new_id)
    title: Name = "Untitled journey"
    description: Text = ""
    scenario: Text = ""
    expectations: Text = ""
    scope: Scope = Scope.JOURNEY
    authors: ShortList = []
    tags: ShortList = []
    language: Annotated[str, StringConstraints(max_length=35)] = "en"
    created: datetime = Field(default_factory=now)
    modified: datetime = Field(default_factory=now)
    emotion_scale: EmotionScale = Field(default_factory=EmotionScale)
    #: the width of every card whose step has no width of its own; None: the app's default (150 pt)
    card_width: CardWidth | None = None
    personas: Annotated[list[Persona], Field(max_length=MAX_SHORT_LIST)] = []
    stages: Annotated[list[Stage], Field(max_length=MAX_LIST)] = []
    lanes: Annotated[list[Lane], Field(max_length=MAX_SHORT_LIST)] = []
    arrows: Annotated[list[Arrow], Field(max_length=MAX_LIST)] = []
    research: Research = Field(default_factory=Research)
    health: Health = Field(default_factory=Health)
    merge_conflicts: Annotated[list[MergeConflict], Field(max_length=MAX_LIST)] = []
    workshop: Workshop = Field(default_factory=Workshop)
    threads: Annotated[list[CommentThread], Field(max_length=MAX_LIST)] = []

    def steps(self) -> list[Step]:
        """All steps, left to right."""
        return [step for stage in self.stages for step in stage.steps]
