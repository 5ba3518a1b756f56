"""Semantic diff, three-way merge and health check of the large map (3,000 cards).

Each copy gets a realistic session of edits on different objects: about 150
card texts rewritten, 60 cards moved to another lane or step, 40 added, 30
deleted, 30 scores changed, 10 steps renamed. Timed from the maps in memory
(what ``journeymap merge`` does after loading the three files). Target: each under 0.5 s.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_large import large_map  # noqa: E402

from journeymap.analysis.diff import diff_maps  # noqa: E402
from journeymap.analysis.health import check_health  # noqa: E402
from journeymap.analysis.merge import merge_maps  # noqa: E402
from journeymap.cli.analysis import run_merge  # noqa: E402
from journeymap.io import save_map  # noqa: E402
from journeymap.model import Card, Document, JourneyMap, Score  # noqa: E402

REPEATS = 7


def edited(base: JourneyMap, seed: int, share: int, of: int) -> JourneyMap:
    """A copy of ``base`` with a session of edits on the objects whose index % ``of`` == ``share``."""
    rng = random.Random(seed)
    journey = base.model_copy(deep=True)
    doc = Document(journey)
    cards = [c for k, c in enumerate(c for lane in journey.lanes for c in lane.cards) if k % of == share]
    steps = [s for k, s in enumerate(journey.steps()) if k % of == share]
    rng.shuffle(cards)
    for card in cards[:150]:
        doc.set_fields(card.id, {"text": card.text + " (revised)"})
    for card in cards[150:210]:
        doc.move_card(card.id, rng.choice(journey.lanes).id, rng.choice(steps).id)
    for card in cards[210:240]:
        doc.remove_card(card.id)
    for _ in range(40):
        doc.add_card(rng.choice(journey.lanes).id, Card(step=rng.choice(steps).id, text=f"New idea {rng.random():.6f}"))
    for step in steps[:30]:
        persona = journey.personas[0]
        doc.set_score(step.id, persona.id, Score(persona=persona.id, value=rng.randint(-3, 3)))
    for step in steps[30:40]:
        doc.set_fields(step.id, {"name": step.name + " again"})
    return journey


def timed(fn) -> float:
    fn()
    runs = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def run() -> list[tuple[str, float, str]]:
    base = large_map()
    ours, theirs = edited(base, 1, 0, 2), edited(base, 2, 1, 2)
    differences = diff_maps(base, ours)
    result = merge_maps(base, ours, theirs)
    cards = sum(len(lane.cards) for lane in result.journey.lanes)
    diff_s = timed(lambda: diff_maps(base, ours))
    merge_s = timed(lambda: merge_maps(base, ours, theirs))
    findings = check_health(base)
    health_s = timed(lambda: check_health(base))
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(folder) / f"{name}.journey" for name in ("base", "ours", "theirs")]
        for path, journey in zip(paths, (base, ours, theirs), strict=True):
            save_map(journey, path, backup=False)
        args = argparse.Namespace(base=str(paths[0]), ours=str(paths[1]), theirs=str(paths[2]),
                                  output=str(Path(folder) / "merged.journey"))

        def merge_files() -> None:
            with contextlib.redirect_stderr(io.StringIO()):
                run_merge(args)

        files_s = timed(merge_files)
    return [
        ("diff of two 3,000-card maps", diff_s * 1000, f"ms ({len(differences)} changes); target < 500 ms"),
        ("three-way merge of two edited 3,000-card maps", merge_s * 1000,
         f"ms ({cards} cards, {len(result.conflicts)} conflicts); target < 500 ms"),
        ("journeymap merge as git runs it: load 3 files, merge, save", files_s * 1000,
         "ms, in one process (starting python adds its import time)"),
        ("health check of the 3,000-card map (the Health panel's refresh)", health_s * 1000,
         f"ms ({len(findings)} findings)"),
    ]


if __name__ == "__main__":
    for name, value, unit in run():
        print(f"{name}: {value:.1f} {unit}")
