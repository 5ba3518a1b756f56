"""Translations of what Journeymap writes for people: gettext catalogs, dates and numbers by Babel. No Qt.

One mechanism for the exports now and the editor later: every user-visible
string is written in English inside ``_()`` (or marked with ``N_()`` where it
is defined, and passed through ``_()`` where it is shown). ``pybabel
extract`` collects them into ``resources/locale/journeymap.pot``; each
language's ``.po`` is compiled to a ``.mo`` shipped in the wheel (``make
translations``, see README "For developers").

The language is a context, not an argument threaded through every function:
an export runs inside ``with language(journey.language):`` and everything it
lays out and draws speaks that language; outside any such block it is English.
A language without a catalog falls back to English, string by string too.
"""

from __future__ import annotations

import gettext
import math
import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from functools import cache, lru_cache, wraps
from typing import Any, Literal, TypeVar

from ..resources import resource_path

DOMAIN = "journeymap"
#: the languages Journeymap ships a complete translation for (besides English, the source)
SHIPPED = ("de", "fr", "es", "ar")
_RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb"})

_current: ContextVar[str] = ContextVar("journeymap_language", default="en")


def normalise(code: str | None) -> str:
    """A BCP 47 tag ("de-AT", "pt_BR", "AR") as the catalog's language ("de", "pt_BR", "ar")."""
    if not code:
        return "en"
    parts = code.replace("-", "_").split("_")
    head = parts[0].lower()
    return f"{head}_{parts[1].upper()}" if len(parts) > 1 and len(parts[1]) == 2 else head


@cache
def translations(code: str) -> gettext.NullTranslations:
    """The compiled catalog of a language (its region's first, then the language's), or English."""
    return gettext.translation(DOMAIN, str(resource_path("locale")), languages=[code, code.split("_")[0]],
                               fallback=True)


def current() -> str:
    """The language text is written in now."""
    return _current.get()


@contextmanager
def language(code: str | None) -> Iterator[str]:
    """Write in ``code`` (a map's ``language`` field) inside the block."""
    token = _current.set(normalise(code))
    try:
        yield _current.get()
    finally:
        _current.reset(token)


F = TypeVar("F", bound=Callable[..., Any])


def in_map_language(fn: F) -> F:
    """Run an export in its map's language: the first argument is the map (or has ``.journey``)."""

    @wraps(fn)
    def run(first: Any, *args: Any, **kwargs: Any) -> Any:
        journey = getattr(first, "journey", first)
        with language(getattr(journey, "language", None)):
            return fn(first, *args, **kwargs)

    return run  # type: ignore[return-value]


def _(message: str) -> str:
    """``message`` (English) in the current language."""
    code = _current.get()
    return message if code == "en" else translations(code).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for ``n`` in the current language (Arabic has six)."""
    return translations(_current.get()).ngettext(singular, plural, n)


def speaks(code: str | None = None) -> bool:
    """Whether Journeymap has a translation for ``code`` (the current language by default); English always."""
    code = normalise(code or _current.get())
    return code.split("_")[0] == "en" or isinstance(translations(code), gettext.GNUTranslations)


def mid_sentence(text: str) -> str:
    """A name that starts a label ("Line of visibility") as it reads inside a sentence of the current language.

    English, French and Spanish lower its first letter; German keeps its
    nouns capitalised; Arabic and Hebrew have no case.
    """
    if normalise(_current.get()).split("_")[0] in ("de", "lb") or not text:
        return text
    return text[0].lower() + text[1:]


_ui_language = "en"


def set_ui_language(code: str | None) -> str:
    """The editor's menus and dialogs speak ``code`` from now on (English where Journeymap has no catalog).

    Kept apart from :func:`language`: the canvas and the exports speak the
    map's language, the editor's own words the user's.
    """
    global _ui_language
    code = normalise(code)
    _ui_language = code if speaks(code) else "en"
    return _ui_language


def speak_on_this_thread(code: str) -> None:
    """Messages made on this thread outside any ``language(...)`` block (a file that does not open, a
    picture too large, a save that failed) speak ``code``: the editor calls it for its GUI thread.

    The command line never does, so its messages stay English; exports, the canvas and slides set
    the map's language around their work and are not affected.
    """
    _current.set(normalise(code) if speaks(code) else "en")


def ui_language() -> str:
    """The language of the editor's own words (menus, dialogs)."""
    return _ui_language


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The user's language as the system says it (LANGUAGE's first entry, LC_ALL, LC_MESSAGES, LANG), or "en"."""
    env = os.environ if environ is None else environ
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(key, "").split(":")[0].split(".")[0].split("@")[0]
        if value and value not in ("C", "POSIX"):
            return normalise(value)
    return "en"


def tr(message: str) -> str:
    """``message`` (English) in the editor's language: menus, actions, dialogs (never the map's content)."""
    return message if _ui_language == "en" else translations(_ui_language).gettext(message)


def ntr(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for ``n`` in the editor's language (Arabic has six): counts in dialogs and panels."""
    return (singular if n == 1 else plural) if _ui_language == "en" else translations(_ui_language).ngettext(
        singular, plural, n)


def N_(message: str) -> str:
    """Marks a string for translation where it is defined; ``_()`` translates it where it is shown."""
    return message


def direction(code: str | None = None) -> Literal["ltr", "rtl"]:
    """The writing direction of a language (the current one by default)."""
    return "rtl" if normalise(code or _current.get()).split("_")[0] in _RTL_LANGUAGES else "ltr"


@cache
def _locale(code: str) -> Any:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def format_date(value: date | datetime | str, form: str = "long") -> str:
    """A date as a reader of the current language writes it ("3. März 2026", "3 mars 2026", "٣ مارس ٢٠٢٦")."""
    from babel.dates import format_date as babel_date

    when: date | datetime
    if isinstance(value, str):
        try:
            when = date.fromisoformat(value[:10])
        except ValueError:
            return value  # free text ("spring 2026") stays as typed
    else:
        when = value
    return babel_date(when, format=form, locale=_locale(_current.get()))


def format_moment(value: datetime) -> str:
    """A date with its time, short, as a reader of the current language writes it ("4 Dec 2026, 14:03",
    "04.12.2026, 14:03"); English without loading Babel."""
    code = _current.get()
    if code == "en":
        return f"{value.day} {value:%b %Y, %H:%M}"
    from babel.dates import format_date as babel_date
    from babel.dates import format_time

    locale = _locale(code)
    return babel_date(value, format="medium", locale=locale) + _(", ") + format_time(value, "HH:mm", locale=locale)


def format_number(value: float, decimals: int | None = None) -> str:
    """A number with the current language's digits and separators ("1.234,5", "1 234,5", "1,234.5")."""
    return _number(_current.get(), value, decimals)


def format_percent(value: float, decimals: int = 0) -> str:
    """A share (0.61) as a percentage the current language's way ("61 %", "61%"), with ``decimals`` places."""
    return _percent(_current.get(), value, decimals)


# A map's badges repeat the same few numbers on every layout: each is formatted once per language.
@lru_cache(maxsize=8192)
def _number(code: str, value: float, decimals: int | None) -> str:
    if code == "en" and type(value) in (int, float) and math.isfinite(value) and abs(value) < 1e15:
        return _english_number(value, decimals)
    from babel.numbers import format_decimal

    pattern = None if decimals is None else "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=_locale(code))


def _english_number(value: float, decimals: int | None, scale: int = 1) -> str:
    """English digits the way Babel writes them ("#,##0.###": half to even, no trailing zeros), without
    loading Babel and its locale data: the editor's first window shows English numbers (16 ms of
    start-up otherwise). tests/i18n/test_english_numbers.py checks it against Babel."""
    places = 3 if decimals is None else decimals
    rounded = (Decimal(str(value)) * scale).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
    text = f"{rounded:,.{places}f}"
    if decimals is None and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


@lru_cache(maxsize=8192)
def _percent(code: str, value: float, decimals: int) -> str:
    if code == "en" and type(value) in (int, float) and math.isfinite(value) and abs(value) < 1e12:
        return _english_number(value, decimals, scale=100) + "%"
    from babel.numbers import format_percent as babel_percent

    locale = _locale(code)
    pattern = locale.percent_formats[None].pattern
    if decimals:
        pattern = pattern.replace("0", "0." + "0" * decimals, 1) if "0." not in pattern else pattern
    return babel_percent(value, format=pattern, locale=locale)
