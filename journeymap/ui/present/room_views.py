"""What the room's phones see, made from the map and the slide on the wall (no Qt: plain records)."""

from __future__ import annotations

from ...collab.room import CardView, CheckSettings, LaneView, RoundSettings, StageView, StepView
from ...collab.room.limits import MAX_CARDS_SHOWN
from ...collab.room.state import card_text
from ...i18n import _
from ...layout.emotion import emotion_word
from ...model import JourneyMap, LaneKind, Stage, new_id
from ...model.workshop import workshop_lanes
from .ops import Slide


def _lanes(journey: JourneyMap, step_ids: set[str] | None) -> tuple[LaneView, ...]:
    """The workshop view's card lanes, each with its cards (of these steps; all when None)."""
    out = []
    left = MAX_CARDS_SHOWN
    for lane, _how in workshop_lanes(journey):
        if lane.kind == LaneKind.EMOTION:
            continue
        cards = [CardView(c.id, card_text(c.text or _("(empty card)"))) for c in lane.cards
                 if step_ids is None or c.step in step_ids][:left]
        left -= len(cards)
        out.append(LaneView(lane.id, lane.display_title, tuple(cards)))
    return tuple(out)


def stage_of(journey: JourneyMap, slide: Slide) -> Stage | None:
    return next((st for st in journey.stages if st.id == slide.stage_id), None)


def stage_view(journey: JourneyMap, slide: Slide) -> StageView:
    stage = stage_of(journey, slide)
    if stage is None:
        return StageView(journey.title, journey.language, stages=len(journey.stages))
    steps = {step.id for step in stage.steps}
    return StageView(journey.title, journey.language, stage.id, stage.name, slide.stage_number, len(journey.stages),
                     _lanes(journey, steps), tuple(StepView(step.id, step.name) for step in stage.steps))


def round_settings(journey: JourneyMap, stage: Stage | None, dots: int, seconds: int) -> RoundSettings:
    """A round on the cards of one stage, or of the whole map (``stage`` None); lanes without cards left out."""
    steps = None if stage is None else {step.id for step in stage.steps}
    lanes = tuple(lane for lane in _lanes(journey, steps) if lane.cards)
    return RoundSettings(new_id(), dots, seconds, None if stage is None else stage.id, lanes)


def check_settings(journey: JourneyMap, step_id: str, persona_id: str) -> CheckSettings:
    step = next(s for s in journey.steps() if s.id == step_id)
    persona = next(p for p in journey.personas if p.id == persona_id)
    vmin, vmax = journey.emotion_scale.min, journey.emotion_scale.max
    scale = tuple((v, emotion_word(v, vmin, vmax)) for v in range(vmax, vmin - 1, -1))
    return CheckSettings(step.id, step.name, persona.id, persona.name, scale)
