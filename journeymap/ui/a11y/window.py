"""The editor window for keyboard and screen-reader users: F10, a Tab chain without the toolbar, a speaking status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QToolBar, QWidget

from .status import StatusSpeech

if TYPE_CHECKING:
    from ..main_window import MainWindow


def open_menus(window: MainWindow) -> None:
    """F10: the first menu opens, as in GTK, KDE and Windows apps; arrows walk the menu bar from there."""
    bar = window.menuBar()
    first = next((a for a in bar.actions() if a.isVisible() and a.isEnabled() and a.menu() is not None), None)
    if first is not None:
        bar.setFocus(Qt.FocusReason.ShortcutFocusReason)
        bar.setActiveAction(first)


def keep_toolbars_out_of_tab(window: QWidget) -> None:
    """Toolbar buttons are reached by their shortcuts and the menus, never by Tab (Qt leaves a
    widget added to a toolbar, such as the Add Lane button, in the Tab chain). A window's toolbars are its
    own children: not looking through every panel's widgets for them saves a few ms of the start-up."""
    for bar in window.findChildren(QToolBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
        for child in bar.findChildren(QWidget):
            if child.focusPolicy() != Qt.FocusPolicy.NoFocus:
                child.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def untangle_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """A key that two actions claim does nothing at all (Qt calls it ambiguous): on Linux, Find Previous's
    second platform key, Ctrl+Shift+G, is also Add Stage's. The action whose first key it is keeps it; the
    platform's extra keys step aside. Returns (action, key) for each key taken away."""
    actions = [a for a in window.findChildren(QAction) if a.shortcuts()]
    primary = {a.shortcuts()[0].toString(): a for a in actions}
    taken: list[tuple[str, str]] = []
    for action in actions:
        keys = action.shortcuts()
        kept = [k for k in keys[1:] if primary.get(k.toString(), action) is action]
        if len(kept) != len(keys) - 1:
            taken += [(action.text().replace("&", ""), k.toString()) for k in keys[1:] if k not in kept]
            action.setShortcuts([keys[0], *kept])
    return taken


OUTLINE_ARRANGEMENT = "outline_arrangement"


def make_window_accessible(window: MainWindow) -> StatusSpeech:
    settings = window.editor.settings
    window.outline.set_arrangement(settings.choice(OUTLINE_ARRANGEMENT, "lane"))  # as the user left it
    window.outline.arrangement_changed.connect(lambda value: settings.set_choice(OUTLINE_ARRANGEMENT, value))
    f10 = QShortcut(QKeySequence(Qt.Key.Key_F10), window)
    f10.setObjectName("open-menus")
    f10.activated.connect(lambda: open_menus(window))
    keep_toolbars_out_of_tab(window)
    untangle_shortcuts(window)
    return StatusSpeech(window)
