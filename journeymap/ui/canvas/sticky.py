"""Where a pinned header's name goes when its band is partly scrolled off to the left (no Qt).

A stage band can be many columns wide; scrolled sideways, its left edge (and the
name printed there) slides under the pinned lane-title column. The name then
follows the visible part of the band, so the reader always sees which stage the
columns on screen belong to, and is shortened with an ellipsis when little of the
band is left.
"""

from __future__ import annotations

from dataclasses import replace

from ...layout import Rect, TextBlock
from ...layout.text import ELLIPSIS, elide, wrapped

__all__ = ["ELLIPSIS", "elide", "sticky_title"]

def sticky_title(title: TextBlock, band: Rect, visible_left: float, pad: float) -> TextBlock | None:
    """``title`` moved right to ``visible_left`` when the band's left edge is further left.

    The block stays inside the band (less ``pad`` on the right) and keeps its
    number of lines (the band's height is fixed): the name is wrapped again to the
    room left, and what does not fit is cut with an ellipsis. ``None`` when not
    even an ellipsis fits.
    """
    x = max(title.rect.x, visible_left + pad)
    if x == title.rect.x or not title.lines:
        return title
    room = band.right - pad - x
    if room <= 0:
        return None
    face = title.font
    n = len(title.lines)
    lines = list(wrapped(title.text, face, title.size, room)) or [""]
    if len(lines) > n:
        lines = lines[:n - 1] + [elide(" ".join(lines[n - 1:]), face, title.size, room)]
    lines = [elide(line, face, title.size, room) for line in lines]
    if not any(lines):
        return None
    return replace(title, rect=Rect(x, title.rect.y, room, title.rect.h), lines=tuple(lines), align="left")
