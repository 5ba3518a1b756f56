"""Kill the editor's process while someone edits: how much work does recovery give back?

A child process opens a saved map in the real editor window and edits it
like a person would (bursts of edits, then pauses) through the window's undo
stack, autosaved by the window's own controller (Qt timers, worker thread) on
a schedule that can be shortened for speed. It
prints each edit as it makes it. The parent kills it with SIGKILL at a
random moment, then does what the next start does: ``pending_recoveries()``,
restore, and checks that the recovered map holds every edit up to some point
with none missing before it, and measures what was lost.

    python tests/reliability/kill_editing.py [--trials 20] [--idle-ms 2000] [--max-ms 30000]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))


@dataclass
class Trial:
    made: int  # edits the child made before it was killed
    recovered: int  # edits found in the recovered map (all of 1..recovered)
    lost_seconds: float  # how long before the kill the oldest lost edit was made (0 if none lost)
    complete: bool  # the recovered edits are exactly 1..recovered, nothing skipped


@dataclass
class EditingReport:
    trials: list[Trial] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    @property
    def max_lost_edits(self) -> int:
        return max((t.made - t.recovered for t in self.trials), default=0)

    @property
    def max_lost_seconds(self) -> float:
        return max((t.lost_seconds for t in self.trials), default=0.0)


def child(path: Path, idle_ms: int, max_ms: int, seed: int, nonstop: bool = False) -> None:
    """Open ``path`` in the real editor window and edit it forever (bursts and pauses) through its undo stack.

    The window's own AutosaveController does the autosaving, on the given schedule.
    """
    from PySide6.QtCore import QTimer

    from journeymap.commands.structure import AddCard
    from journeymap.model import Card
    from journeymap.ui.app import Editor, make_application

    app = make_application()
    rng = random.Random(seed)
    editor = Editor(app)
    window = editor.open_path(path)
    assert window is not None and window.autosave is not None
    window.autosave.set_schedule(idle_ms, max_ms)
    window.show()
    session = window.session
    lanes = [lane.id for lane in session.journey.lanes]
    steps = [s.id for s in session.journey.steps()]
    count = 0
    timer = QTimer(singleShot=True)

    def edit() -> None:
        nonlocal count
        count += 1
        card = Card(step=steps[count % len(steps)], text=f"edit {count}")
        session.undo_stack.push(AddCard(session.document, lanes[count % len(lanes)], card))
        print(f"{count} {time.time():.3f}", flush=True)
        bursty = not nonstop and rng.random() < 0.1
        pause = rng.uniform(0.5, 3.0) * idle_ms / 1000 if bursty else rng.uniform(0.05, 0.3)
        timer.start(int(pause * 1000))

    timer.timeout.connect(edit)
    timer.start(50)
    print("ready", flush=True)
    app.exec()


def _edit_numbers(journey) -> set[int]:
    return {int(c.text.split()[1]) for lane in journey.lanes for c in lane.cards if c.text.startswith("edit ")}


def kill_while_editing(trials: int, folder: Path, idle_ms: int, max_ms: int,
                       kill_after: tuple[float, float], seed: int = 1, nonstop: bool = False) -> EditingReport:
    """Run the trials; the state folder (JOURNEYMAP_STATE_DIR) must already be private."""
    from journeymap.io import save_map
    from journeymap.io.recovery import discard, pending_recoveries, restore
    from tests.reliability.maps import small_map

    rng = random.Random(seed)
    report = EditingReport()
    for n in range(trials):
        path = folder / f"workshop-{n}.journey"
        save_map(small_map(f"Workshop {n}"), path)
        old = time.time() - 60
        os.utime(path, (old, old))
        proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--child", str(path), "--idle-ms", str(idle_ms),
             "--max-ms", str(max_ms), "--seed", str(seed * 1000 + n)] + (["--nonstop"] if nonstop else []),
            stdout=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        assert proc.stdout is not None
        if proc.stdout.readline().strip() != "ready":
            report.failures.append(f"trial {n}: the child did not start")
            proc.kill()
            continue
        time.sleep(rng.uniform(*kill_after))
        proc.send_signal(signal.SIGKILL)
        killed_at = time.time()
        made = {int(k): float(t) for k, t in (line.split() for line in proc.stdout.read().splitlines())}
        proc.wait()
        found = [r for r in pending_recoveries() if r.original == path.resolve()]
        recovered: set[int] = set()
        if len(found) > 1:
            report.failures.append(f"trial {n}: {len(found)} recoveries offered for one file")
        elif found:  # none means killed before the first autosave: everything so far lost, and counted
            journey, original = restore(found[0])
            recovered = _edit_numbers(journey)
            if original != path.resolve():
                report.failures.append(f"trial {n}: recovered with the wrong path {original}")
            discard(found[0])
        top = max(recovered, default=0)
        complete = recovered == set(range(1, top + 1))
        if not complete:
            report.failures.append(f"trial {n}: the recovered edits have gaps")
        first_lost = made.get(top + 1)
        report.trials.append(Trial(len(made), top, killed_at - first_lost if first_lost else 0.0, complete))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="SIGKILL an editing process; measure what recovery gives back.")
    parser.add_argument("--child", type=Path)
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--idle-ms", type=int, default=2_000)
    parser.add_argument("--max-ms", type=int, default=30_000)
    parser.add_argument("--kill-after", type=float, nargs=2, default=None, metavar=("MIN_S", "MAX_S"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--nonstop", action="store_true", help="never pause: only the deadline autosaves")
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.idle_ms, args.max_ms, args.seed, args.nonstop)
        return 0
    kill_after = tuple(args.kill_after or (1.0, 2.5 * args.max_ms / 1000))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["JOURNEYMAP_STATE_DIR"] = str(Path(tmp) / "state")
        os.environ["JOURNEYMAP_CONFIG_DIR"] = str(Path(tmp) / "config")  # the editor records recent files
        r = kill_while_editing(args.trials, Path(tmp), args.idle_ms, args.max_ms, kill_after, args.seed,
                               args.nonstop)
    edits = sum(t.made for t in r.trials)
    print(f"{len(r.trials)} kills while editing{' nonstop' if args.nonstop else ''} (autosave {args.idle_ms} ms after the last edit, at least every "
          f"{args.max_ms} ms; killed {kill_after[0]:.1f}-{kill_after[1]:.1f} s after start): {edits} edits made, "
          f"{sum(t.recovered for t in r.trials)} recovered; recovered maps complete up to their last autosave: "
          f"{sum(t.complete for t in r.trials)}/{len(r.trials)}")
    print(f"most lost in one kill: {r.max_lost_edits} edits, the oldest of them made "
          f"{r.max_lost_seconds:.1f} s before the kill")
    for line in r.failures:
        print("FAIL", line)
    return 1 if r.failures else 0


if __name__ == "__main__":
    sys.exit(main())
