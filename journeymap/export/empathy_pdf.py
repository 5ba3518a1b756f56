"""Empathy sheets to PDF: each sheet's plan played by the PDF player (SVG and PNG: ``svg_player``, ``png_export``)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from ..empathy.pages import continued_title
from ..i18n import _, language
from ..layout.paint import Plan
from ..layout.shaping import FontReport
from ..model import JourneyMap
from .pdf_common import new_canvas
from .pdf_player import PdfPlayer


def write_pdf(pages: Sequence[Plan], out: Path | str | io.BytesIO, journey: JourneyMap,
              title: str | None = None, report: FontReport | None = None) -> None:
    """Write ``pages`` as one vector PDF with embedded fonts and selectable text.

    Built like the map's own PDFs: its author, keywords and language (its
    subject and keywords in that language), the app's version, compressed, and
    byte-identical for the same input.
    """
    with language(journey.language):
        c = new_canvas(out, (pages[0].width, pages[0].height), journey, _("Empathy maps"),
                       title or _("{title}: empathy maps").format(title=journey.title or _("Untitled journey")),
                       _("empathy map"))
        c.showOutline()
        for number, page in enumerate(pages, start=1):
            c.setPageSize((page.width, page.height))
            draw_page(c, page, report)
            bookmark(c, page, number)
            c.showPage()
    c.save()


def bookmark(c: Canvas, page: Plan, number: int) -> None:
    """An outline entry per persona's sheet (its title), its continuation pages nested under it."""
    key = f"sheet-{number}"
    c.bookmarkPage(key)
    continued = page.title.endswith(continued_title(""))  # the sheet's title, in the map's language
    label = (_("Continued (page {n})").format(n=number) if continued
             else (page.title or _("Page {n}").format(n=number)))
    c.addOutlineEntry(label, key, level=1 if continued else 0, closed=False)


def draw_page(c: Canvas, page: Plan, report: FontReport | None = None) -> None:
    """Draw one sheet on ``c`` with its top-left at the top of the page (the digest draws sheets too)."""
    PdfPlayer(c, 1.0, 0.0, page.height, report).play(page)
