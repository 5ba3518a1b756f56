"""Which screen the presentation goes to: picked by the facilitator, or chosen automatically.

Automatic means another screen than the editor's (the projector next to the
laptop). A facilitator whose projector is not the "other" screen (three
screens, a mirrored display, a TV across the room) picks it under View >
Present On; the choice holds for the rest of this run of the app, and a
screen that has since been unplugged falls back to automatic.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtGui import QActionGroup, QGuiApplication, QScreen
from PySide6.QtWidgets import QMenu

from ...i18n import N_, tr

AUTOMATIC = N_("&Automatic (another screen than the editor's)")  # shown through tr()

_chosen: str | None = None  # the picked screen's name; None: automatic


def screen_name(screen: Any, screens: Sequence[Any] | None = None) -> str:
    """The system's name for a screen ("HDMI-1"), or "Screen 2" when the system gives none."""
    if screen.name():
        return screen.name()
    screens = list(QGuiApplication.screens() if screens is None else screens)
    return f"Screen {screens.index(screen) + 1}" if screen in screens else "Screen"


def screen_label(screen: QScreen) -> str:
    size = screen.geometry()
    return f"{screen_name(screen)} \u2014 {size.width()} \u00d7 {size.height()}"


def remember_screen(screen: Any, screens: Sequence[Any] | None = None) -> None:
    """Present on ``screen`` from now on (None: automatic again)."""
    global _chosen
    _chosen = screen_name(screen, screens) if screen is not None else None


def remembered_screen(screens: Sequence[Any] | None = None) -> Any:
    """The picked screen if it is still connected, else None (automatic)."""
    if _chosen is None:
        return None
    screens = list(QGuiApplication.screens() if screens is None else screens)
    return next((s for s in screens if screen_name(s, screens) == _chosen), None)


def add_present_on_menu(parent: QMenu) -> QMenu:
    """A "Present On" submenu: Automatic, then every connected screen by name and size."""
    menu = parent.addMenu(tr("Presen&t On"))
    menu.setToolTipsVisible(True)
    menu.aboutToShow.connect(partial(fill_present_on_menu, menu))
    fill_present_on_menu(menu)
    return menu


def fill_present_on_menu(menu: QMenu) -> None:
    """Rebuilt each time it opens: screens come and go while the app runs."""
    menu.clear()
    for old in menu.findChildren(QActionGroup):  # clear() drops the actions, not their group
        old.deleteLater()
    group = QActionGroup(menu)
    group.setExclusive(True)
    picked = remembered_screen()
    automatic = menu.addAction(tr(AUTOMATIC))
    automatic.setCheckable(True)
    automatic.setChecked(picked is None)
    automatic.triggered.connect(lambda _checked=False: remember_screen(None))
    group.addAction(automatic)
    menu.addSeparator()
    for screen in QGuiApplication.screens():
        action = menu.addAction(screen_label(screen))
        action.setCheckable(True)
        action.setChecked(screen is picked)
        maker = " ".join(p for p in (screen.manufacturer(), screen.model()) if p)
        action.setStatusTip(tr("Present on {screen}").format(screen=screen_name(screen)) + (f" ({maker})" if maker else ""))
        action.triggered.connect(lambda _checked=False, screen=screen: remember_screen(screen))
        group.addAction(action)
