"""A card's picture wherever the editor draws one: the canvas, the slides, the inspector.

Decoded once (after its header passes the same checks as a persona photo: a
PNG or JPEG, within the pixel cap) and scaled to what the screen can show, so
a storyboard of fifty 1600-pixel pictures does not hold fifty full-size images
in memory, nor decode them again on each repaint.
"""

from __future__ import annotations

import base64
import binascii
from collections import OrderedDict

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from ..model.limits import MAX_PHOTO_PIXELS
from ..safety import picture_size

#: Decoded pictures kept, by (data, longest side): about 80 MB at the most.
_BUDGET = 80 * 1024 * 1024
_CACHE: OrderedDict[tuple[str, int], QImage | None] = OrderedDict()
_USED = [0]
#: The sizes a picture is kept at (the smallest that covers what is asked): a zoom reuses them.
STEPS = (128, 256, 512, 1024, 1600)


def picture_image(data: str, longest: int = 1024) -> QImage | None:
    """The picture of base64 ``data`` scaled to at most ``longest`` pixels on its long side; None if damaged."""
    longest = next((s for s in STEPS if s >= longest), STEPS[-1])
    key = (data, longest)
    if key in _CACHE:
        _CACHE.move_to_end(key)
        return _CACHE[key]
    image = _decoded(data, longest)
    _CACHE[key] = image
    _USED[0] += image.sizeInBytes() if image is not None else 0
    while _USED[0] > _BUDGET and len(_CACHE) > 1:
        _old_key, old = _CACHE.popitem(last=False)
        _USED[0] -= old.sizeInBytes() if old is not None else 0
    return image


def _decoded(data: str, longest: int) -> QImage | None:
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        return None
    found = picture_size(raw)
    if found is None or found[0] not in ("image/png", "image/jpeg") or not found[1] or not found[2] \
            or found[1] * found[2] > MAX_PHOTO_PIXELS:
        return None
    image = QImage.fromData(raw)
    if image.isNull():
        return None
    if max(image.width(), image.height()) > longest:
        image = image.scaled(longest, longest, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image
