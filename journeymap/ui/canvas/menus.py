"""Context menus on cards, headers, lanes and empty cells; every entry is one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from ...model import EvidenceStatus, LaneKind
from . import clipboard

if TYPE_CHECKING:
    from .scene import MapScene

#: Colours offered for stages, lanes and cards: light tints that keep dark text readable.
SWATCHES = {
    "Blue": "#dbe9f6", "Green": "#dcefdc", "Yellow": "#fff3c4", "Orange": "#fde2c8",
    "Red": "#fbd9d5", "Purple": "#e8ddf5", "Grey": "#e8eaed",
}


def _colour_menu(menu: QMenu, scene: MapScene, obj_id: str, allow_default: bool) -> None:
    sub = menu.addMenu("Colour")
    editing = scene.router.editing
    if allow_default:
        sub.addAction("Default", lambda: editing.set_fields(obj_id, {"colour": None}))
    for name, value in SWATCHES.items():
        sub.addAction(name, lambda v=value: editing.set_fields(obj_id, {"colour": v}))


def build_menu(scene: MapScene, pos) -> QMenu:
    """The menu for what is under ``pos`` (a scene point)."""
    menu = QMenu()
    editing = scene.router.editing
    doc = scene.session.document
    item = scene.map_item_at(pos, ("card", "stage", "step", "lane"))
    selection = scene.session.selection
    if item is not None and item.obj_id not in selection:
        scene.select_ids([item.obj_id])
        selection = scene.session.selection
    kind = item.kind if item is not None else ""
    if kind == "card":
        card = doc.card(item.obj_id)
        menu.addAction("Edit text", lambda: editing.edit_card(item.obj_id))
        menu.addAction("Duplicate", lambda: editing.duplicate(selection))
        menu.addAction("Copy", lambda: clipboard.copy_ids(scene, selection))
        menu.addAction("Cut", lambda: clipboard.cut_ids(scene, selection))
        status = menu.addMenu("Evidence")
        for value in EvidenceStatus:
            action = status.addAction(value.value.capitalize(), lambda v=value: editing.set_fields(
                item.obj_id, {"status": v}, "Change evidence status"))
            action.setCheckable(True)
            action.setChecked(card.status == value)
        _colour_menu(menu, scene, item.obj_id, allow_default=True)
        menu.addSeparator()
        menu.addAction("Delete", lambda: editing.delete(selection))
    elif kind == "stage":
        stage = doc.stage(item.obj_id)
        menu.addAction("Rename", lambda: editing.rename("stage", stage.id))
        menu.addAction("Add step", lambda: editing.add_step(stage.id))
        menu.addAction("Add stage after", lambda: editing.add_stage(after=stage.id))
        _colour_menu(menu, scene, stage.id, allow_default=False)
        menu.addSeparator()
        menu.addAction("Delete stage", lambda: editing.delete([stage.id]))
    elif kind == "step":
        step = doc.step(item.obj_id)
        slot = doc.slot_of(step.id)
        menu.addAction("Rename", lambda: editing.rename("step", step.id))
        menu.addAction("Add step after", lambda: editing.add_step(slot.owner, slot.index + 1))
        menu.addAction("Duplicate", lambda: editing.duplicate([step.id]))
        menu.addAction("Copy", lambda: clipboard.copy_ids(scene, [step.id]))
        mot = menu.addAction("Moment of truth", lambda: editing.set_fields(
            step.id, {"moment_of_truth": not step.moment_of_truth}, "Toggle moment of truth"))
        mot.setCheckable(True)
        mot.setChecked(step.moment_of_truth)
        if step.card_width is not None:
            menu.addAction("Reset column width", lambda: scene.router.columns.reset(step.id))
        menu.addSeparator()
        menu.addAction("Delete step", lambda: editing.delete([step.id]))
    elif kind == "lane":
        lane = doc.lane(item.obj_id)
        menu.addAction("Rename", lambda: editing.rename("lane", lane.id))
        kinds = menu.addMenu("Lane kind")
        for value in LaneKind:
            action = kinds.addAction(value.label, lambda v=value: editing.set_fields(
                lane.id, {"kind": v}, "Change lane kind"))
            action.setCheckable(True)
            action.setChecked(lane.kind == value)
        _colour_menu(menu, scene, lane.id, allow_default=True)
        menu.addAction("Hide lane", lambda: editing.set_fields(lane.id, {"hidden": True}))
        add = menu.addMenu("Add lane below")
        for value in LaneKind:
            add.addAction(value.label, lambda v=value: editing.add_lane(v, after=lane.id))
        menu.addSeparator()
        menu.addAction("Delete lane", lambda: editing.delete([lane.id]))
    else:
        cell = scene.cell_at(pos)
        if cell is not None:
            scene.set_focus_cell(cell)
            menu.addAction("Add card", lambda: editing.add_card(cell))
            paste = menu.addAction("Paste", lambda: clipboard.paste(scene))
            paste.setEnabled(clipboard.clipboard_fragment() is not None)
        menu.addAction("Add stage", lambda: editing.add_stage())
        add = menu.addMenu("Add lane")
        for value in LaneKind:
            add.addAction(value.label, lambda v=value: editing.add_lane(v))
    hidden = [lane for lane in doc.journey.lanes if lane.hidden]
    if hidden:
        show = menu.addMenu("Show hidden lane")
        for lane in hidden:
            show.addAction(lane.display_title, lambda lid=lane.id: editing.set_fields(
                lid, {"hidden": False}))
    return menu


def run_menu(menu: QMenu, screen_pos) -> None:
    """Show ``menu`` at a screen point until the user picks or dismisses (tests replace this)."""
    menu.exec(screen_pos)


def show_context_menu(scene: MapScene, event) -> None:
    scene.router.editing.close_editor(commit=True)
    menu = build_menu(scene, event.scenePos())
    run_menu(menu, event.screenPos())
    event.accept()
