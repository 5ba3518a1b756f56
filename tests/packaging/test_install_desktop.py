"""`make install-desktop` puts the entry, file type and icons in the user's data folder;
`make uninstall-desktop` takes exactly those away again."""

import os
import shutil
import subprocess

import pytest

from ._paths import APP_ID, LINUX, ROOT


def _make(target: str, data_home, **extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    args = ["make", "--no-print-directory", "-C", str(ROOT), target, *(f"{k}={v}" for k, v in extra.items())]
    return subprocess.run(args, env=env, capture_output=True, text=True, check=False)


def _files(folder) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def data_home(tmp_path):
    if shutil.which("make") is None:
        pytest.fail("make is not installed")
    return tmp_path / "share"


def test_install_then_uninstall_leaves_none_of_our_files(data_home):
    installed = _make("install-desktop", data_home)
    assert installed.returncode == 0, installed.stderr
    ours = {
        f"applications/{APP_ID}.desktop",
        f"mime/packages/{APP_ID}.xml",
        f"metainfo/{APP_ID}.metainfo.xml",
        f"icons/hicolor/48x48/apps/{APP_ID}.png",
        f"icons/hicolor/scalable/apps/{APP_ID}.svg",
        "icons/hicolor/256x256/mimetypes/application-x-journeymap.png",
    }
    assert ours <= _files(data_home)
    icon_count = sum(1 for p in (LINUX / "icons").rglob("*") if p.is_file())
    assert len([f for f in _files(data_home) if f.startswith("icons/hicolor/") and "cache" not in f]) == icon_count

    removed = _make("uninstall-desktop", data_home)
    assert removed.returncode == 0, removed.stderr
    left = _files(data_home)
    assert [f for f in left if APP_ID in f or "x-journeymap" in f] == []


def test_the_installed_entry_runs_the_command_it_is_given(data_home):
    assert _make("install-desktop", data_home, EXEC="/opt/journeymap/journeymap").returncode == 0
    entry = (data_home / "applications" / f"{APP_ID}.desktop").read_text()
    assert "\nExec=/opt/journeymap/journeymap %F\n" in entry
    assert "\nTryExec=/opt/journeymap/journeymap\n" in entry


def test_the_installed_file_type_is_known_to_the_mime_database(data_home):
    """update-mime-database (when present, as on the desktops we target) registers *.journey."""
    if shutil.which("update-mime-database") is None:
        pytest.fail("update-mime-database is not installed: apt-get install shared-mime-info")
    assert _make("install-desktop", data_home).returncode == 0
    globs = (data_home / "mime" / "globs2").read_text()
    assert "application/x-journeymap:*.journey" in globs
    assert "application/x-journeymap application/json" in (data_home / "mime" / "subclasses").read_text()
