"""Importing a picture for a card: the formats people have, checked before decoding, made small and upright."""

from __future__ import annotations

import base64
import io
import struct

import pytest
from PIL import Image

from journeymap.io.picture_import import (
    LARGE_PICTURE_BYTES,
    PictureError,
    picture_from_bytes,
    picture_from_file,
)
from journeymap.model.limits import MAX_PICTURE_SIDE
from journeymap.safety import check_photo
from tests.pictures import picture_bytes


def saved(image: Image.Image, fmt: str, **kw) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **kw)
    return out.getvalue()


def noisy(width: int, height: int) -> Image.Image:
    return Image.effect_noise((width, height), 60).convert("RGB")


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP", "GIF"])
def test_png_jpeg_webp_and_gif_become_a_png_or_jpeg_picture_that_passes_the_header_check(fmt):
    imported = picture_from_bytes(picture_bytes(120, 90, fmt), "Shelf")
    p = imported.picture
    assert p.media_type in ("image/png", "image/jpeg") and (p.width, p.height) == (120, 90)
    assert p.alt == "Shelf" and check_photo(p) == []


def test_a_large_photo_is_downscaled_to_1600_pixels_on_its_long_side_and_stays_a_jpeg():
    imported = picture_from_bytes(saved(noisy(4000, 3000), "JPEG", quality=90), "Store visit")
    p = imported.picture
    assert (p.width, p.height) == (MAX_PICTURE_SIDE, 1200) and p.media_type == "image/jpeg"
    assert imported.describe() == f"1600 × 1200 JPEG, {imported.describe().split(', ')[1].split(' (')[0]} " \
                                  "(from a 4000 × 3000 JPEG)"


def test_a_screenshot_stays_a_crisp_png_and_a_photo_saved_as_png_becomes_a_jpeg():
    screenshot = Image.new("RGB", (800, 600), "white")
    for y in range(0, 600, 40):
        screenshot.paste((30, 60, 200), (40, y + 10, 500, y + 22))
    assert picture_from_bytes(saved(screenshot, "PNG")).picture.media_type == "image/png"
    assert picture_from_bytes(saved(noisy(800, 600), "PNG")).picture.media_type == "image/jpeg"


def test_transparency_is_kept_as_png():
    sketch = Image.new("RGBA", (200, 100), (0, 0, 0, 0))
    sketch.paste((200, 30, 30, 255), (20, 20, 120, 80))
    p = picture_from_bytes(saved(sketch, "WEBP", lossless=True)).picture
    assert p.media_type == "image/png"
    assert Image.open(io.BytesIO(base64.b64decode(p.data))).mode == "RGBA"


def test_an_animated_gif_gives_its_first_frame_as_a_still():
    frames = [Image.new("RGB", (60, 40), colour) for colour in ((250, 0, 0), (0, 0, 250))]
    data = saved(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    p = picture_from_bytes(data).picture
    still = Image.open(io.BytesIO(base64.b64decode(p.data))).convert("RGB")
    r, _g, b = still.getpixel((30, 20))
    assert r > 200 and b < 50


def test_a_phone_photo_taken_sideways_is_turned_upright_and_loses_its_location():
    photo = noisy(400, 300)
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° to show it
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 0.0)}  # where it was taken
    p = picture_from_bytes(saved(photo, "JPEG", exif=exif)).picture
    assert (p.width, p.height) == (300, 400)
    assert not Image.open(io.BytesIO(base64.b64decode(p.data))).getexif()


def test_the_alt_text_defaults_to_the_file_name(tmp_path):
    path = tmp_path / "Queue at the desk.webp"
    path.write_bytes(picture_bytes(50, 40, "WEBP"))
    assert picture_from_file(path).picture.alt == "Queue at the desk"
    assert picture_from_file(path, alt="").picture.alt == ""


def test_a_picture_that_claims_too_many_pixels_is_refused_before_decoding():
    header = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + struct.pack(">II", 100_000, 100_000) + bytes(5)
    with pytest.raises(PictureError, match="100000 × 100000 pixels, over the limit of 40 megapixels"):
        picture_from_bytes(header, name="bomb.png")


@pytest.mark.parametrize(("data", "message"), [
    (b"%PDF-1.7 not a picture", "bomb.png is not a PNG, JPEG, WebP or GIF picture"),
    (picture_bytes(80, 60, "PNG")[:60], "bomb.png: the image data is damaged"),
])
def test_what_is_not_a_picture_or_is_damaged_gets_a_message_that_names_it(data, message):
    with pytest.raises(PictureError, match=message):
        picture_from_bytes(data, name="bomb.png")


def test_a_file_over_the_size_cap_is_not_read(tmp_path):
    path = tmp_path / "huge.jpg"
    with open(path, "wb") as f:
        f.truncate(41 * 1024 * 1024)
    with pytest.raises(PictureError, match="huge.jpg is 41.0 MB; a picture file can be at most 40.0 MB"):
        picture_from_file(path)


def test_a_very_large_picture_is_flagged_so_the_editor_can_ask_first():
    big = picture_from_bytes(saved(noisy(1600, 1200), "PNG"))  # noise: even as JPEG it weighs a lot
    small = picture_from_bytes(picture_bytes(200, 150, "PNG"))
    assert big.large and big.stored_bytes > LARGE_PICTURE_BYTES
    assert not small.large
