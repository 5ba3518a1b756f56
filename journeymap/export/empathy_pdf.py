"""Empathy sheets to PDF: each sheet's plan played by the PDF player (SVG and PNG: ``svg_player``, ``png_export``)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

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
    for page in pages:
        c.setPageSize((page.width, page.height))
        draw_page(c, page, report)
        c.showPage()
    c.save()


def draw_page(c: Canvas, page: Plan, report: FontReport | None = None) -> None:
    """Draw one sheet on ``c`` with its top-left at the top of the page (the digest draws sheets too)."""
    PdfPlayer(c, 1.0, 0.0, page.height, report).play(page)
