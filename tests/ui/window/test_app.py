"""Starting the editor, the screenshot of a whole window, and following the system's scheme."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from journeymap.resources import resource_path
from journeymap.ui import app as app_module
from journeymap.ui.theme import icon


def test_run_editor_opens_the_files_given_and_returns_zero_when_the_last_window_closes(qapp, monkeypatch):
    seen = []
    original = app_module.Editor.open_files

    def open_then_quit(self, files):
        original(self, files)
        seen.extend(w.session.path.name for w in self.windows)
        QTimer.singleShot(0, self.quit)

    monkeypatch.setattr(app_module.Editor, "open_files", open_then_quit)
    path = resource_path("templates", "online-purchase.journey")
    assert app_module.run_editor([str(path)]) == 0
    assert seen == ["online-purchase.journey"]
    assert QApplication.applicationName() == "Journeymap"


def test_quitting_leaves_no_second_quit_behind_for_the_next_event_loop(qapp, qtbot, monkeypatch):
    """Closing the last window used to post a quit of its own that ended the next event loop at once."""
    original = app_module.Editor.open_files

    def open_then_quit(self, files):
        original(self, files)
        QTimer.singleShot(0, self.quit)

    monkeypatch.setattr(app_module.Editor, "open_files", open_then_quit)
    assert app_module.run_editor([str(resource_path("templates", "blank.journey"))]) == 0
    QApplication.processEvents()  # as between two tests, or after the app's own loop
    timer = QTimer(singleShot=True, interval=20)
    with qtbot.waitSignal(timer.timeout, timeout=2_000):  # one event loop, as the autosave tests wait
        timer.start()


def test_no_files_gives_one_blank_untitled_map(editor):
    editor.open_files([])
    assert len(editor.windows) == 1
    assert editor.windows[0].session.path is None
    assert editor.windows[0].windowTitle().endswith("[*] — Journeymap")


def test_a_window_with_a_template_renders_something(template_window, tmp_path):
    w = template_window
    w.resize(1600, 1000)
    QApplication.processEvents()
    image = w.grab().toImage()
    assert image.width() == 1600
    colours = {image.pixel(x, y) for x in range(0, image.width(), 23) for y in range(0, image.height(), 23)}
    assert len(colours) > 20


def test_the_dark_scheme_darkens_the_window_but_not_the_map(editor, monkeypatch):
    window = editor.new_window()
    scene = window.view.map_scene
    paper = {card_id: box.fill for card_id, box in scene.layout.cards.items()}
    stage_colours = {stage_id: box.colour for stage_id, box in scene.layout.stages.items()}
    monkeypatch.setenv("JOURNEYMAP_COLOR_SCHEME", "dark")
    editor.theme.apply()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.3
    assert scene.backgroundBrush().color().lightnessF() < 0.3  # the desk around the map
    assert {card_id: box.fill for card_id, box in scene.layout.cards.items()} == paper
    assert {stage_id: box.colour for stage_id, box in scene.layout.stages.items()} == stage_colours
    monkeypatch.setenv("JOURNEYMAP_COLOR_SCHEME", "light")
    editor.theme.apply()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightnessF() > 0.7
    assert scene.backgroundBrush().color().lightnessF() > 0.7


def test_a_missing_icon_is_an_empty_icon_not_a_crash(qapp):
    assert icon("no-such-icon").isNull()
    assert not icon("save").isNull()
