"""A card's picture wherever the editor draws one: the canvas, the slides, the inspector.

Decoded once (after the header passes the safety check) and scaled to what
the screen can show, so a storyboard of fifty 1600-pixel pictures does not
hold fifty full-size images in memory, nor decode them again on each repaint.
"""

from __future__ import annotations

import base64
from collections import OrderedDict

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from ..model.picture import Picture
from ..safety import check_photo

#: Decoded pictures kept, by (data, longest side): about 60 MB at the most.
_BUDGET = 60 * 1024 * 1024
_CACHE: OrderedDict[tuple[str, int], QImage | None] = OrderedDict()
_USED = [0]


def picture_image(picture: Picture | None, longest: int = 1024) -> QImage | None:
    """The picture decoded and scaled to at most ``longest`` pixels on its long side; None if damaged."""
    if picture is None:
        return None
    key = (picture.data, longest)
    if key in _CACHE:
        _CACHE.move_to_end(key)
        return _CACHE[key]
    image = None
    if not check_photo(picture):
        decoded = QImage.fromData(base64.b64decode(picture.data))
        if not decoded.isNull():
            if max(decoded.width(), decoded.height()) > longest:
                decoded = decoded.scaled(longest, longest, Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation)
            image = decoded
    _CACHE[key] = image
    _USED[0] += image.sizeInBytes() if image is not None else 0
    while _USED[0] > _BUDGET and len(_CACHE) > 1:
        _old_key, old = _CACHE.popitem(last=False)
        _USED[0] -= old.sizeInBytes() if old is not None else 0
    return image
