"""PySide's check of every imported module, made cheap: a tenth of the editor's start-up otherwise.

Once PySide6 is loaded it asks, of every module imported after it, whether the module's
source mentions ``PySide6`` (so that ``from __feature__ import snake_case`` applies only to
modules that use Qt). It answers with :func:`inspect.getsource`, which looks the module up
among all loaded modules, decodes the file, splits it into lines and keeps them in memory:
for the editor's few hundred modules that is about 35 ms of its start-up. The same question
is answered here by searching the file's bytes; where that cannot be done (no source file,
an unusual encoding) PySide's own check answers, so every answer is the one it would give.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_NAME = b"PySide6"
_WIDE_TEXT = (b"\xff\xfe", b"\xfe\xff")  # UTF-16/32 byte order marks: only a decoder can tell


def source_mentions_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether ``module``'s source file contains ``PySide6``; ``fallback`` decides when it has none to read."""
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None)
    if isinstance(origin, str) and origin.endswith(".py") and getattr(spec, "has_location", False):
        try:
            with open(origin, "rb") as source:
                data = source.read()
        except OSError:
            data = None
        if data is not None and not data.startswith(_WIDE_TEXT):
            return _NAME in data
    return fallback(module)


def check_imports_cheaply() -> bool:
    """Answer PySide's per-module question from the file's bytes; False where this PySide asks otherwise."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "reads_bytes", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        return source_mentions_pyside(module, original)

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    uses_pyside.original = original  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
