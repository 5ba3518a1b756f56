"""The bundled faces' advance widths, read from a small table rather than from the fonts.

Parsing the three DejaVu TrueType files with ReportLab takes a noticeable
part of the editor's start-up, and the layout needs only one number per
character. ``resources/fonts/widths.bin`` holds exactly the numbers
ReportLab reads (``tools/make_font_widths.py`` writes it; a test compares
them), so the canvas and the PDF still wrap every text at the same words.

Format, little-endian: ``JMW1``, the number of faces; per face its name
(length byte + ASCII), the default width (float32), the number of characters,
then that many code points (uint32) and widths (float32).
"""

from __future__ import annotations

import struct
import sys
from array import array
from functools import cache

from ..resources import resource_path

WIDTHS_FILE = resource_path("fonts", "widths.bin")
_MAGIC = b"JMW1"

Table = tuple[dict[int, float], float]


def encode(tables: dict[str, Table]) -> bytes:
    out = bytearray(_MAGIC + struct.pack("<I", len(tables)))
    for face, (widths, default) in tables.items():
        name = face.encode("ascii")
        codes = sorted(widths)
        out += struct.pack("<B", len(name)) + name + struct.pack("<fI", default, len(codes))
        out += _little(array("I", codes)) + _little(array("f", [widths[c] for c in codes]))
    return bytes(out)


def _little(values: array) -> bytes:
    if sys.byteorder == "big":
        values = array(values.typecode, values)
        values.byteswap()
    return values.tobytes()


@cache
def bundled_widths() -> dict[str, Table]:
    """Every bundled face's (code point -> width in 1/1000 em, default width)."""
    data = WIDTHS_FILE.read_bytes()
    if data[:4] != _MAGIC:
        raise ValueError(f"{WIDTHS_FILE} is not a width table")
    (faces,) = struct.unpack_from("<I", data, 4)
    at, tables = 8, {}
    for _ in range(faces):
        length = data[at]
        face = data[at + 1:at + 1 + length].decode("ascii")
        at += 1 + length
        default, count = struct.unpack_from("<fI", data, at)
        at += 8
        codes, widths = array("I"), array("f")
        codes.frombytes(data[at:at + 4 * count])
        widths.frombytes(data[at + 4 * count:at + 8 * count])
        if sys.byteorder == "big":
            codes.byteswap()
            widths.byteswap()
        at += 8 * count
        tables[face] = (dict(zip(codes, widths, strict=True)), default)
    return tables
