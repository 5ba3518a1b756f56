"""The workshop room: phones in the room join a small web server, vote with dots, rate and add notes.

Qt-free: the presentation drives it through :class:`RoomServer` and hears
back through plain event records (see :mod:`.state` and :mod:`.server`).
"""

from .server import Closed, Failed, Opened, RoomServer
from .state import (
    Ballots,
    CardView,
    CheckSettings,
    LaneView,
    Note,
    NoteArrived,
    People,
    Ratings,
    RoundClosed,
    RoundSettings,
    StageView,
    StepView,
    TimeUp,
)

__all__ = [
    "Ballots", "CardView", "CheckSettings", "Closed", "Failed", "LaneView", "Note", "NoteArrived", "Opened", "People",
    "Ratings", "RoomServer", "RoundClosed", "RoundSettings", "StageView", "StepView", "TimeUp",
]
