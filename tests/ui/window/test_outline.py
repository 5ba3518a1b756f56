"""The outline follows every kind of edit row by row: the right tree, and no rebuild.

For each edit, its undo and its redo, the tree must read exactly like an
outline freshly built from the same map, while the rows the edit did not touch
stay the very same row objects (a rebuild would make them all anew, lose what
the user had expanded and jump the scroll bar to the top).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from journeymap.commands import (
    AddCard,
    AddLane,
    AddPersona,
    AddStage,
    AddStep,
    MoveCard,
    MoveStep,
    Remove,
    Reorder,
    SetFields,
    SetScore,
)
from journeymap.commands.replace_map import ReplaceMap
from journeymap.model import Card, Lane, LaneKind, Persona, Score, Stage, Step
from journeymap.ui.panels.outline import OutlinePanel
from journeymap.ui.session import EditSession
from tests.ui.canvas.maps import canvas_map

ID = Qt.ItemDataRole.UserRole


def tree_text(item: QTreeWidgetItem) -> tuple:
    """A row as (text, tooltip, id, children), all the way down."""
    return (item.text(0), item.toolTip(0), item.data(0, ID),
            tuple(tree_text(item.child(k)) for k in range(item.childCount())))


def outline_text(panel: OutlinePanel) -> tuple:
    tree = panel.tree
    return tuple(tree_text(tree.topLevelItem(k)) for k in range(tree.topLevelItemCount()))


def rows_by_id(panel: OutlinePanel) -> dict[str, QTreeWidgetItem]:
    out: dict[str, QTreeWidgetItem] = {}
    stack = [panel.tree.topLevelItem(k) for k in range(panel.tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        out[item.data(0, ID)] = item
        stack.extend(item.child(k) for k in range(item.childCount()))
    return out


@pytest.fixture
def session(qtbot) -> EditSession:
    return EditSession(canvas_map())


@pytest.fixture
def outline(qtbot, session) -> OutlinePanel:
    panel = OutlinePanel(session)
    qtbot.addWidget(panel)
    return panel


def fresh(qtbot, session: EditSession) -> tuple:
    panel = OutlinePanel(session)
    qtbot.addWidget(panel)
    return outline_text(panel)


Edit = Callable[[EditSession], tuple[object, set[str]]]  # -> (command, ids whose rows may be new)


def _steps(s: EditSession) -> list[Step]:
    return s.journey.steps()


EDITS: dict[str, Edit] = {
    "add persona": lambda s: (AddPersona(s.document, (p := Persona(name="Cleo")), 1), {p.id}),
    "remove persona": lambda s: (Remove(s.document, s.journey.personas[0].id), set()),
    "move persona": lambda s: (Reorder(s.document, s.journey.personas[0].id, 1), {s.journey.personas[0].id}),
    "rename persona": lambda s: (SetFields(s.document, s.journey.personas[1].id, {"role": "Buyer"}), set()),
    "add stage with steps": lambda s: (
        AddStage(s.document, (st := Stage(name="Use", steps=[Step(name="Unbox"), Step(name="Set up")])), 1),
        {st.id, *(x.id for x in st.steps)}),
    "remove stage with cards": lambda s: (Remove(s.document, s.journey.stages[0].id), set()),
    "move stage": lambda s: (Reorder(s.document, s.journey.stages[1].id, 0),
                             {s.journey.stages[1].id, *(x.id for x in s.journey.stages[1].steps)}),
    "rename stage": lambda s: (SetFields(s.document, s.journey.stages[0].id, {"name": "Notice"}), set()),
    "add step": lambda s: (AddStep(s.document, s.journey.stages[1].id, (x := Step(name="Wait")), 1), {x.id}),
    "remove step with cards": lambda s: (Remove(s.document, _steps(s)[0].id), set()),
    "move step to another stage": lambda s: (
        MoveStep(s.document, _steps(s)[0].id, s.journey.stages[1].id, 2), {_steps(s)[0].id}),
    "move step within its stage": lambda s: (
        MoveStep(s.document, _steps(s)[3].id, s.journey.stages[1].id, 0), {_steps(s)[3].id}),
    "mark a moment of truth": lambda s: (SetFields(s.document, _steps(s)[1].id, {"moment_of_truth": True}),
                                         set()),
    "add lane with cards": lambda s: (
        AddLane(s.document, (ln := Lane(kind=LaneKind.THOUGHTS, cards=[Card(step=_steps(s)[1].id, text="Hm")])),
                2),
        {ln.id, ln.cards[0].id}),
    "remove lane with cards": lambda s: (Remove(s.document, s.journey.lanes[0].id), set()),
    "move lane": lambda s: (Reorder(s.document, s.journey.lanes[0].id, 3),
                            {s.journey.lanes[0].id, *(c.id for c in s.journey.lanes[0].cards)}),
    "hide lane": lambda s: (SetFields(s.document, s.journey.lanes[1].id, {"hidden": True}), set()),
    "add card": lambda s: (AddCard(s.document, s.journey.lanes[0].id, (c := Card(step=_steps(s)[2].id,
                                                                                text="New"))), {c.id}),
    "remove card": lambda s: (Remove(s.document, s.journey.lanes[0].cards[1].id), set()),
    "move card to another lane": lambda s: (
        MoveCard(s.document, s.journey.lanes[0].cards[0].id, s.journey.lanes[3].id, _steps(s)[2].id, 0),
        {s.journey.lanes[0].cards[0].id}),
    "move card within its cell": lambda s: (
        MoveCard(s.document, s.journey.lanes[0].cards[1].id, s.journey.lanes[0].id, _steps(s)[0].id, 0),
        {s.journey.lanes[0].cards[1].id}),
    "edit card text": lambda s: (SetFields(s.document, s.journey.lanes[2].cards[0].id if s.journey.lanes[2].cards
                                           else s.journey.lanes[0].cards[2].id, {"text": "Reads stars"}), set()),
    "rename map": lambda s: (SetFields(s.document, None, {"title": "Renamed journey"}), set()),
    "change a score": lambda s: (SetScore(s.document, _steps(s)[1].id, s.journey.personas[0].id,
                                          Score(persona=s.journey.personas[0].id, value=3)), set()),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_each_edit_its_undo_and_redo_update_rows_in_place(qtbot, session, outline, name):
    before = outline_text(outline)
    rows = rows_by_id(outline)
    command, new_ids = EDITS[name](session)
    session.push(command)
    edited = outline_text(outline)
    assert edited == fresh(qtbot, session)
    assert name in ("change a score",) or edited != before  # the edit shows
    after = rows_by_id(outline)
    for key, item in after.items():
        if key not in new_ids and key in rows:
            assert item is rows[key], f"{name}: the row of {item.text(0)!r} was rebuilt"

    session.undo_stack.undo()
    assert outline_text(outline) == before
    for key, item in rows_by_id(outline).items():
        if key not in new_ids and key in after:
            assert item is after[key], f"undo {name}: the row of {item.text(0)!r} was rebuilt"

    session.undo_stack.redo()
    assert outline_text(outline) == edited


def test_restoring_another_version_reads_like_a_fresh_outline(qtbot, session, outline):
    other = canvas_map()
    other.title = "Other version"
    session.push(ReplaceMap(session.document, other))
    assert outline_text(outline) == fresh(qtbot, session)
    session.undo_stack.undo()
    assert outline_text(outline) == fresh(qtbot, session)


def test_an_edit_keeps_what_is_expanded_selected_and_scrolled_to(qtbot, session, outline):
    doc = session.document
    outline.resize(300, 120)
    outline.show()
    qtbot.waitExposed(outline)
    lanes = session.journey.lanes
    stage = session.journey.stages[0]
    outline.item_for(lanes[0].id).setExpanded(True)
    outline.item_for(stage.id).setExpanded(False)
    card = lanes[0].cards[2]
    outline.tree.setCurrentItem(outline.item_for(card.id))
    assert session.selection == (card.id,)
    bar = outline.tree.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())

    session.push(AddStep(doc, session.journey.stages[1].id, Step(name="Wait")))
    session.push(AddCard(doc, lanes[3].id, Card(step=session.journey.steps()[0].id, text="Later")))
    session.push(Reorder(doc, lanes[0].id, 2))

    assert bar.value() == bar.maximum()
    assert outline.item_for(lanes[2].id).isExpanded()  # the moved lane: lanes[0] is now third
    assert not outline.item_for(stage.id).isExpanded()
    assert [i.data(0, ID) for i in outline.tree.selectedItems()] == [card.id]
    assert outline.tree.currentItem() is outline.item_for(card.id)


def test_undo_of_a_delete_opens_the_row_as_it_was(qtbot, session, outline):
    lane = session.journey.lanes[0]
    outline.item_for(lane.id).setExpanded(True)
    session.push(Remove(session.document, lane.id))
    assert outline.item_for(lane.id) is None
    session.undo_stack.undo()
    assert outline.item_for(lane.id).isExpanded()
    assert [outline.item_for(lane.id).child(k).data(0, ID) for k in range(4)] == [c.id for c in lane.cards]


def test_selecting_a_row_after_edits_still_selects_the_object(qtbot, session, outline):
    step = Step(name="Compare")
    session.push(AddStep(session.document, session.journey.stages[0].id, step, 0))
    outline.tree.setCurrentItem(outline.item_for(step.id))
    assert session.selection == (step.id,)
