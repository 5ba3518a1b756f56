"""The poster: the whole map on one page, scaled to fit, as vector shapes and real text."""

from __future__ import annotations

from pathlib import Path

from ..i18n import _, format_number, format_percent, in_map_language
from ..layout import LayoutOptions, layout_map
from ..layout.paint import map_plan
from ..layout.shaping import FontReport
from ..layout.style import STYLE
from ..model import JourneyMap
from ..paper import page_size
from .pdf_common import footer, new_canvas
from .pdf_player import PdfPlayer

MARGIN = 28.0


@in_map_language
def export_poster(journey: JourneyMap, out: Path | str, size_name: str = "A4", landscape: bool = True,
                  report: FontReport | None = None, options: LayoutOptions | None = None) -> Path:
    layout = layout_map(journey, options)
    size = page_size(size_name, landscape)
    c = new_canvas(out, size, journey, _("Customer journey map (poster)"))
    margin = MARGIN * max(1.0, size[0] / 842 * 0.6)
    avail_w = size[0] - 2 * margin
    avail_h = size[1] - 2 * margin
    scale = min(avail_w / layout.width, avail_h / layout.height)
    ox = margin + (avail_w - layout.width * scale) / 2
    top = size[1] - margin  # title and map from the top margin: spare room goes below, not around
    c.setFillColorRGB(*STYLE.page.locator_left_out)  # white: what a page starts with
    PdfPlayer(c, scale, ox, top, report).play(map_plan(layout))
    smallest = layout.options.small_size * scale
    note = journey.title + " \u00b7 " + _("poster, {size} \u00b7 scale {scale}").format(
        size=size_name, scale=format_percent(scale))
    if smallest < 5:
        note += " " + _("(smallest text {size} pt: use --layout tiled to print readable pages)").format(
            size=format_number(smallest, 1))
    footer(c, size, note, 1, margin, report)
    c.showPage()
    c.save()
    return Path(out)
