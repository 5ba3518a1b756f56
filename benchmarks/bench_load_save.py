"""Load and save of a large map (3,000 cards) beside plain json.loads / json.dumps of the same file.

The standard library's parser is the floor we compare against: the target is
that our load (parse + validate + reference checks) and our save (serialise +
atomic write with fsync) each stay within 2x of it.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_large import large_map  # noqa: E402

from journeymap.io import dump_map, load_map, parse_map, save_map  # noqa: E402
from journeymap.io.keys import surely_no_duplicate_keys  # noqa: E402
from journeymap.model import JourneyMap, reference_problems  # noqa: E402

REPEATS = 21


def paired(ours: Callable[[], object], floor: Callable[[], object], repeats: int = REPEATS) -> tuple[float, float, float]:
    """Median ms of ``ours`` and ``floor``, and the median of their per-round ratio.

    The two run alternately, so a busy machine slows both alike and the ratio stays honest.
    """
    ours(), floor()  # warm up caches and lazy schema builds
    a, b, ratios = [], [], []
    for _ in range(repeats):
        start = time.perf_counter()
        ours()
        middle = time.perf_counter()
        floor()
        end = time.perf_counter()
        a.append(middle - start)
        b.append(end - middle)
        ratios.append((middle - start) / (end - middle))
    return statistics.median(a) * 1000, statistics.median(b) * 1000, statistics.median(ratios)


def run() -> list[tuple[str, float, str]]:
    journey = large_map()
    cards = sum(len(lane.cards) for lane in journey.lanes)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.journey"
        save_map(journey, path, backup=False)
        data = path.read_bytes()
        plain = json.loads(data)
        out = Path(folder) / "plain.json"
        loaded = parse_map(data)

        def plain_save() -> None:
            out.write_text(json.dumps(plain, indent=2, ensure_ascii=False) + "\n", "utf-8")

        load, json_load, load_ratio = paired(lambda: load_map(path), lambda: json.loads(data))
        validate, _, validate_ratio = paired(lambda: JourneyMap.model_validate_json(data), lambda: json.loads(data))
        refs, _, _ = paired(lambda: reference_problems(loaded), lambda: None)
        proof, _, _ = paired(lambda: surely_no_duplicate_keys(data, loaded), lambda: None)
        dump, json_dump, dump_ratio = paired(lambda: dump_map(journey),
                                             lambda: json.dumps(plain, indent=2, ensure_ascii=False))
        save, json_save, save_ratio = paired(lambda: save_map(journey, path, backup=False), plain_save)
        save_backup, _, _ = paired(lambda: save_map(journey, path, backup=True), lambda: None)
    size = f"{len(data) / 1e6:.2f} MB, {cards} cards, {len(journey.steps())} steps"
    return [
        ("json.loads (the floor)", json_load, f"ms, {size}"),
        ("load_map", load, "ms, read + parse + validate + checks"),
        ("  of which pydantic validate_json", validate, f"ms ({validate_ratio:.2f}x json.loads)"),
        ("  of which reference checks", refs, "ms"),
        ("  of which duplicate-key proof", proof, "ms"),
        ("load ratio", load_ratio, "x json.loads (target <= 2)"),
        ("json.dumps indent=2", json_dump, "ms"),
        ("dump_map", dump, "ms, the bytes only"),
        ("dump ratio", dump_ratio, "x json.dumps (target <= 2)"),
        ("plain json save, no fsync", json_save, "ms, json.dumps + write_text"),
        ("save_map", save, "ms, temp file + fsync + replace + fsync folder"),
        ("save_map with backup", save_backup, "ms, plus the backup copy"),
        ("save ratio", save_ratio, "x plain json save (target <= 2)"),
    ]


def main() -> int:
    from run_all import print_table

    print_table([("load_save", row) for row in run()])
    return 0


if __name__ == "__main__":
    sys.exit(main())
