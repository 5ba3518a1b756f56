"""Personas' empathy maps written to files, filled or as blank workshop sheets: one file per page when needed.

The ``journeymap empathy`` verb (``cli/empathy.py``) and the Export dialog both
write through :func:`write_empathy`; a problem the user can fix is an
:class:`EmpathyExportError` carrying the verb's exit code.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import NamedTuple

from ..empathy.pages import Request, build_pages, number_pages
from ..i18n import in_map_language
from ..io.filenames import shown
from ..io.output_guard import kind_of_suffix, refusal
from ..layout.paint import Plan
from ..layout.shaping import FontReport
from ..model.journey_map import JourneyMap, Persona
from ..model.kinds import EmpathyStyle
from ..paper import PAGE_SIZES, page_size

BAD_INPUT, USAGE = 1, 2  # the exit codes of ``journeymap empathy`` for each kind of problem
FORMATS = (".pdf", ".png", ".svg")


class EmpathyExportError(Exception):
    """A problem the user can fix; ``code`` is the exit code."""

    def __init__(self, message: str, code: int = BAD_INPUT) -> None:
        super().__init__(message)
        self.code = code


class Written(NamedTuple):
    files: list[Path]
    pages: int


def write_empathy(journey: JourneyMap, out: Path, persona: str | None = None, style: str | None = None,
                  blank: bool = False, size_name: str = "A4", orientation: str | None = None, dpi: int = 150,
                  report: FontReport | None = None, *, inputs: Sequence[Path | str] = (),
                  force: bool = True) -> Written:
    """Export empathy maps of ``journey`` to ``out`` (PDF, or one PNG/SVG per page).

    ``persona`` is a name, an id, ``"all"`` or None (the first persona, or an
    anonymous sheet when ``blank``); ``style`` None uses each persona's own
    layout. The command and the editor's Export dialog both call this.
    Without ``force``, a file in the way that is not an earlier export (a map,
    one of ``inputs``, another kind of file, a read-only file) is refused.
    Raises EmpathyExportError with the reason in the user's words.
    """
    check_request(out, size_name)
    report = report if report is not None else FontReport()
    pages = empathy_pages(journey, persona, style, blank, size_name, orientation, report)
    for target in page_files(out, len(pages)):
        refused = refusal(target, kind_of_suffix(target.suffix), inputs=inputs, force=force)
        if refused:
            raise EmpathyExportError(refused)
    return Written(write_pages(pages, out, journey, dpi, report), len(pages))


def page_files(out: Path, pages: int) -> list[Path]:
    """The files ``pages`` pages go to: ``out`` for a PDF or one page, else ``name-1.png``, ``name-2.png``..."""
    if out.suffix.lower() == ".pdf" or pages == 1:
        return [out]
    return [out.with_name(f"{out.stem}-{k}{out.suffix}") for k in range(1, pages + 1)]


def check_request(out: Path, size_name: str) -> None:
    """Refuse (as a usage error) a format or page size empathy maps do not come in."""
    if out.suffix.lower() not in FORMATS:
        raise EmpathyExportError(f"{shown(out)}: cannot write {out.suffix or 'a file without an extension'}; "
                                 f"use {', '.join(FORMATS)}", USAGE)
    if size_name not in PAGE_SIZES:
        raise EmpathyExportError(f"unknown page size {size_name!r} (choose from {', '.join(PAGE_SIZES)})",
                                 USAGE)


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


@in_map_language
def empathy_pages(journey: JourneyMap, persona: str | None, style: str | None, blank: bool,
                  size_name: str, orientation: str | None, report: FontReport) -> list[Plan]:
    """Every page, in order: one or more per chosen persona."""
    size = page_size(size_name, landscape=orientation != "portrait")  # empathy maps default to landscape
    pages: list[Plan] = []
    for p in choose_personas(journey, persona, blank):
        chosen = EmpathyStyle(style) if style else (p.empathy_map.style if p else EmpathyStyle.QUADRANTS)
        pages.extend(build_pages(Request(journey, p, chosen, blank, size), report))
    number_pages(pages, journey.title)
    return pages


def write_pages(pages: list[Plan], out: Path, journey: JourneyMap, dpi: int, report: FontReport) -> list[Path]:
    """Write a PDF (all pages) or one SVG/PNG per page (``name-2.png``...); returns the files.

    Each file goes through a temporary file beside it, so a failure leaves no half file.
    """
    from .empathy_pdf import write_pdf
    from .targets import write_export

    kind = out.suffix.lower()
    targets = page_files(out, len(pages))
    try:
        if kind == ".pdf":
            write_export(out, lambda tmp: write_pdf(pages, tmp, journey, report=report))
        else:
            for page, target in zip(pages, targets, strict=True):
                write_export(target, partial(_write_sheet, page, kind, dpi))
    except OSError as e:
        raise EmpathyExportError(f"cannot write {shown(out)}: {e.strerror or e}") from None
    return targets


def _write_sheet(page: Plan, kind: str, dpi: int, path: Path) -> None:
    """One sheet as an SVG or (through Qt) a PNG file."""
    if kind == ".svg":
        from .svg_player import svg_document

        path.write_text(svg_document(page), encoding="utf-8")
    else:
        from .png_export import write_sheet_png

        write_sheet_png(page, path, dpi)
