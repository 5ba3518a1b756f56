"""Small real pictures for tests: made with Pillow, so every format's header is the real thing."""

from __future__ import annotations

import base64
import io

from PIL import Image

from journeymap.model.picture import Picture


def picture_bytes(width: int = 40, height: int = 30, fmt: str = "PNG", colour=(200, 80, 40)) -> bytes:
    image = Image.new("RGB", (width, height), colour)
    for x in range(width):  # a diagonal, so a picture is not one flat colour
        image.putpixel((x, min(height - 1, x * height // max(1, width))), (20, 20, 120))
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


def picture(width: int = 40, height: int = 30, alt: str = "Store shelf", fmt: str = "PNG") -> Picture:
    media_type = "image/png" if fmt == "PNG" else "image/jpeg"
    return Picture(media_type=media_type, data=base64.b64encode(picture_bytes(width, height, fmt)).decode("ascii"),
                   width=width, height=height, alt=alt)
