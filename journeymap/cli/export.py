"""``journeymap export FILE -o OUT``: the format comes from OUT's extension.

Exit codes: 0 written, 1 the map could not be read (its problems are printed)
or OUT could not be written, 2 bad arguments. Warnings (substituted emoji,
undrawable CJK text) go to stderr; a traceback never does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..export.targets import FORMATS, MAX_DPI, MIN_DPI, ExportError, export_to, write_export
from ..io.filenames import shown
from ..layout.shaping import FontReport
from .maps import load_or_report

OK, BAD_INPUT, USAGE = 0, 1, 2


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

    from ..io.output_guard import kind_of_suffix, refusal

    refused = refusal(out, kind_of_suffix(ext), inputs=[args.file], force=getattr(args, "force", False))
    if refused:
        _err(refused)
        return BAD_INPUT
    journey = load_or_report(args.file)
    if journey is None:
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
