"""What a slide is made of: a Qt-free display list in pixels of the projected surface.

Slides are planned without Qt (so their geometry can be reasoned about and
tested), then played by one painter function. Every word on screen is a
:class:`TextOp`, so the projector-size rule (no text under 1/40 of the screen
height) can be checked on exactly what is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ...i18n import tr
from ...layout import Rect
from ...model.journey_map import Photo
from ...model.picture import Picture

Face = Literal["regular", "bold", "italic"]


@dataclass(frozen=True, slots=True)
class TextOp:
    """One line of text drawn with its baseline at ``y``; ``x`` is its left edge."""

    x: float
    y: float
    text: str
    size: int  # pixels
    face: Face = "regular"
    colour: str = "#111111"
    persona_id: str | None = None  # set on curve legends, so persona reveal can hide them


@dataclass(frozen=True, slots=True)
class BoxOp:
    rect: Rect
    fill: str | None = None
    border: str | None = None
    width: float = 0.0
    dashed: bool = False
    radius: float = 0.0
    accent: bool = False  # a colour signal (stage bars): kept bright on the dark theme, never under text
    persona_id: str | None = None  # a score label's plate: hidden with its persona's curve
    exact: bool = False  # drawn in exactly this colour on every theme (a QR code must stay dark on light)
    #: "left" / "right": sides left open, square and unbordered: a card whose span runs on past the slide
    open_sides: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CurveOp:
    """One run of an emotion curve: cubic segments (x0,y0,c1x,c1y,c2x,c2y,x1,y1), clipped."""

    persona_id: str
    segments: tuple[tuple[float, ...], ...]
    colour: str
    width: float
    dashed: bool
    clip: Rect


@dataclass(frozen=True, slots=True)
class BandOp:
    """The 95 % interval around a measured run of a curve: a closed outline ("M"/"C"/"L"/"Z" commands,
    see ``layout.emotion_evidence.band_outline``) filled faintly in the persona's colour, clipped."""

    persona_id: str
    outline: tuple[tuple[str, tuple[float, ...]], ...]
    colour: str
    clip: Rect


@dataclass(frozen=True, slots=True)
class LineOp:
    x0: float
    y0: float
    x1: float
    y1: float
    colour: str
    width: float
    dashed: bool = False
    persona_id: str | None = None


@dataclass(frozen=True, slots=True)
class MarkerOp:
    """A persona's marker shape (circle, square, triangle...) centred on (x, y)."""

    x: float
    y: float
    shape: str
    size: float
    colour: str
    hollow: bool = False
    persona_id: str | None = None


@dataclass(frozen=True, slots=True)
class PhotoOp:
    """A persona's photo, cropped to a circle in ``rect``; decoded only if its header passes the safety check."""

    rect: Rect
    photo: Photo
    fallback: str  # the circle's colour if the picture cannot be decoded


@dataclass(frozen=True, slots=True)
class PictureOp:
    """A card's picture filling ``rect`` (laid out with the picture's proportions); a grey box if it cannot be decoded."""

    rect: Rect
    picture: Picture


@dataclass(frozen=True, slots=True)
class ArrowOp:
    """An arrow between two cards: a polyline, its head at the last point, solid or dashed."""

    points: tuple[tuple[float, float], ...]
    colour: str
    width: float
    dashed: bool = False
    head: float = 10.0


Op = TextOp | BoxOp | CurveOp | BandOp | LineOp | MarkerOp | PhotoOp | PictureOp | ArrowOp


@dataclass
class Slide:
    """One screenful. ``cards`` maps each card shown to its rectangle, for clicks and votes."""

    kind: Literal["overview", "journey", "stage", "results", "room"]
    title: str  # for the presenter view and the window title
    ops: list[Op] = field(default_factory=list)
    cards: dict[str, Rect] = field(default_factory=dict)
    stage_id: str | None = None
    stage_number: int = 0  # 1-based for stage slides
    page: int = 1
    pages: int = 1
    steps: tuple[str, ...] = ()  # the steps a stage slide shows (a wide stage's steps may span slides)

    @property
    def label(self) -> str:
        """The slide in the presenter's words: "Research, part 1 of 4" ("Research, Teil 1 von 4" in German)."""
        if self.pages == 1:
            return self.title
        return self.title + tr(", part {page} of {pages}").format(page=self.page, pages=self.pages)

    @property
    def key(self) -> tuple[str, str | None, int]:
        """Identifies the slide across re-planning (a vote may re-flow a stage)."""
        return (self.kind, self.stage_id, self.page)
