"""A picture on a card: a screenshot, a photo from a store visit, a storyboard sketch.

It is embedded in the file (base64), like a persona photo, so a map stays one
self-contained file; the editor downscales a picture on import (see
``journeymap.safety.picture_import``), so it is always a PNG or a JPEG of at
most :data:`~journeymap.model.limits.MAX_PICTURE_SIDE` pixels on its long side
when it was made by Journeymap. Its alt text is what a screen reader, the
digest and the outline say instead of the picture.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from .limits import MAX_NAME, MAX_PHOTO_BYTES
from .strict import Strict


class Picture(Strict):
    """An embedded PNG or JPEG with its size in pixels and its alt text."""

    media_type: Literal["image/png", "image/jpeg"]
    data: Annotated[str, StringConstraints(max_length=MAX_PHOTO_BYTES * 4 // 3 + 4)]
    width: Annotated[int, Field(ge=1, le=20_000)]
    height: Annotated[int, Field(ge=1, le=20_000)]
    alt: Annotated[str, StringConstraints(max_length=MAX_NAME)] = ""
