"""Workshop presentation mode: the map on a projector, one slide per stage, and the room on their phones.

Wire it to F5 and a toolbar button with
``start_presentation(main_window, session)``. The deck is planned in
``deck`` (Qt-free display lists), played by ``render``; the workshop room
(``room_control``) runs the server of :mod:`journeymap.collab.room`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from ..session import EditSession
from .screens import add_present_on_menu, remember_screen, remembered_screen

if TYPE_CHECKING:
    from .window import PresentationWindow


def __getattr__(name: str) -> Any:
    """``PresentationWindow`` on first use: the editor's menus need only ``screens`` at start-up."""
    if name == "PresentationWindow":
        from .window import PresentationWindow

        return PresentationWindow
    raise AttributeError(name)


def pick_screens(home: Any, screens: Sequence[Any], chosen: Any = None) -> tuple[Any, Any]:
    """The projector screen and, when there are two, the laptop screen for the presenter view.

    ``home`` is the screen the editor is on (the laptop's); the projector is
    another screen when there is one, else the same screen with no presenter view.
    """
    if chosen is None:
        others = [s for s in screens if s is not home]
        chosen = others[0] if others else (home if home is not None else screens[0])
    laptop = home if home is not None and home is not chosen else None
    if laptop is None:
        laptop = next((s for s in screens if s is not chosen), None)
    return chosen, laptop


def start_presentation(parent: QWidget | None, session: EditSession,
                       screen: QScreen | None = None) -> PresentationWindow:
    """Open the presentation full screen (and the presenter view when there is a second screen).

    Without ``screen``, the one picked under View > Present On, if it is still
    connected; else another screen than the editor's.
    """
    from .window import PresentationWindow

    window = PresentationWindow(session, parent)
    window.close_deletes = True
    home = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    chosen = screen if screen is not None else remembered_screen()
    target, laptop = pick_screens(home, QGuiApplication.screens(), chosen)
    window.present_on(target)
    if laptop is not None:
        from .presenter import PresenterView

        window.presenter = PresenterView(window)
        window.presenter.show_on(laptop)
        window.activateWindow()
    return window


__all__ = ["PresentationWindow", "add_present_on_menu", "pick_screens", "remember_screen", "remembered_screen",
           "start_presentation"]
