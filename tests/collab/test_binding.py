"""Two or three people edit one shared map: what each sees, and what their undo does."""

from __future__ import annotations

from pycrdt import Doc

from journeymap.collab import PERSONAL_UNDO, REMOTE, CollabError, MapBinding
from journeymap.io import dump_map
from journeymap.model import Card, Comment, CommentThread, Document, JourneyMap, Lane, LaneKind
from tests.commands.test_undo_exact import sample

from .replicas import Replicas, dump, is_valid_map, shows_its_projection


def pair() -> tuple[Replicas, Document, Document]:
    net = Replicas(sample().journey, n=2)
    a, b = net.docs()
    return net, a, b


def send(net: Replicas, src: int, dst: int) -> None:
    binding = net.bindings[dst]
    assert binding.receive(net.bindings[src].update_since(binding.ydoc.get_state()))


def test_joining_gives_the_same_map_and_saving_a_copy_gives_the_same_bytes():
    net, a, b = pair()
    assert dump_map(a.journey) == dump_map(b.journey)


def test_a_card_added_here_appears_there_through_change_records_marked_remote():
    net, a, b = pair()
    seen = []
    b.subscribe(seen.append)
    lane, step = a.journey.lanes[0], a.journey.steps()[2]
    with net.bindings[0].local_edit():
        a.add_card(lane.id, Card(step=step.id, text="Compares prices"), 0)
    send(net, 0, 1)
    assert dump(b) == dump(a)
    assert [(c.action, c.kind, c.origin) for c in seen] == [("add", "card", REMOTE)]
    assert b.cell(lane.id, step.id)[0].text == "Compares prices"


def test_my_own_edits_are_written_once_and_never_come_back_as_remote():
    net, a, b = pair()
    seen = []
    a.subscribe(seen.append)
    a.set_fields(None, {"title": "Ours"})
    send(net, 0, 1)
    send(net, 1, 0)
    assert [c.origin for c in seen] == [None]


def test_two_people_moving_one_card_at_once_leave_exactly_one_copy_in_the_same_place():
    net, a, b = pair()
    card = a.journey.lanes[0].cards[0]
    steps = a.journey.steps()
    pains = a.journey.lanes[2]
    a.move_card(card.id, pains.id, steps[3].id, 0)
    b.move_card(card.id, b.journey.lanes[0].id, steps[2].id, 0)
    net.exchange_all()
    assert dump(a) == dump(b)
    copies = [c for lane in a.journey.lanes for c in lane.cards if c.id == card.id]
    assert len(copies) == 1
    assert is_valid_map(a)


def test_a_card_deleted_here_while_edited_there_is_gone_for_both():
    net, a, b = pair()
    card = a.journey.lanes[0].cards[1]
    a.remove_card(card.id)
    b.set_fields(card.id, {"text": "Taps the advert twice"})
    net.exchange_all()
    assert dump(a) == dump(b)
    assert not a.has(card.id) and is_valid_map(b)


def test_two_people_renaming_one_stage_end_with_one_of_the_names_not_a_mix():
    net, a, b = pair()
    stage = a.journey.stages[1].id
    a.set_fields(stage, {"name": "Purchase"})
    b.set_fields(stage, {"name": "Checkout"})
    net.exchange_all()
    assert a.stage(stage).name == b.stage(stage).name
    assert a.stage(stage).name in ("Purchase", "Checkout")


def test_typing_in_different_places_of_one_card_merges_character_by_character():
    net, a, b = pair()
    card = a.journey.lanes[0].cards[2].id
    text = a.card(card).text
    a.set_fields(card, {"text": "Quickly " + text})
    b.set_fields(card, {"text": text + " on the phone"})
    net.exchange_all()
    assert a.card(card).text == b.card(card).text == f"Quickly {text} on the phone"


def test_undo_reverts_only_my_edit_and_a_colleague_sees_it_as_their_remote_change():
    net, a, b = pair()
    card = a.journey.lanes[0].cards[0].id
    old_text = a.card(card).text
    a.set_fields(card, {"text": "Mine"})
    send(net, 0, 1)
    b.set_fields(None, {"title": "Theirs"})
    send(net, 1, 0)
    seen_a, seen_b = [], []
    a.subscribe(seen_a.append)
    b.subscribe(seen_b.append)
    assert net.bindings[0].undo()
    send(net, 0, 1)
    assert a.card(card).text == b.card(card).text == old_text
    assert a.journey.title == b.journey.title == "Theirs"
    assert {c.origin for c in seen_a} == {PERSONAL_UNDO} and {c.origin for c in seen_b} == {REMOTE}
    assert net.bindings[0].redo()
    assert a.card(card).text == "Mine"


def test_one_local_edit_of_several_changes_is_one_undo_step():
    net, a, b = pair()
    before = dump(a)
    stage = a.journey.stages[0].id
    with net.bindings[0].local_edit():
        a.remove_stage(stage)
    assert net.bindings[0].undo()
    assert dump(a) == before
    assert not net.bindings[0].can_undo()


def test_undoing_an_add_after_a_colleague_moved_it_leaves_a_valid_map_on_both():
    net, a, b = pair()
    step = a.journey.steps()[0].id
    lane = a.journey.lanes[0].id
    card = Card(step=step, text="New idea")
    with net.bindings[0].local_edit():
        a.add_card(lane, card)
    send(net, 0, 1)
    b.move_card(card.id, b.journey.lanes[2].id, b.journey.steps()[1].id, 0)
    b.set_fields(card.id, {"text": "New idea, moved"})
    send(net, 1, 0)
    net.bindings[0].undo()
    net.exchange_all()
    assert dump(a) == dump(b)
    for binding in net.bindings:
        assert shows_its_projection(binding) and is_valid_map(binding.document)


def test_comment_threads_and_replies_travel_live():
    net, a, b = pair()
    target = a.journey.lanes[0].cards[0].id
    thread = CommentThread(target=target, comments=[Comment(author="Ana", text="@Ben source?", mentions=["Ben"])])
    a.add_thread(thread)
    send(net, 0, 1)
    b.add_comment(thread.id, Comment(author="Ben", text="Interview 4"))
    b.set_fields(thread.id, {"resolved": True, "resolved_by": "Ben"})
    send(net, 1, 0)
    assert dump(a) == dump(b)
    assert a.thread(thread.id).resolved and [c.author for c in a.thread(thread.id).comments] == ["Ana", "Ben"]


def test_an_emotion_lane_made_while_a_colleague_adds_a_card_to_it_shows_no_cards():
    net, a, b = pair()
    lane = Lane(kind=LaneKind.IDEAS)
    a.add_lane(lane)
    send(net, 0, 1)
    a.set_fields(lane.id, {"kind": LaneKind.EMOTION})
    b.add_card(lane.id, Card(step=b.journey.steps()[0].id, text="Idea"))
    net.exchange_all()
    assert dump(a) == dump(b) and is_valid_map(a)
    assert a.lane(lane.id).cards == []


def test_an_empty_shared_document_is_no_map_to_join():
    try:
        MapBinding.join(Doc())
    except CollabError as e:
        assert "empty" in str(e)
    else:
        raise AssertionError("joined an empty room")


def test_a_map_shared_from_a_blank_document_round_trips():
    binding = MapBinding.share(Document(JourneyMap(title="Blank")))
    ydoc = Doc()
    ydoc.apply_update(binding.update_since())
    assert MapBinding.join(ydoc).document.journey.title == "Blank"
