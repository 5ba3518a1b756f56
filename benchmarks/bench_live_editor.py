"""Live co-editing in the editor: two windows in one process on the embedded server (Share Live).

Measures what a user waits for: a colleague's card edit shown on the other
window's canvas (from the command pushed in A to B's scene item showing the new
text: the binding, the room, the queued hand-over to the GUI thread, the layout
and the item update), and joining the 3,000-card map with the Join dialog
(from Join clicked to the window open and synced) beside loading its file.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
_tmp = tempfile.mkdtemp()
for _key in ("JOURNEYMAP_CONFIG_DIR", "JOURNEYMAP_STATE_DIR", "JOURNEYMAP_DATA_DIR"):
    os.environ.setdefault(_key, os.path.join(_tmp, _key))

from generate_large import large_map  # noqa: E402
from PySide6.QtCore import QCoreApplication  # noqa: E402

from journeymap.commands import SetFields  # noqa: E402
from journeymap.io import load_map, save_map  # noqa: E402
from journeymap.templates import new_from_template  # noqa: E402
from journeymap.ui.app import Editor, make_application  # noqa: E402
from journeymap.ui.live import LiveMap  # noqa: E402

EDITS = 30


def _wait(predicate, timeout: float = 60.0) -> float:
    start = time.perf_counter()
    while not predicate():
        QCoreApplication.processEvents()
        if time.perf_counter() - start > timeout:
            raise TimeoutError("the live map did not answer")
        time.sleep(0.0005)
    return time.perf_counter() - start


def _pair(editor: Editor, journey):
    a = editor.new_window(journey)
    a.live.share_here()
    _wait(lambda: a.live.connection is not None and a.live.connection.status.state == "synced")
    a.live.share_dialog.close()
    before = list(editor.windows)
    start = time.perf_counter()
    dialog = a.live.ask_join(a.live.link.url)
    dialog.join()
    _wait(lambda: len(editor.windows) > len(before))
    b = editor.windows[-1]
    _wait(lambda: b.live.connection.status.state == "synced")
    return a, b, time.perf_counter() - start


def _leave(*windows) -> None:
    for w in windows:
        w.live.leave()
        w.session.undo_stack.setClean()
        w.close()


def run() -> list[tuple[str, float, str]]:
    app = make_application()
    editor = Editor(app)
    LiveMap.listen_host = "127.0.0.1"
    a, b, _ = _pair(editor, new_from_template("online-purchase"))
    card = a.session.journey.lanes[0].cards[0].id
    times = []
    for k in range(EDITS):
        text = f"Edit {k}"
        start = time.perf_counter()
        a.session.push(SetFields(a.session.document, card, {"text": text}))
        _wait(lambda t=text: b.view.map_scene.cards[card].box.text.text == t)
        times.append((time.perf_counter() - start) * 1000)
    _leave(a, b)

    path = Path(_tmp) / "large.journey"
    save_map(large_map(), path)
    start = time.perf_counter()
    journey = load_map(path)
    load_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    alone = editor.new_window(journey)
    QCoreApplication.processEvents()
    window_ms = (time.perf_counter() - start) * 1000
    _leave(alone)
    a, b, join_s = _pair(editor, journey)
    _leave(a, b)
    times.sort()
    return [
        ("colleague's card edit on the other canvas, median", statistics.median(times), "ms (template map)"),
        ("colleague's card edit on the other canvas, p95", times[int(len(times) * 0.95) - 1], "ms"),
        ("join the 3,000-card map: Join to window synced", join_s * 1000, "ms"),
        ("load_map of the same map's file", load_ms, "ms"),
        ("a window for the same map, opened locally", window_ms, "ms"),
    ]


if __name__ == "__main__":
    for name, value, unit in run():
        print(f"{name:55} {value:10.1f} {unit}")
