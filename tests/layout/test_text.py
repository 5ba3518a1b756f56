"""Wrapping agrees with measured widths, so no line ever overflows its box."""

import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from journeymap.layout import BOLD, REGULAR, text_width, wrap
from journeymap.layout.text import BREAK_HYPHEN, _may_break_before, unbroken


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
    assert len(lines) > 3
    assert "".join(line.removesuffix(BREAK_HYPHEN) for line in lines) == url
    assert all(text_width(line, BOLD, 10) <= 60 for line in lines)


def test_a_long_word_broken_over_lines_ends_each_piece_with_a_hyphen():
    word = "Supercalifragilisticexpialidocious"
    lines = wrap(f"{word} indeed", BOLD, 10, 80)
    assert len(lines) >= 3
    end = next(i for i, line in enumerate(lines) if not line.endswith(BREAK_HYPHEN))
    assert end >= 1 and "".join(line[:-1] for line in lines[:end]) + lines[end] == word
    assert all(text_width(line, BOLD, 10) <= 80 for line in lines)  # the hyphen fits in the line too
    assert unbroken(lines) == f"{word} indeed"


def test_a_break_beside_a_slash_or_in_cjk_gets_no_hyphen():
    lines = wrap("abcdefgh/ijklmnop/qrstuvwx/yzabcdef", REGULAR, 9, 45)
    assert len(lines) > 2
    for line, after in zip(lines, lines[1:], strict=False):
        assert line.endswith(BREAK_HYPHEN) == (line[-1] != "/" and after[0] != "/")
    assert BREAK_HYPHEN not in "".join(wrap("顧客体験は全ての接点の合計です" * 3, REGULAR, 9, 60))


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
@example("00\U00010800?\x08", 20.0)  # a short end kept with a wide glyph once made a line wider than the box
@example("0000\x1b\u0590", 38.0)
@example("000\x1b \u061e", 29.0)  # words fit one by one, but the line shaped as a whole did not
def test_no_wrapped_line_is_wider_than_the_box(text, width):
    for line in wrap(text, REGULAR, 9, width):
        # a single letter (with its marks and joiners) wider than the box is the only allowed excess
        assert text_width(line, REGULAR, 9) <= width or len(line) == 1 or one_cluster(line)


@pytest.mark.parametrize("token", [
    "https://www.marketplace-example.com/orders/DE-2-026-000482913/tracking?lang=en",
    "DE-2-026-000482913",
    "priya.natarajan@marketplace-example.com",
    "00049151123456789012345",
    "marketplace.com/checkout/confirmation",
])
def test_urls_emails_numbers_and_tokens_with_digits_are_broken_without_a_hyphen(token):
    lines = wrap(f"See {token} now", REGULAR, 9, 62)
    assert not any(line.endswith(BREAK_HYPHEN) for line in lines)
    assert "".join(lines).replace(" ", "") == f"See{token}now"  # not a character added or lost
    assert all(text_width(line, REGULAR, 9) <= 62 for line in lines)


def test_a_url_breaks_after_a_slash_dot_or_dash_where_it_can():
    lines = wrap("https://www.marketplace-example.com/orders/DE-2-026-000482913", REGULAR, 9, 70)
    assert all(line[-1] in "/.-" for line in lines[:-1])
    assert "marketplac" not in [line.rstrip(".") for line in lines]  # never "marketplac-e.com"


def test_a_compound_breaks_at_its_own_hyphen_without_adding_one():
    lines = wrap("Überall Werbung für Noise-Cancelling-Kopfhörer", REGULAR, 10, 120)
    assert lines == ["Überall Werbung für", "Noise-Cancelling-", "Kopfhörer"]


def test_a_broken_word_never_leaves_a_lone_letter_or_mark_on_a_line():
    for text, face, size, width in (("Sorge vor versteckten Kosten", REGULAR, 8, 40),
                                    ("¿Qué pensamientos podrían motivar su comportamiento?", "DejaVuSans-Oblique",
                                     6, 38)):
        lines = wrap(text, face, size, width)
        assert all(len(line.removesuffix(BREAK_HYPHEN)) >= 3 for line in lines), lines
        assert unbroken(lines) == text
    assert wrap("Sorge vor versteckten Kosten", REGULAR, 8, 40)[1:3] == [f"versteck{BREAK_HYPHEN}", "ten"]


def one_cluster(text: str) -> bool:
    return not any(_may_break_before(text, i) for i in range(1, len(text)))


@pytest.mark.parametrize("text", [
    "लोगसमीक्षाएँपढ़तेहैंफिरकीमतोंकीतुलनाकरतेहैंऔरदोस्तोंसेपूछतेहैं",  # Hindi, run together
    "ลูกค้าอ่านรีวิวและเปรียบเทียบราคาก่อนตัดสินใจซื้อหูฟังตัวใหม่ที่ร้านออนไลน์",  # Thai: no spaces between words
    "வாடிக்கையாளர்மதிப்புரைகளைப்படிக்கிறார்",  # Tamil
])
def test_a_long_run_of_a_shaped_script_breaks_between_letters_never_inside_one(text):
    lines = wrap(text, REGULAR, 9, 60)
    assert len(lines) > 1
    assert "".join(line.removesuffix(BREAK_HYPHEN) for line in lines) == text, "nothing added or lost"
    for line in lines[1:]:
        first = line[0]
        assert not unicodedata.category(first).startswith("M"), f"a line starts with a mark: {line!r}"
    if text.startswith("लोग"):  # Devanagari: a virama joins the next consonant into a conjunct
        assert all(unicodedata.combining(line.removesuffix(BREAK_HYPHEN)[-1]) != 9 for line in lines)


def test_thai_breaks_without_a_hyphen_as_cjk_does():
    lines = wrap("ลูกค้าอ่านรีวิวและเปรียบเทียบราคาก่อนตัดสินใจซื้อหูฟังตัวใหม่", REGULAR, 9, 60)
    assert len(lines) > 1 and not any(line.endswith(BREAK_HYPHEN) for line in lines)
