"""The full-screen presentation: one slide at a time, driven by keys, a clicker or the mouse.

The window never edits the map except for dot votes, each of which is one
SetFields on the session's undo stack; Ctrl+Z here only undoes what was done
during this presentation, never the designer's earlier edits. In a map shared
live it is the presenter's personal undo (Yjs's): a colleague's vote is never
taken back, and the same floor holds.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QMouseEvent, QPainter, QPaintEvent, QScreen
from PySide6.QtWidgets import QWidget

from ...commands import SetFields
from ...i18n import language, tr
from ...model import Card, Lane
from ...model.limits import MAX_VOTES
from ..session import EditSession
from .curves import journey_curves
from .deck import PLAN_HEIGHT, build_deck, plan_size, stage_starts
from .notes_window import NotesWindow
from .ops import Op, Slide
from .overlays import focus_ops, help_ops, spotlight_ops, voting_ops
from .palette import DARK, LIGHT, remember_palette, session_palette
from .render import TextLog, play
from .room_control import RoomControl
from .theme import BLANK, Sizes

FORWARD = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Return,
           Qt.Key.Key_Enter}
MODIFIERS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta}
BACK = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}
DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}
NUMBER_PAUSE_MS = 1000  # digits typed closer together than this make one stage number ("1", "2": stage 12)
CURSOR_IDLE_MS = 2000  # a still mouse disappears: no stray arrow on the projected slide
POINTER = Qt.CursorShape.PointingHandCursor


class PresentationWindow(QWidget):
    """Slides of the session's map; ``left`` is emitted once when the presentation ends."""

    left = Signal()
    slide_changed = Signal(int)

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # slides show the map in its own order
        self.session = session
        self.setWindowTitle(tr("Presenting {title}").format(title=session.journey.title))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setCursor(POINTER)
        self.setMouseTracking(True)
        self.cursor_timer = QTimer(self)
        self.cursor_timer.setSingleShot(True)
        self.cursor_timer.setInterval(CURSOR_IDLE_MS)
        self.cursor_timer.timeout.connect(self.hide_cursor)
        self.typed_number = ""  # digits waiting for the next one, or for the pause
        self.number_timer = QTimer(self)
        self.number_timer.setSingleShot(True)
        self.number_timer.setInterval(NUMBER_PAUSE_MS)
        self.number_timer.timeout.connect(self._jump_to_typed)
        self.text_log = TextLog()
        self.palette = session_palette()
        self.index = 0
        self.blanked = False
        self.voting = False
        self.focused_card: str | None = None
        self.spotlight: str | None = None
        self.notes_window: NotesWindow | None = None  # a single screen's private notes (N)
        self.help_visible = False
        self.revealed: int | None = None  # None: every curve; k: the first k personas' curves
        self.presenter = None
        self._deck: list[Slide] | None = None
        self._deck_size: tuple[int, int] = (0, 0)
        self._stale = False  # the map changed since the deck was planned
        self._undo_floor = session.undo_stack.index()
        self._has_left = False
        self._voted = False
        personal = session.personal_undo
        self._live_floor = personal.steps() if personal is not None else None  # the live map's floor
        self.close_deletes = False  # start_presentation sets it: the window is done once left
        session.changed.connect(self._map_changed)
        self.room = RoomControl(self)
        self.slide_changed.connect(lambda _i: self.room.publish())
        from .accessible import make_slides_accessible  # the slides in words for a screen reader

        self.speech = make_slides_accessible(self)

    # --- the deck
    @property
    def slides(self) -> list[Slide]:
        if self._stale:
            self._replan()
        size = plan_size(self.width(), self.height())
        if self._deck is None or size != self._deck_size:
            key = self._deck[self.index].key if self._deck else None
            self._deck = build_deck(self.session.journey, *size)
            self._deck_size = size
            self._restore(key)
        return self._deck

    def deck_for(self, width: int, height: int) -> list[Slide]:
        """The same slides planned for another surface (thumbnails draw them scaled)."""
        return build_deck(self.session.journey, width, height)

    def _restore(self, key: tuple | None) -> None:
        assert self._deck is not None
        if key is None:
            self.index = min(self.index, len(self._deck) - 1)
            return
        same = [i for i, s in enumerate(self._deck) if s.key == key]
        if same:
            self.index = same[0]
            return
        kind, stage_id, page = key
        near = [i for i, s in enumerate(self._deck) if s.kind == kind and s.stage_id == stage_id]
        self.index = near[min(page, len(near)) - 1] if near else min(self.index, len(self._deck) - 1)

    @property
    def slide(self) -> Slide:
        return self.slides[self.index]

    @property
    def sizes(self) -> Sizes:
        return Sizes.for_surface(*plan_size(self.width(), self.height()))

    @property
    def scale(self) -> float:
        """Screen pixels per planned pixel: the deck is planned 1080 high and scaled to the screen."""
        return max(1, self.height()) / PLAN_HEIGHT

    def _map_changed(self, _change: object) -> None:
        """Plan the deck again when it is next needed: a round of votes is many changes and one new deck."""
        self._stale = True
        if hasattr(self, "room"):
            self.room.publish_soon()
        self._refresh()

    def _replan(self) -> None:
        self._stale = False
        if self._deck is not None:
            key = self._deck[self.index].key
            self._deck = build_deck(self.session.journey, *self._deck_size)
            self._restore(key)
            # a vote can add a line to a card and push it onto the next slide: follow it there
            for card_id in (self.focused_card, self.spotlight):
                if card_id and card_id not in self.slide.cards:
                    home = next((i for i, s in enumerate(self._deck)
                                 if card_id in s.cards and s.stage_id == self.slide.stage_id), None)
                    if home is not None:
                        self.index = home
                    break

    def _refresh(self) -> None:
        self.update()
        if self.presenter is not None:
            self.presenter.update()

    # --- navigation
    def go_to(self, index: int) -> None:
        index = max(0, min(index, len(self.slides) - 1))
        if index != self.index:
            self.index = index
            self.spotlight = None
            if self.focused_card not in self.slide.cards:
                self.focused_card = None
            self.slide_changed.emit(index)
            if self.notes_window is not None and self.notes_window.isVisible():
                self.notes_window.show_notes(*self.notes_for(self.slide))
        self._refresh()

    def next_slide(self) -> None:
        self.go_to(self.index + 1)

    def previous_slide(self) -> None:
        self.go_to(self.index - 1)

    def go_to_stage(self, number: int) -> None:
        start = stage_starts(self.slides).get(number)
        if start is not None:
            self.go_to(start)

    def type_digit(self, digit: int) -> None:
        """Stage numbers of any length: jump as soon as no longer number could start with the digits.

        With 12 stages, "1" waits (it may become 10, 11 or 12) and jumps to
        stage 1 after the pause; "1", "2" jumps to 12 at once; "3" jumps at once.
        """
        typed = self.typed_number + str(digit)
        if int(typed) * 10 > len(self.session.journey.stages):
            self._cancel_number()
            self.go_to_stage(int(typed))
            return
        self.typed_number = typed
        self.number_timer.start()
        self._refresh()

    def _jump_to_typed(self) -> None:
        typed = self.typed_number
        self._cancel_number()
        if typed:
            self.go_to_stage(int(typed))

    def _cancel_number(self) -> None:
        self.number_timer.stop()
        if self.typed_number:
            self.typed_number = ""
            self._refresh()

    def reveal_next_persona(self) -> None:
        """All curves -> none -> the first persona's -> the first two ... -> all again."""
        n = len(self._curve_personas())
        if self.revealed is None:
            self.revealed = 0
        elif self.revealed + 1 >= n:
            self.revealed = None
        else:
            self.revealed += 1
        self._refresh()

    def _curve_personas(self) -> list[str]:
        return list(dict.fromkeys(c.persona_id for c in journey_curves(self.session.journey)))

    def hidden_personas(self) -> frozenset[str]:
        if self.revealed is None:
            return frozenset()
        return frozenset(self._curve_personas()[self.revealed:])

    def toggle_notes(self) -> None:
        """N: the notes in their own small window on a single screen; never on the projected slide.

        With the presenter view on a second screen the notes are already there.
        """
        if self.presenter is not None:
            return
        if self.notes_window is not None and self.notes_window.isVisible():
            self.notes_window.close()
            return
        if self.notes_window is None:
            self.notes_window = NotesWindow(self)
        self.notes_window.show_notes(*self.notes_for(self.slide))
        self.notes_window.show()

    def toggle_theme(self) -> None:
        """Light or dark projector theme (T); the choice holds for the rest of this run of the app."""
        self.palette = LIGHT if self.palette.dark else DARK
        remember_palette(self.palette)
        self._refresh()

    # --- voting
    def _card(self, card_id: str) -> tuple[Card, Lane] | None:
        for lane in self.session.journey.lanes:
            for card in lane.cards:
                if card.id == card_id:
                    return card, lane
        return None

    def vote(self, card_id: str, delta: int) -> None:
        """One undoable step: the card's votes up or down by one (never below zero)."""
        found = self._card(card_id)
        if found is None:
            return
        votes = max(0, min(MAX_VOTES, found[0].votes + delta))
        if votes != found[0].votes:
            self._voted = True
            personal = self.session.personal_undo
            if personal is not None and self._live_floor is None:  # the map went live after the show began
                self._live_floor = personal.steps()
            self.session.push(SetFields(self.session.document, card_id, {"votes": votes},
                                        tr("Add vote") if delta > 0 else tr("Remove vote")))

    def toggle_voting(self) -> None:
        self.voting = not self.voting
        if self.voting and self.focused_card not in self.slide.cards:
            self.focused_card = next(iter(self.slide.cards), None)
        self._refresh()

    def cycle_focus(self, step: int = 1) -> None:
        ids = list(self.slide.cards)
        if not ids:
            self.focused_card = None
        elif self.focused_card not in ids:
            self.focused_card = ids[0 if step > 0 else -1]
        else:
            self.focused_card = ids[(ids.index(self.focused_card) + step) % len(ids)]
        self._refresh()

    def undo(self) -> None:
        """Undo a vote cast here; never an edit made in the editor before presenting.

        In a live map it is this user's own vote, undone the personal way: a colleague's
        vote on the same card since then stays.
        """
        personal = self.session.personal_undo
        if personal is not None:
            floor = self._live_floor if self._live_floor is not None else personal.steps()
            if personal.steps() > floor and personal.undo() and personal.steps() < floor:
                personal.redo()  # Yjs skipped votes a colleague had overwritten into the editor's edits: back
            return
        stack = self.session.undo_stack
        if stack.index() > self._undo_floor:
            self.session.undo()

    def redo(self) -> None:
        """Redo only votes undone here; a redo left over from the editor stays the editor's."""
        personal = self.session.personal_undo
        if personal is not None:
            if self._voted:
                personal.redo()
            return
        stack = self.session.undo_stack
        if self._voted and stack.index() < stack.count():
            self.session.redo()

    def total_votes(self) -> int:
        return sum(c.votes for lane in self.session.journey.lanes for c in lane.cards)

    # --- leaving
    def leave(self) -> None:
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self._has_left:
            self._has_left = True
            try:
                self.session.changed.disconnect(self._map_changed)
            except (RuntimeError, TypeError):
                pass
            if self.presenter is not None:
                self.presenter.close()
            if self.notes_window is not None:
                self.notes_window.close()
            self.room.close_room(leaving=True)
            self.left.emit()
            if self.parentWidget() is not None:
                self.parentWidget().activateWindow()  # back to the editor, as it was
            if self.close_deletes:
                self.deleteLater()
        super().closeEvent(event)

    # --- input
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            if self.blanked:
                self.blanked = False
                self._refresh()
            else:
                self.cycle_focus(-1 if event.key() == Qt.Key.Key_Backtab else 1)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        self.handle_key(event)

    def handle_key(self, event: QKeyEvent) -> None:
        """Keys from this window or the presenter view."""
        key = event.key()
        if key in MODIFIERS:
            return  # Shift alone (digits need it on AZERTY) neither cancels a stage number nor acts
        if key not in DIGITS:
            self._cancel_number()  # any other key drops a half-typed stage number
        if self.blanked:
            self.blanked = False
            self._refresh()
            return
        if self.room.handle_key(event):
            return
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            self.redo()
            return
        if key == Qt.Key.Key_Escape:
            if self.help_visible or self.spotlight is not None:
                self.help_visible = False
                self.spotlight = None
                self._refresh()
            else:
                self.leave()
            return
        if self.help_visible:
            self.help_visible = False
            self._refresh()
            if key not in FORWARD | BACK:
                return
        if key in FORWARD:
            self.next_slide()
        elif key in BACK:
            self.previous_slide()
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(next((i for i, s in enumerate(self.slides) if s.kind == "results"), len(self.slides) - 1))
        elif key in DIGITS:
            self.type_digit(DIGITS[key])
        elif key == Qt.Key.Key_B:
            self.blanked = True
            self._refresh()
        elif key == Qt.Key.Key_P:
            self.reveal_next_persona()
        elif key == Qt.Key.Key_N:
            self.toggle_notes()
        elif key == Qt.Key.Key_V:
            self.toggle_voting()
        elif key == Qt.Key.Key_T:
            self.toggle_theme()
        elif key == Qt.Key.Key_W:
            from .workshop_dialog import open_workshop_view

            self.workshop_dialog = open_workshop_view(self.session, self)
        elif key in (Qt.Key.Key_H, Qt.Key.Key_Question, Qt.Key.Key_F1):
            self.help_visible = True
            self._refresh()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) and self.voting and self.focused_card:
            self.vote(self.focused_card, +1)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore) and self.voting and self.focused_card:
            self.vote(self.focused_card, -1)
        else:
            super().keyPressEvent(event)

    def card_at(self, pos: QPointF) -> str | None:
        x, y = pos.x() / self.scale, pos.y() / self.scale
        for card_id, rect in self.slide.cards.items():
            if rect.contains(x, y):
                return card_id
        return None

    # --- the mouse cursor
    def hide_cursor(self) -> None:
        self.setCursor(Qt.CursorShape.BlankCursor)

    def wake_cursor(self) -> None:
        """The pointer is back for as long as the mouse moves, and hides ~2 s after it stops."""
        if self.cursor().shape() != POINTER:
            self.setCursor(POINTER)
        self.cursor_timer.start()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.cursor_timer.start()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.wake_cursor()
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.wake_cursor()
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.click(event.position(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))

    def click(self, pos: QPointF, shift: bool = False) -> None:
        if self.blanked or self.help_visible:
            self.blanked = self.help_visible = False
            self._refresh()
            return
        if self.spotlight is not None:
            self.spotlight = None
            self._refresh()
            return
        card_id = self.card_at(pos)
        if card_id is None:
            return
        if self.voting:
            self.focused_card = card_id
            self.vote(card_id, -1 if shift else +1)
            self._refresh()
        else:
            self.spotlight = card_id
            self._refresh()

    # --- drawing
    def overlay_ops(self) -> list[Op]:
        """What lies over the slide (focus, voting tag, spotlight, the room, the keys card), in the map's language."""
        with language(self.session.journey.language):
            return self._overlay_ops()

    def _overlay_ops(self) -> list[Op]:
        s = self.sizes
        slide = self.slide
        ops: list[Op] = []
        if self.voting and self.focused_card in slide.cards:
            ops.extend(focus_ops(slide.cards[self.focused_card], s))
        if self.voting:
            ops.extend(voting_ops(s))
        if self.spotlight is not None:
            found = self._card(self.spotlight)
            if found is not None:
                ops.extend(spotlight_ops(self.session.journey, found[0], found[1], s)[0])
        ops.extend(self.room.overlay_ops(s))
        if self.help_visible:
            ops.extend(help_ops(s))
        return ops

    def notes_for(self, slide: Slide) -> tuple[str, str]:
        stage = next((st for st in self.session.journey.stages if st.id == slide.stage_id), None)
        if stage is None:
            return slide.title, ""
        return stage.name, stage.notes

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        self.text_log.clear()
        if self.blanked:
            painter.fillRect(self.rect(), QColor(BLANK))
            painter.end()
            return
        painter.fillRect(self.rect(), QColor(self.palette.paper))
        painter.scale(self.scale, self.scale)
        hidden = self.hidden_personas()
        backdrop = play(painter, self.slide.ops, self.text_log, hidden, self.palette)
        play(painter, self.overlay_ops(), self.text_log, palette=self.palette, backdrop=backdrop)
        painter.end()

    # --- showing
    def present_on(self, screen: QScreen) -> None:
        """Full screen on ``screen``, with the keyboard focus."""
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus()
