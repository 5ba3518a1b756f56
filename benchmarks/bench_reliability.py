"""What autosave and recovery cost on a 3,000-card map: the GUI-thread part must stay tiny.

The autosave controller serialises on the GUI thread and writes on a worker;
these rows say how long each half takes, how long the start-up recovery scan
takes with several autosaves waiting, and how fast a hostile photo is refused.
"""

from __future__ import annotations

import base64
import os
import statistics
import struct
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_large import large_map  # noqa: E402

from journeymap.io import autosave, dump_map  # noqa: E402
from journeymap.io.recovery import pending_recoveries  # noqa: E402
from journeymap.model import Photo  # noqa: E402
from journeymap.safety import check_photo  # noqa: E402


def _median_ms(job: Callable[[], object], rounds: int = 9) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        job()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _hostile_photo() -> Photo:
    ihdr = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    body = b"IHDR" + ihdr
    png = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + body + struct.pack(">I", zlib.crc32(body))
    return Photo(media_type="image/png", data=base64.b64encode(png).decode(), width=20_000, height=20_000)


def run() -> list[tuple[str, float, str]]:
    journey = large_map(cards=3000)
    data = dump_map(journey)
    old_state = os.environ.get("JOURNEYMAP_STATE_DIR")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["JOURNEYMAP_STATE_DIR"] = tmp
        try:
            snapshot = _median_ms(lambda: dump_map(journey))
            write = _median_ms(lambda: autosave.write("bench", data, None, "bench"))
            real_pid = os.getpid
            os.getpid = lambda: 2**22 + 1  # autosaves as if left by a crashed instance
            try:
                for k in range(5):
                    autosave.write(f"crashed-{k}", data, Path(tmp) / f"map{k}.journey", f"map {k}")
            finally:
                os.getpid = real_pid
            scan = _median_ms(pending_recoveries)
            photo = _hostile_photo()
            refuse = _median_ms(lambda: check_photo(photo), rounds=51) * 1000
        finally:
            if old_state is None:
                os.environ.pop("JOURNEYMAP_STATE_DIR", None)
            else:
                os.environ["JOURNEYMAP_STATE_DIR"] = old_state
    size = f"{len(data) / 1e6:.1f} MB, 3000 cards"
    return [
        ("autosave snapshot (GUI thread)", round(snapshot, 1), f"ms, dump_map, {size}"),
        ("autosave write (worker thread)", round(write, 1), f"ms, write+fsync+rename+sidecar, {size}"),
        ("recovery scan at start-up", round(scan, 2), "ms, 5 pending autosaves"),
        ("refuse 100000x100000 px photo", round(refuse, 1), "µs, header check, nothing decoded"),
    ]


if __name__ == "__main__":
    from run_all import print_table

    print_table([("reliability", row) for row in run()])
