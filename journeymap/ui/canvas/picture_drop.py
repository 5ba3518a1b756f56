"""A picture dragged onto the canvas: onto a card (its picture), or into a cell (a new card with it).

While the drag is over the map the card or cell it would land in is outlined;
the drop asks what :func:`journeymap.ui.picture_flow.ask_picture` asks, then
makes one undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsRectItem

from ...i18n import ntr
from ..picture_flow import ask_picture, carries_picture, picture_files, put_picture
from . import style

if TYPE_CHECKING:
    from .view import MapView

_MARKS: dict[int, QGraphicsRectItem] = {}


def target_at(view: MapView, scene_pos: QPointF) -> tuple[str | None, tuple[str, str] | None, QRectF | None]:
    """(card id, cell, outline) where a picture dropped at ``scene_pos`` would go."""
    scene = view.map_scene
    layout = scene.layout
    card_id = layout.card_at(scene_pos.x(), scene_pos.y())
    if card_id is not None:
        r = layout.cards[card_id].rect
        return card_id, None, QRectF(r.x, r.y, r.w, r.h)
    cell = scene.cell_at(scene_pos)
    emotion = layout.emotion
    if cell is None or (emotion is not None and cell[0] == emotion.lane_id):
        return None, None, None
    r = layout.cells[cell]
    return None, cell, QRectF(r.x + 2, r.y + 2, r.w - 4, r.h - 4)


def _mark(view: MapView, rect: QRectF | None) -> None:
    mark = _MARKS.get(id(view))
    if mark is None or mark.scene() is not view.map_scene:
        mark = QGraphicsRectItem()
        mark.setPen(QPen(style.DROP_INDICATOR, 2.5, Qt.PenStyle.DashLine))
        mark.setZValue(70)
        mark.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        view.map_scene.addItem(mark)
        _MARKS[id(view)] = mark
    mark.setVisible(rect is not None)
    if rect is not None:
        mark.setRect(rect)


def clear_target(view: MapView) -> None:
    _mark(view, None)


def accept_drag(view: MapView, event) -> bool:
    """Take a drag that carries a picture, and outline where it would land."""
    mime = event.mimeData()
    if mime is None or not carries_picture(mime):
        return False
    _card, _cell, rect = target_at(view, view.mapToScene(event.position().toPoint()))
    _mark(view, rect)
    event.setDropAction(Qt.DropAction.CopyAction)
    event.accept()
    return True


def drop(view: MapView, event) -> bool:
    mime = event.mimeData()
    clear_target(view)
    if mime is None or not carries_picture(mime):
        return False
    event.setDropAction(Qt.DropAction.CopyAction)
    event.accept()
    card_id, cell, _rect = target_at(view, view.mapToScene(event.position().toPoint()))
    if card_id is None and cell is None:
        return True
    files = picture_files(mime)
    if len(files) > 1:  # several frames of a storyboard: a new card each, in the cell, one undo step
        if cell is None and card_id is not None:
            box = view.map_scene.layout.cards[card_id]
            cell = (box.lane_id, box.step_id)
        add_pictures(view, files, cell)
        return True
    source = files[0] if files else mime.imageData()
    picture = ask_picture(view.window(), view.session.document, source)
    if picture is None:
        return True
    made = put_picture(view.session, picture, card_id=card_id, cell=cell)
    if made is not None:
        view.map_scene.select_ids([made])
    return True


def add_pictures(view: MapView, files: list, cell: tuple[str, str] | None) -> list[str]:
    """One new card per picture file in ``cell``, in the files' order: one undo step for them all."""
    pictures = [p for p in (ask_picture(view.window(), view.session.document, f) for f in files) if p is not None]
    if not pictures or cell is None:
        return []
    made: list[str] = []
    with view.session.macro(ntr("Add {n} picture", "Add {n} pictures", len(pictures)).format(n=len(pictures))):
        for picture in pictures:
            card_id = put_picture(view.session, picture, cell=cell)
            if card_id is not None:
                made.append(card_id)
    view.map_scene.select_ids(made)
    return made
