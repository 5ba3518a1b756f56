"""Regression (issue 15): a personal undo followed by a colleague deleting what it touched crashed
the whole editor inside yrs (``Doc.apply_update`` read freed memory).

Yrs's UndoManager keeps pointers into what it may restore; with garbage collection on, a remote
deletion freed that content and the next update read it. Every replica's shared document now keeps
deleted content (:func:`journeymap.collab.state.shared_doc`), and a binding handed any other
document copies it into one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pycrdt import Doc

from journeymap.collab import MapBinding
from journeymap.collab.state import shared_doc, without_gc
from tests.commands.test_undo_exact import sample

from .replicas import Replicas, is_valid_map

STEPS = Path(__file__).parent / "data" / "undo_then_remote_delete.json"

#: Replays the recorded steps through a MapBinding, several times (freed memory does not always
#: fault: with garbage collection on, about half of the replays crashed the process).
REPLAY = """
import json, sys
from journeymap.collab import MapBinding
from journeymap.collab.state import shared_doc
from tests.collab.replicas import is_valid_map
recorded = json.load(open(sys.argv[1]))
for _ in range(int(sys.argv[2])):
    steps = [(s["kind"], bytes.fromhex(s["update"])) for s in recorded["steps"]]
    ydoc = shared_doc(recorded["client_id"])
    ydoc.apply_update(steps[0][1])
    binding = MapBinding.join(ydoc, causal=False)
    for kind, update in steps[1:]:
        if kind == "mine":
            with binding.local_edit():
                binding.ydoc.apply_update(update)
        elif kind == "undo":
            binding.undo()
        elif kind == "redo":
            binding.redo()
        else:
            assert binding.receive(update)
    assert is_valid_map(binding.document)
print("survived")
"""


def test_an_undo_then_a_colleague_deleting_what_it_touched_never_crashes_the_editor():
    root = Path(__file__).resolve().parents[2]
    # glibc fills freed memory with a pattern, so reading it faults more often than by luck
    env = {**os.environ, "MALLOC_PERTURB_": "165"}
    done = subprocess.run([sys.executable, "-c", REPLAY, str(STEPS), "8"], cwd=root, capture_output=True,
                          text=True, timeout=300, env=env)
    assert done.returncode == 0, f"the replica crashed (exit {done.returncode}): {done.stderr[-2000:]}"
    assert done.stdout.strip() == "survived"


def test_every_replica_keeps_content_a_colleague_deleted_so_undo_never_points_at_freed_memory():
    net = Replicas(sample().journey, n=2)
    mine, theirs = net.bindings
    card = mine.document.journey.lanes[0].cards[0]
    text = "A long note that a colleague will delete " * 50
    mine.document.set_fields(card.id, {"detail": text})
    net.exchange_all()
    theirs.document.remove_card(card.id)
    net.exchange_all()
    assert not mine.document.has(card.id)
    assert text.encode() in mine.update_since(), "the deleted card's text was garbage-collected"


def test_a_document_made_elsewhere_is_copied_into_one_that_keeps_deleted_content():
    shared = MapBinding.share(sample())
    foreign: Doc = Doc(client_id=77)  # garbage collection on, as pycrdt makes them
    foreign.apply_update(shared.update_since())
    joined = MapBinding.join(foreign)
    assert joined.ydoc is not foreign and joined.ydoc.client_id == 77
    assert without_gc(joined.ydoc) is joined.ydoc
    mine = shared_doc(5)
    assert without_gc(mine) is mine
    assert is_valid_map(joined.document)
