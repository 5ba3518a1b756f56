"""Where each object of a map is, in the paths validation uses (``stages[2].steps[0]``), and its name.

The health check, the diff and the merge name places the same way as
``journeymap validate``, so a finding can be looked up in the file, and the
editor can select the object by its id.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import EMPATHY_SECTIONS, JourneyMap


@dataclass(frozen=True)
class Place:
    path: str
    kind: str  # map, persona, note, stage, step, lane, card, arrow
    name: str  # what people call it: a stage's name, a card's text (shortened)


def short(text: str, limit: int = 60) -> str:
    """A text on one line, cut at ``limit`` characters with an ellipsis."""
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: limit - 1].rstrip() + "…"


def places(journey: JourneyMap) -> dict[str, Place]:
    """Every object's id -> its place (the map itself under its own id, path "top level")."""
    out: dict[str, Place] = {journey.id: Place("top level", "map", journey.title)}
    for p, persona in enumerate(journey.personas):
        out[persona.id] = Place(f"personas[{p}]", "persona", persona.name)
        for section in EMPATHY_SECTIONS:
            for n, note in enumerate(getattr(persona.empathy_map, section)):
                out[note.id] = Place(f"personas[{p}].empathy_map.{section}[{n}]", "note", short(note.text))
    for s, stage in enumerate(journey.stages):
        out[stage.id] = Place(f"stages[{s}]", "stage", stage.name)
        for t, step in enumerate(stage.steps):
            out[step.id] = Place(f"stages[{s}].steps[{t}]", "step", step.name)
    for n, lane in enumerate(journey.lanes):
        out[lane.id] = Place(f"lanes[{n}]", "lane", lane.display_title)
        for c, card in enumerate(lane.cards):
            out[card.id] = Place(f"lanes[{n}].cards[{c}]", "card", short(card.text) or "(empty card)")
    for a, arrow in enumerate(journey.arrows):
        ends = [out[end].name if end in out else "?" for end in (arrow.source, arrow.target)]
        out[arrow.id] = Place(f"arrows[{a}]", "arrow", f"{short(ends[0], 30)} → {short(ends[1], 30)}")
    return out
