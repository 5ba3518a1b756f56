"""View > Present On: the facilitator picks the projector; the pick holds and an unplugged screen falls back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from journeymap.ui.present import pick_screens, remember_screen, remembered_screen
from journeymap.ui.present.screens import AUTOMATIC, add_present_on_menu


class FakeScreen:
    def __init__(self, name: str) -> None:
        self._name = name

    def name(self) -> str:
        return self._name


@pytest.fixture(autouse=True)
def automatic_again():
    remember_screen(None)
    yield
    remember_screen(None)


def test_a_picked_screen_is_remembered_and_an_unplugged_one_falls_back_to_automatic():
    laptop, projector, tv = FakeScreen("eDP-1"), FakeScreen("HDMI-1"), FakeScreen("DP-2")
    assert remembered_screen([laptop, projector, tv]) is None  # automatic
    remember_screen(tv)
    assert remembered_screen([laptop, projector, tv]) is tv
    assert pick_screens(laptop, [laptop, projector, tv], remembered_screen([laptop, projector, tv])) == (tv, laptop)
    # the TV is unplugged: automatic, i.e. another screen than the editor's
    chosen = remembered_screen([laptop, projector])
    assert chosen is None
    assert pick_screens(laptop, [laptop, projector], chosen) == (projector, laptop)
    again = FakeScreen("DP-2")  # plugged back in later the same day: the pick still holds
    assert remembered_screen([FakeScreen("eDP-1"), again]) is again


def test_the_menu_lists_automatic_and_each_screen_by_name_and_size(qtbot):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMenu

    parent = QMenu()
    qtbot.addWidget(parent)
    menu = add_present_on_menu(parent)
    labels = [a.text() for a in menu.actions() if not a.isSeparator()]
    screen = QGuiApplication.primaryScreen()
    size = screen.geometry()
    name = screen.name() or "Screen 1"  # the offscreen platform's screen has no name
    assert labels == [AUTOMATIC, f"{name} \u2014 {size.width()} \u00d7 {size.height()}"]
    automatic, only = (a for a in menu.actions() if not a.isSeparator())
    assert automatic.isChecked() and not only.isChecked()
    only.trigger()
    assert remembered_screen() is screen
    menu.aboutToShow.emit()  # reopened: the pick is ticked
    automatic, only = (a for a in menu.actions() if not a.isSeparator())
    assert only.isChecked() and not automatic.isChecked()
    automatic.trigger()
    assert remembered_screen() is None


TWO_SCREENS = {"synchronousWindowSystem": False, "windowFrameMargins": False, "screens": [
    {"name": "Laptop", "x": 0, "y": 0, "width": 1440, "height": 900, "logicalDpi": 96, "logicalBaseDpi": 96,
     "dpr": 1},
    {"name": "Projector", "x": 1440, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
     "logicalBaseDpi": 96, "dpr": 1},
]}

SCRIPT = textwrap.dedent("""
    import json
    from PySide6.QtGui import QGuiApplication
    from journeymap.templates import new_from_template
    from journeymap.ui import prompts
    from journeymap.ui.app import Editor, make_application

    app = make_application()
    editor = Editor(app)
    window = editor.new_window(new_from_template("online-purchase"))
    laptop, projector = QGuiApplication.screens()
    window.setScreen(laptop)
    window.move(100, 100)
    window.show()
    app.processEvents()
    out = {"menu": [a.text() for a in window.present_on_menu.actions() if not a.isSeparator()],
           "view": [a.text() for a in window.menuBar().actions()[2].menu().actions()]}

    def present(label):
        window.present_on_menu.aboutToShow.emit()
        if label:
            next(a for a in window.present_on_menu.actions() if a.text() == label).trigger()
        window.acts.present.trigger()  # F5
        app.processEvents()
        from journeymap.ui.present import PresentationWindow
        p = next(w for w in app.topLevelWidgets() if isinstance(w, PresentationWindow) and w.isVisible())
        result = [p.screen().name(), p.geometry().width(), p.presenter.screen().name() if p.presenter else None]
        p.close()
        app.processEvents()
        return result

    out["automatic"] = present(None)
    out["laptop"] = present("Laptop \\u2014 1440 \\u00d7 900")
    out["again"] = present(None)  # remembered
    out["back"] = present("&Automatic (another screen than the editor's)")
    prompts.ask_save_changes = lambda *_a: "discard"
    window.close()
    print(json.dumps(out))
""")


def test_with_two_screens_the_presentation_goes_where_the_facilitator_picked(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(TWO_SCREENS))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["menu"] == [AUTOMATIC, "Laptop \u2014 1440 \u00d7 900", "Projector \u2014 1920 \u00d7 1080"]
    assert "Presen&t On" in out["view"]
    assert out["automatic"] == ["Projector", 1920, "Laptop"]  # the other screen than the editor's
    assert out["laptop"] == ["Laptop", 1440, "Projector"]  # picked: slides here, presenter view there
    assert out["again"] == ["Laptop", 1440, "Projector"]  # remembered for the rest of the run
    assert out["back"] == ["Projector", 1920, "Laptop"]


def test_screens_without_a_system_name_are_told_apart_by_their_place():
    first, second = FakeScreen(""), FakeScreen("")
    remember_screen(second, [first, second])
    assert remembered_screen([first, second]) is second
    assert remembered_screen([first]) is None  # the second one is gone
