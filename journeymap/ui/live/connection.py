"""A room connection as the GUI sees it: Qt signals on the GUI thread, nothing else.

The :class:`RoomClient` runs on its own asyncio thread. It reaches the map only
through :class:`QtOwner` (each call is posted to the GUI thread with a queued
signal; the asyncio side awaits a future, so neither thread ever waits for the
other), and it reports status, presence and the join through queued signals.
Nothing here touches a widget from the asyncio thread.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal

from ...collab.link import RoomLink
from ...collab.presence import Presence

if TYPE_CHECKING:  # the room's client (pycrdt, websockets) loads when a window goes live, not at start-up
    from ...collab import MapBinding
    from ...collab.client import RoomStatus


class QtOwner(QObject):
    """Runs callables on the GUI thread for the room's thread: ``owner(fn)`` -> a Future of ``fn()``."""

    _call = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.closed = False
        #: Why the shared map could not be opened (an empty room), for the Join dialog to say.
        self.last_error = ""
        self._call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def __call__(self, fn: Callable[[], Any]) -> concurrent.futures.Future[Any]:
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        if self.closed:
            return future  # never answered: the room's thread is being stopped, which ends the wait
        self._call.emit((fn, future))
        return future

    def _run(self, item: tuple[Callable[[], Any], concurrent.futures.Future[Any]]) -> None:
        fn, future = item
        if self.closed or not future.set_running_or_notify_cancel():
            return  # left unanswered, as above
        try:
            future.set_result(fn())
        except BaseException as e:  # noqa: BLE001 - handed to the room's thread, which logs it
            from ...collab import CollabError

            if isinstance(e, CollabError):
                self.last_error = str(e)
            future.set_exception(e)

    def close(self) -> None:
        """Run nothing more. What the room's thread still waits for stays unanswered: stopping the
        client ends those waits cleanly (a cancelled answer would end its thread with an error)."""
        self.closed = True


class LiveConnection(QObject):
    """One RoomClient with its latest status and the others' presence, kept on the GUI thread."""

    #: The longest wait between two tries to reach the room again (seconds).
    max_backoff = 5.0
    joined = Signal(object)  # MapBinding: the shared map arrived (joining)
    status_changed = Signal(object)  # RoomStatus
    others_changed = Signal(object)  # dict[int, Presence]
    _status_in = Signal(object)
    _others_in = Signal(object)
    _joined_in = Signal(object)

    def __init__(self, link: RoomLink, binding: MapBinding | None = None, *, presence: Presence | None = None,
                 presence_timeout: float = 30.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.link = link
        from ...collab.client import RoomClient, RoomStatus

        self.status = RoomStatus("connecting")
        self.others: dict[int, Presence] = {}
        self.ever_synced = False
        self.owner = QtOwner(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._status_in.connect(self._on_status, queued)
        self._others_in.connect(self._on_others, queued)
        self._joined_in.connect(self.joined.emit, queued)
        self.client = RoomClient(link, binding, owner=self.owner, presence=presence,
                                 on_status=self._status_in.emit, on_presence=self._others_in.emit,
                                 on_joined=self._joined_in.emit, presence_timeout=presence_timeout,
                                 max_backoff=self.max_backoff)
        self._running = False

    @property
    def binding(self) -> MapBinding | None:
        return self.client.binding

    def start(self) -> None:
        self._running = True
        self.client.start()

    def stop(self) -> None:
        """Leave the room without waiting for its thread (it says goodbye and ends on its own)."""
        if not self._running:
            return
        self._running = False
        self.owner.close()
        client = self.client  # its thread says nothing more to this object, which may go before it ends
        client.on_status = client.on_presence = client.on_joined = None
        client.stop(wait=0)

    def set_presence(self, presence: Presence) -> None:
        if self._running:
            self.client.set_presence(presence)

    def _on_status(self, status: RoomStatus) -> None:
        if not self._running:
            return
        self.status = status
        self.ever_synced = self.ever_synced or status.state == "synced"
        self.status_changed.emit(status)

    def _on_others(self, others: dict[int, Presence]) -> None:
        if not self._running:
            return
        self.others = others
        self.others_changed.emit(others)
