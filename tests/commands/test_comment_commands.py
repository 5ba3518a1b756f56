"""Every comment command is one undo step; undo gives back the identical map, redo the edited one."""

from __future__ import annotations

from datetime import UTC, datetime

from journeymap.commands import (
    DeleteComment,
    DeleteThread,
    EditComment,
    Remove,
    Reply,
    ResolveThread,
    StartThread,
)
from journeymap.model import Comment, CommentThread

from .test_undo_exact import sample
from .undo import push_undo_redo

WHEN = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def with_thread():
    doc = sample()
    thread = CommentThread(target=doc.journey.lanes[0].cards[0].id,
                           comments=[Comment(author="Ana", created=WHEN, text="Source?"),
                                     Comment(author="Ben", created=WHEN, text="Interview 3")])
    doc.add_thread(thread)
    return doc, thread


def test_starting_a_thread_on_a_step():
    doc = sample()
    thread = CommentThread(target=doc.journey.stages[0].steps[1].id,
                           comments=[Comment(author="Ana", created=WHEN, text="Merge with the next step?")])
    push_undo_redo(doc, StartThread(doc, thread))
    assert doc.threads_on(thread.target)[0].comments[0].text == "Merge with the next step?"


def test_replying():
    doc, thread = with_thread()
    push_undo_redo(doc, Reply(doc, thread.id, Comment(author="Cy", created=WHEN, text="@Ana ok", mentions=["Ana"])))
    assert [c.author for c in doc.thread(thread.id).comments] == ["Ana", "Ben", "Cy"]


def test_editing_a_comment_marks_it_edited():
    doc, thread = with_thread()
    push_undo_redo(doc, EditComment(doc, thread.comments[1].id, "Interview 3 and 5", [], when=WHEN))
    assert doc.comment(thread.comments[1].id).edited == WHEN


def test_resolving_and_reopening():
    doc, thread = with_thread()
    push_undo_redo(doc, ResolveThread(doc, thread.id, True, by="Ana", when=WHEN))
    assert doc.thread(thread.id).resolved_by == "Ana"
    push_undo_redo(doc, ResolveThread(doc, thread.id, False))
    assert not doc.thread(thread.id).resolved


def test_deleting_a_reply_and_deleting_the_last_comment_deletes_the_thread():
    doc, thread = with_thread()
    push_undo_redo(doc, DeleteComment(doc, thread.comments[1].id))
    push_undo_redo(doc, DeleteComment(doc, thread.comments[0].id))
    assert doc.journey.threads == []


def test_deleting_a_thread_and_the_generic_delete():
    doc, thread = with_thread()
    push_undo_redo(doc, DeleteThread(doc, thread.id))
    doc, thread = with_thread()
    push_undo_redo(doc, Remove(doc, thread.id))


def test_deleting_a_commented_card_with_the_generic_delete_brings_the_thread_back_on_undo():
    doc, thread = with_thread()
    push_undo_redo(doc, Remove(doc, thread.target))
    assert doc.journey.threads == []


def test_restoring_a_version_with_threads_brings_its_threads_and_undo_the_current_ones():
    from journeymap.commands.replace_map import ReplaceMap

    doc, thread = with_thread()
    older = doc.journey.model_copy(deep=True)
    older.threads[0].comments[0].text = "Older question"
    doc.remove_thread(thread.id)
    push_undo_redo(doc, ReplaceMap(doc, older))
    assert doc.journey.threads[0].comments[0].text == "Older question"
