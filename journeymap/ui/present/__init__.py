"""Workshop presentation mode: the map on a projector, one stage at a time, with dot voting.

Wire it to F5 and a toolbar button with
``start_presentation(main_window, session)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from ..session import EditSession
from .window import PresentationWindow


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
    """Open the presentation full screen (and the presenter view when there is a second screen)."""
    window = PresentationWindow(session, parent)
    window.close_deletes = True
    home = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    target, laptop = pick_screens(home, QGuiApplication.screens(), screen)
    window.present_on(target)
    if laptop is not None:
        from .presenter import PresenterView

        window.presenter = PresenterView(window)
        window.presenter.show_on(laptop)
        window.activateWindow()
    return window


__all__ = ["PresentationWindow", "pick_screens", "start_presentation"]
