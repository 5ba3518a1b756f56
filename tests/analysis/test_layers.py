"""The analysis package stands on the model and io layers only (and i18n, which marks its words for
translation, as the model does): never export, layout, ui or commands."""

from __future__ import annotations

import ast
from pathlib import Path

import journeymap.analysis

ALLOWED = {"model", "io", "analysis", "i18n"}


def imported_layers(source: str, package: tuple[str, ...]) -> set[str]:
    """The journeymap layers ``source`` (a module of ``package``, e.g. journeymap.analysis) imports."""
    layers = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                parts = (*base, *(node.module or "").split(".")) if node.module else base
            else:
                parts = tuple((node.module or "").split("."))
            if parts[0] == "journeymap" and len(parts) > 1 and parts[1]:
                layers.add(parts[1])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "journeymap" and len(parts) > 1:
                    layers.add(parts[1])
    return layers


def test_analysis_imports_only_the_model_and_io_layers():
    root = Path(journeymap.analysis.__file__).parent
    files = sorted(root.rglob("*.py"))
    assert len(files) > 15
    for path in files:
        package = ("journeymap", *path.relative_to(root.parent).parent.parts)
        layers = imported_layers(path.read_text("utf-8"), package)
        assert layers <= ALLOWED, (path.name, layers - ALLOWED)


def test_the_checker_sees_a_forbidden_import():
    source = "from ...export import pdf_draw\nfrom ..research import plan_import\nimport journeymap.ui.app\n"
    assert imported_layers(source, ("journeymap", "analysis", "health")) == {"export", "analysis", "ui"}
