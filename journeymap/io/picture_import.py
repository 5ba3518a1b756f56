"""Turning an image file (or pasted bytes) into a picture a card can carry. No Qt.

Accepted: PNG, JPEG, WebP and GIF (its first frame, as a still). The header is
checked before anything decodes (type from the magic bytes, pixels under the
same cap as persona photos), then the picture is turned upright (a phone's
EXIF orientation), downscaled to :data:`MAX_PICTURE_SIDE` pixels on its long
side, and stored as PNG or JPEG, whichever fits it: a JPEG stays a JPEG (a
photo); other pictures are PNG when they have transparency or when PNG is not
much bigger than JPEG (screenshots and sketches stay crisp), JPEG otherwise. Re-encoding also drops the
file's metadata, such as the place a phone photo was taken.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from PIL.Image import Image

from ..i18n import _
from ..model.limits import MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS, MAX_PICTURE_SIDE, MAX_PICTURE_SOURCE_BYTES
from ..model.picture import Picture
from ..safety.photos import picture_size

#: A picture that adds more than this to the file is shown to the user (its size) before it is embedded.
LARGE_PICTURE_BYTES = 1024 * 1024
ACCEPTED = {"image/png": "PNG", "image/jpeg": "JPEG", "image/webp": "WebP", "image/gif": "GIF"}
#: File-name patterns for open dialogs.
PICTURE_PATTERNS = "*.png *.jpg *.jpeg *.webp *.gif"
_JPEG_QUALITY = 85


class PictureError(ValueError):
    """A file that cannot become a picture, with a message that names it and says why."""


@dataclass(frozen=True)
class ImportedPicture:
    picture: Picture
    source_width: int
    source_height: int
    source_type: str

    @property
    def stored_bytes(self) -> int:
        """How much the picture adds to the map file (its base64 text)."""
        return len(self.picture.data)

    @property
    def large(self) -> bool:
        return self.stored_bytes > LARGE_PICTURE_BYTES

    def describe(self) -> str:
        """'1600 × 1200 JPEG, 412 KB (from a 4032 × 3024 JPEG)'."""
        p = self.picture
        kind = ACCEPTED[p.media_type]
        text = f"{p.width} \u00d7 {p.height} {kind}, {size_text(self.stored_bytes)}"
        if (self.source_width, self.source_height) != (p.width, p.height) or self.source_type != p.media_type:
            text += f" (from a {self.source_width} \u00d7 {self.source_height} {ACCEPTED[self.source_type]})"
        return text


def size_text(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} KB"


def picture_from_file(path: Path, alt: str | None = None) -> ImportedPicture:
    """The picture of the image file at ``path``; ``alt`` defaults to the file's name without extension."""
    try:
        size = path.stat().st_size
        if size > MAX_PICTURE_SOURCE_BYTES:
            raise PictureError(_("{name} is {size}; a picture file can be at most {limit}.").format(
                name=path.name, size=size_text(size), limit=size_text(MAX_PICTURE_SOURCE_BYTES)))
        data = path.read_bytes()
    except OSError as e:
        raise PictureError(_("{name} cannot be read ({value}).").format(
            name=path.name, value=e.strerror or e)) from None
    return picture_from_bytes(data, path.stem if alt is None else alt, name=path.name)


def picture_from_bytes(data: bytes, alt: str = "", name: str = "") -> ImportedPicture:
    """The picture of an image's bytes (a file's, or the clipboard's); ``name`` names it in messages."""
    name = name or _("the picture")
    if len(data) > MAX_PICTURE_SOURCE_BYTES:
        raise PictureError(_("{name} is {size}; a picture can be at most {limit}.").format(
            name=name, size=size_text(len(data)), limit=size_text(MAX_PICTURE_SOURCE_BYTES)))
    found = picture_size(data)
    if found is None:
        raise PictureError(_("{name} is not a PNG, JPEG, WebP or GIF picture (or it is cut short).").format(
            name=name))
    kind, width, height = found
    if width == 0 or height == 0:
        raise PictureError(_("{name} claims to have no pixels.").format(name=name))
    if width * height > MAX_PHOTO_PIXELS:
        raise PictureError(_("{name} is {width} × {height} pixels, over the limit of {limit:.0f} megapixels.").format(
            name=name, width=width, height=height, limit=MAX_PHOTO_PIXELS / 1e6))
    image = _decoded(data, name)
    picture = _stored(image, alt[:500], photo=kind == "image/jpeg")
    return ImportedPicture(picture, width, height, kind)


def _decoded(data: bytes, name: str) -> Image:
    from PIL import Image, ImageOps

    try:
        opened = Image.open(io.BytesIO(data))
        opened.seek(0)  # a GIF or an animated WebP: its first frame
        if opened.format == "JPEG" and max(opened.size) > 2 * MAX_PICTURE_SIDE:
            # decode a big photo at a half, a quarter... of its size, still larger than what is kept
            k = MAX_PICTURE_SIDE / max(opened.size)
            opened.draft("RGB", (round(opened.width * k), round(opened.height * k)))
        opened.load()
        image: Image.Image = ImageOps.exif_transpose(opened)
    except (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError):
        raise PictureError(_("{name}: the image data is damaged.").format(name=name)) from None
    return image


def _stored(image: Image, alt: str, photo: bool = False) -> Picture:
    """The picture as stored: ``photo`` (a JPEG source) goes straight to JPEG; others try PNG too."""
    from PIL import Image

    long_side = max(image.size)
    if long_side > MAX_PICTURE_SIDE:
        k = MAX_PICTURE_SIDE / long_side
        size = (max(1, round(image.width * k)), max(1, round(image.height * k)))
        image = image.convert("RGBA" if _has_alpha(image) else "RGB").resize(size, Image.Resampling.LANCZOS)
    alpha = _has_alpha(image)
    jpeg = None if alpha else _jpeg(image)
    media_type: Literal["image/png", "image/jpeg"]
    if photo and jpeg is not None:
        return Picture(media_type="image/jpeg", data=base64.b64encode(jpeg).decode("ascii"),
                       width=image.width, height=image.height, alt=alt)
    png = _png(image, alpha)
    if jpeg is None or (len(png) <= 1.5 * len(jpeg) and len(png) <= MAX_PHOTO_BYTES):
        if len(png) <= MAX_PHOTO_BYTES:
            media_type, data = "image/png", png
        else:  # a huge transparent picture: flattened on white, as it prints on paper
            media_type, data = "image/jpeg", _jpeg(_on_white(image))
    else:
        media_type, data = "image/jpeg", jpeg
    return Picture(media_type=media_type, data=base64.b64encode(data).decode("ascii"),
                   width=image.width, height=image.height, alt=alt)


def _has_alpha(image: Image) -> bool:
    if image.mode in ("RGBA", "LA", "PA"):
        low = image.getchannel("A").getextrema()[0]
        return isinstance(low, int | float) and low < 255
    return image.mode == "P" and "transparency" in image.info


def _png(image: Image, alpha: bool) -> bytes:
    out = io.BytesIO()
    image.convert("RGBA" if alpha else "RGB").save(out, "PNG", optimize=False, compress_level=6)
    return out.getvalue()


def _jpeg(image: Image) -> bytes:
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=_JPEG_QUALITY, optimize=True)
    return out.getvalue()


def _on_white(image: Image) -> Image:
    from PIL import Image

    rgba = image.convert("RGBA")
    paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    paper.alpha_composite(rgba)
    return paper.convert("RGB")
