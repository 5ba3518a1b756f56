"""Copy, cut and paste of cards and steps through the system clipboard.

Two formats go on the clipboard together: the Journeymap fragment (JSON, so a
paste into this or another map keeps every field) and plain text (so a paste
into a document or e-mail gives readable lines). Pasting plain text from
elsewhere makes one card per line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from ...commands.clipboard import (
    FRAGMENT_MIME,
    Fragment,
    FragmentError,
    PasteFragment,
    PlacedCard,
    dump_fragment,
    fragment_of,
    fragment_text,
    parse_fragment,
)
from ...model import Card, Step
from ...model.limits import MAX_TEXT

if TYPE_CHECKING:
    from .scene import MapScene

MAX_PASTED_LINES = 200


def copy_ids(scene: MapScene, ids: list[str] | tuple[str, ...]) -> bool:
    """Put the cards and steps among ``ids`` on the clipboard; False if there were none."""
    doc = scene.session.document
    fragment = fragment_of(doc, ids)
    if fragment.is_empty():
        return False
    mime = QMimeData()
    mime.setData(FRAGMENT_MIME, dump_fragment(fragment, doc.journey.id))
    mime.setText(fragment_text(fragment))
    QGuiApplication.clipboard().setMimeData(mime)
    return True


def cut_ids(scene: MapScene, ids: list[str] | tuple[str, ...]) -> bool:
    if not copy_ids(scene, ids):
        return False
    scene.router.editing.delete(ids)
    return True


def clipboard_fragment() -> Fragment | None:
    """What the clipboard offers to paste: a fragment, or cards made from its text lines."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None:
        return None
    if mime.hasFormat(FRAGMENT_MIME):
        try:
            return parse_fragment(bytes(mime.data(FRAGMENT_MIME).data()))
        except FragmentError:
            pass
    if mime.hasText():
        lines = [line.strip().removeprefix("- ").strip() for line in mime.text().splitlines()]
        lines = [line[:MAX_TEXT] for line in lines if line][:MAX_PASTED_LINES]
        if lines:
            return Fragment(cards=[PlacedCard("", "", Card(step="00000000-0000-0000-0000-000000000000", text=t))
                                   for t in lines])
    return None


def paste_picture(scene: MapScene) -> list[str] | None:
    """A picture on the clipboard (copied from a browser, a screenshot tool or a file manager): onto the one
    selected card, else onto a new card in the focused cell. None when the clipboard holds no picture."""
    from ..picture_flow import ask_picture, picture_files, put_picture

    mime = QGuiApplication.clipboard().mimeData()
    if mime is None or mime.hasFormat(FRAGMENT_MIME):
        return None
    files = picture_files(mime)
    if not files and not mime.hasImage():
        return None
    doc = scene.session.document
    cards = [i for i in scene.session.selection if doc.has(i) and isinstance(doc.get(i), Card)]
    views = scene.views()
    picture = ask_picture(views[0].window() if views else None, doc, files[0] if files else mime.imageData())
    if picture is None:
        return []
    made = put_picture(scene.session, picture, card_id=cards[0] if len(cards) == 1 else None,
                       cell=scene.focus_cell)
    if made is None:
        return []
    scene.select_ids([made])
    return [made]


def paste(scene: MapScene) -> list[str]:
    """Paste into the focused cell (cards) and after the focused step (steps), as one undo step."""
    pictured = paste_picture(scene)
    if pictured is not None:
        return pictured
    fragment = clipboard_fragment()
    if fragment is None or fragment.is_empty():
        return []
    doc = scene.session.document
    cell = scene.focus_cell
    stage = None
    anchor_step = _anchor_step(scene)
    if anchor_step is not None:
        slot = doc.slot_of(anchor_step)
        stage = (slot.owner, slot.index + 1)
    elif doc.journey.stages:
        stage = (doc.journey.stages[-1].id, len(doc.journey.stages[-1].steps))
    command = PasteFragment(doc, fragment, cell=cell, stage=stage)
    if command.isObsolete():
        return []
    scene.router.editing.push(command)
    new = command.new_ids
    scene.select_ids(new)
    return new


def _anchor_step(scene: MapScene) -> str | None:
    doc = scene.session.document
    for obj_id in reversed(scene.session.selection):
        if doc.has(obj_id) and isinstance(doc.get(obj_id), Step):
            return obj_id
    return scene.focus_cell[1] if scene.focus_cell is not None else None
