"""The editor's open path refuses a named pipe at once, with the same message as `journeymap validate`."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

OPEN_IN_EDITOR = textwrap.dedent("""
    import sys
    from pathlib import Path
    from journeymap.ui.app import Editor, make_application
    from journeymap.ui.main_window import MainWindow

    shown = []
    MainWindow._show_open_error = lambda self, path, error: shown.append(error.lines())
    app = make_application()
    editor = Editor(app)
    assert editor.open_path(Path(sys.argv[1])) is None
    print("\\n".join(shown[0]))
    for window in editor.windows:
        window.session.undo_stack.setClean()
        window.close()
""")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_opening_a_named_pipe_in_the_editor_explains_instead_of_hanging(tmp_path):
    fifo = tmp_path / "fifo.journey"
    os.mkfifo(fifo)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "JOURNEYMAP_STATE_DIR": str(tmp_path / "state"), "JOURNEYMAP_CONFIG_DIR": str(tmp_path / "config")}
    try:
        done = subprocess.run([sys.executable, "-c", OPEN_IN_EDITOR, str(fifo)], capture_output=True,
                              text=True, timeout=120, env=env)
    except subprocess.TimeoutExpired:
        pytest.fail("the editor hung opening a named pipe")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{fifo}: file: not a regular file")
