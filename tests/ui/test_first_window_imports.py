"""The editor's first window does not load what only exports, co-editing or imports need.

Start-up time is measured by benchmarks/bench_startup.py; these tests guard its
largest savings cheaply and for real: a fresh process opens the window with the
sample map (as ``journeymap --template online-purchase`` does) and says which
libraries it had to load. A module-level import of any of them, anywhere on the
first window's path, fails here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

# Libraries the first frame never needs: PDF export, co-editing, Excel import, shaping, pictures, and
# Babel (the sample map is English: its numbers are written without Babel's locale data).
HEAVY = ["reportlab", "pycrdt", "uvicorn", "websockets", "aiohttp", "asyncio", "openpyxl", "uharfbuzz",
         "PIL", "starlette", "babel"]

# Parts of the editor that load when first used (a comparison, a merge conflict settled, a live map, an
# empathy board, a picture, an edit, a copy, a dialog), never with the first window nor when it closes; and
# the standard modules only they need (Pydantic's plugin search, which journeymap.model skips, needs importlib.metadata).
ON_FIRST_USE = ["journeymap.analysis.diff", "journeymap.analysis.resolve", "journeymap.ui.live.connection",
                "journeymap.ui.empathy", "journeymap.commands.empathy", "journeymap.ui.picture_flow",
                "journeymap.layout.shaping", "journeymap.ui.canvas.editor", "journeymap.commands.clipboard",
                "journeymap.io.persona_library", "journeymap.ui.panels.persona_form", "journeymap.ui.panels.card_extras",
                "journeymap.ui.present.workshop_dialog", "journeymap.ui.versions_dialog", "journeymap.ui.recovery_dialog",
                "journeymap.collab.presence", "importlib.metadata", "ctypes", "socket", "html", "xml.etree.ElementTree"]

FIRST_WINDOW = f"""
import gc, json, sys
import journeymap.ui.app as ui
imported = sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))
collecting = gc.isenabled()
app = ui.make_application()
editor = ui.Editor(app)
window = editor.new_from_template("online-purchase")
app.processEvents()
shown = sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))
early = sorted(set(sys.modules) & set({ON_FIRST_USE!r}))
title, items = window.windowTitle(), len(window.view.map_scene.items())
window.close()
app.processEvents()
closed = sorted(set(sys.modules) & set({ON_FIRST_USE!r}))
print(json.dumps({{"import": imported, "window": shown, "collecting": collecting, "early": early, "closed": closed,
                  "items": items, "title": title}}))
"""


def _first_window(tmp_path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "JOURNEYMAP_STATE_DIR": str(tmp_path / "state"),
           "JOURNEYMAP_CONFIG_DIR": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", FIRST_WINDOW], env=env, capture_output=True, text=True,
                          timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_first_window_loads_no_export_collab_or_import_library(tmp_path):
    seen = _first_window(tmp_path)
    assert seen["import"] == []
    assert seen["window"] == []
    assert seen["items"] > 50, seen  # the sample map is really on the canvas
    assert seen["collecting"]  # importing the editor gives the garbage collector back


def test_features_load_when_first_used_not_with_the_first_window_nor_when_it_closes(tmp_path):
    seen = _first_window(tmp_path)
    assert seen["early"] == []
    assert seen["closed"] == []
