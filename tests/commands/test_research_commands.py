"""The batch commands: a research import and a settled merge conflict, each one exact undo step."""

from __future__ import annotations

import pytest

from journeymap.analysis.edits import AddCard as AddCardEdit
from journeymap.analysis.edits import SetFields as SetFieldsEdit
from journeymap.analysis.mapping import Mapping
from journeymap.analysis.merge import merge_maps
from journeymap.analysis.research import read_and_plan
from journeymap.analysis.resolve import resolve_edits
from journeymap.commands.research import ApplyEdits, ImportResearch
from journeymap.model import Card, Document
from tests.analysis.test_diff_merge import base_map
from tests.analysis.test_import_rules import GOOD, small_map

from .undo import push_undo_redo


def test_an_import_is_one_exact_undo_step(tmp_path):
    path = tmp_path / "may.csv"
    path.write_text(GOOD, "utf-8")
    doc = Document(small_map())
    plan = read_and_plan(doc.journey, path, Mapping())
    command = ImportResearch(doc, plan.edits, plan.name)
    assert command.text() == "Import research “may”"
    push_undo_redo(doc, command)
    assert doc.journey.research.imports[0].name == "may"


def test_settling_a_conflict_is_one_exact_undo_step():
    base = base_map()
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    ours.lanes[0].cards[0].text, theirs.lanes[0].cards[0].text = "Ours", "Theirs"
    doc = Document(merge_maps(base, ours, theirs).journey)
    push_undo_redo(doc, ApplyEdits(doc, resolve_edits(doc.journey, 0, take_theirs=True), "Use theirs"))
    assert doc.journey.lanes[0].cards[0].text == "Theirs"


def test_a_batch_that_cannot_apply_is_refused_before_it_reaches_the_undo_stack():
    doc = Document(small_map())
    before = doc.journey.model_dump()
    edits = [SetFieldsEdit(None, {"title": "New"}),
             AddCardEdit("no-such-lane", Card(step=doc.journey.stages[0].steps[0].id, text="x"))]
    with pytest.raises(ValueError):
        ApplyEdits(doc, edits, "Broken")
    assert doc.journey.model_dump() == before
