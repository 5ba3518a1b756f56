"""The whole deck: overview, the journey at a glance, one slide per stage, then the results.

The deck is planned once per aspect ratio on a surface 1080 px high and
scaled to the screen, so a 720p projector, a 1080p TV and a 4K screen show
the same slides with the same line breaks; only the sharpness differs.
"""

from __future__ import annotations

from ...i18n import in_map_language
from ...layout import Rect
from ...model import JourneyMap
from .curves import journey_curves
from .journey_slide import journey_slides
from .ops import BoxOp, Slide
from .overview import overview_slides
from .results import results_slides
from .stage_slides import StagePlanner
from .theme import INK, Sizes

#: The height every deck is planned at; the window scales it to the screen.
PLAN_HEIGHT = 1080


def plan_size(width: int, height: int) -> tuple[int, int]:
    """The planning surface for a screen: 1080 high, the screen's aspect ratio."""
    width, height = max(1, width), max(1, height)
    return max(1, round(PLAN_HEIGHT * width / height)), PLAN_HEIGHT


@in_map_language  # slides are the map on the wall: its labels in the map's language, as its exports
def build_deck(journey: JourneyMap, width: int, height: int) -> list[Slide]:
    """The slides for a screen of this size, in the planning surface's pixels (see :func:`plan_size`)."""
    s = Sizes.for_surface(*plan_size(width, height))
    slides = overview_slides(journey, s)
    slides.extend(journey_slides(journey, s))
    planner = StagePlanner(journey, s, journey_curves(journey))
    for number, stage in enumerate(journey.stages, start=1):
        slides.extend(planner.slides(stage, number))
    slides.extend(results_slides(journey, s))
    _progress(slides, journey, s)
    return slides


def _progress(slides: list[Slide], journey: JourneyMap, s: Sizes) -> None:
    """A thin bar of stage colours along the bottom, the current stage marked: where are we?"""
    if not journey.stages:
        return
    x0 = s.margin
    w = (s.width - 2 * s.margin) / len(journey.stages)
    h = max(3.0, s.pad * 0.5)
    y = s.height - s.pad - h
    for slide in slides:
        for i, stage in enumerate(journey.stages):
            current = stage.id == slide.stage_id
            slide.ops.append(BoxOp(Rect(x0 + i * w + 1, y - (h if current else 0), w - 2, h * (2 if current else 1)),
                                   stage.colour, INK if current else None, s.line if current else 0.0,
                                   accent=True))


def stage_starts(slides: list[Slide]) -> dict[int, int]:
    """Stage number -> index of its first slide, for the number keys."""
    out: dict[int, int] = {}
    for i, slide in enumerate(slides):
        if slide.kind == "stage" and slide.stage_number not in out:
            out[slide.stage_number] = i
    return out
