"""Journeys built in code for the empathy-map tests."""

from __future__ import annotations

from journeymap.model import Card, JourneyMap, Lane, LaneKind, Note, Persona, Score, Stage, Step


def two_persona_journey() -> JourneyMap:
    """Ana takes part in "Browse" and "Pay" only; Ben has no scores (takes part everywhere)."""
    ana = Persona(name="Ana Shopper", quote="I just want it to work.", goals=["Get headphones fast"],
                  gains=["Free returns"], pains=["Hidden fees"])
    ben = Persona(name="Ben Banker")
    browse, pay, unbox = Step(name="Browse"), Step(name="Pay"), Step(name="Unbox")
    browse.scores = [Score(persona=ana.id, value=2, label="Curious")]
    pay.scores = [Score(persona=ana.id, value=-2, label="Anxious", target=1, target_label="Calm")]
    stages = [Stage(name="Buy", steps=[browse, pay]), Stage(name="Receive", steps=[unbox])]

    def lane(kind: LaneKind, *cards: tuple[Step, str, str]) -> Lane:
        return Lane(kind=kind, cards=[Card(step=s.id, text=t, channel=c) for s, t, c in cards])

    lanes = [
        lane(LaneKind.ACTIONS, (browse, "Compares models", ""), (unbox, "Opens the box", "")),
        lane(LaneKind.TOUCHPOINTS, (browse, "Product page", "website"), (pay, "Calls support", "phone"),
             (unbox, "Parcel", "delivery")),
        lane(LaneKind.THOUGHTS, (browse, "Is this the right size?", ""), (unbox, "Nice note!", "")),
        lane(LaneKind.FEELINGS, (pay, "Nervous about the card", "")),
        lane(LaneKind.PAIN_POINTS, (pay, "Upper-case e-mail rejected", "")),
        lane(LaneKind.OPPORTUNITIES, (pay, "Accept any e-mail case", "")),
        lane(LaneKind.EVIDENCE, (browse, "\u201cThe site was easy\u201d", ""), (unbox, "Survey", "")),
        lane(LaneKind.IDEAS, (browse, "Chat widget", "")),
    ]
    return JourneyMap(title="Buying headphones", personas=[ana, ben], stages=stages, lanes=lanes)


def with_notes(journey: JourneyMap) -> JourneyMap:
    """Give the first persona a few notes in every section."""
    em = journey.personas[0].empathy_map
    for section in ("goal", "sees", "says", "does", "hears", "thinks", "feels", "pains", "gains"):
        getattr(em, section).extend(Note(text=f"{section} note {k}") for k in range(2))
    return journey
