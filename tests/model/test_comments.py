"""Comment threads in the model: stored in the file, edited through the Document, undone exactly."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from journeymap.io import dump_map, parse_map
from journeymap.model import (
    Comment,
    CommentThread,
    DocumentError,
    find_mentions,
    new_id,
    open_threads,
    reference_problems,
)
from tests.commands.test_undo_exact import sample

WHEN = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def thread_on(target: str, text: str = "Is this observed or assumed?", author: str = "Ana") -> CommentThread:
    return CommentThread(target=target, comments=[Comment(author=author, created=WHEN, text=text)])


def test_a_v1_file_without_threads_loads_with_none_and_saves_them_as_an_empty_list():
    doc = sample()
    raw = dump_map(doc.journey).replace(b'"schema_version": 2', b'"schema_version": 1')
    raw = raw.replace(b',\n  "threads": []\n}', b"\n}")
    assert b"threads" not in raw
    journey = parse_map(raw)
    assert journey.threads == [] and journey.schema_version == 2
    assert b'"threads": []' in dump_map(journey)


def test_threads_with_replies_mentions_and_resolution_round_trip_through_the_file():
    doc = sample()
    card = doc.journey.lanes[0].cards[0]
    thread = thread_on(card.id, "@Ben can you check the ad copy?")
    thread.comments.append(Comment(author="Ben", created=WHEN, text="Done", mentions=[]))
    thread.resolved, thread.resolved_by, thread.resolved_at = True, "Ana", WHEN
    doc.add_thread(thread)
    again = parse_map(dump_map(doc.journey))
    assert again.threads == doc.journey.threads
    assert again.threads[0].author == "Ana"


def test_a_thread_on_a_missing_object_is_named_with_its_place():
    doc = sample()
    journey = doc.journey.model_copy(deep=True)
    journey.threads.append(thread_on(new_id()))
    problems = reference_problems(journey)
    assert [p.place for p in problems] == ["threads[0].target"]


def test_the_document_refuses_a_thread_on_nothing_and_an_empty_thread():
    doc = sample()
    with pytest.raises(DocumentError):
        doc.add_thread(thread_on(new_id()))
    with pytest.raises(DocumentError):
        doc.add_thread(CommentThread(target=doc.journey.stages[0].id))


def test_deleting_a_card_takes_its_threads_and_undo_brings_both_back_in_place():
    doc = sample()
    cards = doc.journey.lanes[0].cards
    doc.add_thread(thread_on(cards[1].id, "first"))
    doc.add_thread(thread_on(cards[0].id, "second"))
    doc.add_thread(thread_on(cards[1].id, "third"))
    before = doc.journey.model_dump()
    removal = doc.remove_card(cards[1].id)
    assert [t.comments[0].text for t in doc.journey.threads] == ["second"]
    doc.restore(removal)
    assert doc.journey.model_dump() == before
    doc.take(removal)
    doc.restore(removal)
    assert doc.journey.model_dump() == before


@pytest.mark.parametrize("kind", ["stage", "step", "persona", "lane"])
def test_deleting_what_a_thread_is_on_or_holds_takes_the_thread_and_undo_restores_it(kind):
    doc = sample()
    j = doc.journey
    stage = j.stages[0]
    step = stage.steps[0]
    card_in_step = next(c for c in j.lanes[0].cards if c.step == step.id)
    targets = {"stage": (stage.id, doc.remove_stage), "step": (card_in_step.id, doc.remove_step),
               "persona": (j.personas[0].id, doc.remove_persona), "lane": (card_in_step.id, doc.remove_lane)}
    target, remove = targets[kind]
    doc.add_thread(thread_on(target))
    before = j.model_dump()
    removal = remove({"stage": stage.id, "step": step.id, "persona": j.personas[0].id, "lane": j.lanes[0].id}[kind])
    assert j.threads == []
    assert reference_problems(j) == []
    doc.restore(removal)
    assert j.model_dump() == before


def test_replies_edits_and_resolution_emit_change_records_of_their_own_kind():
    doc = sample()
    seen = []
    doc.subscribe(seen.append)
    thread = thread_on(doc.journey.stages[1].id)
    doc.add_thread(thread)
    reply = Comment(author="Ben", created=WHEN, text="Agreed")
    doc.add_comment(thread.id, reply)
    doc.set_fields(reply.id, {"text": "Agreed, see @Ana"})
    doc.set_fields(thread.id, {"resolved": True, "resolved_by": "Ben"})
    assert [(c.action, c.kind) for c in seen] == [("add", "thread"), ("add", "comment"),
                                                   ("update", "comment"), ("update", "thread")]
    assert open_threads(doc.journey.threads) == []


def test_the_opening_comment_goes_only_with_its_thread():
    doc = sample()
    thread = thread_on(doc.journey.stages[1].id)
    doc.add_thread(thread)
    with pytest.raises(DocumentError):
        doc.remove_comment(thread.comments[0].id)


def test_changes_made_while_acting_for_a_colleague_carry_that_origin():
    doc = sample()
    seen = []
    doc.subscribe(seen.append)
    with doc.acting_for("remote"):
        doc.add_thread(thread_on(doc.journey.stages[0].id))
        doc.set_fields(None, {"title": "Shared"}, origin="mine")
    doc.set_fields(None, {"title": "Local"})
    assert [c.origin for c in seen] == ["remote", "mine", None]


@pytest.mark.parametrize(("text", "expected"), [
    ("@Ben please check", ["Ben"]),
    ("thanks @mary-jane van der berg and @Ben!", ["Mary-Jane van der Berg", "Ben"]),
    ("mail ana@example.com", []),
    ("@Nobody here", []),
    ("@Ben @Ben", ["Ben"]),
])
def test_mentions_are_the_known_names_after_an_at_sign(text, expected):
    assert find_mentions(text, ["Ben", "Mary-Jane van der Berg", "Ana"]) == expected
