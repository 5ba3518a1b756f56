"""Channel icons from resources/icons/channels, rendered as vectors at any zoom."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgRenderer

from ....model import CHANNELS
from ....resources import resource_path

_ID_OF_NAME = {name: cid for cid, name in CHANNELS.items()}


def channel_id(name_or_id: str) -> str:
    """The icon id for a channel's display name or id; unknown channels use 'custom'."""
    if name_or_id in CHANNELS:
        return name_or_id
    return _ID_OF_NAME.get(name_or_id, "custom")


@cache
def _renderer(icon: str) -> QSvgRenderer | None:
    path = resource_path("icons", "channels", f"{icon}.svg")
    if not path.is_file():
        return None
    renderer = QSvgRenderer(str(path))
    return renderer if renderer.isValid() else None


def draw_channel_icon(painter: QPainter, channel: str, rect: QRectF) -> bool:
    """Draw the channel's icon into ``rect``; False when there is no icon file."""
    renderer = _renderer(channel_id(channel)) or _renderer("custom")
    if renderer is None:
        return False
    renderer.render(painter, rect)
    return True
