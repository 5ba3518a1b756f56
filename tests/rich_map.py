"""The hotel blueprint with a storyboard: pictures in an Images lane, thumbnails on cards, arrows, a spanning card.

Pictures are drawn with Pillow (a sky, a building, a desk, a figure), so exports
can be looked at and checked for where each picture lands.
"""

from __future__ import annotations

import base64
import io

from PIL import Image, ImageDraw

from journeymap.model import Card, JourneyMap, Lane, LaneKind
from journeymap.model.picture import Picture
from journeymap.templates import new_from_template


def sketch(width: int, height: int, hue: tuple[int, int, int], label: str = "", fmt: str = "JPEG") -> bytes:
    """A small scene: a gradient sky, a ground, a building, a figure; every pixel varies a little."""
    image = Image.new("RGB", (width, height), hue)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        k = y / height
        draw.line([(0, y), (width, y)], fill=(int(hue[0] * (1 - k) + 230 * k), int(hue[1] * (1 - k) + 220 * k),
                                              int(hue[2] * (1 - k) + 200 * k)))
    draw.rectangle([0, height * 0.72, width, height], fill=(90, 110, 80))
    draw.rectangle([width * 0.15, height * 0.3, width * 0.55, height * 0.72], fill=(150, 70, 60))
    for i in range(3):
        x = width * (0.2 + i * 0.11)
        draw.rectangle([x, height * 0.38, x + width * 0.06, height * 0.48], fill=(250, 230, 140))
    cx = width * 0.75
    draw.ellipse([cx - width * 0.04, height * 0.42, cx + width * 0.04, height * 0.5], fill=(40, 40, 60))
    draw.rectangle([cx - width * 0.035, height * 0.5, cx + width * 0.035, height * 0.7], fill=(40, 40, 60))
    if label:
        draw.text((width * 0.05, height * 0.05), label, fill=(20, 20, 20))
    out = io.BytesIO()
    image.save(out, fmt, quality=85) if fmt == "JPEG" else image.save(out, fmt)
    return out.getvalue()


def picture_of(data: bytes, alt: str) -> Picture:
    from journeymap.safety.photos import picture_size

    kind, w, h = picture_size(data)  # type: ignore[misc]
    return Picture(media_type=kind, data=base64.b64encode(data).decode("ascii"), width=w, height=h, alt=alt)


def rich_map() -> JourneyMap:
    journey = new_from_template("hotel-blueprint")
    steps = {s.name: s for s in journey.steps()}
    frames = [
        ("Books a room", (110, 150, 210), 1600, 1200, "Amira books on her laptop at the airport"),
        ("Checks in", (200, 140, 90), 1200, 1600, "A queue of six at the reception desk"),
        ("First look at the room", (150, 190, 160), 1600, 900, "The family room without a cot"),
        ("Has breakfast", (230, 200, 120), 1200, 1200, "The buffet with high chairs"),
    ]
    images = Lane(kind=LaneKind.IMAGES, title="Storyboard")
    for name, hue, w, h, alt in frames:
        images.cards.append(Card(step=steps[name].id, text=alt,
                                 picture=picture_of(sketch(w, h, hue), alt)))
    journey.lanes.insert(1, images)
    physical = next(lane for lane in journey.lanes if lane.kind == LaneKind.PHYSICAL_EVIDENCE)
    physical.cards[0].picture = picture_of(sketch(800, 600, (90, 120, 190), fmt="PNG"), "Booking page screenshot")
    return journey
