"""A fresh Linux machine without Qt's display libraries gets one clear message, exit 1, never a core dump;
a Wayland desktop gets the Wayland plugin."""

from __future__ import annotations

import sys

import pytest

from journeymap import platform_check
from journeymap.cli import main

pytestmark = pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="Qt's Linux platform plugins")


@pytest.fixture
def x11_desktop(monkeypatch):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")


def test_without_libxcb_cursor_the_editor_names_the_packages_and_exits_1(x11_desktop, monkeypatch, capsys):
    import journeymap.ui.app as ui_app

    started = []
    monkeypatch.setattr(ui_app, "run_editor", lambda *a, **k: started.append(a) or 0)
    monkeypatch.setattr(platform_check, "_can_load", lambda name: name != "libxcb-cursor.so.0")
    assert main([]) == 1
    err = capsys.readouterr().err
    assert started == []  # no QApplication: Qt would abort with "could not load the Qt platform plugin"
    assert "libxcb-cursor.so.0" in err
    assert "Debian/Ubuntu:  sudo apt install libxcb-cursor0" in err
    assert "Fedora:         sudo dnf install xcb-util-cursor" in err
    assert "Traceback" not in err


def test_the_libraries_are_read_from_the_installed_qt_plugin_itself():
    qt = platform_check.qt_folder()
    assert qt is not None
    needed = platform_check.needed_libraries(qt / "plugins" / "platforms" / "libqxcb.so")
    assert "libxcb-cursor.so.0" in needed and "libxcb.so.1" in needed  # Qt >= 6.5 needs xcb-cursor


def test_a_wayland_desktop_gets_the_wayland_plugin_when_it_loads():
    env = {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}
    assert platform_check.prepare_display(env, load=lambda name: True) is None
    assert env["QT_QPA_PLATFORM"] == "wayland"


def test_a_wayland_desktop_without_the_wayland_libraries_falls_back_to_x11():
    env = {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}
    assert platform_check.prepare_display(env, load=lambda name: "wayland" not in name) is None
    assert env["QT_QPA_PLATFORM"] == "xcb"


def test_a_platform_the_user_chose_that_needs_no_system_libraries_is_left_alone():
    asked = []
    env = {"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}
    assert platform_check.prepare_display(env, load=lambda name: asked.append(name) or False) is None
    assert asked == [] and env == {"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}
