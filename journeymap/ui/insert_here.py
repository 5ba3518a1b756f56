"""Add Stage / Step / Lane insert where the user is working, not at the far end of the map.

After the selected object (before it with Shift held), or at the end when
nothing relevant is selected. The new object is selected, scrolled fully into
view and its name opened for typing in place, so the user just types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ..commands import AddLane, AddStage, AddStep
from ..i18n import tr
from ..model import Card, Lane, LaneKind, Stage, Step
from ..model.colours import next_stage_tint

if TYPE_CHECKING:
    from .canvas import MapView
    from .session import EditSession


def shift_held() -> bool:
    """Shift held while clicking the menu entry or toolbar button inserts before the selection.

    The keyboard shortcuts (Ctrl+Shift+G, Ctrl+Shift+T) contain Shift themselves, so a
    Shift that comes with Ctrl does not count: the shortcuts always insert after.
    """
    mods = QApplication.keyboardModifiers()
    return bool(mods & Qt.KeyboardModifier.ShiftModifier) and not mods & Qt.KeyboardModifier.ControlModifier


def _selected_stage_and_step(session: EditSession) -> tuple[str | None, str | None]:
    doc = session.document
    for obj_id in session.selection:
        if not doc.has(obj_id):
            continue
        obj = doc.get(obj_id)
        if isinstance(obj, Stage):
            return obj.id, None
        if isinstance(obj, Step):
            return doc.parent_id(obj.id), obj.id
        if isinstance(obj, Card) and doc.has(obj.step):
            return doc.parent_id(obj.step), obj.step
    return None, None


def _selected_lane(session: EditSession) -> str | None:
    doc = session.document
    for obj_id in session.selection:
        if not doc.has(obj_id):
            continue
        obj = doc.get(obj_id)
        if isinstance(obj, Lane):
            return obj.id
        if isinstance(obj, Card):
            return doc.parent_id(obj.id)
    return None


def insert_stage(session: EditSession, view: MapView, before: bool = False, after: str | None = None) -> str:
    """The one Add stage (menu, toolbar, canvas menu): ``after`` a given stage, else by the selection."""
    doc = session.document
    stages = session.journey.stages
    stage_id = after if after is not None else _selected_stage_and_step(session)[0]
    index = len(stages)
    if stage_id is not None:
        index = doc.slot_of(stage_id).index + (0 if before else 1)
    stage = Stage(name=f"Stage {len(stages) + 1}", colour=next_stage_tint(stages), steps=[Step(name="Step 1")])
    session.push(AddStage(doc, stage, index))
    show_new(session, view, "stage", stage.id)
    return stage.id


def insert_step(session: EditSession, view: MapView, before: bool = False) -> str:
    doc = session.document
    stage_id, step_id = _selected_stage_and_step(session)
    index: int | None = None
    if step_id is not None:
        index = doc.slot_of(step_id).index + (0 if before else 1)
    elif stage_id is not None and before:
        index = 0
    with session.macro(tr("Add step")):
        if stage_id is None:
            stages = session.journey.stages
            if stages:
                stage_id = stages[-1].id
            else:
                stage = Stage(name="Stage 1", colour=next_stage_tint(stages))
                session.push(AddStage(doc, stage))
                stage_id = stage.id
        step = new_step(session, stage_id)
        session.push(AddStep(doc, stage_id, step, index))
    show_new(session, view, "step", step.id)
    return step.id


def new_step(session: EditSession, stage_id: str) -> Step:
    """A new step named by its place ("Step 3"): the one default name, from the menu or the canvas."""
    return Step(name=f"Step {len(session.document.stage(stage_id).steps) + 1}")


def insert_lane(session: EditSession, view: MapView, kind: LaneKind, before: bool = False) -> str:
    doc = session.document
    lane_id = _selected_lane(session)
    index = None if lane_id is None else doc.slot_of(lane_id).index + (0 if before else 1)
    lane = Lane(kind=kind)
    session.push(AddLane(doc, lane, index))
    show_new(session, view, "lane", lane.id)
    return lane.id


def show_new(session: EditSession, view: MapView, kind: str, obj_id: str) -> None:
    """Select the new object, scroll all of it into view and open its name for typing."""
    scene = view.map_scene
    scene.select_ids([obj_id])
    view.reveal_whole(obj_id)
    scene.router.editing.rename(kind, obj_id)
