"""What an export had to leave out or substitute, said in the reader's language.

An export runs in the map's language (its own words on the page), but its
warnings are for the person exporting: the command line prints them in English
(scripts read them), the editor shows them in its own language. So a warning
is kept as its English message, marked with ``N_``, and the values put into
it; each reader renders it with its own ``translate``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

#: values that only illustrate a warning: two warnings differing in these alone are one warning
_EXAMPLES = frozenset({"example", "code", "sample"})


@dataclass(frozen=True)
class ExportWarning:
    """One thing an export could not do as asked: an English message and its values."""

    message: str
    values: tuple[tuple[str, Any], ...] = ()

    def said(self, translate: Callable[[str], str] = str) -> str:
        """The warning in the words ``translate`` gives its message (English by default)."""
        return translate(self.message).format(**dict(self.values))

    @property
    def kind(self) -> tuple[str, tuple[tuple[str, Any], ...]]:
        return self.message, tuple((k, v) for k, v in self.values if k not in _EXAMPLES)


@dataclass
class FontReport:
    """What had to be substituted or left out while exporting; shown to the person exporting."""

    said: list[ExportWarning] = field(default_factory=list)

    def warn(self, message: str, **values: Any) -> None:
        """Record ``message`` (English, marked ``N_``) with its ``values`` once per kind.

        Warnings that differ only in their example (another emoji the font lacks) are one warning.
        """
        warning = ExportWarning(message, tuple(sorted(values.items())))
        if all(w.kind != warning.kind for w in self.said):
            self.said.append(warning)

    def add(self, warnings: tuple[ExportWarning, ...] | list[ExportWarning]) -> None:
        """Take over warnings recorded elsewhere (a remembered line's), once per kind."""
        for warning in warnings:
            self.warn(warning.message, **dict(warning.values))

    @property
    def warnings(self) -> list[str]:
        """The warnings in English, as the command line prints them."""
        return [w.said() for w in self.said]

    def in_words(self, translate: Callable[[str], str]) -> list[str]:
        """The warnings in the words ``translate`` gives (the editor passes its ``tr``)."""
        return [w.said(translate) for w in self.said]
