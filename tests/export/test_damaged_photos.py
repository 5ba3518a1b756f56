"""Persona photos: a damaged one is reported by validate and left out (initials) everywhere else; a
large one is printed at the size it is drawn, not at its full resolution."""

from __future__ import annotations

import base64
import io
import zlib

from PIL import Image
from pypdf import PdfReader

from journeymap.cli import main
from journeymap.io import load_map, save_map
from journeymap.model import Photo
from tests.model.sample import sample_map


def _png(width: int, height: int) -> bytes:
    image = Image.new("RGB", (width, height))
    image.putdata([((x * 7) % 256, (y * 5) % 256, (x * y) % 256) for y in range(height) for x in range(width)])
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _broken_body(png: bytes) -> bytes:
    """The same PNG with its pixel data scrambled: the header (type, size) still reads as fine."""
    start = png.index(b"IDAT") + 4
    length = int.from_bytes(png[start - 8:start - 4], "big")
    body = bytearray(png[start:start + length])
    for i in range(len(body) // 3, len(body) - 8):
        body[i] ^= 0x5A
    crc = zlib.crc32(b"IDAT" + bytes(body)).to_bytes(4, "big")  # a valid chunk of broken data
    return png[:start] + bytes(body) + crc + png[start + length + 4:]


def _with_photo(tmp_path, png: bytes, width: int, height: int):
    journey = sample_map()
    journey.personas[0].photo = Photo(media_type="image/png", width=width, height=height,
                                      data=base64.b64encode(png).decode("ascii"))
    path = tmp_path / "map.journey"
    save_map(journey, path)
    return path, journey.personas[0].name


def test_validate_reports_a_photo_whose_data_is_damaged(tmp_path, capsys):
    path, _name = _with_photo(tmp_path, _broken_body(_png(120, 90)), 120, 90)
    assert main(["validate", str(path)]) == 1  # was 0: only the header was checked
    out = capsys.readouterr().out
    assert out.startswith(f"{path}: personas[0].photo: the image data is damaged")
    assert out.count("\n") == 1
    assert load_map(path).personas[0].photo is not None  # the map still opens; the bytes are kept


def test_empathy_prints_initials_for_a_damaged_photo_with_a_warning_instead_of_failing(tmp_path, capsys):
    path, name = _with_photo(tmp_path, _broken_body(_png(120, 90)), 120, 90)
    out = tmp_path / "e.pdf"
    assert main(["empathy", str(path), "-o", str(out)]) == 0  # was 1: "broken data stream"
    err = capsys.readouterr().err
    assert f"warning: {name}'s photo: the image data is damaged; initials are drawn instead" in err
    assert err.count("\n") == 1
    assert out.read_bytes().startswith(b"%PDF-")


def _image_sizes(pdf) -> list[tuple[int, int]]:
    sizes = []
    for page in PdfReader(str(pdf)).pages:
        for image in page.images:
            sizes.append(image.image.size)
    return sizes


def test_a_large_photo_is_printed_at_the_resolution_it_is_drawn_at(tmp_path):
    path, _name = _with_photo(tmp_path, _png(2400, 1800), 2400, 1800)
    out = tmp_path / "e.pdf"
    assert main(["empathy", str(path), "-o", str(out), "--page-size", "A4"]) == 0
    [(width, height)] = _image_sizes(out)
    assert max(width, height) < 1200  # a circle a few centimetres wide at 300 dpi, not 2400 x 1800
    assert abs(width / height - 2400 / 1800) < 0.01


def test_the_editor_shows_initials_for_a_damaged_photo_too(tmp_path):
    from journeymap.ui.faces import photo_image

    path, _name = _with_photo(tmp_path, _broken_body(_png(120, 90)), 120, 90)
    assert photo_image(load_map(path).personas[0].photo) is None  # Qt drew half a grey picture
    good, _ = _with_photo(tmp_path, _png(120, 90), 120, 90)
    assert photo_image(load_map(good).personas[0].photo) is not None
