"""Start-up: the editor's first window with the sample map, beside a bare Qt window, whole processes.

Both are fresh Python processes on the offscreen platform that show their
window, let the event loop paint it once, and quit; their wall times are
measured alternately in one run, so a busy machine slows both alike. The
floor is what any PySide6 program pays (interpreter, Qt libraries, a
QApplication and a QMainWindow); the target is that Journeymap's window with
the sample map takes at most 2.5x that.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROUNDS = 7

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 800)
window.show()
def first_frame():
    import time
    print(time.time(), flush=True)
    app.quit()
QTimer.singleShot(0, first_frame)
app.exec()
"""

EDITOR = """
import sys
from PySide6.QtCore import QTimer
from journeymap import cli
from journeymap.ui import app as ui

started = ui.Editor.recover
def recover(editor):
    started(editor)
    def first_frame():  # the window is shown and painted: what the user waits for
        import time
        print(time.time(), flush=True)
        editor.app.quit()
    QTimer.singleShot(0, first_frame)
ui.Editor.recover = recover
sys.exit(cli.main(["--template", "online-purchase"]))
"""

IMPORT_APP = "import journeymap.ui.app"


def _seconds(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def _launch(code: str, env: dict[str, str]) -> tuple[float, float]:
    """(seconds from launch to the first frame, seconds for the whole process)."""
    launched, start = time.time(), time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True)
    whole = time.perf_counter() - start
    return float(done.stdout.split()[-1]) - launched, whole


def _compile_journeymap() -> None:
    """Compile Journeymap's bytecode as an installed copy has it (pip compiles on install): with
    PYTHONDONTWRITEBYTECODE set, as on CI and the build machines, every start would otherwise compile
    all of its modules again, and measure the compiler (0.2 s) instead of the start-up."""
    import journeymap

    compileall.compile_dir(os.path.dirname(journeymap.__file__), quiet=1)


def run() -> list[tuple[str, float, str]]:
    _compile_journeymap()
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "JOURNEYMAP_STATE_DIR": f"{folder}/state",
               "JOURNEYMAP_CONFIG_DIR": f"{folder}/config"}
        _launch(BARE, env), _launch(EDITOR, env)  # warm the file cache
        bare, editor, ratios, frames, frame_ratios, imports = [], [], [], [], [], []
        for _ in range(ROUNDS):
            b_frame, b = _launch(BARE, env)
            e_frame, e = _launch(EDITOR, env)
            bare.append(b)
            editor.append(e)
            ratios.append(e / b)
            frames.append((b_frame, e_frame))
            frame_ratios.append(e_frame / b_frame)
            imports.append(_seconds(IMPORT_APP, env) - _seconds("pass", env))
    return [
        ("bare QApplication + QMainWindow", statistics.median(bare) * 1000, "ms, whole process, offscreen"),
        ("editor window with the sample map", statistics.median(editor) * 1000,
         "ms, whole process: `journeymap --template online-purchase`, first frame, quit"),
        ("start-up ratio", statistics.median(ratios), "x the bare Qt window, whole processes (target <= 2.5)"),
        ("launch to first frame, bare", statistics.median(b for b, _ in frames) * 1000, "ms"),
        ("launch to first frame, editor", statistics.median(e for _, e in frames) * 1000, "ms"),
        ("first-frame ratio", statistics.median(frame_ratios), "x the bare Qt window, what the user waits for"),
        ("import journeymap.ui.app", statistics.median(imports) * 1000, "ms beyond a bare Python start"),
    ]


if __name__ == "__main__":
    from run_all import print_table

    print_table([("startup", row) for row in run()])
