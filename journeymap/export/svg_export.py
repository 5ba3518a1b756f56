"""The whole map as SVG, for slides and wikis: the map's paint plan played by the SVG player (no Qt)."""

from __future__ import annotations

from pathlib import Path

from ..i18n import in_map_language
from ..layout import LayoutOptions, MapLayout, layout_map
from ..layout.paint import map_plan
from ..model import JourneyMap
from .svg_player import svg_document


def map_svg(layout: MapLayout, title: str) -> str:
    return svg_document(map_plan(layout, title))


@in_map_language
def svg_text(journey: JourneyMap, options: LayoutOptions | None = None) -> str:
    return map_svg(layout_map(journey, options), journey.title)


@in_map_language
def export_svg(journey: JourneyMap, out: Path | str, options: LayoutOptions | None = None) -> Path:
    Path(out).write_text(svg_text(journey, options), encoding="utf-8")
    return Path(out)
