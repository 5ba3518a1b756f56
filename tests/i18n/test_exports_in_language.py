"""A map written in German, French, Spanish or Arabic is exported in that language, word for word.

Every label an export writes (the digest's headings, facts and table, the empathy
sheets and the blank templates, page numbers, metric badges) is read back from
the PDFs: the translation is there, the English is not.
"""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from journeymap.export.empathy_files import write_empathy
from journeymap.export.pdf_digest import export_digest
from journeymap.export.pdf_poster import export_poster
from journeymap.export.pdf_tiled import export_tiled
from journeymap.i18n import SHIPPED, _, language
from journeymap.layout import metric_texts
from journeymap.layout.shaping import FontReport

from ..layout.maps_languages import written_in

#: labels every export of the sample map shows somewhere (English source strings)
LABELS = [
    "Scenario", "Expectations", "The whole map", "Goals", "Needs", "Pains", "Gains", "Channels", "Where",
    "Opportunities", "Owners", "Pain points and opportunities", "Metrics", "Moment of truth",
    "Observed", "Assumed", "Proposed (to-be)", "Emotion curve", "Touchpoints", "Designed for", "Designed by",
    "Date", "Version", "Who", "Goal", "See", "Say", "Do", "Hear", "Think", "Feel", "Think & Feel", "Says", "Thinks",
    "Does", "Feels", "Name", "Empathy Map Canvas", "Empathy Map",
    "What do they say out loud, in their own words?", "What are they hearing others say?",
]


def _flat(text: str) -> str:
    return " ".join(text.replace("\u2010\n", "").split())


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """Every export of the sample map in each shipped language: its extracted text, per language."""
    out = {}
    for lang in SHIPPED:
        folder = tmp_path_factory.mktemp(lang)
        journey = written_in(lang)
        report = FontReport()
        export_poster(journey, folder / "poster.pdf", report=report)
        export_tiled(journey, folder / "tiled.pdf", report=report)
        export_digest(journey, folder / "digest.pdf", report=report)
        write_empathy(journey, folder / "empathy.pdf", "all", None, False, "A4", report=report)
        write_empathy(journey, folder / "canvas.pdf", None, "canvas", True, "A4", report=report)
        write_empathy(journey, folder / "quadrants.pdf", None, "quadrants", True, "A4", report=report)
        assert not any("drawable" in w for w in report.warnings)  # every character drawn
        out[lang] = {pdf.stem: _flat("\n".join(page.extract_text() for page in PdfReader(pdf).pages))
                     for pdf in folder.glob("*.pdf")}
    return out


@pytest.mark.parametrize("lang", SHIPPED)
def test_every_label_of_the_exports_is_in_the_maps_language_and_none_in_english(exported, lang):
    every = " ".join(exported[lang].values())
    with language(lang):
        for label in LABELS:
            shown = _flat(_(label))
            assert shown in every, (lang, label, shown)
            if shown != label and len(label) > 3:
                assert re.search(rf"(?<!\w){re.escape(label)}(?!\w)", every) is None, (lang, label)
        journey = written_in(lang)
        stage = journey.stages[0].name
        digest = exported[lang]["digest"]
        assert _flat(_("Stage {n}: {name}").format(n=1, name=stage)) in digest
        assert _flat(_("Channel: {channel}").format(channel=_("Social media"))) in digest
        assert _flat(_("Owner: {owner}").format(owner=journey.lanes[1].cards[0].owner)) in digest
        assert _flat(_("Page {n} of {total}").format(n=1, total=1)) in exported[lang]["canvas"]
    for english in ("Stage 1", "Channel:", "Owner:", "Page 1 of", "(continued)", "as-is", "to-be"):
        assert english not in every, (lang, english)


def test_a_german_digest_writes_numbers_and_trade_words_as_german_cx_teams_do(exported):
    digest = exported["de"]["digest"]
    for words in ("Phase 1: Aufmerksamkeit", "Kanal: Soziale Medien", "Verantwortlich: Marketing",
                  "NPS +32 · n=120", "CSAT 78 % · n=40", "CES 2,5 · n=12", "Pain Points und Chancen",
                  "Moment of Truth", "Verantwortliche", "Produktmanagement", "Datum: 3. März 2026"):
        assert words in digest, words
    assert "Produktmanag\u2010" not in digest and "Verantwortli\u2010" not in digest  # the table's columns fit them


def test_badges_and_quotes_follow_each_languages_typography():
    journey = written_in("fr")
    checkout = journey.stages[2].steps[0]
    with language("fr"):
        assert metric_texts(checkout) == ["NPS +32 \u00b7 n\u00a0=\u00a0120", "CSAT 78\u00a0% \u00b7 n\u00a0=\u00a040",
                                          "CES 2,5 \u00b7 n\u00a0=\u00a012"]
    with language("en"):
        assert metric_texts(checkout) == ["NPS +32 \u00b7 n=120", "CSAT 78% \u00b7 n=40", "CES 2.5 \u00b7 n=12"]


def test_the_web_page_speaks_the_maps_language_and_an_arabic_one_reads_from_the_right():
    from journeymap.export.html.page import html_document

    german = html_document(written_in("de"))
    assert german.startswith('<!DOCTYPE html>\n<html lang="de">')
    for words in ("Über diese Journey", "Die Journey, Phase für Phase", "Emotionswerte", "Pain Points und Chancen",
                  "Kanal: Soziale Medien", "Zuletzt geändert am"):
        assert words in german, words
    assert "About this journey" not in german and "Channel:" not in german
    arabic = html_document(written_in("ar"))
    assert arabic.startswith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">')
    assert '<div class="map" dir="ltr"' in arabic  # the map's grid keeps its stages left to right, as on paper
    assert "عن هذه الرحلة" in arabic and "About this journey" not in arabic
    english = html_document(written_in("de").model_copy(update={"language": "ja"}))  # no catalog: English words
    assert english.startswith('<!DOCTYPE html>\n<html lang="en">') and "About this journey" in english
