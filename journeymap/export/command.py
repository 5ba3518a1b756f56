"""``journeymap export FILE -o OUT``: the format comes from OUT's extension.

Exit codes: 0 written, 1 the map could not be read (its problems are printed)
or OUT could not be written, 2 bad arguments. Warnings (substituted emoji,
undrawable CJK text) go to stderr; a traceback never does.
"""

from __future__ import annotations

import argparse
import errno
import sys
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

OK, BAD_INPUT, USAGE = 0, 1, 2
FORMATS = (".pdf", ".png", ".svg", ".csv", ".html")
MIN_DPI, MAX_DPI = 10, 1200


def _err(message: str) -> None:
    print(f"journeymap: {message}", file=sys.stderr)


def run_export(args: argparse.Namespace) -> int:
    out = Path(args.output)
    ext = out.suffix.lower()
    if ext not in FORMATS:
        _err(f"cannot tell the format from {shown(out.name)}: use one of {', '.join(FORMATS)}")
        return USAGE
    misplaced = _misplaced_option(args, ext)
    if misplaced:
        _err(misplaced)
        return USAGE
    dpi = getattr(args, "dpi", None)
    dpi = 150 if dpi is None else dpi
    if ext == ".png" and not (MIN_DPI <= dpi <= MAX_DPI):
        _err(f"--dpi {dpi} is out of range ({MIN_DPI}..{MAX_DPI})")
        return USAGE
    layout = getattr(args, "layout", None) or "poster"
    page = getattr(args, "page_size", None) or "A4"
    orientation = getattr(args, "orientation", None)
    if layout == "digest" and page not in ("A4", "letter"):
        _err(f"the digest is for reading at a desk: use --page-size A4 or letter, not {page}")
        return USAGE

    from ..io import MapFileError, load_map
    from ..io.output_guard import kind_of_suffix, refusal

    refused = refusal(out, kind_of_suffix(ext), inputs=[args.file], force=getattr(args, "force", False))
    if refused:
        _err(refused)
        return BAD_INPUT
    try:
        journey = load_map(args.file)
    except MapFileError as e:
        for line in e.lines():
            print(line, file=sys.stderr)
        return BAD_INPUT
    report = FontReport()
    fit: str = getattr(args, "fit", None) or "bands"
    include_hidden = bool(getattr(args, "include_hidden", False))
    comments = bool(getattr(args, "comments", False))
    try:
        write_export(out, lambda tmp: export_to(journey, tmp, ext, layout, page, orientation, dpi, report, fit=fit,
                                                include_hidden=include_hidden, comments=comments))
    except OSError as e:
        _err(f"could not write {shown(out)}: {e.strerror or e}")
        return BAD_INPUT
    except ExportError as e:
        _err(str(e))
        return BAD_INPUT
    for warning in report.warnings:
        _err(f"warning: {warning}")
    print(f"wrote {shown(out)}")
    return OK


def _misplaced_option(args: argparse.Namespace, ext: str) -> str | None:
    """A flag the user gave that cannot apply to this export, said as a usage error.

    Ignoring it silently would hand over a file that is not what was asked for
    (a portrait digest when landscape was asked, a PDF when a resolution was set).
    """
    def given(name: str) -> bool:
        return getattr(args, name, None) is not None

    if given("dpi") and ext != ".png":
        return f"--dpi sets the resolution of a .png export; {ext} has none"
    if given("fit") and (ext != ".pdf" or getattr(args, "layout", None) not in (None, "poster")):
        return "--fit applies to the poster (a .pdf export with --layout poster)"
    if ext != ".pdf":
        for name, flag in (("layout", "--layout"), ("page_size", "--page-size"),
                           ("orientation", f"--{getattr(args, 'orientation', '')}")):
            if given(name):
                return f"{flag} applies to .pdf exports; a {ext} export is the whole map on one sheet"
    if getattr(args, "comments", False) and not (ext == ".html" or ext == ".pdf"
                                                 and getattr(args, "layout", None) == "digest"):
        return "--comments adds the map's comments to the digest (--layout digest) and the web page (.html)"
    if getattr(args, "layout", None) == "digest" and getattr(args, "orientation", None) == "landscape":
        return "the digest is portrait (it is read at a desk); --landscape applies to the poster and tiled layouts"
    return None


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
            from .pdf_tiled import export_tiled

            export_tiled(journey, path, page, landscape, report, options)
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
