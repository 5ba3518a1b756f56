"""Evidence-backed maps, without Qt: research data in, a health check, and what changed between versions.

- :mod:`.research` plans an import of survey or analytics data (:mod:`.tables`
  reads CSV and Excel, :mod:`.mapping` says which column and value means what,
  :mod:`.stats` computes), and :mod:`.edits` applies it all or nothing;
- :mod:`.health` holds the rules of ``journeymap lint`` and the Health panel;
- :mod:`.diff` says what changed by ids, :mod:`.merge` merges three versions,
  :mod:`.git_setup` teaches a repository to use them.

Only the model and io layers are used here (a test checks the imports).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .diff import Difference, diff_maps
    from .edits import apply_edits, take_back
    from .health import Finding, Level, check_health
    from .merge import MergeResult, merge_maps
    from .research import ImportPlan, plan_import, read_and_plan

#: each name and its module: a module loads when its name is first asked for (the editor starts without them)
_HOME = {"Difference": "diff", "diff_maps": "diff", "apply_edits": "edits", "take_back": "edits",
         "Finding": "health", "Level": "health", "check_health": "health", "MergeResult": "merge",
         "merge_maps": "merge", "ImportPlan": "research", "plan_import": "research", "read_and_plan": "research"}
__all__ = ["Difference", "Finding", "ImportPlan", "Level", "MergeResult", "apply_edits", "check_health",
           "diff_maps", "merge_maps", "plan_import", "read_and_plan", "take_back"]


def __getattr__(name: str) -> Any:
    if name in _HOME:
        return getattr(import_module(f".{_HOME[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
