"""``journeymap export FILE -o map.html``: the map as one self-contained web page (see :mod:`.html`)."""

from __future__ import annotations

from pathlib import Path

from ..layout.shaping import FontReport
from ..model import JourneyMap
from .html import html_document


def export_html(journey: JourneyMap, out: Path | str, report: FontReport | None = None,
                include_hidden: bool = False, comments: bool = False) -> Path:
    Path(out).write_text(html_document(journey, include_hidden, report, comments), encoding="utf-8")
    return Path(out)
