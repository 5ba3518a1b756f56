"""File > Compare With: one comparison per window, kept up to date while the map is edited.

The other version stays fixed; the open map changes as the designer works, so
the differences are worked out again a moment after each edit, and the
canvas highlights and the panel follow.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget

from ...i18n import language, tr, ui_language
from ...io import list_backups
from ...model import JourneyMap
from .overlay import CompareOverlay
from .panel import ComparePanel

if TYPE_CHECKING:  # the diff and the version dialogs load when a comparison is first asked for
    from ...analysis.diff import Difference
    from ..main_window import MainWindow


class CompareController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.other: JourneyMap | None = None
        self.name = ""
        self.differences: list[Difference] = []
        self.overlay = CompareOverlay(window.view.map_scene)
        self.panel = ComparePanel(reveal=window.view.reveal, stop=self.stop)
        self.dock = QDockWidget(tr("Compare"), window)
        self.dock.setObjectName("dock-compare")
        self.dock.setAccessibleName(tr("Compare"))
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self._timer = QTimer(window)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        window.session.changed.connect(self._edited)

    @property
    def active(self) -> bool:
        return self.other is not None

    # -- starting ---------------------------------------------------------------------------
    def with_saved(self) -> bool:
        path = self.window.session.path
        if path is None:
            return False
        from .sources import load_for_compare

        journey = load_for_compare(self.window, path)
        return journey is not None and self.start(journey, tr("the saved “{file}”").format(file=path.name))

    def with_earlier(self) -> bool:
        path = self.window.session.path
        if path is None:
            return False
        from .sources import EarlierVersionDialog

        version = EarlierVersionDialog.ask(path, self.window)
        if version is None or version.journey is None:
            return False
        return self.start(version.journey, tr("the version saved {when}").format(when=version.saved_text))

    def with_file(self, path: Path | None = None) -> bool:
        settings = self.window.editor.settings
        from .sources import ask_other_file, load_for_compare

        path = path or ask_other_file(self.window, settings.choice("last_folder", ""))
        if path is None:
            return False
        journey = load_for_compare(self.window, path)
        return journey is not None and self.start(journey, tr("“{file}”").format(file=path.name))

    def start(self, other: JourneyMap, name: str) -> bool:
        self.other, self.name = other, name
        if not self.dock.isVisible():
            self.dock.show()
            self.window.resizeDocks([self.dock], [170], Qt.Orientation.Vertical)
        self.dock.raise_()
        self.refresh()
        return True

    def stop(self) -> None:
        self.other = None
        self.differences = []
        self.overlay.clear()
        self.dock.hide()

    # -- following edits ---------------------------------------------------------------------
    def _edited(self, _change: object) -> None:
        if self.active:
            self._timer.start()

    def refresh(self) -> None:
        if self.other is None:
            return
        scene = self.window.view.map_scene
        from ...analysis.diff import diff_maps

        with language(ui_language()):  # the panel's lines in the editor's words (the command line keeps English)
            self.differences = diff_maps(self.other, self.window.session.journey)
        self.overlay.show(scene.layout, self.differences)
        self.panel.show_differences(self.name, self.differences)

    def can_compare_with_saved(self) -> bool:
        return self.window.session.path is not None

    def can_compare_with_earlier(self) -> bool:
        path = self.window.session.path
        return path is not None and bool(list_backups(path))
