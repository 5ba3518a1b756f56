"""A storyboard map with 50 pictures: its file size, its load time beside json.loads, importing a phone photo.

Each picture is a textured scene saved as a 2016 x 1512 JPEG that goes through
the editor's import (downscaled to 1600 px, stored as JPEG or PNG as fits), so
the file size is what a designer's map would weigh; one full 4032 x 3024 phone
photo's import is timed on its own.
Target: the load stays within 2x of plain ``json.loads`` of the same file.
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_load_save import paired  # noqa: E402

from journeymap.io import load_map, save_map  # noqa: E402
from journeymap.io.picture_import import picture_from_bytes  # noqa: E402
from journeymap.model import Card, JourneyMap, Lane, LaneKind, Stage, Step  # noqa: E402

PICTURES = 50


def phone_photo(seed: int, size: tuple[int, int] = (4032, 3024)) -> bytes:
    """A camera-like JPEG: a gradient scene with fine noise (what makes real photos weigh what they do)."""
    from PIL import Image, ImageDraw

    w, h = size
    image = Image.linear_gradient("L").resize((w, h)).convert("RGB")
    tint = Image.new("RGB", (w, h), ((seed * 53) % 200 + 30, (seed * 97) % 200 + 30, (seed * 31) % 200 + 30))
    image = Image.blend(image, tint, 0.55)
    draw = ImageDraw.Draw(image)
    for k in range(12):
        x = (seed * 131 + k * 337) % w
        y = (seed * 71 + k * 193) % h
        draw.rectangle([x, y, x + w // 6, y + h // 5], fill=((k * 40) % 255, (seed * 17) % 255, (k * 90) % 255))
    noise = Image.effect_noise((w, h), 24).convert("RGB")  # a sensor's grain, about what a phone leaves in
    image = Image.blend(image, noise, 0.1)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def storyboard(pictures: int) -> tuple[JourneyMap, float, int]:
    """A map of 10 stages x 5 steps, one storyboard frame per step; the median import time and a source size."""
    stages = [Stage(name=f"Stage {s + 1}", steps=[Step(name=f"Step {s + 1}.{k + 1}") for k in range(5)])
              for s in range(pictures // 5)]
    frames = Lane(kind=LaneKind.IMAGES, title="Storyboard")
    actions = Lane(kind=LaneKind.ACTIONS)
    for n, step in enumerate(step for stage in stages for step in stage.steps):
        imported = picture_from_bytes(phone_photo(n, (2016, 1512)), f"Frame {n + 1}: the customer at {step.name}")
        frames.cards.append(Card(step=step.id, text=imported.picture.alt, picture=imported.picture))
        actions.cards.append(Card(step=step.id, text=f"Does the thing of {step.name}"))
    photo = phone_photo(PICTURES)
    times = []
    for _ in range(3):
        start = time.perf_counter()
        picture_from_bytes(photo, "A phone photo")
        times.append(time.perf_counter() - start)
    return JourneyMap(title="Storyboard", stages=stages, lanes=[frames, actions]), sorted(times)[1], len(photo)


def run() -> list[tuple[str, float, str]]:
    import json

    journey, import_s, source = storyboard(PICTURES)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "storyboard.journey"
        save_map(journey, path, backup=False)
        data = path.read_bytes()
        load, json_load, ratio = paired(lambda: load_map(path), lambda: json.loads(data), repeats=9)
    stored = [card.picture for lane in journey.lanes for card in lane.cards if card.picture is not None]
    kinds = {p.media_type for p in stored}
    return [
        (f"{PICTURES}-picture map: file size", len(data) / 1e6, f"MB ({', '.join(sorted(kinds))}, "
                                                              f"{stored[0].width} x {stored[0].height} each)"),
        ("  json.loads (the floor)", json_load, "ms"),
        ("  load_map", load, "ms"),
        ("  load ratio", ratio, "x json.loads (target <= 2)"),
        ("import a 4032 x 3024 phone photo", import_s * 1000, f"ms median ({source / 1e6:.1f} MB JPEG in)"),
    ]


if __name__ == "__main__":
    from run_all import print_table

    print_table([("pictures", row) for row in run()])
