"""``journeymap empathy``: print personas' empathy maps, filled or as blank workshop sheets.

Exit codes as for ``journeymap export``: 0 written, 1 a problem with the map
or the output file, 2 a usage error (an unknown format or page size).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..export.empathy_files import BAD_INPUT, EmpathyExportError, check_request, write_empathy
from ..io.filenames import shown
from ..layout.shaping import FontReport
from .maps import load_or_report

OK = 0


def _err(message: str) -> None:
    print(f"journeymap: {message}", file=sys.stderr)


def run_empathy(args: argparse.Namespace) -> int:
    out = Path(args.output)
    try:
        check_request(out, args.page_size)
    except EmpathyExportError as e:
        _err(str(e))
        return e.code
    journey = load_or_report(args.file)
    if journey is None:
        return BAD_INPUT
    report = FontReport()
    try:
        written = write_empathy(journey, out, args.persona, args.style, args.blank, args.page_size,
                                getattr(args, "orientation", None), getattr(args, "dpi", None) or 150, report,
                                inputs=[args.file], force=getattr(args, "force", False))
    except EmpathyExportError as e:
        _err(str(e))
        return e.code
    for warning in report.warnings:
        _err(f"warning: {warning}")
    names = ", ".join(shown(p) for p in written.files)
    print(f"wrote {names} ({written.pages} page{'s' if written.pages != 1 else ''})")
    return OK


