"""What every PDF shares: page sizes, metadata, byte-identical output, page footers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from .. import APP_NAME, __version__
from ..i18n import _, direction
from ..layout.fonts import REGULAR, register_fonts
from ..layout.shaping import FontReport, shape
from ..layout.style import STYLE
from ..model import JourneyMap
from .pdf_text import LineWriter


def metadata(journey: JourneyMap, subject: str, title: str | None = None,
             kind: str | None = None) -> dict[str, str]:
    """The document information: ``subject`` and ``kind`` (the first keyword) in the map's language."""
    return {
        "title": title or journey.title or _("Untitled journey"),
        "author": ", ".join(journey.authors),
        "subject": subject,
        "keywords": ", ".join([kind or _("customer journey map"), *journey.tags]),
        "creator": f"{APP_NAME} {__version__}",
        "lang": journey.language or "en",
    }


def new_canvas(path: Path | str | BinaryIO, size: tuple[float, float], journey: JourneyMap, subject: str,
               title: str | None = None, kind: str | None = None) -> Canvas:
    """A canvas with the map's metadata, compressed, and invariant (same input, same bytes).

    Its creation and modification dates are the map's own modified time, so a
    file manager or a document system shows when the map (not the export) changed.

    The initial font is the embedded DejaVu Sans, so the file never refers to a
    non-embedded Helvetica (which ReportLab otherwise sets up on every page).
    """
    register_fonts()
    meta = metadata(journey, subject, title, kind)
    target = path if hasattr(path, "write") else str(path)
    c = Canvas(target, pagesize=size, invariant=1, pageCompression=1, lang=meta["lang"],
               initialFontName=REGULAR, initialFontSize=10)
    c.setTitle(meta["title"])
    c.setAuthor(meta["author"])
    c.setSubject(meta["subject"])
    c.setKeywords(meta["keywords"])
    c.setCreator(meta["creator"])
    c.setProducer(meta["creator"])
    stamp = pdf_date(journey.modified)
    c.setDateFormatter(lambda *_now: stamp)  # the map's version, not the clock: same map, same bytes
    return c


def pdf_date(when: datetime) -> str:
    """``when`` as a PDF date (``D:20261102101500+01'00'``); a naive time is taken as UTC."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    offset = when.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hh, mm = divmod(abs(minutes), 60)
    return f"D:{when:%Y%m%d%H%M%S}{sign}{hh:02d}'{mm:02d}'"


def footer(c: Canvas, size: tuple[float, float], text: str, page: int, margin: float,
           report: FontReport | None = None) -> None:
    """The small line at the foot of a page: what it is, and its page number.

    Written in the map's language's direction: in Arabic the line starts at
    the right edge and the page number sits at the left.
    """
    c.saveState()
    furniture = STYLE.page
    c.setFillColorRGB(*furniture.footer_ink)
    way = direction()
    left, right = margin, size[0] - margin
    draw_runs(c, right if way == "rtl" else left, margin / 2, text, REGULAR, furniture.footer_size, report,
              "end" if way == "rtl" else "start", direction=way)
    draw_runs(c, left if way == "rtl" else right, margin / 2, _("Page {n}").format(n=page), REGULAR,
              furniture.footer_size, report, "start" if way == "rtl" else "end")
    c.restoreState()


def draw_runs(c: Canvas, x: float, y: float, text: str, font: str, size: float,
              report: FontReport | None = None, anchor: str = "start", direction: str | None = None) -> None:
    """One line of ``text`` on baseline ``y``, each run in a font that has its characters.

    ``anchor`` says where ``x`` is on the line: its ``start``, ``middle`` or ``end``.
    The runs are found and measured once (a CJK run is drawn in the CJK font).
    """
    runs = shape(text, font, report, direction)  # type: ignore[arg-type]
    widths = [run.width(size) for run in runs]
    if anchor != "start":
        total = sum(widths)
        x -= total / 2 if anchor == "middle" else total
    obj = c.beginText()
    writer = LineWriter(obj, size)
    writer.line(x, y, runs, widths)
    c.drawText(obj)
    writer.draw_marks(c)
