"""Find text on the map, and filter cards by channel, owner, persona, tag or evidence.

Find walks the matches in reading order (stages and steps left to right, then
each lane's cards) and reveals each on the canvas. The filter does not hide
anything: it dims the cards that do not match, so the map keeps its shape.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...i18n import N_, tr
from ...model import Card, ChangeSet, JourneyMap, Step
from ...model.kinds import EvidenceStatus, channel_name
from ..a11y import announce
from ..a11y.phrases import card_name, one_line, stage_of, step_place
from ..session import EditSession

CardFilter = Callable[[Card], bool]

FILTER_KINDS = (("channel", N_("Channel")), ("owner", N_("Owner")), ("persona", N_("Persona")),
                ("tag", N_("Tag")), ("status", N_("Evidence")))
#: the value list's first entry, which means "no filter": it says what to choose, in words
CHOOSE = {"channel": N_("any channel"), "owner": N_("any owner"), "persona": N_("any persona"),
          "tag": N_("any tag"), "status": N_("any evidence")}
COUNT_SETTLE_MS = 400  # the match count is said once typing pauses, not at every key


def find_matches(journey: JourneyMap, text: str) -> list[str]:
    """Ids of stages, steps and cards whose text contains ``text`` (case-insensitive), in reading order."""
    needle = text.casefold().strip()
    if not needle:
        return []
    found = []
    for stage in journey.stages:
        if needle in f"{stage.name}\n{stage.description}\n{stage.notes}".casefold():
            found.append(stage.id)
        for step in stage.steps:
            if needle in f"{step.name}\n{step.description}\n{step.moment_of_truth_note}".casefold():
                found.append(step.id)
    order = {s.id: k for k, s in enumerate(journey.steps())}
    for lane in journey.lanes:
        for card in sorted(lane.cards, key=lambda c: order.get(c.step, 0)):
            fields = (card.text, card.detail, card.owner, channel_name(card.channel), *card.tags)
            if needle in "\n".join(fields).casefold():
                found.append(card.id)
    return found


def match_words(journey: JourneyMap, obj: object) -> str:
    """ "card Refund is slow", "step Pays (Buy)", "stage Research": what a match is, for the screen reader."""
    if isinstance(obj, Card):
        return tr("card {name}").format(name=card_name(obj))
    if isinstance(obj, Step):
        return tr("step {name}").format(name=step_place(obj, stage_of(journey).get(obj.id)))
    return tr("stage {name}").format(name=one_line(getattr(obj, "name", "")))


def filter_values(journey: JourneyMap, kind: str) -> list[tuple[str, str]]:
    """The (value, label) choices for a filter kind, from what the map actually holds."""
    cards = [c for lane in journey.lanes for c in lane.cards]
    if kind == "channel":
        return sorted({(c.channel, channel_name(c.channel)) for c in cards if c.channel}, key=lambda v: v[1])
    if kind == "owner":
        return sorted({(c.owner, c.owner) for c in cards if c.owner}, key=lambda v: v[1].casefold())
    if kind == "tag":
        return sorted({(t, t) for c in cards for t in c.tags}, key=lambda v: v[1].casefold())
    if kind == "persona":
        return [(p.id, p.name) for p in journey.personas]
    return [(s.value, s.value.capitalize()) for s in EvidenceStatus]


#: the card fields the filter's value list is made of
FILTERED_FIELDS = frozenset({"channel", "owner", "tags", "status"})


def card_filter(journey: JourneyMap, kind: str, value: str) -> CardFilter:
    """The predicate that keeps a card bright; persona keeps cards in steps the persona scored."""
    if kind == "channel":
        return lambda c: c.channel == value
    if kind == "owner":
        return lambda c: c.owner == value
    if kind == "tag":
        return lambda c: value in c.tags
    if kind == "status":
        return lambda c: c.status == value
    scored = {s.id for s in journey.steps() if any(sc.persona == value for sc in s.scores)}
    return lambda c: c.step in scored


class FindFilterPanel(QWidget):
    """A find row (text, previous, next, count) and a filter row (by, value, clear)."""

    def __init__(self, session: EditSession, reveal: Callable[[str], None],
                 set_filter: Callable[[CardFilter | None], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.reveal, self.apply_filter = session, reveal, set_filter
        self.setObjectName("find-filter")
        self.setAccessibleName(tr("Find and filter"))
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("find-text")
        self.find_edit.setPlaceholderText(tr("Find in cards, steps and stages"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setAccessibleName(tr("Find text"))
        self.previous_button = QPushButton(tr("Previous"))
        self.next_button = QPushButton(tr("Next"))
        self.previous_button.setAccessibleName(tr("Previous match"))
        self.next_button.setAccessibleName(tr("Next match"))
        self.count = QLabel()
        self.count.setAccessibleDescription(tr("Matches"))
        self.count.setMinimumWidth(90)
        self.filter_kind = QComboBox()
        self.filter_kind.setAccessibleName(tr("Filter cards by"))
        for key, label in FILTER_KINDS:
            self.filter_kind.addItem(tr(label), key)
        self.filter_value = QComboBox()
        self.filter_value.setAccessibleDescription(tr("Filter value"))  # on Linux a combo box's name is its text
        self.filter_value.setMinimumContentsLength(14)
        self.clear_button = QPushButton(tr("Clear filter"))
        self.clear_button.setAccessibleName(tr("Clear filter"))
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        find_label = QLabel(tr("&Find:"))
        find_label.setBuddy(self.find_edit)
        filter_label = QLabel(tr("Fi&lter by:"))
        filter_label.setBuddy(self.filter_kind)
        value_label = QLabel(tr("&is:"))  # ties a label to the value list, which screen readers say with it
        value_label.setBuddy(self.filter_value)
        grid.addWidget(find_label, 0, 0)
        grid.addWidget(self.find_edit, 0, 1, 1, 2)
        grid.addWidget(self.previous_button, 0, 3)
        grid.addWidget(self.next_button, 0, 4)
        grid.addWidget(self.count, 0, 5)
        grid.addWidget(filter_label, 1, 0)
        grid.addWidget(self.filter_kind, 1, 1)
        value_row = QHBoxLayout()
        value_row.setContentsMargins(0, 0, 0, 0)
        value_row.addWidget(value_label)
        value_row.addWidget(self.filter_value, 1)
        grid.addLayout(value_row, 1, 2)
        grid.addWidget(self.clear_button, 1, 3)
        grid.setColumnStretch(2, 1)
        self.count_speech = QTimer(self)
        self.count_speech.setSingleShot(True)
        self.count_speech.setInterval(COUNT_SETTLE_MS)
        self.count_speech.timeout.connect(self._say_count)
        self.setFocusProxy(self.find_edit)
        self.matches: list[str] = []
        self.index = -1
        self.active_filter: tuple[str, str] | None = None
        self.find_edit.textChanged.connect(self._on_text)
        self.find_edit.returnPressed.connect(self.find_next)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.filter_kind.currentIndexChanged.connect(self._fill_values)
        self.filter_value.activated.connect(self._on_value)
        self.clear_button.clicked.connect(self.clear_filter)
        session.changed.connect(self._on_change)
        self._fill_values()
        self._show_count()

    # -- find ------------------------------------------------------------------
    def _on_text(self, text: str) -> None:
        self.matches = find_matches(self.session.journey, text)
        self.index = -1
        self._show_count()
        self.count_speech.start()

    def find_next(self) -> str | None:
        return self._step(1)

    def find_previous(self) -> str | None:
        return self._step(-1)

    def _step(self, direction: int) -> str | None:
        if not self.matches:
            self._on_text(self.find_edit.text())
        if not self.matches:
            self._show_count()
            return None
        self.index = (self.index + direction) % len(self.matches)
        obj_id = self.matches[self.index]
        self.session.select([obj_id], origin=self)
        self.reveal(obj_id)
        self._show_count()
        self.count_speech.stop()
        self._say_count()
        return obj_id

    def _say_count(self) -> None:
        """The match count as a live region, "3 of 12 for “refund”: card Refund is slow", said without moving
        the focus (which stays in the find field)."""
        if not self.count.text() or not self.isVisible():
            return
        text = tr("{count} for “{text}”").format(count=self.count.text(), text=self.find_edit.text().strip())
        if 0 <= self.index < len(self.matches):
            text += f": {match_words(self.session.journey, self.session.document.get(self.matches[self.index]))}"
        announce(self.count, text)

    def _show_count(self) -> None:
        if not self.find_edit.text().strip():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(tr("no matches"))
        elif self.index < 0:
            self.count.setText(tr("{count} found").format(count=len(self.matches)))
        else:
            self.count.setText(tr("{index} of {count}").format(index=self.index + 1, count=len(self.matches)))

    # -- filter ----------------------------------------------------------------
    def _fill_values(self) -> None:
        kind = self.filter_kind.currentData()
        current = self.filter_value.currentData()
        self.filter_value.blockSignals(True)
        self.filter_value.clear()
        self.filter_value.addItem(tr(CHOOSE.get(kind, N_("any"))), None)
        for value, label in filter_values(self.session.journey, kind):
            self.filter_value.addItem(label, value)
        if current is not None and self.filter_value.findData(current) >= 0:
            self.filter_value.setCurrentIndex(self.filter_value.findData(current))
        self.filter_value.blockSignals(False)

    def _on_value(self, _index: int) -> None:
        value = self.filter_value.currentData()
        if value is None:
            self.clear_filter()
        else:
            self.set_filter(self.filter_kind.currentData(), value)

    def set_filter(self, kind: str, value: str) -> None:
        """Dim every card that does not match ``kind`` = ``value``."""
        self.filter_kind.setCurrentIndex(self.filter_kind.findData(kind))
        index = self.filter_value.findData(value)
        if index >= 0:
            self.filter_value.setCurrentIndex(index)
        self.active_filter = (kind, value)
        self.apply_filter(card_filter(self.session.journey, kind, value))

    def clear_filter(self) -> None:
        self.active_filter = None
        self.filter_value.setCurrentIndex(0)
        self.apply_filter(None)

    def _on_change(self, changes: ChangeSet) -> None:
        lists_values = any(change.kind in ("persona", "score") or (change.kind == "card" and (
            change.action != "update" or set(change.fields) & FILTERED_FIELDS)) for change in changes)
        if lists_values:  # typing a card's text changes no value the filter offers
            self._fill_values()
            if self.active_filter and changes.kinds & {"persona", "score"}:
                self.apply_filter(card_filter(self.session.journey, *self.active_filter))
        if self.find_edit.text().strip():
            self.matches = find_matches(self.session.journey, self.find_edit.text())
            self.index = min(self.index, len(self.matches) - 1)
            self._show_count()

    def focus_find(self) -> None:
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()
