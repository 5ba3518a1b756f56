"""Writing a Qt image as a PNG file through Python, so any file name works.

Qt reads file names as text and cannot reach a file whose name is not valid
UTF-8; Python keeps such names' bytes. So Qt only encodes the picture, in
memory, and Python writes the bytes to the path it was given.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage


def save_png(image: QImage, out: Path | str) -> None:
    """Write ``image`` to ``out`` as a PNG; raise OSError when it cannot be encoded or written."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stub wants bytes for the format, but the binding accepts only str ("PNG"; b"PNG" raises).
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise OSError(f"the picture ({image.width()} x {image.height()} pixels) could not be encoded as PNG")
    buffer.close()
    with open(out, "wb") as f:
        f.write(data.data())
