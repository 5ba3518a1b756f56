"""What every part of the HTML page is built from: the map, its screen layout, the lanes shown, the text writer."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from ...layout import MapLayout
from ...layout.shaping import FontReport
from ...model import JourneyMap, Lane
from .markup import Markup
from .strings import text


@dataclass
class Page:
    journey: JourneyMap
    layout: MapLayout
    lanes: list[Lane]
    m: Markup
    report: FontReport

    @property
    def persona_names(self) -> dict[str, str]:
        return {p.id: p.name for p in self.journey.personas}


def words(p: Page, value: str) -> str:
    """Map text inside a table cell or a line of ours: its own direction and language."""
    return f"<span{p.m.attrs()}>{escape(value)}</span>" if value else ""


def bullets(p: Page, items: list[str]) -> str:
    """Map texts as a bulleted list (or "none")."""
    if not items:
        return escape(text("none"))
    return "<ul>" + "".join(f"<li{p.m.attrs()}>{escape(i)}</li>" for i in items) + "</ul>"
