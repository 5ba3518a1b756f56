"""The closed vocabularies of a journey map: scopes, lane kinds, channels, evidence.

They live in one place so that the file format, the canvas, the PDF and the
CSV all speak the same words, and so that a new lane kind is one edit here.
"""

from __future__ import annotations

from enum import StrEnum


class Scope(StrEnum):
    """How much of the relationship a map covers (domain.md: the three levels)."""

    SINGLE_INTERACTION = "single_interaction"
    JOURNEY = "journey"
    LIFETIME = "lifetime"

    @property
    def label(self) -> str:
        return {
            Scope.SINGLE_INTERACTION: "Single interaction",
            Scope.JOURNEY: "Journey",
            Scope.LIFETIME: "Lifetime relationship",
        }[self]


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
        return _LANE_LABELS[self]

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
    LaneKind.ACTIONS: "Actions",
    LaneKind.TOUCHPOINTS: "Touchpoints",
    LaneKind.THOUGHTS: "Thoughts",
    LaneKind.FEELINGS: "Feelings",
    LaneKind.EMOTION: "Emotion curve",
    LaneKind.PAIN_POINTS: "Pain points",
    LaneKind.OPPORTUNITIES: "Opportunities",
    LaneKind.IDEAS: "Ideas",
    LaneKind.OWNERSHIP: "Ownership",
    LaneKind.METRICS: "Metrics",
    LaneKind.EVIDENCE: "Evidence",
    LaneKind.IMAGES: "Images",
    LaneKind.TEXT: "Notes",
    LaneKind.PHYSICAL_EVIDENCE: "Physical evidence",
    LaneKind.FRONTSTAGE: "Frontstage",
    LaneKind.BACKSTAGE: "Backstage",
    LaneKind.SUPPORT_PROCESSES: "Support processes",
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
    "website": "Website",
    "mobile_app": "Mobile app",
    "email": "Email",
    "phone": "Phone",
    "chat": "Chat",
    "chatbot": "Chatbot",
    "social_media": "Social media",
    "store": "Store",
    "delivery": "Delivery",
    "advert": "Advert",
    "letter": "Letter",
    "atm": "ATM",
    "self_service": "Self-service",
}


def channel_name(channel: str) -> str:
    """The name people read for a channel id, or the custom name itself."""
    return CHANNELS.get(channel, channel)


#: The blueprint lines and the lane kinds they separate: a line is drawn
#: between the last lane of the first group and the first lane of the second.
BLUEPRINT_LINES: tuple[tuple[str, frozenset[LaneKind], frozenset[LaneKind]], ...] = (
    (
        "Line of interaction",
        frozenset({LaneKind.ACTIONS, LaneKind.PHYSICAL_EVIDENCE}),
        frozenset({LaneKind.FRONTSTAGE}),
    ),
    (
        "Line of visibility",
        frozenset({LaneKind.FRONTSTAGE}),
        frozenset({LaneKind.BACKSTAGE}),
    ),
    (
        "Line of internal interaction",
        frozenset({LaneKind.BACKSTAGE}),
        frozenset({LaneKind.SUPPORT_PROCESSES}),
    ),
)
