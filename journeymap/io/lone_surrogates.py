"""Finding ``\\ud800``-style escapes in a map's JSON: half of a character pair, which is not text.

JSON may spell a character outside the Basic Multilingual Plane as two
``\\uXXXX`` escapes (a surrogate pair); one half alone stands for no
character, cannot be written as UTF-8, and would fail the save of the map.
The standard parser accepts it, so the careful reading path looks for it and
names the place, instead of a validation error at the top of the file.
"""

from __future__ import annotations

import re
from typing import Any

from ..i18n import _
from ..model.problems import Problem, place_of

_SURROGATE = re.compile("[\ud800-\udfff]")
_MAX_FOUND = 50


def lone_surrogate_problems(doc: Any) -> list[Problem]:
    """A problem for each text (or key) in ``doc`` that holds a lone surrogate, at its place."""
    found: list[Problem] = []
    stack: list[tuple[tuple[object, ...], Any]] = [((), doc)]
    while stack and len(found) < _MAX_FOUND:
        loc, value = stack.pop()
        if isinstance(value, str):
            _check(loc, value, found)
        elif isinstance(value, dict):
            for key, item in reversed(value.items()):
                _check(loc, key, found, what=_("a key here"))
                stack.append(((*loc, key), item))
        elif isinstance(value, list):
            stack.extend(((*loc, i), item) for i, item in reversed(list(enumerate(value))))
    return found


def _check(loc: tuple[object, ...], text: str, found: list[Problem], what: str = "") -> None:
    hit = _SURROGATE.search(text)
    if hit:
        escape = f"\\u{ord(hit.group()):04x}"
        found.append(Problem(place_of(tuple(_printable(p) for p in loc)),
                             _("{what} holds {escape} (character {value}), half of a character pair that stands "
                               "for no character; remove it or write the whole character").format(
                                   what=what or _("the text"), escape=escape,
                                                                                 value=hit.start() + 1)))


def _printable(part: object) -> object:
    return part if not isinstance(part, str) else _SURROGATE.sub("?", part)
