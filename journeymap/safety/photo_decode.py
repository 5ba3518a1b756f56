"""Persona photos decoded in full, once, and made as small as they are printed.

The header check (:mod:`.photos`) keeps a hostile file from asking for 40 GB
before anything decodes; it cannot see a picture whose header is fine but
whose data is broken, which used to pass ``validate`` and then fail the
empathy PDF with "broken data stream". So a photo is decoded completely here
(its pixel count already capped by the header check) and one rule holds
everywhere: a damaged photo is reported by ``validate`` and left out, with a
warning, wherever the map is drawn; the persona's initials stand in. The
map itself still opens, and the photo's bytes are kept in the file.

A print never gets more pixels than it can show: a 12-megapixel photo in a
4 cm circle is scaled to 300 dpi first (ReportLab would otherwise hold the
whole decoded picture in memory, 640 MB for one 311 kB JPEG).
"""

from __future__ import annotations

import base64
import binascii
import io
import math
from functools import lru_cache
from typing import TYPE_CHECKING

from ..model.journey_map import JourneyMap, Photo
from ..model.problems import Problem
from .photos import check_photo

if TYPE_CHECKING:  # Pillow is imported only when a photo is decoded
    from PIL.Image import Image

PRINT_DPI = 300
DAMAGED = "the image data is damaged"


def _open_whole(data: str) -> Image | None:
    """The fully decoded picture of base64 ``data`` (every byte read, not only the header), or None if damaged."""
    from PIL import Image

    try:
        raw = base64.b64decode(data, validate=True)
        image = Image.open(io.BytesIO(raw))
        image.load()
        return image
    except (OSError, ValueError, SyntaxError, binascii.Error, Image.DecompressionBombError):
        return None


@lru_cache(maxsize=64)
def _decodes(data: str) -> bool:
    image = _open_whole(data)
    if image is None:
        return False
    image.close()
    return True


def photo_damage(photo: Photo) -> str | None:
    """Why the photo cannot be drawn (header or data), or None when it decodes completely."""
    header = check_photo(photo)
    if header:
        return header[0].message
    return None if _decodes(photo.data) else DAMAGED


def damaged_photo_problems(journey: JourneyMap) -> list[Problem]:
    """One problem per photo or card picture whose header is fine but whose data does not decode."""
    problems = [Problem(f"personas[{i}].photo", f"{DAMAGED}; prints and the editor show the initials instead")
                for i, persona in enumerate(journey.personas)
                if persona.photo is not None and not check_photo(persona.photo) and not _decodes(persona.photo.data)]
    for n, lane in enumerate(journey.lanes):
        for c, card in enumerate(lane.cards):
            picture = card.picture
            if picture is not None and not check_photo(picture) and not _decodes(picture.data):
                problems.append(Problem(f"lanes[{n}].cards[{c}].picture",
                                        f"{DAMAGED}; prints and the editor show its alt text instead"))
    return problems


def fitted(data: bytes, media_type: str, width_px: int, height_px: int) -> tuple[str, bytes] | None:
    """(media type, bytes) of a picture no larger than ``width_px`` x ``height_px`` pixels; None if damaged.

    A picture already that small (or smaller: a print is never upsampled) is
    handed back as it is; a larger one is scaled down, keeping its proportions.
    The PDF player prints every picture through this, at 300 dpi of its printed size.
    """
    return _fitted(data, media_type, max(1, width_px), max(1, height_px))


@lru_cache(maxsize=128)
def _fitted(data: bytes, media_type: str, width_px: int, height_px: int) -> tuple[str, bytes] | None:
    from PIL import Image

    try:
        opened = Image.open(io.BytesIO(data))
        if opened.width <= width_px and opened.height <= height_px:
            opened.load()
            return media_type, data
        k = max(width_px / opened.width, height_px / opened.height)  # cover the box: never fewer pixels than it needs
        if k >= 1:
            opened.load()
            return media_type, data
        image = opened.resize((max(1, round(opened.width * k)), max(1, round(opened.height * k))), resample=3)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None
    out = io.BytesIO()
    if media_type == "image/png":
        image.convert("RGBA" if "A" in image.mode or image.mode == "P" else "RGB").save(out, "PNG")
        return "image/png", out.getvalue()
    image.convert("RGB").save(out, "JPEG", quality=90)
    return "image/jpeg", out.getvalue()


def print_ready(photo: Photo, diameter_pt: float, dpi: int = PRINT_DPI) -> tuple[str, bytes] | None:
    """(media type, bytes) of the photo scaled to fill a circle ``diameter_pt`` points wide at ``dpi``; None if damaged."""
    if check_photo(photo):
        return None
    return _scaled(photo.data, photo.media_type, max(1, math.ceil(diameter_pt / 72 * dpi)))


@lru_cache(maxsize=32)
def _scaled(data: str, media_type: str, pixels: int) -> tuple[str, bytes] | None:
    image = _open_whole(data) if _decodes(data) else None
    if image is None:
        return None
    short = min(image.size)
    if short > pixels:
        k = pixels / short
        image = image.resize((max(1, round(image.width * k)), max(1, round(image.height * k))), resample=3)
    out = io.BytesIO()
    if media_type == "image/png":
        image.convert("RGBA" if "A" in image.mode or image.mode == "P" else "RGB").save(out, "PNG")
        return "image/png", out.getvalue()
    image.convert("RGB").save(out, "JPEG", quality=90)
    return "image/jpeg", out.getvalue()
