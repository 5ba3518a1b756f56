"""The shipped translations are complete, compiled, used by the exports, and fit where they are drawn."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from pypdf import PdfReader

from journeymap.export.pdf_poster import export_poster
from journeymap.i18n import SHIPPED, _, direction, format_date, language
from journeymap.layout import layout_map
from journeymap.layout.fonts import BOLD
from journeymap.layout.text import text_width
from journeymap.resources import resource_path

from ..layout.maps import sample_map

LOCALE = resource_path("locale")


def _key(value):
    return tuple(value) if isinstance(value, list | tuple) else value


def _catalog(lang):
    with (LOCALE / lang / "LC_MESSAGES" / "journeymap.po").open("rb") as f:
        return read_po(f, locale=lang)


def test_the_template_lists_every_string_marked_in_the_code(tmp_path):
    out = tmp_path / "fresh.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "-q", "extract", "-k", "_", "-k", "N_",
                    "-k", "ngettext:1,2", "-k", "tr", "-k", "ntr:1,2", "--no-location", "--sort-output",
                    "-o", str(out), "journeymap/model", "journeymap/layout", "journeymap/export",
                    "journeymap/empathy", "journeymap/analysis", "journeymap/commands", "journeymap/ui",
                    "journeymap/templates.py", "journeymap/io"],
                   cwd=resource_path("..") if (resource_path("..") / "journeymap").is_dir() else None, check=True)
    with out.open("rb") as f:
        fresh = {m.id for m in read_po(f) if m.id}
    with (LOCALE / "journeymap.pot").open("rb") as f:
        shipped = {m.id for m in read_po(f) if m.id}
    assert fresh == shipped, "run `make translations`"


@pytest.mark.parametrize("lang", SHIPPED)
def test_every_source_string_has_a_translation_in_each_shipped_language(lang):
    with (LOCALE / "journeymap.pot").open("rb") as f:
        source = {m.id for m in read_po(f) if m.id}
    catalog = _catalog(lang)
    translated = {m.id for m in catalog if m.id and not m.fuzzy
                  and (all(m.string) if isinstance(m.string, tuple) else m.string)}
    assert source - translated == set(), f"{lang}: untranslated strings"
    for m in catalog:  # every placeholder survives translation, none is invented
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        if ids[0]:
            wanted = set(re.findall(r"\{\w+\}", ids[-1]))
            for string in strings:
                assert set(re.findall(r"\{\w+\}", string)) <= wanted, (lang, m.id, string)
                assert string.count("{") == string.count("}"), (lang, m.id, string)
            assert set(re.findall(r"\{\w+\}", strings[-1])) == wanted, (lang, m.id)


@pytest.mark.parametrize("lang", SHIPPED)
def test_the_compiled_catalog_matches_its_source(lang):
    with (LOCALE / lang / "LC_MESSAGES" / "journeymap.mo").open("rb") as f:
        compiled = {_key(m.id): _key(m.string) for m in read_mo(f) if m.id}
    source = {_key(m.id): _key(m.string) for m in _catalog(lang) if m.id}
    assert compiled == source, "run `make translations`"


def test_exports_speak_the_maps_language_and_fall_back_to_english(tmp_path):
    journey = sample_map()
    for lang, words in (("de", ["Aktionen", "Pain Points", "Seite 1"]),
                        ("fr", ["Actions", "Points de contact", "Page 1"]),
                        ("es", ["Acciones", "Puntos de contacto", "Página 1"]),
                        ("ar", ["الإجراءات", "نقاط التواصل", "صفحة 1"]),
                        ("ja", ["Actions", "Touchpoints", "Page 1"])):  # no catalog: English
        out = tmp_path / f"{lang}.pdf"
        export_poster(journey.model_copy(update={"language": lang}), out)
        text = " ".join(PdfReader(out).pages[0].extract_text().split())
        for word in words:
            assert word in text, (lang, word)
    assert _("Actions") == "Actions"  # outside an export: English


def test_dates_and_directions_follow_the_language():
    with language("de"):
        assert format_date("2026-03-03") == "3. März 2026"
        assert direction() == "ltr"
    with language("ar-EG"):
        assert direction() == "rtl"


@pytest.mark.parametrize("lang", SHIPPED)
def test_the_longest_translated_lane_titles_and_step_labels_still_fit_their_boxes(lang):
    """Lane titles and the moment-of-truth label wrap inside their column without breaking a word."""
    with language(lang):
        layout = layout_map(sample_map())
        for lane in layout.lanes.values():
            for line in lane.title.lines:
                assert text_width(line, lane.title.font, lane.title.size) <= lane.title.rect.w + 1e-6, (lang, line)
            assert "\u2010" not in "".join(lane.title.lines), (lang, lane.title.lines)  # no word broken
        for step in layout.steps.values():
            for block in step.metrics:
                for line in block.lines:
                    assert text_width(line, BOLD, block.size) <= block.rect.w + 1e-6, (lang, line)


def test_a_moment_reads_as_each_language_writes_it():
    from datetime import datetime

    from journeymap.i18n import format_moment, language

    moment = datetime(2026, 12, 4, 14, 3)
    written = {}
    for code in ("en", "de", "fr", "ar"):
        with language(code):
            written[code] = format_moment(moment)
    assert written["en"] == "4 Dec 2026, 14:03"
    assert written["de"] == "04.12.2026, 14:03"
    assert written["fr"] == "4 déc. 2026, 14:03"
    assert written["ar"].endswith("، 14:03")  # the Arabic comma between date and time
