"""The house as the imports draw it: layers only point down, and the core never imports Qt.

The import-linter contracts in pyproject.toml (layers; no Qt below the editor) are
checked on every run. And for the runtime guarantee, each module found on disk
(except the Qt layers, journeymap/ui and journeymap/commands, and the export
modules the contract names as Qt's: the PNG export) is imported in a fresh
interpreter where PySide6 and shiboken6 cannot be imported at all. A new core
module is checked the day it is added.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import journeymap

PACKAGE = Path(journeymap.__file__).parent
PYPROJECT = PACKAGE.parent / "pyproject.toml"
QT_PACKAGES = {"ui", "commands"}


def qt_export_modules() -> set[str]:
    """The export modules allowed to use Qt: those the no-Qt contract lists by name, and no others."""
    contracts = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]
    no_qt = next(c for c in contracts if c["type"] == "forbidden" and "PySide6" in c["forbidden_modules"])
    return {rule.split(" -> ")[0].strip() for rule in no_qt["ignore_imports"]}


def core_modules() -> list[str]:
    names = []
    qt_exports = qt_export_modules()
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] in QT_PACKAGES or rel.name == "__main__.py" or "__pycache__" in rel.parts:
            continue
        if ".".join(("journeymap", *rel.with_suffix("").parts)) in qt_exports:
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
                     "journeymap.templates", "journeymap.cli", "journeymap.export.svg_export",
                     "journeymap.export.svg_player", "journeymap.layout.paint.map_plan"):
        assert required in names
    assert not any(n.startswith(("journeymap.ui", "journeymap.commands")) for n in names)
    assert qt_export_modules() == {"journeymap.export.png_export", "journeymap.export.qt_fonts", "journeymap.export.qt_png"}
    assert not qt_export_modules() & set(names)


def test_imports_follow_the_layers_and_only_the_png_export_uses_qt(capsys):
    from importlinter.cli import lint_imports

    # import-linter configures logging with dictConfig, which disables every logger that exists
    # (the co-editing binding's, whose refusals a later test reads): put them back afterwards.
    loggers = [lg for lg in logging.root.manager.loggerDict.values() if isinstance(lg, logging.Logger)]
    was = [(lg, lg.disabled, lg.level, list(lg.handlers), lg.propagate) for lg in loggers]
    root_handlers = list(logging.root.handlers)
    try:
        code = lint_imports(config_filename=str(PYPROJECT), no_cache=True, no_logo=True)
    finally:
        for lg, disabled, level, handlers, propagate in was:
            lg.disabled, lg.level, lg.handlers, lg.propagate = disabled, level, handlers, propagate
        logging.root.handlers = root_handlers
    out = capsys.readouterr().out
    assert code == 0, out
    assert "2 kept, 0 broken" in out


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
