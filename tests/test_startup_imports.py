"""The editor starts without the libraries only some commands need (start-up time is what a user waits for)."""

from __future__ import annotations

import subprocess
import sys

#: loaded when a window goes live, exports, imports research data or prints, never to show the first window
#: (importlib.metadata: only Pydantic's plugin search needs it, and journeymap.model skips that)
NOT_AT_START = ("pycrdt", "websockets", "uvicorn", "aiohttp", "openpyxl", "reportlab", "uharfbuzz", "bidi",
                "fontTools", "jsonschema", "importlib.metadata", "journeymap.collab.binding", "journeymap.collab.client",
                "journeymap.analysis.diff", "journeymap.analysis.merge", "journeymap.analysis.research")


def test_opening_the_editor_module_loads_none_of_the_heavy_libraries():
    code = ("import sys, journeymap.ui.app\n"
            f"print(sorted(m for m in {NOT_AT_START!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""}).stdout.strip()
    assert out == "[]"
