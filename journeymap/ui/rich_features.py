"""Pictures, arrows, spanning cards and the persona library in a window's menus.

Kept out of the window and menu modules (shared by many features), as the
evidence features are: the window makes one :class:`RichMapFeatures` after its
menus exist; it adds its actions to the Map menu and the Personas panel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from ..i18n import tr
from ..model import Card
from .canvas.link_gestures import connect, widen
from .persona_library_ui import PersonaLibraryActions

if TYPE_CHECKING:
    from .main_window import MainWindow


class RichMapFeatures:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.connect_action = self._action(tr("Co&nnect Cards"), "Ctrl+Shift+K",
                                           tr("Draw an arrow from the first selected card to the second"), self.connect)
        self.widen_action = self._action(tr("&Widen Card"), "Ctrl+Shift+Right",
                                         tr("Make the selected card span one more step to the right"),
                                         lambda: self.widen(1))
        self.narrow_action = self._action(tr("Na&rrow Card"), "Ctrl+Shift+Left",
                                          tr("Make the selected card span one step fewer"), lambda: self.widen(-1))
        self.picture_action = self._action(tr("Add Pict&ure…"), "Ctrl+Shift+I",
                                           tr("Put a picture on the selected card, or on a new card in the current cell"),
                                           self.add_picture)
        menu = window.map_menu
        first = menu.actions()[3] if len(menu.actions()) > 3 else None  # after Add Stage, Step, Card
        for action in (self.picture_action, self.connect_action, self.widen_action, self.narrow_action):
            menu.insertAction(first, action)
        menu.insertSeparator(first)
        menu.aboutToShow.connect(self.update_actions)
        self.library = PersonaLibraryActions(window)

    def _action(self, text: str, shortcut: str, tip: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)  # the shortcut works wherever the focus is in the window
        return action

    def selected_cards(self) -> list[str]:
        doc = self.window.session.document
        return [i for i in self.window.session.selection if doc.has(i) and isinstance(doc.get(i), Card)]

    def update_actions(self) -> None:
        cards = self.selected_cards()
        self.connect_action.setEnabled(len(cards) == 2)
        self.widen_action.setEnabled(len(cards) == 1)
        self.narrow_action.setEnabled(len(cards) == 1)

    def connect(self) -> str | None:
        """An arrow from the first selected card to the second, in the order they were selected."""
        cards = self.selected_cards()
        if len(cards) != 2:
            self.window.statusBar().showMessage(tr("Select two cards to connect: the arrow goes from the first "
                                                   "selected to the second"), 8000)
            return None
        return connect(self.window.view.map_scene, cards[0], cards[1])

    def widen(self, by: int) -> None:
        cards = self.selected_cards()
        if len(cards) == 1:
            widen(self.window.view.map_scene, cards[0], by)

    def add_picture(self) -> str | None:
        """A file's picture on the one selected card, or on a new card in the focused cell."""
        window = self.window
        cards = self.selected_cards()
        scene = window.view.map_scene
        if len(cards) != 1 and scene.focus_cell is None:
            return None
        from .picture_flow import ask_picture, choose_picture_file, put_picture  # loads when first used

        path = choose_picture_file(window)
        if path is None:
            return None
        picture = ask_picture(window, window.session.document, path)
        if picture is None:
            return None
        made = put_picture(window.session, picture, card_id=cards[0] if len(cards) == 1 else None,
                           cell=scene.focus_cell)
        if made is not None:
            scene.select_ids([made])
        return made
