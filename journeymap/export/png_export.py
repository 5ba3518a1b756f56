"""PNG of the whole map at a chosen resolution: the SVG rendered by Qt's SVG module.

The only export module that uses Qt, imported lazily, and it works without a
display (the offscreen platform is chosen when no display is there).
"""

from __future__ import annotations

import os
from pathlib import Path

from ..layout import layout_map
from ..model import JourneyMap
from .qt_fonts import bundled_family
from .svg_export import SvgWriter

MAX_PIXELS = 120_000_000  # ~480 MB of RGBA: beyond this the export asks for a lower --dpi


def export_png(journey: JourneyMap, out: Path | str, dpi: int = 150) -> Path:
    layout = layout_map(journey)
    w = max(1, round(layout.width / 72 * dpi))
    h = max(1, round(layout.height / 72 * dpi))
    if w * h > MAX_PIXELS or max(w, h) > 32_000:
        most = int(dpi * min((MAX_PIXELS / (w * h)) ** 0.5, 32_000 / max(w, h)))
        raise ValueError(f"the map is {w} x {h} pixels at {dpi} dpi, too large for one image; "
                         f"use --dpi {max(1, most)} or less, or export SVG or PDF")
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - fonts need an application
    bundled_family()
    renderer = QSvgRenderer(QByteArray(SvgWriter(layout).write(journey.title).encode("utf-8")))
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
