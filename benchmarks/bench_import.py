"""Research import of a survey export with 3,000 responses, as CSV (UTF-8 with BOM) and as .xlsx.

Read, match, compute every mean, interval and metric, and plan the edits
(what File > Import shows in its preview, and what ``journeymap import`` does
before saving). The survey is the tests' realistic one (tests/analysis/survey.py).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from journeymap.analysis.mapping import Mapping  # noqa: E402
from journeymap.analysis.research import read_and_plan  # noqa: E402
from tests.analysis.survey import responses, survey_map, write_utf8_bom, write_xlsx  # noqa: E402

REPEATS = 5


def run() -> list[tuple[str, float, str]]:
    journey = survey_map()
    rows = responses(journey)
    out = []
    with tempfile.TemporaryDirectory() as folder:
        for name, writer in (("survey.csv", write_utf8_bom), ("survey.xlsx", write_xlsx)):
            path = writer(Path(folder) / name, rows)
            plan = read_and_plan(journey, path, Mapping())
            runs = []
            for _ in range(REPEATS):
                start = time.perf_counter()
                read_and_plan(journey, path, Mapping())
                runs.append(time.perf_counter() - start)
            out.append((f"import plan of 3,000 responses ({name.split('.')[1]})", statistics.median(runs) * 1000,
                        f"ms ({len(plan.scores)} scores, {len(plan.metrics)} metrics, {len(plan.cards)} cards)"))
    return out


if __name__ == "__main__":
    for name, value, unit in run():
        print(f"{name}: {value:.1f} {unit}")
