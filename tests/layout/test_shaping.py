"""The one entry point from a line of text to runs: a face per run, a direction, nothing silently lost."""

from journeymap.layout.fonts import BOLD, EMOJI, REGULAR
from journeymap.layout.shaping import EMOJI_STAND_IN, FontReport, ShapedRun, line_width, shape
from journeymap.layout.text import text_width


def test_latin_text_is_one_run_in_the_asked_face_read_left_to_right():
    assert shape("Pays by card", BOLD) == (ShapedRun("Pays by card", BOLD, "ltr"),)
    assert shape("Crème brûlée, Ελληνικά, Кириллица") == (ShapedRun("Crème brûlée, Ελληνικά, Кириллица", REGULAR),)


def test_emoji_are_drawn_by_the_bundled_emoji_face_and_only_an_unknown_one_is_a_reported_stand_in():
    report = FontReport()
    runs = shape("Great \U0001f44d service \U0001f680", REGULAR, report)
    assert "".join(run.text for run in runs) == "Great \U0001f44d service \U0001f680"
    assert {run.face for run in runs if run.text in ("\U0001f44d", "\U0001f680")} <= {EMOJI, REGULAR}
    assert [run.glyphs[0].gid > 0 for run in runs if run.face == EMOJI] == [True, True]
    assert report.warnings == []
    runs = shape("New \U0001f56b \U0001f56b", REGULAR, report)  # a bullhorn pictograph: not in the emoji font
    assert "".join(run.text for run in runs) == f"New {EMOJI_STAND_IN} {EMOJI_STAND_IN}"
    assert len(report.warnings) == 1 and "emoji" in report.warnings[0]


def test_characters_the_bundled_faces_lack_get_a_run_in_a_font_chosen_by_those_characters(monkeypatch):
    from journeymap.layout import shaping

    asked = []

    def system_font(ch, previous=None):
        asked.append(ch)
        return "JM-Fallback-Korean" if "\uac00" <= ch <= "\ud7a3" else None

    monkeypatch.setattr(shaping, "system_font_for", system_font)
    runs = shape("Order \ud55c\uad6d now", REGULAR)
    assert [(run.text, run.face) for run in runs] == [
        ("Order ", REGULAR), ("\ud55c\uad6d", "JM-Fallback-Korean"), (" now", REGULAR)]
    assert all(run.direction == "ltr" for run in runs)
    assert asked == ["\ud55c", "\uad6d"]  # asked per character: Hangul, not a probe of Chinese ideographs


def test_a_shaped_line_is_as_wide_as_the_layout_measured_it():
    for text in ("Reads reviews", "Crème brûlée", "Кириллица"):
        assert abs(line_width(shape(text, REGULAR), 9) - text_width(text, REGULAR, 9)) < 1e-9


def test_names_a_chat_app_wrapped_in_isolates_are_read_right_to_left_inside_the_line():
    # Chat apps paste a name as FSI name PDI; the bidi library knows embeddings, not isolates
    hebrew = shape("Call \u2068\u05e9\u05dc\u05d5\u05dd\u2069 back", REGULAR)
    assert [(run.text.strip("\u2068\u2069"), run.direction) for run in hebrew] == [
        ("Call ", "ltr"), ("\u05e9\u05dc\u05d5\u05dd", "rtl"), (" back", "ltr")]
    arabic = shape("Ana \u2067\u0645\u0631\u062d\u0628\u0627\u2069 said", REGULAR)  # RLI ... PDI
    assert ("\u0645\u0631\u062d\u0628\u0627", "rtl") in [(run.text.strip("\u2067\u2069"), run.direction) for run in arabic]
    stray = shape("\u05e9\u05dc\u05d5\u05dd \u2069", REGULAR)  # a PDI with no isolate before it
    assert {run.direction for run in stray} == {"rtl"}
