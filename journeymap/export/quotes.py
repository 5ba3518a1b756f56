"""Quotation marks as the map's language writes them, added only when the author typed none.

A persona's quote typed with its own marks ("„Schnell, bitte“") is printed as
typed; one typed bare gets the marks of the map's language (``journey.language``,
a BCP 47 tag such as ``de`` or ``fr-CH``): “…” in English, „…“ in German,
« … » in French. Apostrophes (' and ’) are not quote marks.
"""

from __future__ import annotations

#: characters that mean the author quoted the text already (apostrophes excluded)
QUOTE_MARKS = frozenset("\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\u201a\u2018\uff02")

_EN = ("\u201c", "\u201d")
_LOW = ("\u201e", "\u201c")  # „…“
_LOW_RIGHT = ("\u201e", "\u201d")  # „…”
_GUILLEMETS = ("\u00ab", "\u00bb")  # «…»
_FRENCH = ("\u00ab\u202f", "\u202f\u00bb")  # « … » with narrow no-break spaces
_RIGHT = ("\u201d", "\u201d")  # ”…”
_CORNER = ("\u300c", "\u300d")  # 「…」

#: primary quotation marks by language (after Unicode CLDR); the rest use English marks
STYLES: dict[str, tuple[str, str]] = {
    "de": _LOW, "cs": _LOW, "sk": _LOW, "lt": _LOW, "et": _LOW, "is": _LOW, "sl": _LOW, "sr": _LOW,
    "bg": _LOW, "ka": _LOW,
    "pl": _LOW_RIGHT, "hu": _LOW_RIGHT, "ro": _LOW_RIGHT, "hr": _LOW_RIGHT, "nl": _EN,
    "fr": _FRENCH,
    "es": _GUILLEMETS, "it": _GUILLEMETS, "ca": _GUILLEMETS, "ru": _GUILLEMETS, "uk": _GUILLEMETS,
    "be": _GUILLEMETS, "el": _GUILLEMETS, "nb": _GUILLEMETS, "no": _GUILLEMETS, "nn": _GUILLEMETS,
    "ar": _GUILLEMETS, "fa": _GUILLEMETS, "hy": _GUILLEMETS, "pt-pt": _GUILLEMETS,
    "sv": _RIGHT, "fi": _RIGHT, "he": _RIGHT,
    "ja": _CORNER, "zh-hant": _CORNER, "zh-tw": _CORNER, "zh-hk": _CORNER,
}


def quote_marks(language: str) -> tuple[str, str]:
    """The opening and closing marks for ``language`` (``de-AT`` falls back to ``de``)."""
    tag = (language or "en").strip().lower().replace("_", "-")
    while tag:
        if tag in STYLES:
            return STYLES[tag]
        tag = tag.rpartition("-")[0]
    return _EN


def quoted(text: str, language: str) -> str:
    """``text`` in the language's quotation marks, or as typed when it has quotation marks of its own."""
    text = text.strip()
    if not text or any(ch in QUOTE_MARKS for ch in text):
        return text
    start, end = quote_marks(language)
    return f"{start}{text}{end}"
