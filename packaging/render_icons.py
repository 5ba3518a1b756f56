"""Render the app and document icons from their SVGs into what each desktop wants.

Linux: the freedesktop hicolor theme (PNG per size plus the scalable SVG), committed under
packaging/linux/icons/. Windows: a multi-size .ico; macOS: an .icns. Both are PNG-compressed
containers written here byte by byte, so no platform tool (iconutil, ImageMagick) is needed.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent
ICONS = HERE.parent / "resources" / "icons"
APP_ID = "io.github.journeymap.Journeymap"
MIME_ICON = "application-x-journeymap"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)

#: icns chunk types holding PNG data, by pixel size (Retina @2x types share sizes).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512), (b"ic10", 1024),
)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: Each source drawing with its freedesktop icon context and name.
SOURCES = (
    (ICONS / "journeymap.svg", "apps", APP_ID),
    (ICONS / "journeymap-document.svg", "mimetypes", MIME_ICON),
)


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def write_ico(svg: Path, out: Path) -> None:
    """An ICO of PNG entries (Windows Vista and later read these)."""
    pngs = [(size, png_bytes(render(svg, size))) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in pngs:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    out.write_bytes(header + entries + blobs)


def write_icns(svg: Path, out: Path) -> None:
    pngs = {size: png_bytes(render(svg, size)) for size in {size for _, size in ICNS_TYPES}}
    chunks = b""
    for kind, size in ICNS_TYPES:
        chunks += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    out.write_bytes(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)


def write_hicolor(root: Path) -> list[Path]:
    written = []
    for svg, context, name in SOURCES:
        for size in HICOLOR_SIZES:
            target = root / f"{size}x{size}" / context / f"{name}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            if not render(svg, size).save(str(target), "PNG"):
                raise SystemExit(f"render_icons: could not write {target}")
            written.append(target)
        scalable = root / "scalable" / context / f"{name}.svg"
        scalable.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(svg, scalable)
        written.append(scalable)
    return written


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts, painting
    written = write_hicolor(HERE / "linux" / "icons" / "hicolor")
    for folder, writer, suffix in ((HERE / "windows", write_ico, ".ico"), (HERE / "macos", write_icns, ".icns")):
        folder.mkdir(exist_ok=True)
        for svg, _, _ in SOURCES:
            writer(svg, folder / f"{svg.stem}{suffix}")
            written.append(folder / f"{svg.stem}{suffix}")
    print(f"render_icons: wrote {len(written)} files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
