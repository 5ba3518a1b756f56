"""The facilitator's side of the workshop room, in the presentation: open it, run rounds, take notes in.

Keys (see the help card): R shows the join slide (opening the room the first
time), Shift+R closes the room; D starts a round of dot voting and, pressed
again, reveals it into the map; Q shows the notes waiting; E starts an
emotion check, Enter sets the persona's score from it.

Everything the room reports arrives here on the GUI thread through a queued
signal; each change to the map is one command on the session's undo stack.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

from ...collab.room import (
    Ballots,
    CheckSettings,
    Closed,
    Failed,
    Note,
    NoteArrived,
    Opened,
    People,
    Ratings,
    RoomServer,
    RoundClosed,
    RoundSettings,
    TimeUp,
)
from ...commands import SetScore
from ...commands.workshop import AddRoomNotes, ApplyVoteRound
from ...i18n import _, language, ngettext, tr
from ...model import Card, EvidenceStatus, LaneKind, Score, now
from ...model.evidence import ImportSource
from ...model.workshop import VoteCount, VoteRound
from .ops import Op
from .overlays import counter_width
from .room_dialogs import CheckDialog, OpenRoomDialog, RoundDialog
from .room_slide import check_ops, join_ops, queue_left, queue_ops, rated_value, tag_ops
from .room_views import check_settings, round_settings, stage_of, stage_view
from .theme import Sizes

if TYPE_CHECKING:
    from .window import PresentationWindow

FROM_THE_ROOM = "from the room"  # the tag every card made from a room note carries


def vote_record(closed: RoundClosed) -> VoteRound:
    counts = [VoteCount(card=card_id, votes=n) for card_id, n in closed.counts.items() if n > 0]
    return VoteRound(id=closed.settings.id, held=now(), dots=closed.settings.dots, seconds=closed.settings.seconds,
                     stage=closed.settings.stage_id, participants=min(closed.voters, 10_000), counts=counts)


def _late_reveal(session, event: object) -> None:
    """A round closed as the presentation ended: its dots still land in the map, one undo step."""
    if isinstance(event, RoundClosed):
        session.push(ApplyVoteRound(session.document, vote_record(event)))


class RoomBridge(QObject):
    """Carries the server's events (from its thread) to the GUI thread: a queued signal."""

    event = Signal(object)


class RoomControl(QObject):
    changed = Signal()

    def __init__(self, window: PresentationWindow) -> None:
        super().__init__(window)
        self.window = window
        self.bridge = RoomBridge(self)
        self.bridge.event.connect(self.on_event, Qt.ConnectionType.QueuedConnection)
        self.server: RoomServer | None = None
        self.opened: Opened | None = None
        self.problem = ""
        self.people = 0
        self.join_visible = False
        self.round: RoundSettings | None = None
        self.round_started = 0.0
        self.time_up = False
        self.ballots = Ballots(0, 0)
        self.notes: list[Note] = []
        self.queue_visible = False
        self.selected = 0
        self.check: CheckSettings | None = None
        self.ratings = Ratings({})
        self.dialog = None
        self.last_event_at = 0.0  # time.monotonic() of the last report handled (for the latency benchmark)
        self._publish_timer = QTimer(self)
        self._publish_timer.setSingleShot(True)
        self._publish_timer.setInterval(0)
        self._publish_timer.timeout.connect(self.publish)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self.window._refresh)

    @property
    def is_open(self) -> bool:
        return self.server is not None

    # --- opening and closing
    def ask_to_open(self) -> None:
        self.dialog = OpenRoomDialog(self._dialog_parent())
        self.dialog.accepted.connect(lambda: self.open_room(self.dialog.host()))
        self.dialog.open()

    def _dialog_parent(self):
        """The laptop's presenter view when there is one: the facilitator answers there, not on the wall."""
        return self.window.presenter or self.window

    def open_room(self, host: str, port: int = 0) -> None:
        if self.server is not None:
            return
        self.problem = ""
        self.server = RoomServer(self.view(), self.bridge.event.emit, host, port)
        self.join_visible = True
        self.server.start()
        self.window._refresh()

    def close_room(self, leaving: bool = False) -> None:
        """Stop the server; an open round is revealed into the map first, so no dot is lost.

        When the presentation is ending, the round's dots still land in the map:
        the bridge moves to the session, which outlives the window.
        """
        if self.server is None:
            return
        if self.round is not None:
            if leaving:
                session = self.window.session
                self.bridge.setParent(session)
                self.bridge.event.disconnect()
                self.bridge.event.connect(lambda event: _late_reveal(session, event),
                                          Qt.ConnectionType.QueuedConnection)
            self.server.close_round()
        self.server.stop()
        self.server = None
        self.opened = None
        self.join_visible = False
        self.people = 0
        self.check = None
        self.tick.stop()
        self.window._refresh()

    def view(self):
        return stage_view(self.window.session.journey, self.window.slide)

    def publish(self) -> None:
        if self.server is not None:
            self.server.publish(self.view())

    def publish_soon(self) -> None:
        """Once, after the edits of this turn of the event loop: a round of votes is many changes."""
        if self.server is not None:
            self._publish_timer.start()

    # --- what the room reports
    def on_event(self, event: object) -> None:
        self.last_event_at = time.monotonic()
        if isinstance(event, Opened):
            self.opened = event
        elif isinstance(event, Failed):
            self.problem = tr("The room could not open: {why}. Press Shift+R, then R to try another network.").format(
                why=event.message)
        elif isinstance(event, People):
            self.people = event.count
        elif isinstance(event, Ballots):
            self.ballots = event
        elif isinstance(event, NoteArrived):
            self.notes.append(event.note)
        elif isinstance(event, Ratings):
            self.ratings = event
        elif isinstance(event, TimeUp):
            self.time_up = True
        elif isinstance(event, RoundClosed):
            self._reveal(event)
        elif isinstance(event, Closed):
            return
        self.window._refresh()

    def _reveal(self, closed: RoundClosed) -> None:
        """The round's dots land in the map as one undo step, with the round's settings; then the results."""
        self.round = None
        self.time_up = False
        self.ballots = Ballots(0, 0)
        self.tick.stop()
        window = self.window
        window.session.push(ApplyVoteRound(window.session.document, vote_record(closed)))
        window._voted = True
        results = next((i for i, s in enumerate(window.slides) if s.kind == "results"), None)
        if results is not None:
            window.go_to(results)

    # --- keys
    def handle_key(self, event: QKeyEvent) -> bool:
        """True when the key was the room's."""
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if self.queue_visible and self._queue_key(key):
            return True
        if self.check is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.set_score_from_check()
            return True
        if key == Qt.Key.Key_R:
            if shift:
                self.close_room()
            elif self.server is None:
                self.ask_to_open()
            else:
                self.join_visible = not self.join_visible
                self.window._refresh()
            return True
        if self.join_visible and key == Qt.Key.Key_Escape:
            self.join_visible = False
            self.window._refresh()
            return True
        if self.server is None:
            return False
        if key == Qt.Key.Key_D:
            if self.round is None:
                self.ask_for_round()
            else:
                self.server.close_round()
            return True
        if key == Qt.Key.Key_Q:
            self.queue_visible = not self.queue_visible
            self.selected = min(self.selected, max(0, len(self.notes) - 1))
            self.window._refresh()
            return True
        if key == Qt.Key.Key_E:
            if self.check is None:
                self.ask_for_check()
            else:
                self.end_check()
            return True
        return False

    def _queue_key(self, key: int) -> bool:
        if key in (Qt.Key.Key_Q, Qt.Key.Key_Escape):
            self.queue_visible = False
        elif key == Qt.Key.Key_Down:
            self.selected = min(self.selected + 1, max(0, len(self.notes) - 1))
        elif key == Qt.Key.Key_Up:
            self.selected = max(0, self.selected - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.notes:
                self.add_notes([self.notes[self.selected]])
        elif key == Qt.Key.Key_A:
            self.add_notes(list(self.notes))
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if self.notes:
                self.decline(self.notes[self.selected])
        else:
            return False
        self.window._refresh()
        return True

    # --- dot voting
    def ask_for_round(self) -> None:
        stage = stage_of(self.window.session.journey, self.window.slide)
        self.dialog = RoundDialog(self._dialog_parent(), stage)
        dialog = self.dialog
        dialog.accepted.connect(lambda: self.start_round(dialog.dots.value(), dialog.minutes.value() * 60,
                                                         dialog.stage_id()))
        dialog.open()

    def start_round(self, dots: int, seconds: int, stage_id: str | None) -> None:
        if self.server is None:
            return
        journey = self.window.session.journey
        stage = next((st for st in journey.stages if st.id == stage_id), None)
        self.round = round_settings(journey, stage, dots, seconds)
        self.round_started = time.monotonic()
        self.time_up = False
        self.ballots = Ballots(0, 0)
        self.join_visible = False
        self.server.open_round(self.round)
        if seconds:
            self.tick.start()
        self.window._refresh()

    # --- notes
    def add_notes(self, notes: list[Note]) -> None:
        """Notes become cards of their lane and step, tagged "from the room"; one undo step for them all."""
        document = self.window.session.document
        cards = []
        for note in notes:
            if not (document.has(note.lane_id) and document.has(note.step_id)):
                self.decline(note)
                continue
            kind = document.lane(note.lane_id).kind
            status = EvidenceStatus.PROPOSED if kind in (LaneKind.IDEAS, LaneKind.OPPORTUNITIES) \
                else EvidenceStatus.ASSUMED
            cards.append((note.lane_id, Card(step=note.step_id, text=note.text, tags=[FROM_THE_ROOM],
                                             status=status)))
        if cards:
            self.window.session.push(AddRoomNotes(document, cards))
            self.window._voted = True
        for note in notes:
            if note in self.notes:
                self.notes.remove(note)
                if self.server is not None:
                    self.server.settle_note(note.id, True)
        self.selected = min(self.selected, max(0, len(self.notes) - 1))

    def decline(self, note: Note) -> None:
        if note in self.notes:
            self.notes.remove(note)
        if self.server is not None:
            self.server.settle_note(note.id, False)
        self.selected = min(self.selected, max(0, len(self.notes) - 1))

    # --- emotion check
    def ask_for_check(self) -> None:
        journey = self.window.session.journey
        self.dialog = CheckDialog(self._dialog_parent(), journey, stage_of(journey, self.window.slide))
        dialog = self.dialog
        dialog.accepted.connect(lambda: self.start_check(dialog.step.currentData(), dialog.persona.currentData()))
        dialog.open()

    def start_check(self, step_id: str, persona_id: str) -> None:
        if self.server is None:
            return
        self.check = check_settings(self.window.session.journey, step_id, persona_id)
        self.ratings = Ratings({})
        self.join_visible = False
        self.server.open_check(self.check)
        self.window._refresh()

    def end_check(self) -> None:
        self.check = None
        if self.server is not None:
            self.server.close_check()
        self.window._refresh()

    def set_score_from_check(self) -> None:
        """The persona's score at the step becomes the room's median, with how many answered; one undo step."""
        check, value = self.check, rated_value(self.ratings)
        if check is None or value is None:
            return
        session = self.window.session
        document = session.document
        if document.has(check.step_id) and document.has(check.persona_id):
            old = document.score(check.step_id, check.persona_id)
            score = Score(persona=check.persona_id, value=value,
                          label=old.label if old is not None and old.value == value else "",
                          target=old.target if old is not None else None,
                          target_label=old.target_label if old is not None else "",
                          source=ImportSource(name="Workshop emotion check", date=now()),
                          sample_size=self.ratings.n)
            session.push(SetScore(document, check.step_id, check.persona_id, score,
                                  tr("Set score from the room's check")))
            self.window._voted = True
        self.end_check()

    # --- drawing
    def overlay_ops(self, s: Sizes, for_presenter: bool = False) -> list[Op]:
        """What the room lays over the slide. With the presenter view on the laptop, the notes queue is
        drawn there only: notes are moderated before the room sees them. The room reads the map's
        language; the facilitator's keys are in the editor's."""
        with language(self.window.session.journey.language):
            return self._overlay_ops(s, for_presenter)

    def _overlay_ops(self, s: Sizes, for_presenter: bool) -> list[Op]:
        if self.server is None:
            return []
        journey = self.window.session.journey
        if self.join_visible:
            opened = self.opened
            return join_ops(s, opened.link if opened else None, opened.address if opened else _("Opening\u2026"),
                            opened.code if opened else "", self.people, self.problem)
        ops: list[Op] = []
        if self.check is not None:
            ops.extend(check_ops(s, self.check, self.ratings, journey.emotion_scale.min, journey.emotion_scale.max))
        queue = self.queue_visible and (for_presenter or self.window.presenter is None)
        if queue:
            lanes = {lane.id: lane.display_title for lane in journey.lanes}
            steps = {step.id: step.name for step in journey.steps()}
            ops.extend(queue_ops(s, self.notes, self.selected, lanes, steps))
        right = queue_left(s) - s.pad if queue else s.width - s.margin
        if self.window.slide.pages > 1 and not queue:
            right -= counter_width(s)  # beside the "1 of 2", not over it
        ops.extend(tag_ops(s, self.tag_parts(), right))
        return ops

    def tag_parts(self) -> list[str]:
        people = _("{n} in the room").format(n=self.people)
        if self.notes:
            people += " \u00b7 " + ngettext("{n} note (Q)", "{n} notes (Q)", len(self.notes)).format(n=len(self.notes))
        parts = [people]
        if self.round is not None:
            dots = _("{dots} dots from {voters}").format(dots=self.ballots.dots, voters=self.ballots.voters)
            if self.time_up:
                parts += [_("Time's up") + f" \u00b7 {dots}", _("D reveals")]
            elif self.round.seconds:
                left = max(0, round(self.round.seconds - (time.monotonic() - self.round_started)))
                parts += [_("Dots") + f" {left // 60}:{left % 60:02d} \u00b7 {dots}", _("D reveals")]
            else:
                parts += [_("Dots") + f" \u00b7 {dots}", _("D reveals")]
        return parts
