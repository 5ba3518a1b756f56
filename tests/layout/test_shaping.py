"""The one entry point from a line of text to runs: a face per run, a direction, nothing silently lost."""

from journeymap.layout.fonts import BOLD, REGULAR
from journeymap.layout.shaping import EMOJI_STAND_IN, FontReport, ShapedRun, line_width, shape
from journeymap.layout.text import text_width


def test_latin_text_is_one_run_in_the_asked_face_read_left_to_right():
    assert shape("Pays by card", BOLD) == (ShapedRun("Pays by card", BOLD, "ltr"),)
    assert shape("Crème brûlée, Ελληνικά, Кириллица") == (ShapedRun("Crème brûlée, Ελληνικά, Кириллица", REGULAR),)


def test_an_emoji_becomes_a_visible_stand_in_and_is_reported_once():
    report = FontReport()
    runs = shape("Great \U0001f44d service \U0001f600", REGULAR, report)
    assert "".join(run.text for run in runs) == f"Great {EMOJI_STAND_IN} service {EMOJI_STAND_IN}"
    assert len(report.warnings) == 1 and "emoji" in report.warnings[0]


def test_characters_the_bundled_face_lacks_get_a_run_of_their_own(monkeypatch):
    from journeymap.layout import shaping

    monkeypatch.setattr(shaping, "cjk_font", lambda: "JM-Fallback-Test")
    runs = shape("Order \u6ce8\u6587 now", REGULAR)
    assert [(run.text, run.face) for run in runs] == [
        ("Order ", REGULAR), ("\u6ce8\u6587", "JM-Fallback-Test"), (" now", REGULAR)]
    assert all(run.direction == "ltr" for run in runs)


def test_a_shaped_line_is_as_wide_as_the_layout_measured_it():
    for text in ("Reads reviews", "Crème brûlée", "Кириллица"):
        assert abs(line_width(shape(text, REGULAR), 9) - text_width(text, REGULAR, 9)) < 1e-9
