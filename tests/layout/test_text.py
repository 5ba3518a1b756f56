"""Wrapping agrees with measured widths, so no line ever overflows its box."""

from hypothesis import given, settings
from hypothesis import strategies as st

from journeymap.layout import BOLD, REGULAR, text_width, wrap


def test_short_text_stays_on_one_line():
    assert wrap("Pays by card", REGULAR, 9, 200) == ["Pays by card"]


def test_long_text_breaks_between_words_and_keeps_every_word():
    text = "Reads reviews and compares battery life across three models before deciding"
    lines = wrap(text, REGULAR, 9, 100)
    assert len(lines) > 2
    assert " ".join(lines).split() == text.split()
    assert all(text_width(line, REGULAR, 9) <= 100 for line in lines)


def test_a_word_longer_than_the_line_is_broken_between_characters():
    url = "https://example.com/a/very/long/path/that/never/ends/and/keeps/going"
    lines = wrap(url, BOLD, 10, 60)
    assert "".join(lines) == url
    assert all(text_width(line, BOLD, 10) <= 60 for line in lines)


def test_explicit_newlines_start_new_lines():
    assert wrap("first\nsecond", REGULAR, 9, 300) == ["first", "second"]


def test_cjk_text_without_spaces_wraps_inside_the_width():
    lines = wrap("顧客体験は全ての接点の合計です" * 3, REGULAR, 9, 60)
    assert len(lines) > 3
    assert all(text_width(line, REGULAR, 9) <= 60 for line in lines)


def test_bold_text_is_wider_than_regular():
    assert text_width("Checkout", BOLD, 10) > text_width("Checkout", REGULAR, 10)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200),
       st.floats(min_value=20, max_value=400))
def test_no_wrapped_line_is_wider_than_the_box(text, width):
    for line in wrap(text, REGULAR, 9, width):
        # a single glyph wider than the box is the only allowed excess
        assert text_width(line, REGULAR, 9) <= width or len(line) == 1
