"""A persona quote typed in its own marks is shown once in marks, in the Inspector and on the overview slide."""

from __future__ import annotations

import pytest

from journeymap.templates import new_from_template
from journeymap.ui.panels.inspector import PersonaSummary
from journeymap.ui.present import PresentationWindow
from journeymap.ui.session import EditSession


@pytest.mark.parametrize(("typed", "language", "shown"), [
    ("\u201cJust let me pay\u201d", "en", "\u201cJust let me pay\u201d"),  # typed with marks: kept, not doubled
    ("Just let me pay", "en", "\u201cJust let me pay\u201d"),
    ("Schnell, bitte", "de", "\u201eSchnell, bitte\u201c"),  # bare: the map language's marks
])
def test_a_persona_quote_gets_quotation_marks_once(qtbot, typed, language, shown):
    journey = new_from_template("online-purchase")
    journey.language = language
    journey.personas[0].quote = typed
    session = EditSession(journey)
    summary = PersonaSummary(session, edit_persona=lambda _pid: None)
    qtbot.addWidget(summary)
    summary.bind(journey.personas[0].id)
    assert shown in summary.summary.text().splitlines()

    window = PresentationWindow(session)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.go_to(0)
    window.grab()
    texts = " ".join(t.text for t in window.text_log.items)
    first_words = shown.split()[0]
    assert first_words in texts
    assert "\u201c\u201c" not in texts and "\u201d\u201d" not in texts and "\u201e\u201e" not in texts
