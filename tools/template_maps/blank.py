"""The blank starter: a ready grid of stages, steps and lanes, with no cards yet."""

from journeymap.model import JourneyMap, LaneKind

from .builder import BLUE, TINT_BLUE, TINT_GREEN, TINT_ORANGE, TINT_PINK, MapBuilder


def build() -> JourneyMap:
    b = MapBuilder("blank", title="Untitled journey")
    b.persona("primary", "Persona name", colour=BLUE, role="Role or segment")
    b.lanes(LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.THOUGHTS, LaneKind.EMOTION,
            LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES, LaneKind.OWNERSHIP)

    b.stage("Aware", TINT_BLUE, notes="What makes the customer start looking? Where do they first hear of us?")
    b.step("notice", "Notices a need")
    b.step("hear", "Hears of us")
    b.stage("Consider", TINT_ORANGE, notes="What do they compare, and what would make them give up?")
    b.step("research", "Researches options")
    b.step("compare", "Compares and decides")
    b.stage("Buy", TINT_GREEN, notes="Walk the purchase step by step. Who owns each moment?")
    b.step("purchase", "Buys")
    b.step("confirm", "Gets confirmation")
    b.stage("Use", TINT_PINK, notes="What happens after the sale? Where do they need help?")
    b.step("first_use", "First use")
    b.step("help", "Gets help")
    return b.build()
