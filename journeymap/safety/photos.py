"""Embedded photos and pictures, checked from their first bytes before any image library sees them.

A hostile file can hold a few hundred bytes that claim a 100,000 x 100,000
pixel picture; decoding it would ask for 40 GB of memory. So the type is
taken from the magic bytes (not from ``media_type``), and the size from the
PNG IHDR chunk or the JPEG SOF segment (and, for a file being imported, the
GIF screen or the WebP frame header), and both are checked against what the
map says and against :data:`MAX_PHOTO_PIXELS`. Nothing here decodes pixels.
"""

from __future__ import annotations

import base64
import binascii
import struct

from ..model.journey_map import JourneyMap, Photo
from ..model.limits import MAX_PHOTO_PIXELS
from ..model.picture import Picture
from ..model.problems import Problem

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"
GIF_MAGICS = (b"GIF87a", b"GIF89a")
_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
_STANDALONE = {0x01, *range(0xD0, 0xD9)}


def picture_size(data: bytes) -> tuple[str, int, int] | None:
    """(media type, width, height) read from a PNG, JPEG, GIF or WebP header; None if it is none of them or is cut short."""
    if data.startswith(PNG_MAGIC):
        if len(data) < 24 or data[12:16] != b"IHDR":
            return None
        width, height = struct.unpack(">II", data[16:24])
        return "image/png", width, height
    if data.startswith(JPEG_MAGIC):
        return _jpeg_size(data)
    if data[:6] in GIF_MAGICS and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])  # the logical screen: every frame fits in it
        return "image/gif", width, height
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return _webp_size(data)
    return None


def _webp_size(data: bytes) -> tuple[str, int, int] | None:
    """The canvas size of a WebP: lossy (VP8), lossless (VP8L) or extended (VP8X) header."""
    chunk = data[12:16]
    if chunk == b"VP8X" and len(data) >= 30:
        width = 1 + int.from_bytes(data[24:27], "little")
        height = 1 + int.from_bytes(data[27:30], "little")
        return "image/webp", width, height
    if chunk == b"VP8 " and len(data) >= 30 and data[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", data[26:30])
        return "image/webp", width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L" and len(data) >= 25 and data[20] == 0x2F:
        bits = int.from_bytes(data[21:25], "little")
        return "image/webp", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
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


#: Base64 characters decoded first when looking for a picture's header (a JPEG made by Journeymap has it early).
_HEAD_CHARS = 16_384


def check_photo(photo: Photo | Picture, place: str = "photo", *, head_only: bool = False) -> list[Problem]:
    """What is wrong with an embedded photo or picture, read from its header only; empty when it is safe to decode.

    ``head_only``: decode only the start of the data when the header is there (a map
    with fifty pictures loads without decoding 20 MB of base64 twice); the rest is
    decoded when the picture is drawn, and damage found then is skipped with a warning.
    """
    found = None
    if head_only and len(photo.data) > _HEAD_CHARS:
        try:
            found = picture_size(base64.b64decode(photo.data[:_HEAD_CHARS], validate=True))
        except (binascii.Error, ValueError):
            found = None
    if found is None:
        try:
            raw = base64.b64decode(photo.data, validate=True)
        except (binascii.Error, ValueError):
            return [Problem(f"{place}.data", "the picture data is not valid base64")]
        found = picture_size(raw)
    if found is None:
        return [Problem(f"{place}.data", "the picture is not a PNG or JPEG image (or it is cut short)")]
    kind, width, height = found
    if kind not in ("image/png", "image/jpeg"):
        return [Problem(f"{place}.data", f"the picture is {kind.split('/')[1].upper()}; a map stores PNG or JPEG")]
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
    for n, lane in enumerate(journey.lanes):
        for c, card in enumerate(lane.cards):
            if card.picture is not None:
                problems.extend(check_photo(card.picture, f"lanes[{n}].cards[{c}].picture", head_only=True))
    return problems
