"""Numbers as survey exports write them, and the words for numbers people read back.

A cell may hold a number (from a workbook), or text: "4", " 4 ", "3,5" (a
decimal comma), "85 %", or a scale point with its words ("5 - Very
satisfied", "1 = Not at all"). Anything else ("eleven", "n/a") is not a number,
and the import says so with the row and the column.
"""

from __future__ import annotations

import math
import re
from typing import Any

from ..i18n import _
from ..model.limits import MAX_SAMPLE_SIZE

_NUMBER = re.compile(
    r"^\s*(?P<num>[+\-\u2212]?\d{1,12}(?:[.,]\d+)?)\s*(?P<pct>%)?\s*(?:(?:[-\u2013\u2014=:)]|\s)\s*\D.*)?$")
_GROUPED = re.compile(r"^\s*\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+\s*$")


#: Cells are read up to twelve digits before the decimal mark, whether written as text or stored as numbers:
#: a rating, a score or a mean far beyond that is a mistake, and would overflow the means and scales.
LARGEST = 1e12


class NotANumber(ValueError):
    """A cell that should hold a number and does not; the message quotes the cell."""


def read_number(value: Any) -> tuple[float, bool]:
    """The number in a cell and whether it was written as a percentage; raise :class:`NotANumber`."""
    if isinstance(value, bool):
        raise NotANumber(_("'{value}' is not a number").format(value=value))
    if isinstance(value, int | float):
        if not math.isfinite(value):
            raise NotANumber(_("'{value}' is not a number").format(value=value))
        if abs(value) >= LARGEST:
            raise NotANumber(_("the number {value} is too large").format(value=_stored(value)))
        return float(value), False
    text = str(value).strip()
    match = _NUMBER.match(text)
    if match is None:
        raise NotANumber(_("'{value}' is not a number").format(value=_short(text)))
    number = float(match.group("num").replace(",", ".").replace("\u2212", "-"))
    return number, bool(match.group("pct"))


def read_count(value: Any) -> int:
    """A whole number of responses ("1,234" and "1 234" too); raise :class:`NotANumber`."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if math.isfinite(value) and float(value).is_integer() and value >= 0:
            return _within_counts(int(value))
        raise NotANumber(_("'{value}' is not a whole number of responses").format(value=_stored(value)))
    text = str(value).strip()
    if _GROUPED.match(text):
        return _within_counts(int(re.sub(r"\D", "", text)))
    try:
        number, _pct = read_number(text)
    except NotANumber:
        raise NotANumber(_("'{value}' is not a whole number of responses").format(value=_short(text))) from None
    if not number.is_integer() or number < 0:
        raise NotANumber(_("'{value}' is not a whole number of responses").format(value=_short(text)))
    return _within_counts(int(number))


def _within_counts(n: int) -> int:
    """A count a map can hold: a score's or a metric's number of responses is at most a billion."""
    if n > MAX_SAMPLE_SIZE:
        raise NotANumber(_("the number {value} is too large").format(value=_short(str(n))))
    return n


def _stored(value: int | float) -> str:
    """A number a workbook stored, as short as a message can show it (an int may have hundreds of digits)."""
    return _short(str(value) if isinstance(value, int) else f"{value:g}")


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"


def signed(value: float, places: int = 0) -> str:
    """"+2", "−1", "0": the sign always shown, with a real minus sign, as the map's scale shows it."""
    rounded = round(value, places)
    if rounded == 0:
        return f"{0:.{places}f}"
    sign = "+" if rounded > 0 else "\u2212"
    return f"{sign}{abs(rounded):.{places}f}"


def plain(value: float, places: int = 1) -> str:
    """A number without trailing zeros: 32.0 -> "32", 4.25 -> "4.25" (at most ``places`` decimals)."""
    text = f"{round(value, places):.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def count(n: int, word: str, many: str | None = None) -> str:
    """"1 row", "2,431 rows", "1 evidence card": a number with its noun in the right number."""
    return f"{n:,} {word if n == 1 else (many or word + 's')}"
