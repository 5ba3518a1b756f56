"""One export written to its target: the format from the file's extension, the file replaced atomically.

The ``journeymap export`` verb (``cli/export.py``) and the Export dialog both
write through :func:`export_to` and :func:`write_export`.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..io.filenames import shown
from ..io.output_guard import keep_replaced_map
from ..io.writer import replace_atomically, save_target
from ..layout.options import LayoutOptions
from ..layout.shaping import FontReport

if TYPE_CHECKING:
    from ..model import JourneyMap

FORMATS = (".pdf", ".png", ".svg", ".csv", ".html")
MIN_DPI, MAX_DPI = 10, 1200


class ExportError(Exception):
    """An export that cannot be made (e.g. PNG bigger than memory allows)."""


def write_export(out: Path, write: Callable[[Path], None]) -> None:
    """Call ``write`` on a temporary file beside ``out``, then replace ``out`` with it.

    A failed or interrupted export leaves no half file and keeps any earlier
    export at ``out``; the command line and the editor's Export dialog share it.
    Raises OSError (the folder is missing or not writable) or whatever ``write`` raises.
    """
    out, problem = save_target(out)  # a link gets the export in its target; a device is refused
    if problem:
        raise OSError(errno.EINVAL, problem)
    out_dir = out.parent
    if not out_dir.is_dir():
        raise OSError(2, f"the folder {shown(out_dir)} does not exist")
    keep_replaced_map(out)  # only ever after --force or the editor's "Replace?": the map stays restorable
    replace_atomically(out, write, suffix=out.suffix.lower())


def export_to(journey: JourneyMap, path: Path, ext: str, layout: str = "poster", page: str = "A4",
              orientation: str | None = None, dpi: int = 150, report: FontReport | None = None, *,
              fit: str = "bands", include_hidden: bool = False, comments: bool = False) -> None:
    """Write ``journey`` to ``path`` in the format of ``ext``; used by the command and the editor.

    ``orientation`` None lets the poster and the tiles choose (larger print, fewer sheets).
    Lanes the author hid stay out of everything a stakeholder reads unless
    ``include_hidden``; the CSV, a data table, always keeps them (marked).
    ``comments``: the map's comment threads go in the digest (an appendix) and the web page.
    """
    landscape = None if orientation is None else orientation != "portrait"
    options = LayoutOptions(show_hidden_lanes=include_hidden)
    if ext == ".pdf":
        if layout == "tiled":
            from .pdf_tiled import TilingError, export_tiled

            try:
                export_tiled(journey, path, page, landscape, report, options)
            except TilingError as e:
                raise ExportError(str(e)) from e
        elif layout == "digest":
            from .pdf_digest import export_digest

            export_digest(journey, path, page, report, include_hidden=include_hidden, comments=comments)
        else:
            from .pdf_poster import export_poster

            export_poster(journey, path, page, landscape, report, fit=fit, include_hidden=include_hidden)
    elif ext == ".csv":
        from .csv_export import export_csv

        export_csv(journey, path)
    elif ext == ".svg":
        from .svg_export import export_svg

        export_svg(journey, path, options)
    elif ext == ".html":
        from .html_export import export_html

        export_html(journey, path, report, include_hidden=include_hidden, comments=comments)
    elif ext == ".png":
        from .png_export import export_png

        try:
            export_png(journey, path, dpi, report, options)
        except (MemoryError, ValueError) as e:
            raise ExportError(str(e)) from e
    else:
        raise ValueError(ext)
