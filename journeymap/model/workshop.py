"""What a map keeps of its workshops: the workshop view of the deck, and the dot-voting rounds held.

The workshop view says which lanes the presentation shows and how much of
each card it prints; ``None`` means the default view (see
:func:`default_workshop_lanes`), so a map never set up for a workshop still
gives a good deck, and a v1 file loads as it was. A lane id that no longer
names a lane (the lane was deleted) is ignored, not an error: undoing the
delete brings the lane back with its workshop setting.

A vote round records its settings and the dots each card got, so the result
of a workshop can be read from the file long after the session; the cards'
``votes`` hold the running totals.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from ..i18n import N_
from .kinds import LaneKind
from .limits import MAX_LIST, MAX_SHORT_LIST, MAX_VOTES

if TYPE_CHECKING:
    from .journey_map import JourneyMap, Lane

#: The most dots a facilitator can give each participant in one round.
MAX_DOTS = 99
#: The longest timer of a round: a whole day (0 means no timer).
MAX_ROUND_SECONDS = 24 * 60 * 60
#: The most people a round can count (the room caps how many can join).
MAX_PARTICIPANTS = 10_000

_Id = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]


class _Strict(BaseModel):
    """The same strictness as every other model of the file (journey_map.Strict)."""

    model_config = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False, validate_assignment=False,
                              use_enum_values=False)


class CardText(StrEnum):
    """How much of each card of a lane a slide prints."""

    FIT = "fit"  # all of it when the stage fits one slide, else as many lines as fit; the spotlight shows all
    FULL = "full"  # always all of it, even if the stage needs another slide
    FIRST_LINE = "first_line"  # the first line only; a click or the spotlight shows the rest

    @property
    def label(self) -> str:
        return {CardText.FIT: N_("Condensed to fit"), CardText.FULL: N_("In full"),
                CardText.FIRST_LINE: N_("First line only")}[self]


class WorkshopLane(_Strict):
    """A lane shown on the slides, and how much of its cards."""

    lane: _Id
    cards: CardText = CardText.FIT


class VoteCount(_Strict):
    card: _Id
    votes: Annotated[int, Field(ge=1, le=MAX_VOTES)]


class VoteRound(_Strict):
    """One round of dot voting from the room: its settings and what each card got."""

    id: _Id
    held: datetime
    dots: Annotated[int, Field(ge=1, le=MAX_DOTS)]  # dots each participant could place
    seconds: Annotated[int, Field(ge=0, le=MAX_ROUND_SECONDS)] = 0  # the timer; 0: none
    stage: _Id | None = None  # the stage voted on; None: the whole map
    participants: Annotated[int, Field(ge=0, le=MAX_PARTICIPANTS)] = 0  # people who placed a dot
    counts: Annotated[list[VoteCount], Field(max_length=MAX_LIST)] = []


class Workshop(_Strict):
    """The workshop view (None: the default) and the rounds of dot voting held so far."""

    lanes: Annotated[list[WorkshopLane], Field(max_length=MAX_SHORT_LIST)] | None = None
    rounds: Annotated[list[VoteRound], Field(max_length=MAX_LIST)] = []


#: The lanes a workshop sees unless the map says otherwise: what the customer does and meets, how they
#: feel, what hurts and what could be better.
DEFAULT_KINDS = frozenset({LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.EMOTION, LaneKind.PAIN_POINTS,
                           LaneKind.OPPORTUNITIES, LaneKind.IDEAS})


def default_workshop_lanes(journey: JourneyMap) -> list[WorkshopLane]:
    """The default view: actions, touchpoints, emotion, pain points, opportunities and ideas, condensed to fit.

    A service blueprint's backstage lanes are left to the facilitator to add:
    a workshop talks about what the customer meets, one stage to a slide. A
    storyboard (an Images lane with pictures) is shown too: the room sees the story.
    """
    return [WorkshopLane(lane=lane.id) for lane in journey.lanes if not lane.hidden and (
        lane.kind in DEFAULT_KINDS or (lane.kind is LaneKind.IMAGES and any(c.picture for c in lane.cards)))]


def workshop_lanes(journey: JourneyMap) -> list[tuple[Lane, CardText]]:
    """The lanes the slides show, in map order, with how much of their cards; hidden lanes never show."""
    chosen = journey.workshop.lanes if journey.workshop.lanes is not None else default_workshop_lanes(journey)
    how = {w.lane: w.cards for w in chosen}
    return [(lane, how[lane.id]) for lane in journey.lanes if lane.id in how and not lane.hidden]
