"""A window's live co-editing: File > Share Live…, Join Live Map…, Leave Live Map.

While live, the window's map is bound to a room (:class:`MapBinding`):

- colleagues' edits arrive through :class:`LiveConnection` on the GUI thread and
  reach the Document marked remote, so canvas, outline and panels redraw through
  the ordinary change records and nothing lands on this window's undo stack;
- Ctrl+Z and Ctrl+Shift+Z become personal undo and redo (Yjs's UndoManager): the
  Edit menu and toolbar show the live Undo/Redo in place of the undo stack's;
  the change records of one user edit (a macro) join one undo step;
- the status bar says "Live: 3 people · synced", "offline, 12 changes waiting";
- colleagues' selections and typing are drawn on the canvas, and the People panel
  lists who is in the map.

Leaving keeps the map as a local copy, marked modified, that can be saved or shared again.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMenu, QWidget

from ...i18n import ntr, tr
from ...model import Change
from .. import prompts
from ..preferences import load_identity
from .overlay import PresenceOverlay
from .people import PeopleList

if TYPE_CHECKING:  # the binding, the client, the server and the connection load when a window goes live
    from ...collab import MapBinding
    from ...collab.client import RoomStatus
    from ...collab.embedded import EmbeddedServer
    from ...collab.link import RoomLink
    from ...collab.presence import Presence
    from ..main_window import MainWindow
    from .connection import LiveConnection

log = logging.getLogger(__name__)
#: Keystrokes in one field closer together than this are one step of personal undo (seconds).
TYPING_PAUSE = 2.0


def status_words(status: RoomStatus, people: int) -> str:
    """The status bar's words: "Live: 3 people · synced", "Live: offline, 12 changes waiting · reconnecting…"."""
    if status.state == "synced":
        return ntr("Live: {n} person · synced", "Live: {n} people · synced", people).format(n=people)
    if status.state == "offline":
        if status.waiting:
            return ntr("Live: offline, {n} change waiting · reconnecting…",
                       "Live: offline, {n} changes waiting · reconnecting…", status.waiting).format(n=status.waiting)
        return tr("Live: offline · reconnecting…")
    if status.state == "refused":
        return tr("Live: not connected ({reason})").format(reason=status.message)
    if status.state == "connecting":
        return tr("Live: connecting…")
    return tr("Live: stopped")


def address_for_colleagues() -> str:
    """This machine's address on its network (what a colleague's editor can reach), else its name."""
    import socket  # when sharing, not with every window

    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # no packet is sent: this only picks the outgoing interface
        address = probe.getsockname()[0]
        if address and not address.startswith("0."):
            return address
    except OSError:
        pass
    finally:
        probe.close()
    return socket.gethostname()


class LiveMap(QObject):
    """Share, join and leave for one window; everything live about that window."""

    #: Where Share Live listens (every interface, so colleagues can connect); tests use the loopback.
    listen_host = "0.0.0.0"
    #: Seconds of silence after which a colleague counts as gone.
    presence_timeout = 30.0
    started = Signal()  # live: sharing or joined
    left = Signal()
    _server_ready = Signal(object)
    _server_failed = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.connection: LiveConnection | None = None
        self.binding: MapBinding | None = None
        self.server: EmbeddedServer | None = None
        self.share_dialog = None
        self.start_dialog = None
        self.link: RoomLink | None = None
        self._starting = False
        self._closed = False
        self._last_presence: Presence | None = None
        self._step_open = False  # a change of this user's edit was written; the rest join its undo step
        self._last_origin: object | None = None
        self._last_key: tuple = ()
        self._last_time = 0.0
        self._stack_shortcuts: dict[QAction, list[QKeySequence]] = {}

        self.share_action = QAction(tr("Share &Live…"), window)
        self.share_action.setStatusTip(tr("Let colleagues edit this map with you, live: starts a room and shows its link"))
        self.join_action = QAction(tr("&Join Live Map…"), window)
        self.join_action.setStatusTip(tr("Open a map a colleague shares, from the link they sent"))
        self.leave_action = QAction(tr("Leave Live Ma&p"), window)
        self.leave_action.setStatusTip(tr("Stop editing together; this window keeps the map as your own copy"))
        self.share_action.triggered.connect(lambda _c=False: self.share())
        self.join_action.triggered.connect(lambda _c=False: self.ask_join())
        self.leave_action.triggered.connect(lambda _c=False: self.leave())
        self.undo_action = QAction(tr("&Undo Your Last Edit"), window)
        self.undo_action.setStatusTip(tr("Undo your own last edit in the live map (never a colleague's)"))
        self.redo_action = QAction(tr("&Redo Your Edit"), window)
        self.undo_action.triggered.connect(lambda _c=False: self.undo())
        self.redo_action.triggered.connect(lambda _c=False: self.redo())
        window.acts.name_icon(self.undo_action, "undo")
        window.acts.name_icon(self.redo_action, "redo")
        self._add_to_file_menu()

        self.status_label: QLabel | None = None  # only while live (a hidden label still reaches screen readers)
        self.people = PeopleList(self.session)
        self.people_dock = QDockWidget(tr("People"), window)
        self.people_dock.setObjectName("dock-people")
        self.people_dock.setWidget(self.people)
        self.people_dock.setAccessibleName(tr("People in this map"))
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.people_dock)
        self.people_dock.hide()
        self.people_dock.toggleViewAction().setEnabled(False)
        window.panels_menu.addAction(self.people_dock.toggleViewAction())
        self.overlay = PresenceOverlay(window.view.map_scene)

        queued = Qt.ConnectionType.QueuedConnection
        self._server_ready.connect(self._shared, queued)
        self._server_failed.connect(self._share_failed, queued)
        self.session.selection_changed.connect(self._selection_moved)
        self.session.undo_stack.indexChanged.connect(self._end_of_edit)
        window.view.map_scene.focusItemChanged.connect(self._focus_moved)
        # an in-place editor opening or closing has no signal of its own (nor a focus change in an
        # inactive window): a look twice a second while live catches it
        self._typing_watch = QTimer(self)
        self._typing_watch.setInterval(400)
        self._typing_watch.timeout.connect(self.publish)
        self._update_actions()

    # -- menus -------------------------------------------------------------------------
    def _add_to_file_menu(self) -> None:
        menu: QMenu = self.window.file_menu
        before = self.window.acts.close
        menu.insertActions(before, [self.share_action, self.join_action, self.leave_action])
        menu.insertSeparator(before)

    def _update_actions(self) -> None:
        live = self.connection is not None
        self.share_action.setEnabled(not self._starting)
        self.share_action.setText(tr("Show Live &Link…") if live else tr("Share &Live…"))
        self.leave_action.setEnabled(live)
        binding = self.binding
        self.undo_action.setEnabled(binding is not None and binding.can_undo())
        self.redo_action.setEnabled(binding is not None and binding.can_redo())

    @property
    def active(self) -> bool:
        return self.connection is not None

    def me(self) -> Presence:
        from ...collab.presence import Presence

        who = load_identity(self.window.editor.settings)
        return Presence(who.name, who.colour)

    # -- sharing ------------------------------------------------------------------------
    def share(self) -> QWidget | None:
        """Ask where to share (this computer, or a room on the team's server), then go live."""
        from .dialogs import ShareStartDialog

        if self.connection is not None:
            return self.show_link()
        if self._starting:
            return None
        dialog = ShareStartDialog(self.share_here, self.share_in_room, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.start_dialog = dialog
        dialog.show()
        return dialog

    def share_here(self) -> None:
        """Start a room for this map on an embedded server (off the GUI thread), then show its link."""
        if self.connection is not None or self._starting:
            return
        self._starting = True
        self._update_actions()
        self.window.statusBar().showMessage(tr("Starting the live map…"), 5000)
        host = self.listen_host

        def start() -> None:
            try:
                from ...collab.embedded import start_embedded_server

                server = start_embedded_server(host=host, link_host=None if host != "0.0.0.0"
                                               else address_for_colleagues())
            except Exception as e:  # noqa: BLE001 - a port or network problem, said in a message
                self._server_failed.emit(str(e) or type(e).__name__)
                return
            self._server_ready.emit(server)

        threading.Thread(target=start, name="journeymap-start-share", daemon=True).start()

    def share_in_room(self, link: RoomLink) -> None:
        """Put this map into an empty room of a team server and stay in it."""
        if self.connection is not None:
            return
        binding = _binding().share(self.session.document)
        from .connection import LiveConnection

        connection = LiveConnection(link, binding, presence=self.me(), presence_timeout=self.presence_timeout,
                                    parent=self)
        self.link = link
        self._go_live(connection, binding)
        connection.start()
        self.window.statusBar().showMessage(
            tr("The map is live in room {room}: send the link to your colleagues").format(room=link.room), 8000)
        self.show_link()

    def _shared(self, server: EmbeddedServer) -> None:
        self._starting = False
        if self.connection is not None or self._closed:
            _stop_in_background(server)
            return
        self.server = server
        self.link = server.link
        binding = _binding().share(self.session.document)
        from .connection import LiveConnection

        connection = LiveConnection(server.link, binding, presence=self.me(),
                                    presence_timeout=self.presence_timeout, parent=self)
        self._go_live(connection, binding)
        connection.start()
        self.window.statusBar().showMessage(tr("The map is live: send the link to your colleagues"), 8000)
        self.show_link()

    def _share_failed(self, reason: str) -> None:
        self._starting = False
        self._update_actions()
        prompts.show_error(self.window, tr("Share Live"),
                           tr("The live map could not be started: {reason}").format(reason=reason))

    def show_link(self) -> QWidget | None:
        from .dialogs import ShareDialog

        if self.connection is None:
            return None
        dialog = ShareDialog(self.connection.link, on_stop=self.leave, on_server=self.server is None,
                             parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.share_dialog = dialog
        dialog.show()
        return dialog

    # -- joining -----------------------------------------------------------------------
    def ask_join(self, link_text: str = "") -> QWidget:
        """The Join dialog; the shared map opens in a new window."""
        from .dialogs import JoinDialog

        editor = self.window.editor
        dialog = JoinDialog(self.me(), lambda c, b: open_joined(editor, c, b, self.window), link_text,
                            parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def adopt(self, connection: LiveConnection, binding: MapBinding) -> None:
        """Take over a connection the Join dialog made (this window shows its shared map)."""
        connection.setParent(self)
        self._go_live(connection, binding)
        self._on_status(connection.status)
        self._on_others(connection.others)

    # -- live --------------------------------------------------------------------------
    def _go_live(self, connection: LiveConnection, binding: MapBinding) -> None:
        self.connection, self.binding = connection, binding
        binding.document.subscribe(self._after_change)  # after the binding's own listener: it wrote the change
        binding.on_refused = self._refused  # called on this thread: receiving runs here
        binding.joins = self._joins
        connection.status_changed.connect(self._on_status)
        connection.others_changed.connect(self._on_others)
        self._swap_undo(live=True)
        self.window.history.setEnabled(False)  # the undo stack's history cannot be walked while live
        self.status_label = QLabel(status_words(connection.status, 1))
        self.status_label.setAccessibleDescription(tr("Live map status"))
        self.window.statusBar().addPermanentWidget(self.status_label)
        self.people_dock.show()
        self.people_dock.toggleViewAction().setEnabled(True)
        self.people.show_people(self.me(), {})
        self._update_actions()
        self.publish()
        self._typing_watch.start()
        self.started.emit()

    def leave(self) -> None:
        """Stop editing together; the map stays in this window as a modified local copy."""
        connection, binding, server = self.connection, self.binding, self.server
        if connection is None or binding is None:
            return
        self.connection = self.binding = self.server = None
        connection.status_changed.disconnect(self._on_status)
        connection.others_changed.disconnect(self._on_others)
        connection.stop()
        binding.document.unsubscribe(self._after_change)
        binding.on_refused = binding.joins = None
        binding.close()
        if server is not None:
            _stop_in_background(server)
        self._swap_undo(live=False)
        self.window.history.setEnabled(True)
        stack = self.session.undo_stack
        stack.clear()  # its commands were made before colleagues' edits: undoing them now would be wrong
        stack.resetClean()  # the copy is not saved anywhere yet
        self._typing_watch.stop()
        self.overlay.clear()
        if self.status_label is not None:
            self.window.statusBar().removeWidget(self.status_label)
            self.status_label.deleteLater()
            self.status_label = None
        self.people_dock.hide()
        self.people_dock.toggleViewAction().setEnabled(False)
        self._last_presence = None
        self._update_actions()
        self.window.statusBar().showMessage(
            tr("You left the live map. This window keeps your copy: save it, or share it again."), 10000)
        self.left.emit()

    def may_close(self) -> bool:
        """Closing a window that shares from this computer ends the map for the colleagues in it: ask."""
        if self.server is None or self.connection is None or not self.connection.others:
            return True
        return ask_end_sharing(self.window, sorted(p.name for p in self.connection.others.values()))

    def shutdown(self) -> None:
        """The window closes: leave quietly."""
        self._closed = True
        if self.connection is not None:
            self.leave()

    def _on_status(self, status: RoomStatus) -> None:
        if self.connection is None or self.status_label is None:
            return
        people = 1 + len(self.connection.others)
        self.status_label.setText(status_words(status, people))
        link = self.connection.link
        self.status_label.setToolTip(tr("{room} on {host}:{port}").format(room=link.room, host=link.host,
                                                                          port=link.port))
        if status.state == "offline" and not self.connection.others:
            self.overlay.clear()

    def _refused(self, reason: str) -> None:
        self.window.statusBar().showMessage(
            tr("A change from the room was refused, the map is unharmed: {reason}").format(reason=reason)[:300], 10000)

    def _on_others(self, others: dict) -> None:
        if self.connection is None:
            return
        self.overlay.show(others)
        self.people.show_people(self.me(), others)
        self._on_status(self.connection.status)

    # -- presence ----------------------------------------------------------------------
    def typing_in(self) -> str | None:
        from ...collab.shape import is_id  # with the first live session, not with every window

        editor = self.window.view.map_scene.router.editing.editor
        purpose = getattr(editor, "purpose", None) if editor is not None else None
        if isinstance(purpose, tuple) and len(purpose) == 2 and is_id(purpose[1]):
            return purpose[1]
        return None

    def typing_new(self) -> tuple[str, str] | None:
        """The cell of the new card being written (it joins the map when the editor closes)."""
        from ...collab.shape import is_id

        editor = self.window.view.map_scene.router.editing.editor
        purpose = getattr(editor, "purpose", None) if editor is not None else None
        if isinstance(purpose, tuple) and len(purpose) == 2 and purpose[0] == "new_card":
            cell = purpose[1]
            if isinstance(cell, tuple) and len(cell) == 2 and is_id(cell[0]) and is_id(cell[1]):
                return cell[0], cell[1]
        return None

    def _selection_moved(self, _payload: object) -> None:
        self.publish()

    def _focus_moved(self, *_args: object) -> None:
        QTimer.singleShot(0, self.publish)  # the in-place editor is registered after its focus moves

    def publish(self) -> None:
        """Tell colleagues what this user selects and types in (only when it changed)."""
        if self.connection is None:
            return
        from ...collab.presence import MAX_SELECTION, Presence
        from ...collab.shape import is_id

        me = self.me()
        presence = Presence(me.name, me.colour, tuple(i for i in self.session.selection if is_id(i))[:MAX_SELECTION],
                            self.typing_in(), self.typing_new())
        if presence != self._last_presence:
            self._last_presence = presence
            self.connection.set_presence(presence)
            self.people.show_people(me, self.connection.others)

    # -- personal undo ---------------------------------------------------------------------
    def _joins(self, change: Change) -> bool:
        """Asked by the binding before it writes a change of this user's: does it join the last undo step?

        Yes for the second and later change records of one edit (a macro: deleting three cards), and
        for typing on in the same field (the undo stack merges those keystrokes into one step too).
        """
        if self._step_open:
            return True
        self._step_open = True
        QTimer.singleShot(0, self._end_of_edit)
        key = (change.action, change.kind, change.ids, change.fields)
        now = time.monotonic()
        typing_on = change.origin is not None and change.origin is self._last_origin and key == self._last_key \
            and now - self._last_time < TYPING_PAUSE
        self._last_origin, self._last_key, self._last_time = change.origin, key, now
        return typing_on

    def _after_change(self, change: Change) -> None:
        self._update_actions()

    def _end_of_edit(self, *_args: object) -> None:
        self._step_open = False
        self._update_actions()

    def undo(self) -> bool:
        return self._personal(undo=True)

    def redo(self) -> bool:
        return self._personal(undo=False)

    def steps(self) -> int:
        """How many steps of this user's are there to undo (the presentation keeps a floor with it)."""
        return self.binding.undo_steps() if self.binding is not None else 0

    def _personal(self, undo: bool) -> bool:
        binding = self.binding
        if binding is None:
            return False
        self.window.view.map_scene.router.editing.close_editor(commit=False)
        self._step_open = False
        self._last_origin = None
        done = binding.undo() if undo else binding.redo()  # one change set: the canvas is up to date
        self._update_actions()
        if not done:
            self.window.statusBar().showMessage(tr("Nothing of yours to undo") if undo else tr("Nothing to redo"), 4000)
        return done

    def _swap_undo(self, live: bool) -> None:
        """Put the live Undo/Redo where the undo stack's are (menus, toolbar, shortcuts), or back.

        The presentation's Ctrl+Z asks the session, so it undoes the same personal way.
        """
        w = self.window
        self.session.personal_undo = self if live else None
        for stack_action, live_action in ((w.undo_action, self.undo_action), (w.redo_action, self.redo_action)):
            old, new = (stack_action, live_action) if live else (live_action, stack_action)
            for holder in list(old.associatedObjects()):
                if isinstance(holder, QWidget) and holder is not w:
                    holder.insertAction(old, new)
                    holder.removeAction(old)
            if live:
                self._stack_shortcuts[stack_action] = stack_action.shortcuts()
                live_action.setShortcuts(stack_action.shortcuts())
                stack_action.setShortcuts([])
            else:
                stack_action.setShortcuts(self._stack_shortcuts.pop(stack_action, []))
                live_action.setShortcuts([])


def ask_end_sharing(parent: QWidget, names: list[str]) -> bool:
    from PySide6.QtWidgets import QMessageBox

    still = (tr("{name} is still editing this map with you.").format(name=names[0]) if len(names) == 1 else
             ntr("{n} colleague is still editing this map with you.", "{n} colleagues are still editing this map "
                 "with you.", len(names)).format(n=len(names)))
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Close the shared map?"), still, parent=parent)
    box.setInformativeText(tr("This window shares the map: closing it ends the live map for them. "
                              "They keep their copies, and can save them."))
    close = box.addButton(tr("Close and Stop Sharing"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is close


def _stop_in_background(server: EmbeddedServer) -> None:
    threading.Thread(target=server.stop, name="journeymap-stop-share", daemon=True).start()


def open_joined(editor, connection: LiveConnection, binding: MapBinding, requester: MainWindow | None = None):
    """A window on a shared map the Join dialog opened."""
    from ..session import EditSession

    session = EditSession(document=binding.document)
    window = editor.new_window(session=session, replacing=requester)
    window.live.adopt(connection, binding)
    return window


def _binding() -> type[MapBinding]:
    from ...collab import MapBinding

    return MapBinding
