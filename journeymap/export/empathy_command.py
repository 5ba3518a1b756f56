"""``journeymap empathy``: print personas' empathy maps, filled or as blank workshop sheets.

Exit codes as for ``journeymap export``: 0 written, 1 a problem with the map
or the output file, 2 a usage error (an unknown format or page size).
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from ..empathy.drawing import Page
from ..empathy.pages import PAGE_SIZES, Request, build_pages, number_pages, page_size
from ..export.fonts import FontReport
from ..model.journey_map import JourneyMap, Persona
from ..model.kinds import EmpathyStyle

OK, BAD_INPUT, USAGE = 0, 1, 2
FORMATS = (".pdf", ".png", ".svg")


class EmpathyExportError(Exception):
    """A problem the user can fix; ``code`` is the exit code."""

    def __init__(self, message: str, code: int = BAD_INPUT) -> None:
        super().__init__(message)
        self.code = code


def _err(message: str) -> None:
    print(f"journeymap: {message}", file=sys.stderr)


def run_empathy(args: argparse.Namespace) -> int:
    from ..io import MapFileError, load_map

    out = Path(args.output)
    if out.suffix.lower() not in FORMATS:
        _err(f"{out}: cannot write {out.suffix or 'a file without an extension'}; "
             f"use {', '.join(FORMATS)}")
        return USAGE
    if args.page_size not in PAGE_SIZES:
        _err(f"unknown page size {args.page_size!r} (choose from {', '.join(PAGE_SIZES)})")
        return USAGE
    try:
        journey = load_map(args.file)
    except MapFileError as e:
        for line in e.lines():
            print(line, file=sys.stderr)
        return BAD_INPUT
    report = FontReport()
    try:
        pages = empathy_pages(journey, args.persona, args.style, args.blank, args.page_size,
                              getattr(args, "orientation", None), report)
        written = write_pages(pages, out, journey.title, getattr(args, "dpi", None) or 150, report)
    except EmpathyExportError as e:
        _err(str(e))
        return e.code
    for warning in report.warnings:
        _err(f"warning: {warning}")
    names = ", ".join(str(p) for p in written)
    print(f"wrote {names} ({len(pages)} page{'s' if len(pages) != 1 else ''})")
    return OK


def choose_personas(journey: JourneyMap, wanted: str | None, blank: bool) -> list[Persona | None]:
    """The personas to print: by name or id, ``all``, or the first; ``[None]`` for an anonymous sheet."""
    if wanted is None:
        if blank or not journey.personas:
            if not blank:
                raise EmpathyExportError("the map has no personas; add one, or print an empty "
                                         "template with --blank")
            return [None]
        return [journey.personas[0]]
    if wanted.lower() == "all":
        if not journey.personas:
            raise EmpathyExportError("the map has no personas (use --blank without --persona "
                                     "for an empty template)")
        return list(journey.personas)
    for p in journey.personas:
        if p.id == wanted or p.name.casefold() == wanted.casefold():
            return [p]
    known = ", ".join(repr(p.name) for p in journey.personas) or "none"
    raise EmpathyExportError(f"the map has no persona {wanted!r}; its personas are: {known}")


def empathy_pages(journey: JourneyMap, persona: str | None, style: str | None, blank: bool,
                  size_name: str, orientation: str | None, report: FontReport) -> list[Page]:
    """Every page, in order: one or more per chosen persona."""
    size = page_size(size_name, orientation)
    pages: list[Page] = []
    for p in choose_personas(journey, persona, blank):
        chosen = EmpathyStyle(style) if style else (p.empathy_map.style if p else EmpathyStyle.QUADRANTS)
        pages.extend(build_pages(Request(journey, p, chosen, blank, size), report))
    number_pages(pages, journey.title)
    return pages


def write_pages(pages: list[Page], out: Path, title: str, dpi: int, report: FontReport) -> list[Path]:
    """Write a PDF (all pages) or one SVG/PNG per page (``name-2.png``...); returns the files."""
    from ..io.errors import SaveError
    from ..io.writer import write_atomically
    from .empathy_pdf import svg_document, write_pdf, write_png

    kind = out.suffix.lower()
    targets = [out] if kind == ".pdf" or len(pages) == 1 else [
        out.with_name(f"{out.stem}-{k}{out.suffix}") for k in range(1, len(pages) + 1)]
    try:
        if kind == ".pdf":
            buffer = io.BytesIO()
            write_pdf(pages, buffer, title=f"{title}: empathy maps", report=report)
            write_atomically(out, buffer.getvalue(), backup=False)
        elif kind == ".svg":
            for page, target in zip(pages, targets, strict=True):
                write_atomically(target, svg_document(page).encode("utf-8"), backup=False)
        else:
            if not out.parent.is_dir():
                raise EmpathyExportError(f"cannot write {out}: the folder {out.parent} does not exist")
            for page, target in zip(pages, targets, strict=True):
                write_png(page, target, dpi)
    except SaveError as e:
        raise EmpathyExportError(str(e)) from None
    except OSError as e:
        raise EmpathyExportError(f"cannot write {out}: {e.strerror or e}") from None
    return targets
