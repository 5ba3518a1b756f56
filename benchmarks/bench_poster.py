"""How much of the sheet the poster uses, for every bundled template and a 40-step map, and how long choosing takes.

Coverage is the share of the sheet the map draws on (its bands, the sheet's
margins and the gaps between bands excluded). Target: 75 % or more of an A3
and an A0 sheet for each (the default ``--fit bands``, orientation chosen).
The one-strip poster of before (``--fit page``, landscape) is shown beside it.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_large import large_map  # noqa: E402

from journeymap.export.pdf_poster import poster_sizes  # noqa: E402
from journeymap.io import load_map  # noqa: E402
from journeymap.layout.poster import choose_poster  # noqa: E402
from journeymap.templates import list_templates  # noqa: E402


def forty_steps():
    return large_map(stages=8, steps=40, lanes=9, cards=240, personas=2)


def run() -> list[tuple[str, float, str]]:
    maps = [(t.name, load_map(t.path)) for t in list_templates()] + [("40 steps", forty_steps())]
    rows: list[tuple[str, float, str]] = []
    for name, journey in maps:
        for sheet in ("A3", "A0"):
            fit = choose_poster(journey, sheet)
            before = choose_poster(journey, sheet, True, "page")
            text = poster_sizes(fit).smallest_text
            rows.append((f"coverage {name} {sheet}", fit.coverage * 100,
                         f"% (target >= 75; one strip: {before.coverage:.0%}), {fit.banded.count} band(s), "
                         f"{'landscape' if fit.landscape else 'portrait'}, smallest text {text:.1f} pt"))
    big = large_map()
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        fit = choose_poster(big, "A0")
        times.append(time.perf_counter() - t0)
    rows.append(("choose bands, 3,000 cards, A0", statistics.median(times) * 1000,
                 f"ms ({fit.banded.count} bands, coverage {fit.coverage:.0%})"))
    return rows


if __name__ == "__main__":
    from run_all import print_table

    print_table([("poster", row) for row in run()])
