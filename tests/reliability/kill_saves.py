"""SIGKILL during saves: the file on disk is always the old version or the new one, whole.

A forked child saves a large map (30 stages, 300 steps, 12 lanes, 3,000+ cards)
over and over, alternating between two versions, exactly as the editor's Save
does (temporary file, fsync, backup, atomic replace). The parent kills it with
SIGKILL at a random moment, then checks that the file loads and equals one of
the two versions byte for byte, and that every kept backup loads too.

    python tests/reliability/kill_saves.py [TRIALS] [--seed N]

prints the count. The default test suite runs a short version of the same code.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

if __name__ == "__main__":  # run as a script from anywhere
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from journeymap.io import dump_map, list_backups, load_map, parse_map, save_map  # noqa: E402
from journeymap.model import JourneyMap  # noqa: E402


def big_map(seed: int) -> JourneyMap:
    """The benchmarks' large map (3,200 cards), so this script and ``make bench`` test the same map."""
    from benchmarks.generate_large import large_map

    return large_map(cards=3200, seed=seed)


@dataclass
class KillReport:
    trials: int = 0
    old_on_disk: int = 0
    new_on_disk: int = 0
    temp_files_left: int = 0
    backups_checked: int = 0
    failures: list[str] = field(default_factory=list)
    map_bytes: int = 0
    cards: int = 0
    save_seconds: float = 0.0


def _saver(target: Path, versions: list[JourneyMap]) -> None:
    """The child: save the two versions in turn until killed."""
    k = 0
    while True:
        save_map(versions[k % 2], target)
        k += 1


def kill_during_saves(trials: int, folder: Path, seed: int = 1) -> KillReport:
    """Run ``trials`` save-and-kill rounds in ``folder``; the state folder must already be private."""
    rng = random.Random(seed)
    first = big_map(seed)
    second = first.model_copy(deep=True)
    second.title = "Second version"
    second.lanes[0].cards[0].text = "Changed between versions"
    versions = [first, second]
    wanted = [dump_map(v) for v in versions]
    report = KillReport(map_bytes=len(wanted[0]), cards=sum(len(lane.cards) for lane in first.lanes))
    target = folder / "Large workshop.journey"
    save_map(first, target, backup=False)
    start = time.perf_counter()
    for _ in range(3):
        save_map(first, target)
    report.save_seconds = (time.perf_counter() - start) / 3
    for trial in range(trials):
        before = target.read_bytes()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child never returns
            try:
                _saver(target, versions)
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0.0, 4 * report.save_seconds))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        report.trials += 1
        leftovers = list(folder.glob(".*.tmp"))
        report.temp_files_left += bool(leftovers)
        for f in leftovers:
            f.unlink()
        on_disk = target.read_bytes()
        try:
            load_map(target)
        except Exception as e:  # noqa: BLE001 - any failure to load is the finding
            report.failures.append(f"trial {trial}: the file does not load: {e}")
            continue
        if on_disk in wanted:
            report.old_on_disk += on_disk == before
            report.new_on_disk += on_disk != before
        else:
            report.failures.append(f"trial {trial}: the file is neither version")
        for backup in list_backups(target):
            report.backups_checked += 1
            try:
                parse_map(backup.read_bytes(), backup)
            except Exception as e:  # noqa: BLE001
                report.failures.append(f"trial {trial}: backup {backup.name} does not load: {e}")
                backup.unlink()
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="SIGKILL a process while it saves a large map.")
    parser.add_argument("trials", type=int, nargs="?", default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["JOURNEYMAP_STATE_DIR"] = str(Path(tmp) / "state")
        folder = Path(tmp) / "maps"
        folder.mkdir()
        start = time.perf_counter()
        r = kill_during_saves(args.trials, folder, args.seed)
        took = time.perf_counter() - start
    print(f"map: {r.cards} cards, {r.map_bytes / 1e6:.2f} MB, one save {r.save_seconds * 1000:.0f} ms")
    print(f"{r.trials} SIGKILLs during saves in {took:.0f} s: file whole and valid {r.trials - len(r.failures)}"
          f"/{r.trials} (unchanged {r.old_on_disk}, new version {r.new_on_disk}); killed mid-write "
          f"(temporary file left) {r.temp_files_left}; backups checked {r.backups_checked}")
    for line in r.failures[:20]:
        print("FAIL", line)
    return 1 if r.failures else 0


if __name__ == "__main__":
    sys.exit(main())
