"""The whole text of a card whose face does not show all of it, as a tooltip.

A card face is cut to the canvas's line limit (a "more" mark says so), and far
out every card is greeked; hovering such a card shows its whole text, its detail,
and where it sits, without opening the inspector.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

from ...i18n import tr
from .fonts import GREEK_BELOW_PX

if TYPE_CHECKING:
    from .scene import MapScene

TIP_CHARACTERS = 1_500  # a tooltip is a glance, not a reader: the inspector holds the rest


def card_tip(scene: MapScene, pos: QPointF, pixels_per_point: float) -> str | None:
    """The tooltip for the card under scene point ``pos``; None when its face shows all its text."""
    item = scene.map_item_at(pos, ("card",))
    if item is None:
        return None
    box = scene.layout.cards.get(item.obj_id)
    if box is None:
        return None
    greeked = box.text.size * pixels_per_point < GREEK_BELOW_PX
    if box.more is None and not greeked:
        return None
    card = scene.session.document.card(item.obj_id)
    text = card.text
    if card.detail:
        text += "\n\n" + card.detail
    if len(text) > TIP_CHARACTERS:
        text = text[:TIP_CHARACTERS].rstrip() + "\u2026 " + tr("(the rest is in the inspector)")
    return text
