"""What every map item shares: it shows one layout box and updates from a newer one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem


class MapItem(QGraphicsItem):
    """A view of one box of the layout, placed at the box's top-left corner.

    :meth:`set_box` compares the new box with the old: if only the position
    moved, the item is just moved (no repaint of its content); if its content
    or size changed, Qt is told first (``prepareGeometryChange``) and it repaints.
    """

    kind = ""

    def __init__(self, obj_id: str, box: Any) -> None:
        super().__init__()
        self.obj_id = obj_id
        self._box: Any = None
        self._box_from: Any = None
        self._size = (0.0, 0.0)
        self.set_box(box)

    @property
    def box(self) -> Any:
        """The box shown; after :meth:`move_to` it is read from the layout only when first needed."""
        if self._box_from is not None:
            self._box, self._box_from = self._box_from[self.obj_id], None
        return self._box

    @box.setter
    def box(self, box: Any) -> None:
        self._box, self._box_from = box, None

    def move_to(self, x: float, y: float, boxes: Any) -> None:
        """Move without a look at the new box: its row moved as a whole, so only its place changed.

        ``boxes`` (a mapping by id) hands out the new box when someone asks for it.
        """
        self._box_from = boxes
        self.setPos(x, y)

    # subclasses say where their box's rect is and what makes them look different
    def box_rect(self, box: Any) -> Any:
        return box.rect

    def content_key(self, box: Any) -> object:
        return box

    def set_box(self, box: Any) -> bool:
        """Show ``box``; returns True when the item changed at all."""
        old = self.box
        if old is box or old == box:
            return False
        rect = self.box_rect(box)
        same_look = old is not None and self.content_key(old) == self.content_key(box) \
            and self._size == (rect.w, rect.h)
        if not same_look:
            self.prepareGeometryChange()
        self.box = box
        self._size = (rect.w, rect.h)
        self.setPos(rect.x, rect.y)
        if not same_look:
            self.update()
        return True

    @property
    def origin(self) -> tuple[float, float]:
        """The shift from layout coordinates to this item's own (for drawing TextBlocks)."""
        rect = self.box_rect(self.box)
        return (-rect.x, -rect.y)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        w, h = self._size
        return QRectF(0, 0, w, h)


