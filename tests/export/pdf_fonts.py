"""What ``pdffonts`` tells about a PDF's fonts, read with pypdf, so the suite needs no poppler-utils."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

_SUBSET = re.compile(r"^/?[A-Z]{6}\+")
_FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")


@dataclass(frozen=True)
class PdfFont:
    """One font object of a PDF, as a reader's font list shows it."""

    name: str
    embedded: bool
    subset: bool
    unicode_map: bool

    @property
    def fully_usable(self) -> bool:
        """Embedded, subset and searchable: pdffonts' "yes yes yes"."""
        return self.embedded and self.subset and self.unicode_map


def pdf_fonts(path: Path | str) -> list[PdfFont]:
    """Every font object used by a page (or a form on a page), once each."""
    found: dict[int, PdfFont] = {}

    def visit(resources) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for ref in (resources.get("/Font") or {}).values():
            key = getattr(ref, "idnum", id(ref))
            if key not in found:
                found[key] = _describe(ref.get_object())
        for ref in (resources.get("/XObject") or {}).values():
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Form":
                visit(xobject.get("/Resources"))

    for page in PdfReader(str(path)).pages:
        visit(page.get("/Resources"))
    return list(found.values())


def _describe(font) -> PdfFont:
    descendant = font
    if font.get("/Subtype") == "/Type0" and font.get("/DescendantFonts"):
        descendant = font["/DescendantFonts"][0].get_object()
    descriptor = descendant.get("/FontDescriptor")
    descriptor = descriptor.get_object() if descriptor is not None else {}
    name = str(font.get("/BaseFont", ""))
    return PdfFont(name=name.lstrip("/"), embedded=any(k in descriptor for k in _FONT_FILES),
                   subset=bool(_SUBSET.match(name)), unicode_map="/ToUnicode" in font)
