"""The whole deck for one surface size: overview, every stage (paginated), then the results."""

from __future__ import annotations

from ...layout import Rect
from ...model import JourneyMap
from .curves import journey_curves
from .ops import BoxOp, Slide
from .overview import overview_slides
from .results import results_slide
from .stage_slides import StagePlanner
from .theme import INK, Sizes


def build_deck(journey: JourneyMap, width: int, height: int) -> list[Slide]:
    s = Sizes.for_surface(width, height)
    slides = overview_slides(journey, s)
    planner = StagePlanner(journey, s, journey_curves(journey))
    for number, stage in enumerate(journey.stages, start=1):
        slides.extend(planner.slides(stage, number))
    slides.append(results_slide(journey, s))
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
