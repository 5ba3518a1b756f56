"""Co-editing builds on the model and io only: it never imports the editor, the exports or the commands."""

from __future__ import annotations

import ast
from pathlib import Path

import journeymap.collab

FORBIDDEN = ("journeymap.ui", "journeymap.export", "journeymap.commands", "journeymap.cli", "PySide6")


def imported_names(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = "journeymap." + node.module.split(".", 1)[0] if node.level == 2 and node.module else (
                node.module or "")
            names.add("journeymap.collab" if node.level == 1 else base)
    return names


def test_collab_imports_neither_ui_nor_export_nor_commands():
    folder = Path(journeymap.collab.__file__).parent
    offenders = {p.name: sorted(n for n in imported_names(p) if n.startswith(FORBIDDEN))
                 for p in folder.glob("*.py")}
    assert {k: v for k, v in offenders.items() if v} == {}
    assert "journeymap.model" in imported_names(folder / "binding.py")
