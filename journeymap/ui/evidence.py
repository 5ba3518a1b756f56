"""The evidence features of a window: research import, the Health panel, and Compare With.

Kept out of the window and menu modules (shared by many features): the window
makes one :class:`EvidenceFeatures` after its menus exist; it adds its actions
to the File menu, its panels to View > Panels, and nothing else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu

from ..i18n import tr
from .compare import CompareController
from .panels.health import HealthPanel, counts_text

if TYPE_CHECKING:
    from .main_window import MainWindow


class EvidenceFeatures:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.health = HealthPanel(window.session, reveal=self.reveal)
        self.health_dock = QDockWidget(tr("Health"), window)
        self.health_dock.setObjectName("dock-health")
        self.health_dock.setAccessibleName(tr("Health"))
        self.health_dock.setWidget(self.health)
        self.health_dock.setFocusProxy(self.health)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.health_dock)
        window.tabifyDockWidget(window.inspector_dock, self.health_dock)
        window.inspector_dock.raise_()
        self.health.counts_changed.connect(self._show_counts)
        self._show_counts(counts_text(self.health.findings))
        self.compare = CompareController(window)

        self.import_action = QAction(tr("&Import Research Data…"), window)
        self.import_action.setObjectName("import-research")
        self.import_action.setStatusTip(tr("Bring survey or analytics data (CSV, Excel) into the map's scores, "
                                        "metrics and evidence"))
        self.import_action.triggered.connect(lambda: _import_research(window))
        self.health_action = QAction(tr("&Health Check"), window)
        self.health_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.health_action.setStatusTip(tr("Show the findings of the map's health check"))
        self.health_action.triggered.connect(self.show_health)

        self.compare_menu = QMenu(tr("Compare &With"), window)
        self.compare_menu.setObjectName("compare-with")
        self.compare_saved = self.compare_menu.addAction(tr("The &Last Saved Version"), self.compare.with_saved)
        self.compare_earlier = self.compare_menu.addAction(tr("An &Earlier Saved Version…"), self.compare.with_earlier)
        self.compare_file = self.compare_menu.addAction(tr("Another &File…"), lambda: self.compare.with_file())
        self.compare_menu.addSeparator()
        self.compare_stop = self.compare_menu.addAction(tr("&Stop Comparing"), self.compare.stop)
        self.compare_menu.aboutToShow.connect(self._update_compare_menu)

        file_menu: QMenu = window.file_menu
        before = window.acts.export
        file_menu.insertAction(before, self.import_action)
        file_menu.insertMenu(before, self.compare_menu)
        file_menu.insertSeparator(before)
        window.panels_menu.addAction(self.health_dock.toggleViewAction())
        window.panels_menu.addAction(self.compare.dock.toggleViewAction())
        window.map_menu.addSeparator()
        window.map_menu.addAction(self.health_action)

    def docks(self) -> tuple[QDockWidget, ...]:
        """The panels F6 moves the keyboard focus through, after the window's own."""
        return (self.health_dock, self.compare.dock)

    def reveal(self, obj_id: str) -> None:
        """Show an object: on the canvas, or (a persona) selected in the Personas panel."""
        view = self.window.view
        if view.map_scene.item_for(obj_id) is not None:
            view.reveal(obj_id)
        else:
            self.window.session.select([obj_id], origin=self)
            if obj_id in {p.id for p in self.window.session.journey.personas}:
                self.window.personas_dock.show()
                self.window.personas_dock.raise_()

    def show_health(self) -> None:
        self.health_dock.show()
        self.health_dock.raise_()
        self.health.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_counts(self, text: str) -> None:
        """The tab says how many findings there are; the panel's first line says of which kind.

        "Gesundheit (7 Warnungen, 2 Hinweise)" did not fit beside Properties and Comments and was cut off.
        """
        n = len(self.health.findings)
        self.health_dock.setWindowTitle(tr("Health ({n})").format(n=n) if n else tr("Health"))

    def _update_compare_menu(self) -> None:
        self.compare_saved.setEnabled(self.compare.can_compare_with_saved())
        self.compare_earlier.setEnabled(self.compare.can_compare_with_earlier())
        self.compare_stop.setEnabled(self.compare.active)


def _import_research(window: MainWindow) -> None:
    """File > Import Research Data…: the dialog and the readers (CSV, Excel) load when first asked for."""
    from .research import import_research

    import_research(window)
