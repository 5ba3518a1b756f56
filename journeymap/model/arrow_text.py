"""Arrows in words, for the digest, the CSV and the accessible views: "Check-in at desk → Room key encoded (Backstage)"."""

from __future__ import annotations

from ..i18n import _
from .arrows import Arrow, ArrowStyle
from .journey_map import Card, JourneyMap, Lane


def cards_and_lanes(journey: JourneyMap) -> dict[str, tuple[Card, Lane]]:
    return {card.id: (card, lane) for lane in journey.lanes for card in lane.cards}


def one_line(text: str, limit: int = 80) -> str:
    line = " ".join(text.split()) or _("(empty card)")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def arrow_sentence(arrow: Arrow, where: dict[str, tuple[Card, Lane]], *, lanes_of_both: bool = False) -> str:
    """'Check-in at desk → Room key encoded (Backstage)', then the label and, when dashed, "dependency".

    The target's lane is named (the source is the card being read about); with
    ``lanes_of_both`` the source's too, for a list of arrows on their own.
    """
    source, source_lane = where[arrow.source]
    target, target_lane = where[arrow.target]
    left = one_line(source.text)
    if lanes_of_both:
        left += f" ({source_lane.display_title})"
    text = f"{left} \u2192 {one_line(target.text)} ({target_lane.display_title})"
    extras = []
    if arrow.label:
        extras.append(_("\u201c{label}\u201d").format(label=one_line(arrow.label, 120)))
    if arrow.style is ArrowStyle.DEPENDENCY:
        extras.append(_("dependency"))
    return text + "".join(f" \u00b7 {extra}" for extra in extras)


def arrows_of_card(journey: JourneyMap, card_id: str) -> tuple[list[Arrow], list[Arrow]]:
    """The arrows leaving a card and those arriving at it, in map order."""
    out = [a for a in journey.arrows if a.source == card_id]
    into = [a for a in journey.arrows if a.target == card_id]
    return out, into
