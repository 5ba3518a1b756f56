"""Comments and review in a window: the Comments panel, "Add comment…", and the markers on the canvas.

Kept out of the window and menu modules (shared by many features), as the
evidence features are: the window makes one :class:`CommentsFeature` after its
menus exist. It adds the panel (tabbed with the Inspector), Map > Add
Comment… (Ctrl+Alt+M, as in other design tools), the entry on the canvas's and
the Personas panel's context menus, and the bubbles on commented objects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu

from ...i18n import tr
from ...model import COMMENTABLE
from ...model.review import objects_in_order
from .markers import CommentMarkers
from .panel import CommentsPanel
from .persona_markers import PersonaCommentMarkers
from .your_name import ask_name, your_name

if TYPE_CHECKING:
    from ..main_window import MainWindow

SHORTCUT = "Ctrl+Alt+M"


class CommentsFeature:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.settings = window.editor.settings
        self.panel = CommentsPanel(window.session, author=self.author, reveal=self.reveal,
                                   me=lambda: your_name(self.settings))
        self.panel.name_button.clicked.connect(self.change_name)
        self.dock = QDockWidget(tr("Comments"), window)
        self.dock.setObjectName("dock-comments")
        self.dock.setAccessibleName(tr("Comments"))
        self.dock.setWidget(self.panel)
        self.dock.setFocusProxy(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.inspector_dock, self.dock)
        window.inspector_dock.raise_()

        self.add_action = QAction(tr("Add &Comment…"), window)
        self.add_action.setObjectName("add-comment")
        self.add_action.setShortcut(QKeySequence(SHORTCUT))
        self.add_action.setStatusTip(tr("Start a comment thread on the selected card, step, stage or persona"))
        self.add_action.triggered.connect(lambda _checked=False: self.add_comment())
        window.addAction(self.add_action)  # the shortcut works wherever the focus is in the window
        window.map_menu.addSeparator()
        window.map_menu.addAction(self.add_action)
        window.panels_menu.addAction(self.dock.toggleViewAction())

        scene = window.view.map_scene
        scene.add_comment = self.add_comment  # the canvas's context menu offers "Add comment…" (canvas/menus.py)
        self.markers = CommentMarkers(scene, self.open_thread)
        self.persona_markers = PersonaCommentMarkers(window.personas, self.open_thread)
        personas = window.personas.list
        personas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        personas.customContextMenuRequested.connect(self._persona_menu)

    # -- who writes ----------------------------------------------------------------------
    def author(self) -> str | None:
        """The name in Preferences; asked for (and kept) the first time someone comments."""
        name = your_name(self.settings) or ask_name(self.window, self.settings)
        self.panel.update_name()
        return name

    def change_name(self) -> None:
        ask_name(self.window, self.settings)
        self.panel.update_name()
        self.panel.refresh()

    # -- where ---------------------------------------------------------------------------
    def target(self) -> str | None:
        """The one selected card, step, stage or persona (the first of several)."""
        objects = objects_in_order(self.window.session.journey)
        return next((i for i in self.window.session.selection
                     if i in objects and objects[i].kind in COMMENTABLE), None)

    def add_comment(self, target: str | None = None) -> bool:
        """Open the new-comment box for ``target`` (default: the selection); False when nothing to comment on."""
        target = target or self.target()
        if target is None:
            self.window.statusBar().showMessage(tr("Select a card, step, stage or persona to comment on"), 8000)
            return False
        self.show()
        self.panel.start_thread(target)
        return True

    def open_thread(self, target: str) -> None:
        """A marker was clicked: the object's threads in the panel, the object selected."""
        self.show()
        self.panel.show_threads_on(target)
        self.window.session.select([target])

    def show(self) -> None:
        self.dock.show()
        self.dock.raise_()

    def reveal(self, obj_id: str) -> None:
        self.window.evidence.reveal(obj_id)

    def _persona_menu(self, pos: QPoint) -> None:
        personas = self.window.personas
        item = personas.list.itemAt(pos)
        if item is None:
            return
        from ..canvas.menus import run_menu
        from ..panels.personas import ID_ROLE

        persona_id = item.data(ID_ROLE)
        menu = QMenu(personas)
        menu.addAction(tr("Add comment…"), lambda: self.add_comment(persona_id))
        run_menu(menu, personas.list.viewport().mapToGlobal(pos))
