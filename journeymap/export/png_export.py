"""PNG images: the map at a chosen resolution, and empathy sheets. The one export module that uses Qt.

The map is its SVG rendered by Qt's SVG module; a sheet's plan is played on a
QPainter (:func:`paint_plan`). Qt is imported when a PNG is asked for, and it
works without a display (the offscreen platform is chosen when there is none).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..i18n import N_, in_map_language
from ..layout import LayoutOptions, layout_map
from ..layout.emotion import marker_outline
from ..layout.fonts import BOLD, ITALIC, QT_FAMILY
from ..layout.paint import Arrow, Box, Circle, Group, Image, Item, Line, Marker, Plan, Text, map_plan
from ..layout.paint import Path as PathShape
from ..layout.shaping import FontReport
from ..layout.style import Stroke
from ..model import JourneyMap
from .pdf_player import arrow_head
from .qt_fonts import bundled_family
from .svg_player import svg_document

MAX_PIXELS = 120_000_000  # ~480 MB of RGBA: beyond this the export asks for a lower --dpi


def _qt_app() -> Any:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:  # fonts need an application; one made here is kept for the process
        app = _qt_app.app = QGuiApplication([])  # type: ignore[attr-defined]
    bundled_family()
    return app


#: what the PNG cannot show, said to the person exporting
EMOJI_WARNING = N_("emoji and other characters beyond the Basic Multilingual Plane may show as empty boxes in "
                 "the PNG (e.g. {sample}): the picture is drawn with the map's own font; the SVG and HTML "
                 "exports leave them to the viewer's fonts")


def unshown_characters(plan: Plan) -> str:
    """The characters of ``plan``'s text the PNG's font has no glyph for: emoji and others beyond the BMP."""
    found: dict[str, None] = {}
    for line in plan.texts():
        if not line.isascii() and max(line) > "\uffff":
            found.update((ch, None) for ch in line if ord(ch) > 0xFFFF)
    return "".join(found)


@in_map_language
def export_png(journey: JourneyMap, out: Path | str, dpi: int = 150, report: FontReport | None = None,
               options: LayoutOptions | None = None) -> Path:
    layout = layout_map(journey, options)
    w = max(1, round(layout.width / 72 * dpi))
    h = max(1, round(layout.height / 72 * dpi))
    if w * h > MAX_PIXELS or max(w, h) > 32_000:
        most = int(dpi * min((MAX_PIXELS / (w * h)) ** 0.5, 32_000 / max(w, h)))
        raise ValueError(f"the map is {w} x {h} pixels at {dpi} dpi, too large for one image; "
                         f"use --dpi {max(1, most)} or less, or export SVG or PDF")
    _qt_app()
    from PySide6.QtCore import QByteArray, QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    plan = map_plan(layout, journey.title)
    missing = unshown_characters(plan)
    if missing and report is not None:
        report.warn(EMOJI_WARNING, sample=" ".join(missing[:5]))
    renderer = QSvgRenderer(QByteArray(svg_document(plan).encode("utf-8")))
    image = QImage(w, h, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter, QRectF(0, 0, w, h))
    painter.end()
    from .qt_png import save_png

    save_png(image, out)
    return Path(out)


def write_sheet_png(page: Plan, out: Path, dpi: int = 150) -> None:
    """Paint one sheet's plan with QPainter into a PNG at ``dpi``."""
    _qt_app()
    from PySide6.QtGui import QColor, QImage, QPainter

    k = dpi / 72
    image = QImage(max(1, round(page.width * k)), max(1, round(page.height * k)), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(k, k)
    paint_plan(painter, page, dpi)
    painter.end()
    from .qt_png import save_png

    save_png(image, out)


def paint_plan(p: Any, plan: Plan, dpi: float) -> None:  # noqa: C901 - one branch per kind of shape
    """Play ``plan`` on the QPainter ``p`` (scaled so that one unit is one point; ``dpi`` sizes the type)."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainterPath, QPen, QPolygonF

    def pen(stroke: Stroke | None) -> QPen:
        if stroke is None:
            return QPen(Qt.PenStyle.NoPen)
        q = QPen(QColor(stroke.colour), stroke.width)
        if stroke.dash:
            q.setDashPattern([d / max(stroke.width, 0.01) for d in stroke.dash])
        if plan.round_caps:
            q.setCapStyle(Qt.PenCapStyle.RoundCap)
            q.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return q

    def brush(colour: str | None) -> QBrush:
        return QBrush(QColor(colour)) if colour else QBrush(Qt.BrushStyle.NoBrush)

    def draw(item: Item) -> None:
        if isinstance(item, Group):
            for child in item.items:
                draw(child)
        elif isinstance(item, Box):
            p.save()
            p.setOpacity(item.opacity)
            p.setPen(pen(item.stroke))
            p.setBrush(brush(item.fill))
            r = item.rect
            p.drawRoundedRect(QRectF(r.x, r.y, r.w, r.h), item.radius, item.radius)
            p.restore()
        elif isinstance(item, Circle):
            p.setPen(pen(item.stroke))
            p.setBrush(brush(item.fill))
            p.drawEllipse(QPointF(item.cx, item.cy), item.r, item.r)
        elif isinstance(item, Line):
            p.setPen(pen(item.stroke))
            p.drawLine(QPointF(item.x0, item.y0), QPointF(item.x1, item.y1))
        elif isinstance(item, PathShape):
            p.setPen(pen(item.stroke))
            p.setBrush(brush(item.fill))
            for (x, y), segments in item.runs:
                path = QPainterPath(QPointF(x, y))
                for seg in segments:
                    if len(seg) == 6:
                        path.cubicTo(seg[0], seg[1], seg[2], seg[3], seg[4], seg[5])
                    else:
                        path.lineTo(seg[0], seg[1])
                if item.closed:
                    path.closeSubpath()
                p.drawPath(path)
        elif isinstance(item, Marker):
            p.setPen(pen(item.stroke))
            p.setBrush(brush(item.fill))
            if item.shape == "circle":
                p.drawEllipse(QPointF(item.x, item.y), item.r, item.r)
            else:
                p.drawPolygon(QPolygonF([QPointF(item.x + dx * item.r, item.y + dy * item.r)
                                         for dx, dy in marker_outline(item.shape)]))
        elif isinstance(item, Arrow):
            p.setPen(pen(item.stroke))
            p.drawLine(QPointF(item.x0, item.y0), QPointF(item.x1, item.y1))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(brush(item.stroke.colour))
            p.drawPolygon(QPolygonF([QPointF(x, y) for x, y in arrow_head(item)]))
        elif isinstance(item, Text):
            font = QFont(QT_FAMILY)
            font.setPointSizeF(item.size * 72 / dpi)
            font.setBold(item.font == BOLD)
            font.setItalic(item.font == ITALIC)
            p.setFont(font)
            p.setPen(QColor(item.colour))
            metrics = p.fontMetrics()
            for line, base in zip(item.lines, item.baselines(), strict=True):
                width = metrics.horizontalAdvance(line)
                free = item.rect.w - width
                x = item.rect.x + (0.0 if item.align == "left" else free if item.align == "right" else free / 2)
                p.drawText(QPointF(x, base), line)
        elif isinstance(item, Image):
            picture = QImage.fromData(item.data)
            if picture.isNull():
                return
            r = item.rect
            clip = QPainterPath()
            if item.round:
                clip.addEllipse(QRectF(r.x, r.y, r.w, r.h))
            else:
                clip.addRect(QRectF(r.x, r.y, r.w, r.h))
            p.save()
            p.setClipPath(clip)
            k = max(r.w / picture.width(), r.h / picture.height())
            sw, sh = r.w / k, r.h / k  # the part of the picture that covers the box, centred
            src = QRectF((picture.width() - sw) / 2, (picture.height() - sh) / 2, sw, sh)
            p.drawImage(QRectF(r.x, r.y, r.w, r.h), picture, src)
            p.restore()

    for item in plan.items:
        draw(item)


__all__ = ["MAX_PIXELS", "export_png", "paint_plan", "write_sheet_png"]
