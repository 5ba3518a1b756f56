"""A persona's face wherever the editor shows one: the slides, the empathy board, the persona form.

One rule for initials and one decoder for photos, so every view agrees on a
persona's initials and a photo is decoded once (after its header passes the
safety check), not again on each repaint or each edit of the persona.
"""

from __future__ import annotations

import base64

from PySide6.QtGui import QImage, QPixmap

from ..model.journey_map import Photo, initials  # noqa: F401 - the views' one rule for initials
from ..safety import check_photo
from ..safety.photo_decode import photo_damage

_PHOTOS: dict[str, QImage | None] = {}


def _decode(raw: bytes) -> QImage:
    return QImage.fromData(raw)


def photo_image(photo: Photo | None) -> QImage | None:
    """The decoded picture, or None; nothing is decoded unless check_photo finds no problem with the header."""
    if photo is None:
        return None
    if photo.data not in _PHOTOS:
        image = None
        if not check_photo(photo) and photo_damage(photo) is None:  # the one rule: damaged means initials
            decoded = _decode(base64.b64decode(photo.data))
            image = None if decoded.isNull() else decoded
        if len(_PHOTOS) > 16:
            _PHOTOS.clear()
        _PHOTOS[photo.data] = image
    return _PHOTOS[photo.data]


def photo_pixmap(photo: Photo | None) -> QPixmap:
    """The photo for a widget; a null pixmap when there is none or it cannot be decoded."""
    image = photo_image(photo)
    return QPixmap() if image is None else QPixmap.fromImage(image)
