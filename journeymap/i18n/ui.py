"""The editor's own language (menus, dialogs, messages), distinct from a map's language. No Qt.

A map's ``language`` decides what its exports say (:func:`journeymap.i18n.language`); the
editor around it speaks the user's language: the system's (``LANGUAGE``, ``LC_ALL``,
``LC_MESSAGES``, ``LANG``, as gettext reads them; the editor asks Qt's ``QLocale.system()``
when none is set), or the one chosen in Preferences (settings choice ``ui_language``).
A German consultant editing a French client's map sees "Datei" in the menu bar and
exports "Actions" in French. Both read the same catalogs: one mechanism, one set of files.

UI modules import ``_`` from here (never from :mod:`journeymap.i18n`) and call it where
the text is shown, so it is looked up in the language chosen when the editor started.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from . import N_, SHIPPED, direction, normalise, speaks, translations

__all__ = ["CHOICES", "N_", "UI_LANGUAGE_KEY", "_", "choose", "ngettext", "set_ui_language", "system_language",
           "ui_direction", "ui_language"]

UI_LANGUAGE_KEY = "ui_language"  # settings choice: "" follows the system, else one of SHIPPED or "en"
#: What Preferences offers: the system's language, English, then every shipped translation.
CHOICES = ("", "en", *SHIPPED)
#: Each language named in itself, as a language menu shows it (never translated).
NATIVE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español", "ar": "العربية"}
_ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_ui = "en"


def _locale_name(value: str) -> str | None:
    """ "de_DE.UTF-8@euro" as "de_DE"; the C and POSIX locales are English; an empty value is none."""
    name = value.split(".")[0].split("@")[0].strip()
    if not name:
        return None
    return "en" if name in ("C", "POSIX") else normalise(name)


def system_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The language the system asks programs to speak, by gettext's order, or None if nothing says.

    ``LANGUAGE`` is a list of preferences ("pt_BR:de"): the first Journeymap speaks wins.
    """
    env = os.environ if environ is None else environ
    for variable in _ENVIRONMENT:
        value = env.get(variable, "")
        names = [n for n in (_locale_name(v) for v in value.split(":")) if n]
        if not names:
            continue
        if variable == "LANGUAGE":
            for name in names:
                if speaks(name):
                    return name
            continue  # none of its languages is shipped: the locale variables decide
        return names[0]
    return None


def choose(preference: str | None, system: str | None) -> str:
    """The editor's language: the user's choice in Preferences, else the system's; English when unspoken."""
    for code in (preference, system):
        if code and speaks(code):
            return normalise(code)
    return "en"


def set_ui_language(code: str | None) -> str:
    """Speak ``code`` from now on (called once when the editor starts); returns the language used."""
    global _ui
    _ui = choose(code, None)
    return _ui


def ui_language() -> str:
    return _ui


def ui_direction() -> str:
    """ "rtl" when the editor speaks a right-to-left language: its windows are mirrored."""
    return direction(_ui)


def _(message: str) -> str:
    """``message`` (English) in the editor's language."""
    return message if _ui == "en" else translations(_ui).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for ``n`` in the editor's language."""
    return translations(_ui).ngettext(singular, plural, n)
