"""Regression guard: PySide6 6.12.0 on CPython 3.11 drops a reference to None on every void call.

With that release, each ``setPos`` (and any other call returning nothing) lowered
``sys.getrefcount(None)`` by one until None was freed and the editor aborted with
"none_dealloc". pyproject.toml excludes 6.12.0 on Python 3.11; these tests fail if
that pin is lost or the bug comes back in another release.
"""

from __future__ import annotations

import sys
from importlib.metadata import version

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QGraphicsRectItem

CALLS = 50_000


def test_void_calls_keep_the_reference_count_of_none():
    item = QGraphicsRectItem(0, 0, 10, 10)
    before = sys.getrefcount(None)
    for n in range(CALLS):
        item.setPos(n % 100, 0)
    after = sys.getrefcount(None)
    assert before - after < 100, f"None lost {before - after} references over {CALLS} setPos calls"
    assert item.pos().x() == (CALLS - 1) % 100


def test_the_known_bad_pyside_release_is_not_installed_on_python_3_11():
    installed = version("PySide6-Essentials") if _has("PySide6-Essentials") else pyside_version
    if sys.version_info[:2] == (3, 11):
        assert installed != "6.12.0" and pyside_version != "6.12.0"
    assert tuple(int(p) for p in pyside_version.split(".")[:2]) >= (6, 7)


def _has(dist: str) -> bool:
    try:
        version(dist)
    except Exception:
        return False
    return True
