"""Channel icons from resources/icons/channels, rendered as vectors at any zoom, in any ink.

The files are drawn in one dark ink; a card draws its channel in the card's own ink
(dark on light tints, white on dark fills) and a picker in the palette's text colour,
so the same file serves both without a second set.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ....layout.paint.channel_icons import FILE_INK, channel_id
from ....resources import resource_path

__all__ = ["FILE_INK", "channel_icon", "channel_id", "draw_channel_icon"]


@cache
def _svg(icon: str) -> str | None:
    path = resource_path("icons", "channels", f"{icon}.svg")
    return path.read_text(encoding="utf-8") if path.is_file() else None


@cache
def _renderer(icon: str, ink: str = FILE_INK) -> QSvgRenderer | None:
    text = _svg(icon)
    if text is None:
        return None
    renderer = QSvgRenderer(QByteArray(text.replace(FILE_INK, ink).encode("utf-8")))
    return renderer if renderer.isValid() else None


def draw_channel_icon(painter: QPainter, channel: str, rect: QRectF, ink: str = FILE_INK) -> bool:
    """Draw the channel's icon into ``rect`` in ``ink``; False when there is no icon file."""
    renderer = _renderer(channel_id(channel), ink) or _renderer("custom", ink)
    if renderer is None:
        return False
    renderer.render(painter, rect)
    return True


@cache
def channel_icon(channel: str, ink: str = FILE_INK, size: int = 16) -> QIcon:
    """The channel's icon for menus, lists and combo boxes (sharp on high-density screens)."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_channel_icon(painter, channel, QRectF(0, 0, size, size), ink)
    painter.end()
    return QIcon(pixmap)
