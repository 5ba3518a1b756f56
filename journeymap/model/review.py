"""Comment threads read as a review: which object each is on, in the order a reader meets the map.

The Comments panel, the digest's appendix and the web page all list threads by
object, the same way: stages with their steps and the cards of each step (in
lane order), then personas. A thread whose object is gone (a file edited by
hand) is listed last, under its id, so no comment is ever dropped from a list.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..i18n import _
from .arrow_text import one_line
from .comments import CommentThread
from .journey_map import JourneyMap, Lane


@dataclass
class Commented:
    """One object with its threads: ``kind`` is card, step, stage, persona (or "" when it is gone)."""

    target: str
    kind: str
    name: str  #: the object's words on one line: a card's text, a step's, stage's or persona's name
    place: str = ""  #: where it is: "Pain points · Research › Compares models" for a card
    threads: list[CommentThread] = field(default_factory=list)

    @property
    def label(self) -> str:
        """"Card “Compares models” (Pain points · Research › Compares)": what a list of threads shows."""
        kinds = {"card": _("Card"), "step": _("Step"), "stage": _("Stage"), "persona": _("Persona")}
        head = _("{kind} \u201c{name}\u201d").format(kind=kinds.get(self.kind, _("Removed object")), name=self.name)
        return _("{object} ({place})").format(object=head, place=self.place) if self.place else head


def objects_in_order(journey: JourneyMap) -> dict[str, Commented]:
    """Every commentable object of the map, by id, in reading order (no threads yet)."""
    out: dict[str, Commented] = {}
    lanes_by_step: dict[str, list[tuple[str, str, str]]] = {}
    for lane in journey.lanes:
        for card in lane.cards:
            lanes_by_step.setdefault(card.step, []).append((card.id, card.text, lane.display_title))
    for stage in journey.stages:
        stage_name = one_line(stage.name, 60) if stage.name.strip() else _("Untitled stage")
        out[stage.id] = Commented(stage.id, "stage", stage_name)
        for step in stage.steps:
            step_name = one_line(step.name, 60) if step.name.strip() else _("Untitled step")
            out[step.id] = Commented(step.id, "step", step_name, stage_name)
            for card_id, text, lane_title in lanes_by_step.get(step.id, []):
                out[card_id] = Commented(card_id, "card", one_line(text, 60),
                                         f"{lane_title} \u00b7 {stage_name} \u203a {step_name}")
    for persona in journey.personas:
        out[persona.id] = Commented(persona.id, "persona", persona.name or _("Unnamed persona"))
    return out


def threads_by_object(journey: JourneyMap, threads: Iterable[CommentThread] | None = None) -> list[Commented]:
    """The objects that have threads (of ``threads``, default all the map's), in reading order."""
    objects = objects_in_order(journey)
    gone: dict[str, Commented] = {}
    for thread in journey.threads if threads is None else threads:
        entry = objects.get(thread.target)
        if entry is None:
            entry = gone.setdefault(thread.target, Commented(thread.target, "", thread.target))
        entry.threads.append(thread)
    return [c for c in objects.values() if c.threads] + list(gone.values())


def shown_threads(journey: JourneyMap, lanes: Iterable[Lane]) -> list[CommentThread]:
    """The threads an export of ``lanes`` may print: none on a card of a lane it leaves out (a hidden one)."""
    shown = {lane.id for lane in lanes}
    left_out = {card.id for lane in journey.lanes if lane.id not in shown for card in lane.cards}
    return [t for t in journey.threads if t.target not in left_out]


def people_of(journey: JourneyMap, also: Iterable[str] = ()) -> list[str]:
    """Whom a comment may @mention: the map's authors, everyone who has commented, and ``also``."""
    names = [*journey.authors, *(c.author for t in journey.threads for c in t.comments), *also]
    return list(dict.fromkeys(n.strip() for n in names if n and n.strip()))


__all__ = ["Commented", "objects_in_order", "people_of", "shown_threads", "threads_by_object"]
