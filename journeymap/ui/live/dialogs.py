"""The Share Live and Join Live Map dialogs.

Share shows the link of the room the editor just started (host, port, room,
token) with a Copy button. Join takes a link, checks it, and waits for the room
without blocking the window: a bad link, a wrong token, an unknown room or a
server that does not answer is said in words in the dialog, never as a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...collab.link import LinkError, RoomLink
from ...collab.presence import Presence
from ...i18n import ntr, tr
from .connection import LiveConnection

if TYPE_CHECKING:
    from ...collab import MapBinding
    from ...collab.client import RoomStatus

ERROR_STYLE = "color: #b3261e;"
JOIN_TIMEOUT_MS = 15_000


def _value_label(text: str, mono: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if mono:
        label.setFont(QFont("monospace"))
    return label


class _SaysDialog(QDialog):
    """A dialog with a message line under its fields (``self.message``) for progress and errors."""

    message: QLabel

    def say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
        self.adjustSize()  # a long message wraps onto more lines: the dialog grows to show them


class ShareDialog(QDialog):
    """The link to send to colleagues, and what it gives them."""

    def __init__(self, link: RoomLink, on_stop: Callable[[], None] | None = None, on_server: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link = link
        self.setWindowTitle(tr("Share Live"))
        intro = QLabel(tr("Send this link to the colleagues you want to edit the map with. They open it with "
                          "File > Join Live Map… in Journeymap. Anyone with the link can edit this map in the "
                          "team server's room, also after you leave.") if on_server else
                       tr("Send this link to the colleagues you want to edit the map with. They open it with "
                          "File > Join Live Map… in Journeymap. Anyone with the link can edit this map while "
                          "this window shares it."))
        intro.setWordWrap(True)
        self.link_edit = QLineEdit(link.url)
        self.link_edit.setReadOnly(True)
        self.link_edit.setAccessibleName(tr("Link to the live map"))
        self.link_edit.setCursorPosition(0)
        self.link_edit.setMinimumWidth(420)
        self.copy_button = QPushButton(tr("&Copy Link"))
        self.copy_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy)
        row = QHBoxLayout()
        row.addWidget(self.link_edit, 1)
        row.addWidget(self.copy_button)
        form = QFormLayout()
        form.addRow(tr("Link:"), row)
        form.addRow(tr("Host:"), _value_label(link.host))
        form.addRow(tr("Port:"), _value_label(str(link.port)))
        form.addRow(tr("Room:"), _value_label(link.room))
        form.addRow(tr("Token:"), _value_label(link.token, mono=True))
        self.copied = QLabel("")
        self.copied.setAccessibleName(tr("Copied"))
        note = QLabel(tr("The team server keeps the map for everyone with the link.") if on_server else
                      tr("Colleagues must reach this computer on the network (same office or VPN). For a map the "
                         "team keeps on a shared machine, share it in a room of journeymap serve (see the README)."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        if on_stop is not None:
            stop = buttons.addButton(tr("&Leave Live Map") if on_server else tr("&Stop Sharing"),
                                     QDialogButtonBox.ButtonRole.DestructiveRole)
            stop.setToolTip(tr("Leave the live map: colleagues keep their copies, this window keeps yours"))
            stop.clicked.connect(lambda: (on_stop(), self.accept()))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.copied)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.link.url)
        self.copied.setText(tr("Link copied: paste it into a message to your colleagues."))


class JoinDialog(_SaysDialog):
    """Take a link and join its room; ``on_joined(connection, binding)`` opens the shared map."""

    def __init__(self, me: Presence, on_joined: Callable[[LiveConnection, MapBinding], None],
                 link_text: str = "", parent: QWidget | None = None,
                 timeout_ms: int = JOIN_TIMEOUT_MS) -> None:
        super().__init__(parent)
        self.me = me
        self.on_joined = on_joined
        self.timeout_ms = timeout_ms
        self.connection: LiveConnection | None = None
        self.setWindowTitle(tr("Join Live Map"))
        intro = QLabel(tr("Paste the link a colleague sent you. It starts with ws:// (or wss://) and ends "
                          "with ?token=…"))
        intro.setWordWrap(True)
        self.link_edit = QLineEdit(link_text or self._link_on_clipboard())
        self.link_edit.setAccessibleName(tr("Link to the live map"))
        self.link_edit.setPlaceholderText("ws://host:port/room?token=…")
        self.link_edit.setMinimumWidth(420)
        self.link_edit.textEdited.connect(lambda _t: self.say(""))
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(tr("Join status"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.join_button = self.buttons.addButton(tr("&Join"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.join_button.setDefault(True)
        self.join_button.clicked.connect(self.join)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("&Link:"), self.link_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timed_out)

    @staticmethod
    def _link_on_clipboard() -> str:
        text = QGuiApplication.clipboard().text().strip()
        return text if text.startswith(("ws://", "wss://")) and len(text) < 2000 and "\n" not in text else ""

    def join(self) -> None:
        if self.connection is not None:
            return
        try:
            link = RoomLink.parse(self.link_edit.text())
        except LinkError as e:
            self.say(tr("This is not a link to a live map: {problem}.").format(problem=e), error=True)
            self.link_edit.setFocus()
            return
        self.link = link
        self.say(tr("Joining {room} on {host}:{port}…").format(room=link.room, host=link.host, port=link.port))
        self.join_button.setEnabled(False)
        self.link_edit.setEnabled(False)
        connection = self.connection = LiveConnection(link, presence=self.me, parent=self)
        connection.joined.connect(self._joined)
        connection.status_changed.connect(self._status)
        connection.start()
        self.timer.start(self.timeout_ms)

    def _status(self, status: RoomStatus) -> None:
        if self.connection is None or self.connection.binding is not None:
            return
        link = self.link
        if status.state == "refused":
            self._fail(tr("{host}:{port} refused to let you in: {reason}.").format(host=link.host, port=link.port,
                                                                                  reason=status.message))
        elif status.state == "offline":
            problem = self.connection.owner.last_error
            if problem:
                self._fail(tr("Cannot open the map of room {room}: {problem}.").format(room=link.room, problem=problem))
            else:
                self._fail(tr("Cannot reach {host}:{port}. Is the map still shared (or the server running), and "
                              "is the link complete?").format(host=link.host, port=link.port))

    def _timed_out(self) -> None:
        if self.connection is not None and self.connection.binding is None:
            seconds = self.timeout_ms / 1000
            self._fail(ntr("No answer from {host}:{port} within {n} second. Try again, or ask for a fresh link.",
                           "No answer from {host}:{port} within {n} seconds. Try again, or ask for a fresh link.",
                           round(seconds)).format(host=self.link.host, port=self.link.port, n=f"{seconds:g}"))

    def _fail(self, text: str) -> None:
        self.timer.stop()
        connection, self.connection = self.connection, None
        if connection is not None:
            connection.stop()
            connection.deleteLater()
        self.say(text, error=True)
        self.join_button.setEnabled(True)
        self.link_edit.setEnabled(True)

    def _joined(self, binding: MapBinding) -> None:
        connection = self.connection
        if connection is None:
            return
        self.timer.stop()
        connection.joined.disconnect(self._joined)
        connection.status_changed.disconnect(self._status)
        self.connection = None
        self.on_joined(connection, binding)
        self.accept()

    def reject(self) -> None:
        if self.connection is not None:
            connection, self.connection = self.connection, None
            connection.stop()
            connection.deleteLater()
        super().reject()


class ShareStartDialog(_SaysDialog):
    """Where to share: from this computer, or into a room on the team's server.

    ``on_local()`` starts the embedded server; ``on_room(link)`` shares into the
    room of ``link`` once a look at it has shown it is empty (a room that already
    holds a map is joined, not overwritten).
    """

    def __init__(self, on_local: Callable[[], None], on_room: Callable[[RoomLink], None],
                 parent: QWidget | None = None, timeout_ms: int = JOIN_TIMEOUT_MS) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QRadioButton

        self.on_local, self.on_room = on_local, on_room
        self.timeout_ms = timeout_ms
        self.probe: LiveConnection | None = None
        self.setWindowTitle(tr("Share Live"))
        intro = QLabel(tr("Edit this map together with colleagues, live. Where should the shared map be?"))
        intro.setWordWrap(True)
        self.here = QRadioButton(tr("From &this computer: colleagues on your network join with a link"))
        self.here.setChecked(True)
        self.team = QRadioButton(tr("In a room on your team's &server (journeymap serve):"))
        self.link_edit = QLineEdit()
        self.link_edit.setAccessibleName(tr("Link to a room on the team server"))
        self.link_edit.setPlaceholderText("ws://server:8765/room-name?token=…")
        self.link_edit.setMinimumWidth(420)
        self.link_edit.setEnabled(False)
        self.team.toggled.connect(self.link_edit.setEnabled)
        self.link_edit.textEdited.connect(lambda _t: self.say(""))
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(tr("Share status"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.share_button = buttons.addButton(tr("&Share"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.share_button.setDefault(True)
        self.share_button.clicked.connect(self.share)
        buttons.rejected.connect(self.reject)
        indented = QHBoxLayout()
        indented.setContentsMargins(24, 0, 0, 0)
        indented.addWidget(self.link_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.here)
        layout.addWidget(self.team)
        layout.addLayout(indented)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timed_out)

    def _timed_out(self) -> None:
        seconds = self.timeout_ms / 1000
        self._fail(ntr("No answer from the server within {n} second.", "No answer from the server within {n} seconds.",
                       round(seconds)).format(n=f"{seconds:g}"))

    def share(self) -> None:
        if self.probe is not None:
            return
        if self.here.isChecked():
            self.accept()
            self.on_local()
            return
        try:
            link = RoomLink.parse(self.link_edit.text())
        except LinkError as e:
            self.say(tr("This is not a link to a room: {problem}.").format(problem=e), error=True)
            return
        self.link = link
        self.say(tr("Looking at room {room} on {host}:{port}…").format(room=link.room, host=link.host, port=link.port))
        self.share_button.setEnabled(False)
        probe = self.probe = LiveConnection(link, parent=self)
        probe.joined.connect(self._room_holds_a_map)
        probe.status_changed.connect(self._status)
        probe.start()
        self.timer.start(self.timeout_ms)

    def _status(self, status: RoomStatus) -> None:
        probe = self.probe
        if probe is None or probe.binding is not None:
            return
        if status.state == "refused":
            self._fail(tr("The server refused: {reason}.").format(reason=status.message))
        elif status.state == "offline":
            if probe.owner.last_error:  # the room is there and empty: this map goes in
                self._stop_probe()
                self.accept()
                self.on_room(self.link)
            else:
                self._fail(tr("Cannot reach {host}:{port}. Is the server running?").format(host=self.link.host,
                                                                                          port=self.link.port))

    def _room_holds_a_map(self, _binding: MapBinding) -> None:
        self._fail(tr("Room {room} already holds a map: open it with File > Join Live Map…, or name a new room "
                      "in the link.").format(room=self.link.room))

    def _stop_probe(self) -> None:
        self.timer.stop()
        probe, self.probe = self.probe, None
        if probe is not None:
            probe.stop()
            probe.deleteLater()

    def _fail(self, text: str) -> None:
        self._stop_probe()
        self.say(text, error=True)
        self.share_button.setEnabled(True)

    def reject(self) -> None:
        self._stop_probe()
        super().reject()
