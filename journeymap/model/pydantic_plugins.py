"""Pydantic's plugin search, skipped: the models validate exactly as before, and every start is faster.

When Pydantic builds its first validator it asks which installed packages offer it plugins
(observability tools such as Logfire register them as package entry points). Answering loads
:mod:`importlib.metadata` (and with it the e-mail parser, csv and sockets) and reads every installed
package's entry points: about 4 % of the editor's start-up (benchmarks/bench_startup.py), for plugins
that Journeymap never uses and its installers never ship. Pydantic takes its answer from one small
module; :func:`answer_no_plugins` puts one in its place that says "none" and hands anything else it is
asked for to Pydantic's own module, loaded then.

Pydantic's own switch, ``PYDANTIC_DISABLE_PLUGINS``, only skips the reading of the entry points, not
the loading of :mod:`importlib.metadata`.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

LOADER = "pydantic.plugin._loader"  # where Pydantic looks for get_plugins()


class _NoPlugins(ModuleType):
    """Pydantic's plugin loader, answering "no plugins" without importlib.metadata."""

    skips_plugin_search = True

    @staticmethod
    def get_plugins() -> Iterable[Any]:
        return ()

    def __getattr__(self, name: str) -> Any:
        """Anything but get_plugins() (a newer Pydantic may ask for more): from Pydantic's own module."""
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(_pydantic_loader(), name)


def _pydantic_loader() -> ModuleType:
    import pydantic.plugin

    path = Path(pydantic.plugin.__file__).with_name("_loader.py")
    spec = importlib.util.spec_from_file_location(f"{LOADER}_of_pydantic", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"Pydantic's plugin loader is not at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def answer_no_plugins() -> bool:
    """Put the answer in place before Pydantic first asks; False when Pydantic has already loaded its own."""
    current = sys.modules.get(LOADER)
    if current is not None:
        return bool(getattr(current, "skips_plugin_search", False))
    sys.modules[LOADER] = _NoPlugins(LOADER, __doc__)
    return True


answer_no_plugins()  # on import: journeymap.model imports this module before its first model
