"""English numbers and percentages are written without Babel (start-up), exactly as Babel writes them."""

from __future__ import annotations

import random

from babel.numbers import format_decimal
from babel.numbers import format_percent as babel_percent

from journeymap.i18n import format_number, format_percent, language

SAMPLES = [0, 1, -1, 0.5, 1.5, 2.5, 0.0005, 0.0015, -0.0004, 0.61, 0.615, 0.125, 1234.5, 1234567.891,
           -9876543.21, 12, 3.14159, 0.1 + 0.2, 1e14, 123456789012345, 999999999999999.9, 1e-20, -1e-7]


def _values() -> list[float]:
    pick = random.Random(12)
    values: list[float] = list(SAMPLES)
    for _ in range(3000):
        values += [pick.uniform(-1e6, 1e6), round(pick.uniform(-100, 100), pick.randint(0, 5)),
                   pick.randint(-10**9, 10**9), pick.uniform(-1, 1) * 10 ** pick.randint(-5, 11)]
    return values


def test_english_numbers_are_babels():
    with language("en"):
        for value in _values():
            for decimals in (None, 0, 1, 2, 3):
                pattern = None if decimals is None else "#,##0" + ("." + "0" * decimals if decimals else "")
                assert format_number(value, decimals) == format_decimal(value, format=pattern, locale="en"), \
                    (value, decimals)


def test_english_percentages_are_babels():
    with language("en"):
        for value in _values():
            value = value / 1000
            for decimals in (0, 1, 2):
                pattern = "#,##0" + ("." + "0" * decimals if decimals else "") + "%"
                assert format_percent(value, decimals) == babel_percent(value, format=pattern, locale="en"), \
                    (value, decimals)


def test_other_languages_still_come_from_babel():
    with language("de"):
        assert format_number(1234.5) == "1.234,5"
        assert format_percent(0.61) == "61\xa0%"
