"""Evidence-backed maps, without Qt: research data in, a health check, and what changed between versions.

- :mod:`.research` plans an import of survey or analytics data (:mod:`.tables`
  reads CSV and Excel, :mod:`.mapping` says which column and value means what,
  :mod:`.stats` computes), and :mod:`.edits` applies it all or nothing;
- :mod:`.health` holds the rules of ``journeymap lint`` and the Health panel;
- :mod:`.diff` says what changed by ids, :mod:`.merge` merges three versions,
  :mod:`.git_setup` teaches a repository to use them.

Only the model and io layers are used here (a test checks the imports).
"""

from .diff import Difference, diff_maps
from .edits import apply_edits, take_back
from .health import Finding, Level, check_health
from .merge import MergeResult, merge_maps
from .research import ImportPlan, plan_import, read_and_plan

__all__ = ["Difference", "Finding", "ImportPlan", "Level", "MergeResult", "apply_edits", "check_health",
           "diff_maps", "merge_maps", "plan_import", "read_and_plan", "take_back"]
