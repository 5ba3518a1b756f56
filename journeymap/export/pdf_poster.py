"""The poster: the whole map on one sheet, as large as the sheet allows, as vector shapes and real text.

Where and how large the map goes is the layout's choice (:func:`~journeymap.layout.poster.choose_poster`:
orientation, bands, card width); here each band's paint plan is played in its
place. Lines are kept at the print-shop minimum; text that ends up smaller
than print shops accept is said to the person exporting (a warning on the
command line, a notice in the Export dialog), never printed on the page.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..i18n import N_, _, format_percent, in_map_language
from ..layout import LayoutOptions
from ..layout.paint import Plan, map_plan
from ..layout.paint.print_check import MIN_LINE, MIN_TEXT, PrintSizes, print_sizes
from ..layout.poster import PosterFit, choose_poster
from ..layout.shaping import FontReport
from ..layout.style import STYLE
from ..model import JourneyMap
from .pdf_common import footer, new_canvas
from .pdf_player import PdfPlayer


@in_map_language  # measured in the map's language: a German poster's labels are German, and as wide
def poster_fit(journey: JourneyMap, size_name: str = "A4", landscape: bool | None = None, fit: str = "bands",
               include_hidden: bool = False, options: LayoutOptions | None = None) -> PosterFit:
    """How the poster will come out (the Export dialog asks before exporting)."""
    opts = replace(options or LayoutOptions(), show_hidden_lanes=include_hidden)
    return choose_poster(journey, size_name, landscape, fit, opts)


def band_plans(fitted: PosterFit, title: str = "") -> list[Plan]:
    return [map_plan(band.layout, title) for band in fitted.banded.bands]


def poster_sizes(fitted: PosterFit) -> PrintSizes:
    """The smallest text and thinnest line the poster would print (lines below the minimum are thickened)."""
    return print_sizes(band_plans(fitted), fitted.scale)


#: the warning of a poster whose text prints too small (the Export dialog says so before the file is made)
SMALL_TEXT = N_("the smallest text on this poster is {size} pt, under the {minimum} pt a poster needs to be read: "
                "choose a larger sheet, or the tiled layout (--layout tiled) for readable pages to tape together")


def warn_of_small_text(sizes: PrintSizes, report: FontReport | None) -> None:
    """Tell the person exporting when the text comes out too small to read on a wall."""
    if sizes.text_too_small and report is not None:
        report.warn(SMALL_TEXT, size=f"{sizes.smallest_text:.1f}", minimum=f"{MIN_TEXT:.0f}")


@in_map_language
def export_poster(journey: JourneyMap, out: Path | str, size_name: str = "A4", landscape: bool | None = None,
                  report: FontReport | None = None, options: LayoutOptions | None = None, fit: str = "bands",
                  include_hidden: bool = False) -> Path:
    """``landscape`` None: the orientation that prints the map larger."""
    fitted = poster_fit(journey, size_name, landscape, fit, include_hidden, options)
    size = fitted.page
    c = new_canvas(out, size, journey, _("Customer journey map (poster)"))
    c.setFillColorRGB(*STYLE.page.locator_left_out)  # white: what a page starts with
    ox, top = fitted.origin
    s = fitted.scale
    plans = band_plans(fitted)
    for band, plan in zip(fitted.banded.bands, plans, strict=True):
        PdfPlayer(c, s, ox + band.x * s, top - band.y * s, report, min_line_width=MIN_LINE).play(plan)
    warn_of_small_text(print_sizes(plans, s), report)
    sheet = size_name if size_name[:1].isalpha() else size_name.replace("x", " \u00d7 ")
    note = _("poster, {size} \u00b7 scale {scale}").format(size=sheet, scale=format_percent(s))
    footer(c, size, f"{journey.title} \u00b7 {note}", 1, fitted.margin, report)
    c.showPage()
    c.save()
    return Path(out)
