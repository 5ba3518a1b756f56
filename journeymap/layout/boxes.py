"""What the layout hands to a renderer: frozen boxes with wrapped text, in points."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from .geometry import Rect
from .text import ASCENT, DESCENT, unbroken

BorderStyle = Literal["solid", "dashed"]
CurveKind = Literal["as_is", "to_be"]


@dataclass(frozen=True, slots=True)
class TextBlock:
    """Lines already wrapped to ``rect.w``; renderers draw them as given. Also the paint plan's text shape.

    ``font`` is the registered face name (see :mod:`journeymap.layout.text`);
    ``bold``/``italic`` say the same for toolkits that pick faces by style.
    ``direction`` is the paragraph's; a renderer that embeds fonts turns each
    line into shaped runs with :func:`journeymap.layout.shaping.shape`.
    """

    rect: Rect
    lines: tuple[str, ...]
    font: str
    size: float
    leading: float
    bold: bool = False
    italic: bool = False
    align: Literal["left", "center", "right"] = "left"
    colour: str = "#1a1a1a"
    direction: Literal["ltr", "rtl"] = "ltr"

    def baselines(self) -> list[float]:
        """The y of each line's baseline (first line's glyphs centred in its leading)."""
        first = self.rect.y + (self.leading - (ASCENT + DESCENT) * self.size) / 2 + ASCENT * self.size
        return [first + i * self.leading for i in range(len(self.lines))]

    @property
    def text(self) -> str:
        """The lines joined again (a word broken over lines is whole again)."""
        return unbroken(self.lines)


@dataclass(frozen=True, slots=True)
class PictureBox:
    """Where a card's picture goes (its proportions kept) and what it shows.

    ``data`` is the picture's base64 text as stored in the map (decoded once, when
    drawn); ``thumbnail`` is a small picture beside a card's text, else a
    storyboard frame (the Images lane: picture first, the text its caption).
    """

    rect: Rect
    media_type: str
    data: str
    alt: str
    thumbnail: bool


@dataclass(frozen=True, slots=True)
class CardBox:
    card_id: str
    lane_id: str
    step_id: str
    rect: Rect
    text: TextBlock
    badges: tuple[TextBlock, ...]  # channel and owner, votes, evidence status: small type
    fill: str
    border: BorderStyle
    proposed: bool
    status: str
    votes: int
    channel: str  # the channel's display name, "" if none
    owner: str
    index: int  # position within its cell
    border_colour: str = "#5f6b7a"
    #: where the "more" mark sits when the face was cut to the options' line limit (the canvas only:
    #: exports lay out every line); None when the whole text shows
    more: Rect | None = None
    #: where the channel's icon goes, at the right end of the channel line (None: no channel)
    channel_mark: Rect | None = None
    columns: int = 1  # how many step columns the card spans
    picture: PictureBox | None = None


@dataclass(frozen=True, slots=True)
class StageBox:
    stage_id: str
    rect: Rect
    title: TextBlock
    colour: str


@dataclass(frozen=True, slots=True)
class StepBox:
    step_id: str
    stage_id: str
    rect: Rect  # the header
    title: TextBlock
    column: Rect  # the full height of the map below the stage band
    moment_of_truth: bool
    metrics: tuple[TextBlock, ...]  # "NPS +32 (n=120)" etc., one small badge each
    moment_mark: Rect | None = None  # where the moment-of-truth star goes


@dataclass(frozen=True, slots=True)
class LaneBox:
    lane_id: str
    rect: Rect  # the whole row, title column included
    title: TextBlock
    kind: str
    hidden: bool = False
    fill: str = "#ffffff"


class CurvePoint(NamedTuple):
    step_id: str
    x: float
    y: float
    value: int


Bezier = tuple[float, float, float, float, float, float, float, float]


@dataclass(frozen=True, slots=True)
class EvidenceBand:
    """The 95 % interval around a run of neighbouring measured points of an as-is curve.

    ``upper`` and ``lower`` are monotone Béziers through each point's high and
    low end, left to right (empty for a point alone, drawn as a whisker);
    ``ends`` is (x, y of the high end, y of the low end) per point.
    """

    upper: tuple[Bezier, ...]
    lower: tuple[Bezier, ...]
    ends: tuple[tuple[float, float, float], ...]


@dataclass(frozen=True)
class CurveLayout:
    persona_id: str
    kind: CurveKind
    colour: str
    dash: tuple[float, ...]  # () for solid
    marker: str  # circle, square, triangle, diamond, triangle_down, hexagon, star, cross
    points: list[CurvePoint]
    runs: list[list[Bezier]]  # one list of segments per unbroken run; a gap splits runs
    labels: dict[str, str] = field(default_factory=dict)  # step_id -> the score's label
    persona_name: str = ""
    #: step_id -> the label placed clear of every other label and marker (see emotion_labels)
    label_blocks: dict[str, TextBlock] = field(default_factory=dict)
    #: step_id -> how much evidence a measured point rests on ("n=214"), placed with its label
    notes: dict[str, str] = field(default_factory=dict)
    #: the 95 % intervals of measured points, one band per run of neighbours
    bands: tuple[EvidenceBand, ...] = ()
    #: steps whose point rests on fewer responses than the map's weak-evidence threshold
    weak: tuple[str, ...] = ()

    def label_text(self, step_id: str) -> str | None:
        """What is written beside the point: the score's label, then its evidence note."""
        parts = [t for t in (self.labels.get(step_id), self.notes.get(step_id)) if t]
        return "\n".join(parts) if parts else None


class ScaleTick(NamedTuple):
    value: int
    y: float
    label: str


@dataclass(frozen=True)
class LegendEntry:
    persona_id: str
    kind: CurveKind
    label: TextBlock
    colour: str
    marker: str
    dash: tuple[float, ...]
    swatch: Rect  # a short line with the marker in its middle


@dataclass(frozen=True, slots=True)
class PersonaKey:
    """One line of the emotion lane's legend: the persona's marker in its colour, then its name."""

    persona_id: str
    name: TextBlock  # wrapped to at most two lines, the second elided if the name is longer
    colour: str
    marker: str
    x: float  # the marker's centre
    y: float


@dataclass(frozen=True, slots=True)
class LineKey:
    """'as-is' or 'to-be' and a short sample of the line style beside it."""

    kind: CurveKind
    label: TextBlock
    x0: float
    x1: float
    y: float
    dash: tuple[float, ...]  # () for solid
    colour: str = "#4a5360"


@dataclass(frozen=True, slots=True)
class LaneLegend:
    """The legend in the emotion lane's title cell, under the scale (see ``layout/emotion_legend.py``)."""

    rect: Rect
    personas: tuple[PersonaKey, ...]
    lines: tuple[LineKey, ...]  # () when no shown persona has a to-be score
    inside: bool = False  # between the scale's values (the lane does not grow for it), not under them


@dataclass(frozen=True)
class HeaderLayout:
    rect: Rect
    title: TextBlock
    scenario: TextBlock | None
    details: TextBlock | None  # scope, personas, expectations


@dataclass(frozen=True)
class BlueprintLine:
    label: str
    y: float
    x0: float
    x1: float
    text: TextBlock | None = None

    def __iter__(self):  # unpacks as (label, y, x0, x1)
        return iter((self.label, self.y, self.x0, self.x1))
