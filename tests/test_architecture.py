"""The core layers never import Qt: they load, validate, lay out and export maps on a machine without PySide6.

Each module found on disk (except the Qt layers: journeymap/ui, journeymap/commands, and export
modules that render through Qt) is imported in a fresh interpreter where PySide6 and shiboken6
cannot be imported at all. A new core module is checked the day it is added.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import journeymap

PACKAGE = Path(journeymap.__file__).parent
QT_PACKAGES = {"ui", "commands"}
QT_EXPORT_WORDS = ("qt", "png", "svg", "render", "raster")


def core_modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] in QT_PACKAGES or rel.name == "__main__.py" or "__pycache__" in rel.parts:
            continue
        if rel.parts[0] == "export" and any(w in rel.stem.lower() for w in QT_EXPORT_WORDS):
            continue
        parts = rel.with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(("journeymap", *parts)))
    return names


BLOCK_QT = textwrap.dedent("""
    import importlib.abc, sys, traceback

    class NoQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
                raise ImportError(f"{name} is blocked: core layers must not import Qt")
            return None

    sys.meta_path.insert(0, NoQt())
    failed = []
    for name in sys.argv[1:]:
        try:
            __import__(name)
        except Exception:
            failed.append(name + ":\\n" + traceback.format_exc(limit=4))
    leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
    print("\\n".join(failed))
    print("LEAKED", leaked)
    sys.exit(1 if failed or leaked else 0)
""")


def test_the_core_module_list_covers_the_layers():
    names = core_modules()
    for required in ("journeymap.model.document", "journeymap.io.reader", "journeymap.io.writer",
                     "journeymap.templates", "journeymap.cli"):
        assert required in names
    assert not any(n.startswith(("journeymap.ui", "journeymap.commands")) for n in names)


def test_core_layers_import_with_pyside6_unavailable():
    result = subprocess.run([sys.executable, "-c", BLOCK_QT, *core_modules()], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "LEAKED []" in result.stdout


def test_the_blocker_really_blocks_qt():
    result = subprocess.run([sys.executable, "-c", BLOCK_QT, "PySide6.QtCore"], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 1
    assert "blocked" in result.stdout
