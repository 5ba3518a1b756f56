"""The map in words: one vocabulary for the canvas, the Outline, the Inspector and the slides."""

from __future__ import annotations

from journeymap.model import Card, Lane, LaneKind, Persona, Score, Stage, Step
from journeymap.model.journey_map import JourneyMap
from journeymap.model.kinds import EvidenceStatus
from journeymap.ui.a11y.colour_names import colour_name
from journeymap.ui.a11y.phrases import card_phrase, cell_phrase, curve_phrase, score_words, step_details


def small_map() -> JourneyMap:
    maya = Persona(name="Maya Chen")
    pay = Step(name="Pays", moment_of_truth=True, scores=[Score(persona=maya.id, value=-2, target=1)])
    wait = Step(name="Waits")
    journey = JourneyMap(personas=[maya], stages=[Stage(name="Buy", steps=[pay, wait])],
                         lanes=[Lane(kind=LaneKind.EMOTION), Lane(kind=LaneKind.PAIN_POINTS)])
    return journey


def test_a_card_is_said_with_its_channel_owner_evidence_votes_and_tags():
    card = Card(step=small_map().steps()[0].id, text="Refund\nis slow", channel="phone", owner="Support",
                status=EvidenceStatus.PROPOSED, votes=1, tags=["quick win"])
    assert card_phrase(card) == "Refund is slow, channel Phone, owner Support, proposed (to-be), 1 vote, tags quick win"
    bare = Card(step=card.step)
    assert card_phrase(bare) == "(empty card), observed, no votes"


def test_scores_use_the_personas_word_else_the_scales_and_a_gap_is_no_score():
    journey = small_map()
    pay, wait = journey.steps()
    maya = journey.personas[0]
    assert score_words(pay.scores[0], journey) == "−2 Upset"
    assert score_words(pay.scores[0], journey, "to_be") == "+1 Content"
    assert curve_phrase(journey, maya) == "Maya Chen: Pays −2 Upset; Waits no score"
    assert curve_phrase(journey, maya, "to_be") == "Maya Chen, to-be: Pays +1 Content; Waits no score"


def test_a_cell_says_lane_step_stage_and_cards_and_the_emotion_lane_every_persona():
    journey = small_map()
    emotion, pains = journey.lanes
    pay = journey.steps()[0]
    stage = journey.stages[0]
    assert cell_phrase(journey, emotion, pay, stage, []) == \
        "Emotion curve, Pays (Buy), Maya Chen −2 Upset, to-be +1 Content, no cards"
    cards = [Card(step=pay.id, text="Card declined"), Card(step=pay.id, text="No receipt")]
    assert cell_phrase(journey, pains, pay, stage, cards) == \
        "Pain points, Pays (Buy), 2 cards: Card declined; No receipt"
    assert step_details(journey, pay, stage) == "step 1 of 2, in stage Buy, moment of truth"


def test_colours_have_names():
    assert [colour_name(c) for c in ("#ffffff", "#000000", "#808080", "#0072b2", "#e69f00", "#7f3f00")] == [
        "white", "black", "grey", "blue", "orange", "brown"]
