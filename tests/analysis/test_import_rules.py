"""What an import does with bad data, repeated data, a newer wave, aggregates and a mapping file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from journeymap.analysis.edits import AddCard, SetScore, apply_edits
from journeymap.analysis.mapping import Mapping, MappingError, load_mapping, mapping_to_toml
from journeymap.analysis.research import read_and_plan
from journeymap.model import Card, Document, JourneyMap, LaneKind, Persona, Score, Stage, Step

MAY = datetime(2026, 5, 31, 9, 0, tzinfo=UTC)
JUNE = datetime(2026, 6, 30, 9, 0, tzinfo=UTC)


def small_map() -> JourneyMap:
    maya, tom = Persona(name="Maya Chen"), Persona(name="Tom Okafor")
    buy = Stage(name="Buy", steps=[Step(name="Adds to basket"), Step(name="Pays")])
    get = Stage(name="Receive", steps=[Step(name="Tracks the parcel")])
    return JourneyMap(title="Small", personas=[maya, tom], stages=[buy, get])


def write(tmp_path: Path, text: str, name: str = "data.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def imported(journey: JourneyMap, path: Path, mapping: Mapping | None = None, when: datetime = MAY):
    plan = read_and_plan(journey, path, mapping or Mapping(), when=when)
    document = Document(journey)
    if plan.ok:
        apply_edits(document, plan.edits)
    return plan, document.journey


GOOD = ("Step,Persona,Rating,NPS,Comment\n"
        "Pays,Maya Chen,4,9,Quick\n"
        "Pays,Maya Chen,5,10,\n"
        "Pays,Tom Okafor,2,3,Card declined twice\n"
        "Adds to basket,Maya Chen,3,7,\n")


def test_an_unknown_step_is_named_with_its_row_and_nothing_is_imported(tmp_path):
    journey = small_map()
    before = journey.model_dump()
    rows = GOOD + "".join("Pays,Maya Chen,4,8,\n" for _ in range(208)) + "Checkout,Maya Chen,2,5,\n"
    plan, after = imported(journey, write(tmp_path, rows))
    assert [str(p) for p in plan.blocking] == ["row 214: 'Checkout' is not a step of this map"]
    assert not plan.ok and plan.edits == []
    assert after.model_dump() == before


def test_a_word_where_a_number_belongs_is_named_with_row_and_column(tmp_path):
    plan, _ = imported(small_map(), write(tmp_path, GOOD + "Pays,Tom Okafor,3,eleven,\n"))
    assert [str(p) for p in plan.problems] == ["row 6, column NPS: 'eleven' is not a number"]


def test_out_of_range_answers_are_problems_not_clamped(tmp_path):
    plan, _ = imported(small_map(), write(tmp_path, "Step,Persona,NPS,CSAT,CES\nPays,Maya Chen,11,6,0\n"))
    assert [str(p) for p in plan.problems] == [
        "row 2, column NPS: 11 is not a whole number from 0 to 10",
        "row 2, column CSAT: 6 is not an answer from 1 to 5",
        "row 2, column CES: 0 is not an answer from 1 to 7"]


def test_unmatched_rows_are_listed_and_can_be_left_out_on_request(tmp_path):
    data = write(tmp_path, GOOD + "Checkout,Maya Chen,2,5,\n,Maya Chen,2,5,\nPays,Young pros,3,5,\n")
    plan, _ = imported(small_map(), data)
    assert [str(p) for p in plan.blocking] == [
        "row 6: 'Checkout' is not a step of this map",
        "row 7: no step (the Step column is empty)",
        "row 8: 'Young pros' is not a persona of this map"]
    plan, after = imported(small_map(), data, Mapping(skip_unmatched=True))
    assert plan.ok and len(plan.unmatched) == 3
    record = after.research.imports[-1]
    assert (record.rows, record.skipped) == (7, 3)


def test_the_mapping_sends_values_to_steps_and_personas(tmp_path):
    data = write(tmp_path, "Journey step;Segment;Score\nCheckout page;Young pros;5\nCheckout page;Young pros;3\n")
    mapping = Mapping(steps={"Checkout page": "Buy / Pays"}, personas={"Young pros": "Maya Chen"},
                      rating_scale=(1, 5))
    plan, after = imported(small_map(), data, mapping)
    assert plan.ok
    pays = after.stages[0].steps[1]
    assert [(s.persona, s.mean, s.sample_size) for s in pays.scores] == [(after.personas[0].id, 1.5, 2)]


def test_a_value_mapped_to_nothing_in_the_map_says_so(tmp_path):
    data = write(tmp_path, "Step,Persona,Rating\nCheckout page,Maya Chen,4\n")
    plan, _ = imported(small_map(), data, Mapping(steps={"Checkout page": "Payment"}))
    assert [str(p) for p in plan.blocking] == [
        "row 2: the mapping sends 'Checkout page' to 'Payment', which is not a step of this map"]


def test_importing_the_same_data_twice_changes_nothing_the_second_time(tmp_path):
    data = write(tmp_path, GOOD)
    _, once = imported(small_map(), data)
    frozen = once.model_dump()
    plan, twice = imported(once, data, when=JUNE)
    assert plan.ok and plan.edits == []
    assert plan.already is not None and plan.already.date == MAY
    assert twice.model_dump() == frozen
    assert len(twice.research.imports) == 1


def test_a_newer_wave_updates_values_and_keeps_the_history(tmp_path):
    _, may = imported(small_map(), write(tmp_path, GOOD, "may.csv"))
    june_data = write(tmp_path, "Step,Persona,Rating\nPays,Maya Chen,1\nPays,Maya Chen,2\n", "june.csv")
    plan, june = imported(may, june_data, Mapping(name="June wave", rating_scale=(1, 5)), when=JUNE)
    assert plan.ok
    assert [(r.name, r.date) for r in june.research.imports] == [("may", MAY), ("June wave", JUNE)]
    pays = june.stages[0].steps[1]
    maya = next(s for s in pays.scores if s.persona == june.personas[0].id)
    assert (maya.mean, maya.sample_size, maya.source.name, maya.source.date) == (-2.25, 2, "June wave", JUNE)
    tom = next(s for s in pays.scores if s.persona == june.personas[1].id)
    assert tom.source.name == "may"  # not in the June data: the May measurement stands
    basket = june.stages[0].steps[0]
    assert basket.metrics.nps.sample_size == 1  # the June file has no NPS: May's figure stands


def test_a_hand_edit_after_an_import_makes_the_score_manual_again(tmp_path):
    _, journey = imported(small_map(), write(tmp_path, GOOD))
    score = journey.stages[0].steps[1].scores[0]
    assert score.measured and score.sample_size == 2
    by_hand = score.set_by_hand("as_is", -1)
    assert (by_hand.source, by_hand.sample_size, by_hand.mean, by_hand.interval) == ("manual", None, None, None)
    assert score.set_by_hand("to_be", 2).measured  # a to-be target says nothing about the measurement


def test_labels_and_targets_set_by_hand_survive_an_import(tmp_path):
    journey = small_map()
    maya = journey.personas[0].id
    journey.stages[0].steps[1].scores = [Score(persona=maya, value=-1, label="Annoyed", target=2)]
    _, after = imported(journey, write(tmp_path, GOOD))
    score = after.stages[0].steps[1].scores[0]
    assert (score.label, score.target, score.sample_size) == ("Annoyed", 2, 2)


def test_ratings_need_a_persona_when_the_map_has_several(tmp_path):
    data = write(tmp_path, "Step,Rating\nPays,4\n")
    plan, _ = imported(small_map(), data)
    assert [str(p) for p in plan.problems] == [
        "the data has no persona column and the map has 2 personas: choose whose ratings these are "
        "(default_persona)"]
    plan, after = imported(small_map(), data, Mapping(default_persona="Tom Okafor"))
    assert plan.ok and after.stages[0].steps[1].scores[0].persona == after.personas[1].id


def test_aggregated_rows_carry_their_own_n_and_spread(tmp_path):
    data = write(tmp_path, "Step,Persona,Mean rating,SD,n,NPS,CSAT\n"
                           "Pays,Maya Chen,4.2,0.8,120,32,84%\n"
                           "Pays,Tom Okafor,3.1,1.1,80,10,70%\n")
    plan, after = imported(small_map(), data, Mapping(columns={"rating": "Mean rating"}, rating_scale=(1, 5)))
    assert plan.ok and plan.aggregate
    pays = after.stages[0].steps[1]
    maya = pays.scores[0]
    assert (maya.sample_size, maya.mean) == (120, pytest.approx(1.8))
    half = 1.980 * 0.8 / 120 ** 0.5 * 1.5  # t(119) from a table; 1-5 -> -3..+3 stretches by 1.5
    assert maya.interval.low == pytest.approx(1.8 - half, abs=2e-3)
    assert pays.metrics.nps.value == pytest.approx(round((32 * 120 + 10 * 80) / 200, 1))
    assert pays.metrics.nps.sample_size == 200
    assert pays.metrics.csat.value == pytest.approx(round((84 * 120 + 70 * 80) / 200, 1))


def test_an_aggregated_csat_written_as_a_mean_is_refused(tmp_path):
    data = write(tmp_path, "Step,n,CSAT\nPays,120,4.2\n")
    plan, _ = imported(small_map(), data)
    assert [str(p) for p in plan.problems] == [
        "row 2, column CSAT: 4.2 looks like a mean on 1–5; an aggregated CSAT is the percentage satisfied "
        "(for example 84%)"]


def test_an_import_that_fails_half_way_leaves_the_map_as_it_was(tmp_path):
    journey = small_map()
    plan = read_and_plan(journey, write(tmp_path, GOOD), Mapping(), when=MAY)
    document = Document(journey)
    before = journey.model_dump()
    broken = [*plan.edits[:3], AddCard("no-such-lane", Card(step=journey.stages[0].steps[0].id, text="x")),
              *plan.edits[3:]]
    with pytest.raises(ValueError):
        apply_edits(document, broken)
    assert document.journey.model_dump() == before


def test_a_score_edit_off_the_scale_in_a_batch_takes_back_the_rest(tmp_path):
    journey = small_map()
    maya = journey.personas[0].id
    document = Document(journey)
    before = journey.model_dump()
    with pytest.raises(ValueError):
        apply_edits(document, [SetScore(journey.stages[0].steps[0].id, maya, Score(persona=maya, value=1)),
                               SetScore(journey.stages[0].steps[1].id, maya, Score(persona=maya, value=9))])
    assert document.journey.model_dump() == before


def test_verbatims_go_into_an_evidence_lane_made_for_them_once(tmp_path):
    journey = small_map()
    _, after = imported(journey, write(tmp_path, GOOD))
    lanes = [lane for lane in after.lanes if lane.kind is LaneKind.EVIDENCE]
    assert len(lanes) == 1
    assert {(c.text, tuple(c.tags)) for c in lanes[0].cards} == {
        ("Quick", ("Maya Chen",)), ("Card declined twice", ("Tom Okafor",))}
    assert all("row " in c.detail for c in lanes[0].cards)


def test_a_mapping_file_round_trips_and_bad_keys_are_named(tmp_path):
    mapping = Mapping(name="Q3", sheet="Responses", columns={"step": "Journey step", "ces": ""},
                      rating_scale=(1.0, 7.0), steps={"Checkout": "Pays"}, personas={"Pros": "Maya Chen"},
                      max_verbatims=2, skip_unmatched=True, default_persona="Maya Chen")
    path = tmp_path / "m.toml"
    path.write_text(mapping_to_toml(mapping), "utf-8")
    assert load_mapping(path) == mapping
    path.write_text('colums = {step = "x"}\n[scales]\nrating = [5, 1]\n', "utf-8")
    with pytest.raises(MappingError) as info:
        load_mapping(path)
    assert info.value.problems == [
        "colums: unknown key (known: columns, default_persona, header_row, name, personas, scales, "
        "sheet, skip_unmatched, steps, verbatims)",
        "[scales] rating: must be [lowest, highest], e.g. [1, 5]"]
    path.write_text("name = [", "utf-8")
    with pytest.raises(MappingError, match="is not valid TOML"):
        load_mapping(path)


def test_the_verbatim_limit_counts_the_cards_already_made_so_the_same_data_gives_the_same_cards(tmp_path):
    quotes = "".join(f"Pays,Maya Chen,4,Quote {k}\n" for k in range(4))
    first = write(tmp_path, "Step,Persona,Rating,Comment\n" + quotes, "may.csv")
    plan, once = imported(small_map(), first, Mapping(max_verbatims=2))
    assert [c.text for c in plan.cards] == ["Quote 0", "Quote 1"]
    assert "2 more verbatims were not made into cards (at most 2 per step and persona" in " ".join(plan.notes)
    again = write(tmp_path, "Step,Persona,Rating,Comment\r\n" + quotes.replace("\n", "\r\n"), "may-copy.csv")
    plan, twice = imported(once, again, Mapping(max_verbatims=2), when=JUNE)  # other bytes, same answers
    assert plan.ok and plan.cards == []
    assert "2 verbatims are already cards in the Evidence lane" in " ".join(plan.notes)
