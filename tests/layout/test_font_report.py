"""An export's warnings: English for the command line, the editor's language in the editor."""

from __future__ import annotations

from journeymap.i18n import _, language
from journeymap.layout.font_report import FontReport
from journeymap.layout.shaping import shape


def test_warnings_that_differ_only_in_their_example_are_said_once(monkeypatch):
    from journeymap.layout import shaping

    monkeypatch.setattr(shaping, "system_font_for", lambda ch, previous=None: None)
    report = FontReport()
    shape("\u6ce8\u6587", report=report)
    shape("\u8a55\u4fa1", report=report)
    [said] = report.warnings
    assert said.startswith("CJK text (e.g. '\u6ce8', U+6CE8) not drawable") and "fonts-wqy-microhei" in said


def test_the_editor_reads_an_exports_warning_in_its_own_language_the_command_line_in_english():
    report = FontReport()
    report.warn("the picture ‘{alt}’ could not be decoded and was left out", alt="Checkout")
    assert report.warnings == ["the picture ‘Checkout’ could not be decoded and was left out"]
    with language("de"):
        [german] = report.in_words(_)
    assert "Checkout" in german and "Bild" in german
    with language("ar"):
        [arabic] = report.in_words(_)
    assert "Checkout" in arabic and "could not" not in arabic
