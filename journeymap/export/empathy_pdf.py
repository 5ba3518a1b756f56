"""Empathy maps to PDF (ReportLab), SVG (plain text) and PNG (Qt, imported only when asked).

All three draw the same :class:`~journeymap.empathy.drawing.Page` shapes, so a
PNG for a slide and the PDF for the printer show the same sheet.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ..empathy.drawing import Box, Circle, Line, Page, Picture, Shape, Text
from ..layout.fonts import BOLD, ITALIC
from ..layout.shaping import FontReport
from ..model import JourneyMap
from .pdf_common import draw_runs, new_canvas

SVG_FONT = "'DejaVu Sans', 'Noto Sans', Arial, sans-serif"


def write_pdf(pages: Sequence[Page], out: Path | str | io.BytesIO, journey: JourneyMap,
              title: str | None = None, report: FontReport | None = None) -> None:
    """Write ``pages`` as one vector PDF with embedded fonts and selectable text.

    Built like the map's own PDFs: its author, keywords and language, the app's
    version, compressed, and byte-identical for the same input.
    """
    c = new_canvas(out, (pages[0].width, pages[0].height), journey, "Empathy maps",
                   title or f"{journey.title or 'Untitled journey'}: empathy maps", "empathy map")
    for page in pages:
        c.setPageSize((page.width, page.height))
        draw_page(c, page, report)
        c.showPage()
    c.save()


def draw_page(c: Canvas, page: Page, report: FontReport | None = None) -> None:
    """Draw one page's shapes on ``c`` with the page's top-left at the canvas origin's top (the digest too)."""
    for shape in page.shapes:
        _pdf_shape(c, page.height, shape, report)


def _pdf_shape(c: Canvas, ph: float, s: Shape, report: FontReport | None) -> None:
    if isinstance(s, Box):
        _pdf_style(c, s.fill, s.stroke, s.line_width, s.dash)
        if s.radius:
            c.roundRect(s.x, ph - s.y - s.h, s.w, s.h, s.radius, stroke=bool(s.stroke), fill=bool(s.fill))
        else:
            c.rect(s.x, ph - s.y - s.h, s.w, s.h, stroke=bool(s.stroke), fill=bool(s.fill))
    elif isinstance(s, Circle):
        _pdf_style(c, s.fill, s.stroke, s.line_width, ())
        c.circle(s.cx, ph - s.cy, s.r, stroke=bool(s.stroke), fill=bool(s.fill))
    elif isinstance(s, Line):
        _pdf_style(c, None, s.stroke, s.line_width, s.dash)
        c.line(s.x1, ph - s.y1, s.x2, ph - s.y2)
    elif isinstance(s, Text):
        c.setFillColor(s.colour)
        draw_runs(c, s.x, ph - s.y, s.text, s.font, s.size, report, s.anchor)
    elif isinstance(s, Picture):
        _pdf_picture(c, ph, s, report)


def _pdf_style(c: Canvas, fill: str | None, stroke: str | None, width: float, dash: tuple) -> None:
    if fill:
        c.setFillColor(fill)
    if stroke:
        c.setStrokeColor(stroke)
    c.setLineWidth(width)
    c.setDash(list(dash) if dash else [])


def _pdf_picture(c: Canvas, ph: float, s: Picture, report: FontReport | None) -> None:
    try:
        image = ImageReader(io.BytesIO(s.data))
        iw, ih = image.getSize()
    except Exception:  # a damaged photo must not stop the export
        if report:
            report.warn("a persona photo could not be decoded and was left out")
        return
    scale = s.d / min(iw, ih)
    w, h = iw * scale, ih * scale
    c.saveState()
    path = c.beginPath()
    path.circle(s.x + s.d / 2, ph - s.y - s.d / 2, s.d / 2)
    c.clipPath(path, stroke=0, fill=0)
    c.drawImage(image, s.x + (s.d - w) / 2, ph - s.y - s.d + (s.d - h) / 2, w, h, mask="auto")
    c.restoreState()


# -- SVG ------------------------------------------------------------------------

def svg_document(page: Page) -> str:
    """One page as a standalone SVG document (sizes in points)."""
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
           f'width="{page.width:.2f}pt" height="{page.height:.2f}pt" '
           f'viewBox="0 0 {page.width:.2f} {page.height:.2f}">',
           f"<title>{escape(page.title)}</title>",
           f'<rect width="{page.width:.2f}" height="{page.height:.2f}" fill="#ffffff"/>']
    clip = 0
    for s in page.shapes:
        if isinstance(s, Box):
            out.append(f'<rect x="{s.x:.2f}" y="{s.y:.2f}" width="{s.w:.2f}" height="{s.h:.2f}" '
                       f'rx="{s.radius:.2f}" {_svg_paint(s.fill, s.stroke, s.line_width, s.dash)}/>')
        elif isinstance(s, Circle):
            out.append(f'<circle cx="{s.cx:.2f}" cy="{s.cy:.2f}" r="{s.r:.2f}" '
                       f'{_svg_paint(s.fill, s.stroke, s.line_width, ())}/>')
        elif isinstance(s, Line):
            out.append(f'<line x1="{s.x1:.2f}" y1="{s.y1:.2f}" x2="{s.x2:.2f}" y2="{s.y2:.2f}" '
                       f'{_svg_paint(None, s.stroke, s.line_width, s.dash)}/>')
        elif isinstance(s, Text):
            weight = ' font-weight="bold"' if s.font == BOLD else ""
            style = ' font-style="italic"' if s.font == ITALIC else ""
            out.append(f'<text x="{s.x:.2f}" y="{s.y:.2f}" font-family="{SVG_FONT}" '
                       f'font-size="{s.size:.2f}"{weight}{style} fill="{s.colour}" '
                       f'text-anchor="{s.anchor}" xml:space="preserve">{escape(s.text)}</text>')
        elif isinstance(s, Picture):
            import base64

            clip += 1
            r = s.d / 2
            href = f"data:{s.media_type};base64,{base64.b64encode(s.data).decode('ascii')}"
            out.append(f'<clipPath id="photo{clip}"><circle cx="{s.x + r:.2f}" cy="{s.y + r:.2f}" '
                       f'r="{r:.2f}"/></clipPath><image x="{s.x:.2f}" y="{s.y:.2f}" width="{s.d:.2f}" '
                       f'height="{s.d:.2f}" preserveAspectRatio="xMidYMid slice" '
                       f'clip-path="url(#photo{clip})" xlink:href="{href}"/>')
    out.append("</svg>\n")
    return "\n".join(out)


def _svg_paint(fill: str | None, stroke: str | None, width: float, dash: tuple) -> str:
    parts = [f'fill="{fill or "none"}"']
    if stroke:
        parts.append(f'stroke="{stroke}" stroke-width="{width:.2f}"')
        if dash:
            parts.append(f'stroke-dasharray="{" ".join(f"{d:.2f}" for d in dash)}"')
    return " ".join(parts)


# -- PNG ------------------------------------------------------------------------

def write_png(page: Page, out: Path, dpi: int = 150) -> None:
    """Paint one page with QPainter into a PNG at ``dpi``; Qt is imported only here."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import (
        QBrush,
        QColor,
        QFont,
        QGuiApplication,
        QImage,
        QPainter,
        QPainterPath,
        QPen,
    )

    if QGuiApplication.instance() is None:
        write_png._app = QGuiApplication([])  # type: ignore[attr-defined]
    from .qt_fonts import bundled_family

    bundled_family()
    k = dpi / 72
    image = QImage(max(1, round(page.width * k)), max(1, round(page.height * k)), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("#ffffff"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    p.scale(k, k)

    def pen(colour: str | None, width: float, dash: tuple = ()) -> QPen:
        if not colour:
            return QPen(Qt.PenStyle.NoPen)
        q = QPen(QColor(colour), width)
        if dash:
            q.setDashPattern([d / max(width, 0.01) for d in dash])
        return q

    def brush(colour: str | None) -> QBrush:
        return QBrush(QColor(colour)) if colour else QBrush(Qt.BrushStyle.NoBrush)

    for s in page.shapes:
        if isinstance(s, Box):
            p.setPen(pen(s.stroke, s.line_width, s.dash))
            p.setBrush(brush(s.fill))
            p.drawRoundedRect(QRectF(s.x, s.y, s.w, s.h), s.radius, s.radius)
        elif isinstance(s, Circle):
            p.setPen(pen(s.stroke, s.line_width))
            p.setBrush(brush(s.fill))
            p.drawEllipse(QPointF(s.cx, s.cy), s.r, s.r)
        elif isinstance(s, Line):
            p.setPen(pen(s.stroke, s.line_width, s.dash))
            p.drawLine(QPointF(s.x1, s.y1), QPointF(s.x2, s.y2))
        elif isinstance(s, Text):
            font = QFont("DejaVu Sans")
            font.setPointSizeF(s.size * 72 / dpi)
            font.setBold(s.font == BOLD)
            font.setItalic(s.font == ITALIC)
            p.setFont(font)
            p.setPen(QColor(s.colour))
            width = p.fontMetrics().horizontalAdvance(s.text)
            x = s.x - (width / 2 if s.anchor == "middle" else width if s.anchor == "end" else 0)
            p.drawText(QPointF(x, s.y), s.text)
        elif isinstance(s, Picture):
            img = QImage.fromData(s.data)
            if img.isNull():
                continue
            path = QPainterPath()
            path.addEllipse(QRectF(s.x, s.y, s.d, s.d))
            p.save()
            p.setClipPath(path)
            side = min(img.width(), img.height())
            src = QRectF((img.width() - side) / 2, (img.height() - side) / 2, side, side)
            p.drawImage(QRectF(s.x, s.y, s.d, s.d), img, src)
            p.restore()
    p.end()
    if not image.save(str(out), "PNG"):
        raise OSError(f"could not write {out}")
