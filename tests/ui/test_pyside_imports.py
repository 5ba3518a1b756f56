"""PySide's question about each imported module gets the answer it always got, without its slow reading."""

from __future__ import annotations

import importlib.util
import sys
import types

import journeymap.ui.app  # noqa: F401  (the editor's modules, as at start-up)
from journeymap.ui.pyside_imports import check_imports_cheaply, source_mentions_pyside


def test_the_editor_installs_the_cheap_check():
    feature = sys.modules["shibokensupport.feature"]
    assert check_imports_cheaply()
    assert getattr(feature._mod_uses_pyside, "reads_bytes", False)
    assert check_imports_cheaply()  # once: a second call does not wrap the check again
    assert not hasattr(feature._mod_uses_pyside.original, "reads_bytes")


def test_every_loaded_module_gets_pysides_own_answer():
    original = sys.modules["shibokensupport.feature"]._mod_uses_pyside.original
    modules = [m for m in list(sys.modules.values()) if isinstance(m, types.ModuleType)]
    answers = {m.__name__: source_mentions_pyside(m, original) for m in modules}
    assert answers == {m.__name__: original(m) for m in modules}
    assert answers["journeymap.ui.main_window"] and not answers["journeymap.model.journey_map"]


def test_a_module_without_a_source_file_is_left_to_pyside(tmp_path):
    asked = []
    module = types.ModuleType("made_in_memory")
    assert source_mentions_pyside(module, lambda m: asked.append(m) or True)
    assert asked == [module]
    wide = tmp_path / "wide.py"
    wide.write_bytes("# PySide6\n".encode("utf-16"))
    spec = importlib.util.spec_from_file_location("wide", wide)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    assert source_mentions_pyside(module, lambda m: True)  # UTF-16 text: PySide's own reading decides
