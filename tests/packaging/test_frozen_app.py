"""The frozen app folder (PyInstaller) starts headless and exports a template to PDF.

Slow (about 30 s to build): deselected by default; `make test-packaging` or `pytest -m slow` runs it.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ._paths import PACKAGING, ROOT

pytestmark = [pytest.mark.slow, pytest.mark.packaging]


def test_the_frozen_app_passes_the_smoke_test(tmp_path):
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    if not pyinstaller.exists() and shutil.which("pyinstaller") is None:
        pytest.fail("PyInstaller is not installed: pip install -e '.[package]' (make package does it)")
    build = subprocess.run(
        [str(pyinstaller if pyinstaller.exists() else "pyinstaller"), "--noconfirm", "--log-level", "WARN",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build"),
         str(PACKAGING / "journeymap.spec")],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    smoke = subprocess.run(
        [str(PACKAGING / "smoke_test.sh"), str(tmp_path / "dist" / "journeymap" / "journeymap")],
        capture_output=True, text=True, check=False,
    )
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
