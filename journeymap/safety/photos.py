"""Embedded photos, checked from their first bytes before any image library sees them.

A hostile file can hold a few hundred bytes that claim a 100,000 x 100,000
pixel picture; decoding it would ask for 40 GB of memory. So the type is
taken from the magic bytes (not from ``media_type``), and the size from the
PNG IHDR chunk or the JPEG SOF segment, and both are checked against what
the map says and against :data:`MAX_PHOTO_PIXELS`. Nothing here decodes pixels.
"""

from __future__ import annotations

import base64
import binascii
import struct

from ..model.journey_map import JourneyMap, Photo
from ..model.limits import MAX_PHOTO_PIXELS
from ..model.problems import Problem

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"
_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
_STANDALONE = {0x01, *range(0xD0, 0xD9)}


def picture_size(data: bytes) -> tuple[str, int, int] | None:
    """(media type, width, height) read from a PNG or JPEG header; None if it is neither or is cut short."""
    if data.startswith(PNG_MAGIC):
        if len(data) < 24 or data[12:16] != b"IHDR":
            return None
        width, height = struct.unpack(">II", data[16:24])
        return "image/png", width, height
    if data.startswith(JPEG_MAGIC):
        return _jpeg_size(data)
    return None


def _jpeg_size(data: bytes) -> tuple[str, int, int] | None:
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in _STANDALONE:
            at += 2
            continue
        if marker == 0xD9 or marker == 0xDA:  # end of image, or scan data before any frame header
            return None
        (length,) = struct.unpack(">H", data[at + 2:at + 4])
        if length < 2:
            return None
        if marker in _SOF:
            if at + 9 > len(data):
                return None
            height, width = struct.unpack(">HH", data[at + 5:at + 9])
            return "image/jpeg", width, height
        at += 2 + length
    return None


def check_photo(photo: Photo, place: str = "photo") -> list[Problem]:
    """What is wrong with an embedded photo, read from its header only; empty when it is safe to decode."""
    try:
        raw = base64.b64decode(photo.data, validate=True)
    except (binascii.Error, ValueError):
        return [Problem(f"{place}.data", "the picture data is not valid base64")]
    found = picture_size(raw)
    if found is None:
        return [Problem(f"{place}.data", "the picture is not a PNG or JPEG image (or it is cut short)")]
    kind, width, height = found
    problems = []
    if kind != photo.media_type:
        problems.append(Problem(f"{place}.media_type", f"says {photo.media_type} but the data is {kind}"))
    if width == 0 or height == 0:
        problems.append(Problem(f"{place}.data", "the picture claims to have no pixels"))
    elif width * height > MAX_PHOTO_PIXELS:
        problems.append(Problem(
            f"{place}.data",
            f"the picture claims {width} x {height} pixels, over the limit of "
            f"{MAX_PHOTO_PIXELS / 1e6:.0f} megapixels; it was not opened",
        ))
    elif (width, height) not in ((photo.width, photo.height), (photo.height, photo.width)):
        problems.append(Problem(
            f"{place}.width", f"says {photo.width} x {photo.height} but the picture is {width} x {height}",
        ))
    return problems


def photo_problems(journey: JourneyMap) -> list[Problem]:
    """Problems of every embedded photo in a map, named by where the photo is."""
    problems: list[Problem] = []
    for p, persona in enumerate(journey.personas):
        if persona.photo is not None:
            problems.extend(check_photo(persona.photo, f"personas[{p}].photo"))
    return problems
