from journeymap.empathy import sections_for, suggestions
from journeymap.model import EmpathyStyle, Note

from .sample import two_persona_journey


def _by_section(journey, persona_id):
    out: dict[str, set[str]] = {}
    for s in suggestions(journey, persona_id):
        out.setdefault(s.section, set()).add(s.text)
    return out


def test_lanes_map_to_their_sections_for_a_persona_in_some_steps():
    journey = two_persona_journey()
    got = _by_section(journey, journey.personas[0].id)
    assert got["does"] == {"Compares models"}
    assert got["thinks"] == {"Is this the right size?"}
    assert got["feels"] == {"Nervous about the card", "Curious", "Anxious", "Calm"}
    assert got["says"] == {"\u201cThe site was easy\u201d", "I just want it to work."}
    assert got["pains"] == {"Upper-case e-mail rejected", "Hidden fees"}
    assert got["gains"] == {"Accept any e-mail case", "Get headphones fast", "Free returns"}
    assert got["sees"] == {"Website: Product page"}
    assert got["hears"] == {"Phone: Calls support"}


def test_cards_of_steps_the_persona_skips_are_not_suggested():
    journey = two_persona_journey()
    texts = {s.text for s in suggestions(journey, journey.personas[0].id)}
    assert "Opens the box" not in texts and "Nice note!" not in texts and "Survey" not in texts
    assert not any("Parcel" in t for t in texts)


def test_a_persona_without_scores_takes_part_in_every_step():
    journey = two_persona_journey()
    got = _by_section(journey, journey.personas[1].id)
    assert got["does"] == {"Compares models", "Opens the box"}
    assert got["sees"] == {"Website: Product page", "Delivery: Parcel"}
    assert "Curious" not in got.get("feels", set())  # Ana's labels are not Ben's


def test_only_quotes_from_the_evidence_lane_are_offered_for_says():
    journey = two_persona_journey()
    evidence = next(lane for lane in journey.lanes if lane.kind.value == "evidence")
    step = evidence.cards[0].step
    evidence.cards.append(evidence.cards[0].model_copy(update={"id": "q-tag", "text": "No way to pay later",
                                                               "tags": ["verbatim"]}))
    evidence.cards.append(evidence.cards[0].model_copy(update={"id": "q-fr", "text": "\u00abTrop cher\u00bb"}))
    evidence.cards.append(evidence.cards[0].model_copy(update={"id": "stat", "text": "Conversion 2.3x with reviews"}))
    assert all(c.step == step for c in evidence.cards[-3:])
    says = _by_section(journey, journey.personas[1].id)["says"]
    assert says == {"\u201cThe site was easy\u201d", "No way to pay later", "\u00abTrop cher\u00bb"}
    assert "Survey" not in says and "Conversion 2.3x with reviews" not in says


def test_ideas_lane_is_not_suggested():
    journey = two_persona_journey()
    assert all(s.text != "Chat widget" for s in suggestions(journey, journey.personas[1].id))


def test_suggestions_already_on_the_map_are_left_out():
    journey = two_persona_journey()
    ana = journey.personas[0]
    ana.empathy_map.does.append(Note(text="compares  models"))
    texts = {(s.section, s.text) for s in suggestions(journey, ana.id)}
    assert ("does", "Compares models") not in texts
    assert ("thinks", "Is this the right size?") in texts


def test_every_suggestion_names_where_it_comes_from():
    journey = two_persona_journey()
    for s in suggestions(journey, journey.personas[0].id):
        assert s.source


def test_canvas_numbers_its_sections_and_every_section_has_a_one_line_prompt():
    canvas = sections_for(EmpathyStyle.CANVAS)
    assert [(s.number, s.heading) for s in canvas[:5]] == [
        (2, "Goal"), (3, "See"), (4, "Say"), (5, "Do"), (6, "Hear")]
    assert {s.key for s in canvas if s.number == 7} == {"thinks", "feels", "pains", "gains"}
    hear = next(s for s in canvas if s.key == "hears")
    assert hear.prompt == "What are they hearing others say?"
    quadrants = [s.heading for s in sections_for(EmpathyStyle.QUADRANTS)]
    assert quadrants == ["Says", "Thinks", "Does", "Feels"]
    for s in canvas + sections_for(EmpathyStyle.QUADRANTS):
        assert s.prompt and "\n" not in s.prompt and len(s.prompt) < 70
