"""What changed between versions, in words, and merges that meet real conflicts."""

from __future__ import annotations

import json

import pytest

from journeymap.analysis.diff import diff_maps
from journeymap.analysis.diff_render import as_html, as_json, as_text
from journeymap.analysis.edits import apply_edits
from journeymap.analysis.health import check_health
from journeymap.analysis.merge import merge_maps
from journeymap.analysis.resolve import CannotResolve, resolve_edits
from journeymap.io import dump_map, parse_map
from journeymap.model import Card, Document, JourneyMap, Lane, LaneKind, Persona, Score, Stage, Step


def base_map() -> JourneyMap:
    maya = Persona(name="Maya Chen")
    reads = Step(name="Reads reviews")
    pays = Step(name="Pays", scores=[Score(persona=maya.id, value=-1)])
    pains = Lane(kind=LaneKind.PAIN_POINTS, cards=[Card(step=pays.id, text="Checkout is confusing")])
    opportunities = Lane(kind=LaneKind.OPPORTUNITIES, cards=[Card(step=pays.id, text="One-page checkout")])
    return JourneyMap(title="Shop", personas=[maya],
                      stages=[Stage(name="Research", steps=[reads]), Stage(name="Buy", steps=[pays])],
                      lanes=[pains, opportunities])


def copies(j: JourneyMap, n: int = 2) -> list[JourneyMap]:
    return [j.model_copy(deep=True) for _ in range(n)]


def test_the_diff_speaks_the_users_words():
    old = base_map()
    new, = copies(old, 1)
    doc = Document(new)
    pains, opportunities = new.lanes
    card = pains.cards[0]
    doc.move_card(card.id, opportunities.id, card.step)
    maya, pays, reads = new.personas[0], new.stages[1].steps[0], new.stages[0].steps[0]
    doc.set_score(pays.id, maya.id, Score(persona=maya.id, value=2))
    doc.set_fields(reads.id, {"name": "Compares reviews"})
    doc.add_card(pains.id, Card(step=reads.id, text="Fake reviews"))
    doc.set_fields(pays.id, {"moment_of_truth": True})
    texts = [d.text for d in diff_maps(old, new)]
    assert texts == [
        "Step 'Reads reviews' renamed to 'Compares reviews'",
        "Stage 'Research': card 'Fake reviews' added to Pain points at 'Compares reviews'",
        "Step 'Pays' marked as a moment of truth",
        "Maya Chen's score at 'Pays': \u22121 → +2",
        "Stage 'Buy': card 'Checkout is confusing' moved from Pain points to Opportunities",
    ]
    assert diff_maps(old, old.model_copy(deep=True)) == []


def test_removals_reorders_and_the_three_formats():
    old = base_map()
    old.lanes[0].cards.append(Card(step=old.stages[1].steps[0].id, text="Card declined"))
    new, = copies(old, 1)
    doc = Document(new)
    doc.move_stage(new.stages[1].id, 0)
    doc.remove_card(new.lanes[1].cards[0].id)
    cards = new.lanes[0].cards
    doc.move_card(cards[1].id, new.lanes[0].id, cards[1].step, 0)
    differences = diff_maps(old, new)
    assert [(d.action, d.text) for d in differences] == [
        ("moved", "Stage 'Buy' moved (now first)"),
        ("moved", "Stage 'Buy': card 'Card declined' moved (now first)"),
        ("removed", "Stage 'Buy': card 'One-page checkout' removed from Opportunities at 'Pays'"),
    ]
    assert differences[2].place == "lanes[1].cards[0]" and differences[2].in_old
    text = as_text(differences, "old.journey", "new.journey")
    assert text.splitlines()[0] == "old.journey → new.journey: 3 changes: 1 removed, 2 moved"
    doc_json = json.loads(as_json(differences, "a", "b"))
    assert doc_json["changes"][2] == {"action": "removed", "kind": "card", "id": old.lanes[1].cards[0].id,
                                      "place": "lanes[1].cards[0]", "text": differences[2].text, "fields": []}
    page = as_html(diff_maps(old, _renamed(old, "<script>alert(1)</script>")), "a", "b")
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def _renamed(j: JourneyMap, name: str) -> JourneyMap:
    out = j.model_copy(deep=True)
    out.stages[0].name = name
    return out


def test_a_field_changed_differently_is_a_conflict_kept_with_both_values_and_reported():
    base = base_map()
    ours, theirs = copies(base)
    ours.stages[1].steps[0].name = "Pay"
    theirs.stages[1].steps[0].name = "Checkout"
    theirs.lanes[0].cards[0].text = "Checkout is confusing on mobile"
    result = merge_maps(base, ours, theirs)
    merged = result.journey
    assert merged.stages[1].steps[0].name == "Pay"
    assert merged.lanes[0].cards[0].text == "Checkout is confusing on mobile"
    (conflict,) = result.conflicts
    assert (conflict.object, conflict.field, conflict.base, conflict.ours, conflict.theirs) == (
        base.stages[1].steps[0].id, "name", "Pays", "Pay", "Checkout")
    assert conflict.message == ("step 'Pays': name is 'Pay' in this version and 'Checkout' in the other; "
                                "'Pay' is kept")
    assert parse_map(dump_map(merged)).merge_conflicts == [conflict]
    (finding,) = [f for f in check_health(merged) if f.rule == "merge-conflict"]
    assert (finding.level.word, finding.place, finding.obj_id) == ("error", "stages[1].steps[0]", conflict.object)


def test_settling_a_conflict_either_way():
    base = base_map()
    ours, theirs = copies(base)
    ours.stages[1].steps[0].name, theirs.stages[1].steps[0].name = "Pay", "Checkout"
    maya = base.personas[0].id
    ours.stages[1].steps[0].scores[0].value, theirs.stages[1].steps[0].scores[0].value = 1, 3
    merged = merge_maps(base, ours, theirs).journey
    assert [c.field for c in merged.merge_conflicts] == ["name", f"score.{maya}.value"]
    document = Document(merged.model_copy(deep=True))
    apply_edits(document, resolve_edits(document.journey, 1, take_theirs=True))
    assert document.journey.stages[1].steps[0].scores[0].value == 3
    apply_edits(document, resolve_edits(document.journey, 0, take_theirs=False))
    assert document.journey.stages[1].steps[0].name == "Pay"
    assert document.journey.merge_conflicts == []


def test_deleted_on_one_side_edited_on_the_other_is_kept_edited():
    base = base_map()
    ours, theirs = copies(base)
    card_id = base.lanes[0].cards[0].id
    Document(ours).remove_card(card_id)
    theirs.lanes[0].cards[0].text = "Checkout asks for the e-mail twice"
    result = merge_maps(base, ours, theirs)
    assert [c.text for c in result.journey.lanes[0].cards] == ["Checkout asks for the e-mail twice"]
    assert result.conflicts[0].message.startswith("card 'Checkout is confusing' was deleted in this version "
                                                  "but edited in the other version; it is kept")
    with pytest.raises(CannotResolve):
        resolve_edits(result.journey, 0, take_theirs=True)


def test_a_lane_deleted_on_one_side_stays_for_the_card_the_other_side_added_to_it():
    base = base_map()
    ours, theirs = copies(base)
    Document(ours).remove_lane(base.lanes[1].id)
    Document(theirs).add_card(base.lanes[1].id, Card(step=base.stages[0].steps[0].id, text="Show real reviews"))
    result = merge_maps(base, ours, theirs)
    lanes = {lane.id: lane for lane in result.journey.lanes}
    # the lane comes back for the new card; the card this version deleted with it stays deleted
    assert [c.text for c in lanes[base.lanes[1].id].cards] == ["Show real reviews"]
    assert any("still uses it" in c.message for c in result.conflicts)
    assert parse_map(dump_map(result.journey)) == result.journey


def test_both_sides_adding_the_same_tags_and_new_cards_merge_without_conflict():
    base = base_map()
    ours, theirs = copies(base)
    ours.lanes[0].cards[0].tags = ["checkout"]
    theirs.lanes[0].cards[0].tags = ["mobile"]
    Document(ours).add_card(base.lanes[1].id, Card(step=base.stages[1].steps[0].id, text="Apple Pay"))
    Document(theirs).add_card(base.lanes[1].id, Card(step=base.stages[1].steps[0].id, text="Save the card"))
    result = merge_maps(base, ours, theirs)
    assert result.clean
    assert result.journey.lanes[0].cards[0].tags == ["checkout", "mobile"]
    assert [c.text for c in result.journey.lanes[1].cards] == ["One-page checkout", "Apple Pay", "Save the card"]
