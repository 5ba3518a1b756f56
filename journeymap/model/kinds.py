"""The closed vocabularies of a journey map: scopes, lane kinds, channels, evidence.

They live in one place so that the file format, the canvas, the PDF and the
CSV all speak the same words, and so that a new lane kind is one edit here.
"""

from __future__ import annotations

from enum import StrEnum

from ..i18n import N_, _


class Scope(StrEnum):
    """How much of the relationship a map covers (domain.md: the three levels)."""

    SINGLE_INTERACTION = "single_interaction"
    JOURNEY = "journey"
    LIFETIME = "lifetime"

    @property
    def label(self) -> str:
        return _({
            Scope.SINGLE_INTERACTION: N_("Single interaction"),
            Scope.JOURNEY: N_("Journey"),
            Scope.LIFETIME: N_("Lifetime relationship"),
        }[self])


class LaneKind(StrEnum):
    """What a row of the map holds; the order here is the usual top-to-bottom order."""

    ACTIONS = "actions"
    TOUCHPOINTS = "touchpoints"
    THOUGHTS = "thoughts"
    FEELINGS = "feelings"
    EMOTION = "emotion"
    PAIN_POINTS = "pain_points"
    OPPORTUNITIES = "opportunities"
    IDEAS = "ideas"
    OWNERSHIP = "ownership"
    METRICS = "metrics"
    EVIDENCE = "evidence"
    IMAGES = "images"
    TEXT = "text"
    PHYSICAL_EVIDENCE = "physical_evidence"
    FRONTSTAGE = "frontstage"
    BACKSTAGE = "backstage"
    SUPPORT_PROCESSES = "support_processes"

    @property
    def label(self) -> str:
        return _(_LANE_LABELS[self])

    @property
    def is_blueprint(self) -> bool:
        """Service-blueprint lanes, between which the blueprint lines are drawn."""
        return self in (
            LaneKind.PHYSICAL_EVIDENCE,
            LaneKind.ACTIONS,
            LaneKind.FRONTSTAGE,
            LaneKind.BACKSTAGE,
            LaneKind.SUPPORT_PROCESSES,
        )


_LANE_LABELS = {
    LaneKind.ACTIONS: N_("Actions"),
    LaneKind.TOUCHPOINTS: N_("Touchpoints"),
    LaneKind.THOUGHTS: N_("Thoughts"),
    LaneKind.FEELINGS: N_("Feelings"),
    LaneKind.EMOTION: N_("Emotion curve"),
    LaneKind.PAIN_POINTS: N_("Pain points"),
    LaneKind.OPPORTUNITIES: N_("Opportunities"),
    LaneKind.IDEAS: N_("Ideas"),
    LaneKind.OWNERSHIP: N_("Ownership"),
    LaneKind.METRICS: N_("Metrics"),
    LaneKind.EVIDENCE: N_("Evidence"),
    LaneKind.IMAGES: N_("Images"),
    LaneKind.TEXT: N_("Notes"),
    LaneKind.PHYSICAL_EVIDENCE: N_("Physical evidence"),
    LaneKind.FRONTSTAGE: N_("Frontstage"),
    LaneKind.BACKSTAGE: N_("Backstage"),
    LaneKind.SUPPORT_PROCESSES: N_("Support processes"),
}


class EvidenceStatus(StrEnum):
    """Where a card comes from: seen in research, believed, or a to-be idea."""

    OBSERVED = "observed"
    ASSUMED = "assumed"
    PROPOSED = "proposed"


class EmpathyStyle(StrEnum):
    """The two empathy-map layouts the field uses."""

    QUADRANTS = "quadrants"
    CANVAS = "canvas"


#: Known touchpoint channels: id -> name shown to people. Any other non-empty
#: string in a card's ``channel`` is a custom channel shown as written.
CHANNELS: dict[str, str] = {
    "website": N_("Website"),
    "mobile_app": N_("Mobile app"),
    "email": N_("Email"),
    "phone": N_("Phone"),
    "chat": N_("Chat"),
    "chatbot": N_("Chatbot"),
    "social_media": N_("Social media"),
    "store": N_("Store"),
    "delivery": N_("Delivery"),
    "advert": N_("Advert"),
    "letter": N_("Letter"),
    "atm": N_("ATM"),
    "self_service": N_("Self-service"),
}


def channel_name(channel: str) -> str:
    """The name people read for a channel id, or the custom name itself."""
    return _(CHANNELS[channel]) if channel in CHANNELS else channel


#: The blueprint lines and the lane kinds they separate: a line is drawn
#: between the last lane of the first group and the first lane of the second.
BLUEPRINT_LINES: tuple[tuple[str, frozenset[LaneKind], frozenset[LaneKind]], ...] = (
    (
        N_("Line of interaction"),
        frozenset({LaneKind.ACTIONS, LaneKind.PHYSICAL_EVIDENCE}),
        frozenset({LaneKind.FRONTSTAGE}),
    ),
    (
        N_("Line of visibility"),
        frozenset({LaneKind.FRONTSTAGE}),
        frozenset({LaneKind.BACKSTAGE}),
    ),
    (
        N_("Line of internal interaction"),
        frozenset({LaneKind.BACKSTAGE}),
        frozenset({LaneKind.SUPPORT_PROCESSES}),
    ),
)
