"""A file name that is not valid UTF-8 works everywhere: the verbs, the editor window, autosave, locks, backups."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from journeymap.cli import main
from journeymap.io import autosave, list_backups, load_map, locking, save_map
from tests.model.sample import sample_map

pytestmark = pytest.mark.skipif(sys.platform in ("win32", "darwin"),
                                reason="needs a file system that takes any bytes in a name")

LATIN1 = b"caf\xe9 plan.journey"  # "café plan" as an old Windows share or a camera card writes it


@pytest.fixture
def odd(tmp_path):
    """A map whose name has a byte that is not UTF-8 (Python holds it as a lone surrogate)."""
    path = tmp_path / os.fsdecode(LATIN1)
    journey = sample_map()
    journey.title = "Café plan"
    save_map(journey, path)
    assert os.fsencode(path).endswith(LATIN1)
    return path


def test_new_with_force_over_such_a_name_keeps_a_backup_and_prints_the_name_quoted(odd, capsys):
    before = odd.read_bytes()
    assert main(["new", str(odd), "--force"]) == 0  # was a UnicodeEncodeError traceback
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert out.startswith('wrote "') and 'caf\\xe9 plan.journey" from' in out  # the odd byte shown exactly
    assert list_backups(odd)[0].read_bytes() == before


def test_autosave_lock_and_backups_of_such_a_name_are_its_own(odd, tmp_path):
    other = tmp_path / os.fsdecode(b"caf\xe8 plan.journey")  # differs in the odd byte only
    save_map(sample_map(), other)
    assert autosave.key_for(odd) != autosave.key_for(other)
    autosave.write(autosave.key_for(odd), odd.read_bytes(), odd, "Café plan")
    [entry] = autosave.all_autosaves()
    assert os.fsencode(entry.original) == os.fsencode(odd.resolve())
    assert locking.lock(odd) == []
    locking.unlock(odd)
    save_map(load_map(odd), odd)
    assert len(list_backups(odd)) == 1 and list_backups(other) == []


OPEN_IN_WINDOW = r"""
import sys
from PySide6.QtCore import QTimer
from journeymap import cli
from journeymap.io import autosave
from journeymap.ui import app as ui

def look_then_quit(editor):
    window = editor.windows[-1]
    print("TITLE", window.session.journey.title)
    print("WINDOW", window.windowTitle())
    window.session.document.set_fields(window.session.journey.id, {"title": "Café plan, edited"})
    window.autosave.mark_dirty()
    window.autosave.write_now()
    window.autosave.wait()
    print("AUTOSAVED", [a.title for a in autosave.all_autosaves()])
    window.autosave.on_discarded()
    window.autosave.wait()
    editor.quit()

started = ui.Editor.recover
def recover(editor):
    started(editor)
    QTimer.singleShot(0, lambda: look_then_quit(editor))
ui.Editor.recover = recover
sys.exit(cli.main())
"""


def test_the_editor_opens_such_a_name_given_on_the_command_line(odd, tmp_path):
    env = {"QT_QPA_PLATFORM": "offscreen", "JOURNEYMAP_STATE_DIR": str(tmp_path / "state"),
           "JOURNEYMAP_CONFIG_DIR": str(tmp_path / "config"), "PATH": "/usr/bin:/bin",
           "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run([sys.executable, "-c", OPEN_IN_WINDOW, os.fsencode(odd)], env=env,
                          capture_output=True, timeout=120)
    out = done.stdout.decode("utf-8", "replace")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")[-2000:]  # was -11 in QApplication(argv)
    assert "TITLE Café plan" in out
    assert "WINDOW caf\ufffd plan.journey" in out  # shown with a stand-in for the byte Qt cannot hold
    assert "AUTOSAVED ['caf\ufffd plan.journey']" in out
    settings = json.loads((tmp_path / "config" / "settings.json").read_text("utf-8"))
    assert settings["recent_files"] == [str(odd)]  # the exact name, odd byte and all
    assert list(settings["choices"]["map_views"]) == [str(odd)]  # its zoom and scroll, under the same exact name


def test_a_png_export_into_a_folder_with_such_a_name_is_written(odd, tmp_path, capsys):
    folder = tmp_path / os.fsdecode(b"dossier \xe9t\xe9")
    folder.mkdir()
    out = folder / os.fsdecode(b"affiche \xe9.png")
    assert main(["export", str(odd), "-o", str(out), "--dpi", "20"]) == 0  # Qt cannot open such a path itself
    assert out.read_bytes().startswith(b"\x89PNG")
    assert main(["empathy", str(odd), "-o", str(folder / "sheet.png")]) == 0
    assert (folder / "sheet.png").read_bytes().startswith(b"\x89PNG")
