"""Context menus on cards, headers, lanes and empty cells; every entry is one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QMenu

from ...i18n import N_, tr
from ...layout import CARD_TINTS
from ...model import CHANNELS, Card, EvidenceStatus, LaneKind
from .items.icons import channel_icon

if TYPE_CHECKING:
    from .scene import MapScene

#: Colours offered for stages, lanes and cards: light tints that keep dark text readable.
SWATCHES = {
    N_("Blue"): "#dbe9f6", N_("Green"): "#dcefdc", N_("Yellow"): "#fff3c4", N_("Orange"): "#fde2c8",
    N_("Red"): "#fbd9d5", N_("Purple"): "#e8ddf5", N_("Grey"): "#e8eaed",
}
#: How the menu names each evidence status (the file keeps the lower-case value).
EVIDENCE_NAMES = {EvidenceStatus.OBSERVED: N_("Observed"), EvidenceStatus.ASSUMED: N_("Assumed"),
                  EvidenceStatus.PROPOSED: N_("Proposed")}


def swatch_icon(colour: str, size: int = 16) -> QIcon:
    """A rounded square of ``colour`` with a thin outline, so light tints show on a light menu."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#5f6b7a"), 1.0))
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRectF(1.5, 1.5, size - 3, size - 3), 3, 3)
    painter.end()
    return QIcon(pixmap)


def _colour_menu(menu: QMenu, scene: MapScene, obj_id: str, allow_default: bool) -> None:
    """Colour: each choice shows its swatch; the current one is ticked; Default shows the colour it gives."""
    sub = menu.addMenu(tr("Colour"))
    editing = scene.router.editing
    doc = scene.session.document
    current = getattr(doc.get(obj_id), "colour", None)
    if allow_default:
        default = _default_colour(scene, obj_id)
        action = sub.addAction(swatch_icon(default), tr("Default"), lambda: editing.set_fields(obj_id, {"colour": None}))
        action.setCheckable(True)
        action.setChecked(current is None)
        sub.addSeparator()
    for name, value in SWATCHES.items():
        action = sub.addAction(swatch_icon(value), tr(name), lambda v=value: editing.set_fields(obj_id, {"colour": v}))
        action.setCheckable(True)
        action.setChecked((current or "").lower() == value)


def _channel_menu(menu: QMenu, scene: MapScene, card_id: str) -> None:
    """Channel: each known channel with its icon; the card's own is ticked (a custom one is listed too)."""
    sub = menu.addMenu(tr("Channel"))
    editing = scene.router.editing
    current = scene.session.document.card(card_id).channel
    ink = sub.palette().color(QPalette.ColorRole.Text).name()
    choices = [("", tr("None")), *((key, tr(name)) for key, name in CHANNELS.items())]
    if current and current not in CHANNELS:
        choices.append((current, current))
    for key, name in choices:
        action = sub.addAction(name, lambda k=key: editing.set_fields(card_id, {"channel": k}))
        if key:
            action.setIcon(channel_icon(key, ink))
        action.setCheckable(True)
        action.setChecked(current == key)
        if not key:
            sub.addSeparator()


def _default_colour(scene: MapScene, obj_id: str) -> str:
    """What "Default" gives: a card takes its lane's colour, a lane its kind's tint."""
    doc = scene.session.document
    obj = doc.get(obj_id)
    lane = doc.lane(doc.parent_id(obj_id)) if isinstance(obj, Card) else obj
    return (lane.colour if isinstance(obj, Card) and lane.colour else None) or CARD_TINTS.get(lane.kind, "#ffffff")


def _comment_entry(menu: QMenu, scene: MapScene, obj_id: str) -> None:
    """"Add comment…", where the window offers comments (it sets ``scene.add_comment``)."""
    add = getattr(scene, "add_comment", None)
    if add is not None:
        menu.addAction(tr("Add comment…"), lambda: add(obj_id))


def build_menu(scene: MapScene, pos) -> QMenu:
    """The menu for what is under ``pos`` (a scene point)."""
    from . import clipboard  # copying and pasting load when a context menu first opens, not with the canvas

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
        menu.addAction(tr("Edit text"), lambda: editing.edit_card(item.obj_id))
        menu.addAction(tr("Duplicate"), lambda: editing.duplicate(selection))
        menu.addAction(tr("Copy"), lambda: clipboard.copy_ids(scene, selection))
        menu.addAction(tr("Cut"), lambda: clipboard.cut_ids(scene, selection))
        status = menu.addMenu(tr("Evidence"))
        for value in EvidenceStatus:
            action = status.addAction(tr(EVIDENCE_NAMES[value]), lambda v=value: editing.set_fields(
                item.obj_id, {"status": v}, tr("Change evidence status")))
            action.setCheckable(True)
            action.setChecked(card.status == value)
        _channel_menu(menu, scene, item.obj_id)
        _colour_menu(menu, scene, item.obj_id, allow_default=True)
        _comment_entry(menu, scene, item.obj_id)
        menu.addSeparator()
        menu.addAction(tr("Delete"), lambda: editing.delete(selection))
    elif kind == "stage":
        stage = doc.stage(item.obj_id)
        menu.addAction(tr("Rename"), lambda: editing.rename("stage", stage.id))
        menu.addAction(tr("Add step"), lambda: editing.add_step(stage.id))
        menu.addAction(tr("Add stage after"), lambda: editing.add_stage(after=stage.id))
        _colour_menu(menu, scene, stage.id, allow_default=False)
        _comment_entry(menu, scene, stage.id)
        menu.addSeparator()
        menu.addAction(tr("Delete stage"), lambda: editing.delete([stage.id]))
    elif kind == "step":
        step = doc.step(item.obj_id)
        slot = doc.slot_of(step.id)
        menu.addAction(tr("Rename"), lambda: editing.rename("step", step.id))
        menu.addAction(tr("Add step after"), lambda: editing.add_step(slot.owner, slot.index + 1))
        menu.addAction(tr("Duplicate"), lambda: editing.duplicate([step.id]))
        menu.addAction(tr("Copy"), lambda: clipboard.copy_ids(scene, [step.id]))
        mot = menu.addAction(tr("Moment of truth"), lambda: editing.set_fields(
            step.id, {"moment_of_truth": not step.moment_of_truth}, tr("Toggle moment of truth")))
        mot.setCheckable(True)
        mot.setChecked(step.moment_of_truth)
        if step.card_width is not None:
            menu.addAction(tr("Reset column width"), lambda: scene.router.columns.reset(step.id))
        _comment_entry(menu, scene, step.id)
        menu.addSeparator()
        menu.addAction(tr("Delete step"), lambda: editing.delete([step.id]))
    elif kind == "lane":
        lane = doc.lane(item.obj_id)
        menu.addAction(tr("Rename"), lambda: editing.rename("lane", lane.id))
        kinds = menu.addMenu(tr("Lane kind"))
        for value in LaneKind:
            action = kinds.addAction(tr(value.label), lambda v=value: editing.set_fields(
                lane.id, {"kind": v}, tr("Change lane kind")))
            action.setCheckable(True)
            action.setChecked(lane.kind == value)
        _colour_menu(menu, scene, lane.id, allow_default=True)
        menu.addAction(tr("Hide lane"), lambda: editing.set_fields(lane.id, {"hidden": True}))
        add = menu.addMenu(tr("Add lane below"))
        for value in LaneKind:
            add.addAction(tr(value.label), lambda v=value: editing.add_lane(v, after=lane.id))
        menu.addSeparator()
        menu.addAction(tr("Delete lane"), lambda: editing.delete([lane.id]))
    else:
        cell = scene.cell_at(pos)
        if cell is not None:
            scene.set_focus_cell(cell)
            menu.addAction(tr("Add card"), lambda: editing.add_card(cell))
            paste = menu.addAction(tr("Paste"), lambda: clipboard.paste(scene))
            paste.setEnabled(clipboard.clipboard_fragment() is not None)
        menu.addAction(tr("Add stage"), lambda: editing.add_stage())
        add = menu.addMenu(tr("Add lane"))
        for value in LaneKind:
            add.addAction(tr(value.label), lambda v=value: editing.add_lane(v))
    hidden = [lane for lane in doc.journey.lanes if lane.hidden]
    if hidden:
        show = menu.addMenu(tr("Show hidden lane"))
        for lane in hidden:
            show.addAction(lane.title_in(doc.journey.language), lambda lid=lane.id: editing.set_fields(
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
