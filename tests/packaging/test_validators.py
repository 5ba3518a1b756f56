"""The desktop entry and AppStream metadata pass the freedesktop validators.

These need Debian's desktop-file-utils and appstream; `make test-packaging` installs them and runs
this file. Without them the tests fail (never skip), saying what to install.
"""

import shutil
import subprocess

import pytest

from ._paths import DESKTOP, METAINFO

pytestmark = pytest.mark.packaging


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed: run `make test-packaging` or `apt-get install {package}`")
    return path


def test_the_desktop_entry_passes_desktop_file_validate():
    result = subprocess.run(
        [_tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout + result.stderr


def test_the_metainfo_passes_appstreamcli_validate():
    result = subprocess.run(
        [_tool("appstreamcli", "appstream"), "validate", "--no-net", "--no-color", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
