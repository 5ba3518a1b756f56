"""The personas panel: who the map is about; add, edit, delete, show or hide each curve."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...commands import AddPersona, Remove, SetFields
from ...i18n import tr
from ...model import Change, ChangeSet, Persona
from ...model.colours import next_persona_colour
from ..a11y.colour_names import colour_words
from ..plain import tip
from ..session import EditSession

if TYPE_CHECKING:
    from .persona_form import PersonaDialog

ID_ROLE = Qt.ItemDataRole.UserRole
_ROW_FIELDS = frozenset({"name", "role", "colour", "show_curve"})  # what a row shows of its persona


def swatch(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class PersonasPanel(QWidget):
    """A checkable list of personas: the check shows or hides the persona's emotion curve."""

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("personas")
        self.setAccessibleName(tr("Personas"))
        self.list = QListWidget()
        self.list.setObjectName("personas-list")
        self.list.setAccessibleName(tr("Personas; the check shows the persona's emotion curve"))
        # a docked panel is narrow: long roles are cut with "…" (whole in the tooltip), never scrolled sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.add_button = QPushButton(tr("Add…"))
        self.edit_button = QPushButton(tr("Edit…"))
        self.delete_button = QPushButton(tr("Delete"))
        self.empathy_button = QPushButton(tr("Empathy map…"))
        for button, name in ((self.add_button, tr("Add persona")), (self.edit_button, tr("Edit persona")),
                             (self.delete_button, tr("Delete persona")),
                             (self.empathy_button, tr("Open the persona's empathy map"))):
            button.setAccessibleName(name)
        row = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.empathy_button)
        self.setFocusProxy(self.list)
        self._syncing = False
        self.open_empathy = None  # set by the window when the empathy board is available
        #: more words a screen reader hears of a persona's row (its comment threads: set by the comments)
        self.more_words: Callable[[str], str] | None = None
        self.add_button.clicked.connect(self.add_persona)
        self.edit_button.clicked.connect(lambda: self.current() and self.edit_persona(self.current()))
        self.delete_button.clicked.connect(lambda: self.current() and self.delete_persona(self.current()))
        self.empathy_button.clicked.connect(lambda: self.current() and self.open_empathy
                                            and self.open_empathy(self.current()))
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.itemSelectionChanged.connect(self._on_list_selection)
        self.list.itemActivated.connect(lambda item: self.edit_persona(item.data(ID_ROLE)))
        session.changed.connect(self._on_change)
        session.selection_changed.connect(lambda _p: self._show_selection())
        self.refresh()

    def current(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None and item.isSelected() else None

    def refresh(self) -> None:
        self._syncing = True
        try:
            self.list.clear()
            for persona in self.session.journey.personas:
                item = QListWidgetItem()
                item.setData(ID_ROLE, persona.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self._fill(item, persona)
                self.list.addItem(item)
        finally:
            self._syncing = False
        self._show_selection()
        self._enable()

    def _fill(self, item: QListWidgetItem, persona: Persona) -> None:
        who = persona.name + (f" — {persona.role}" if persona.role else "")  # the map's words, as written
        item.setIcon(swatch(persona.colour))
        item.setText(who)
        item.setCheckState(Qt.CheckState.Checked if persona.show_curve else Qt.CheckState.Unchecked)
        item.setToolTip(tip(f"{who}\n" + tr("Checked: the emotion curve is shown")))
        # the swatch in words: the curve's colour (and whether it is shown: the check box says it too)
        self._describe(item, persona)

    def _describe(self, item: QListWidgetItem, persona: Persona) -> None:
        words = (tr("curve {colour}, shown") if persona.show_curve else tr("curve {colour}, hidden")).format(
            colour=colour_words(persona.colour))
        more = self.more_words(persona.id) if self.more_words is not None else ""
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, f"{words}. {more}" if more else words)

    def redescribe(self) -> None:
        """Every row's description again (what ``more_words`` says changed, not the personas)."""
        doc = self.session.document
        for k in range(self.list.count()):
            item = self.list.item(k)
            if doc.has(item.data(ID_ROLE)):
                self._describe(item, doc.persona(item.data(ID_ROLE)))

    def _update_row(self, persona_id: str) -> None:
        """One persona's row shows its new name, role, colour or check; the list is not rebuilt."""
        for k in range(self.list.count()):
            item = self.list.item(k)
            if item.data(ID_ROLE) == persona_id:
                self._syncing = True
                try:
                    self._fill(item, self.session.document.persona(persona_id))
                finally:
                    self._syncing = False
                return

    def _enable(self) -> None:
        has = self.current() is not None
        for b in (self.edit_button, self.delete_button):
            b.setEnabled(has)
        self.empathy_button.setEnabled(has and self.open_empathy is not None)

    def _on_change(self, changes: ChangeSet) -> None:
        for change in changes:
            if change.kind == "persona" and change.action != "update":
                self.refresh()
                return
        for change in changes:
            self._follow(change)

    def _follow(self, change: Change) -> None:
        """Added, removed or moved personas rebuild the short list; an edit touches its row only if shown.

        Typing on the persona's empathy board (its header, its notes) changes the
        persona too, but nothing this list shows.
        """
        if change.kind != "persona":
            return
        if change.action != "update":
            self.refresh()
        elif not _ROW_FIELDS.isdisjoint(change.fields):
            for persona_id in change.ids:
                self._update_row(persona_id)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._syncing:
            return
        shown = item.checkState() == Qt.CheckState.Checked
        persona = self.session.document.persona(item.data(ID_ROLE))
        if persona.show_curve != shown:
            text = tr("Show {name}'s curve") if shown else tr("Hide {name}'s curve")
            self.session.push(SetFields(self.session.document, persona.id, {"show_curve": shown},
                                        text=text.format(name=persona.name)))

    def _on_list_selection(self) -> None:
        self._enable()
        if self._syncing:
            return
        selected = [item.data(ID_ROLE) for item in self.list.selectedItems()]
        if selected:
            self.session.select(selected, origin=self)

    def _show_selection(self) -> None:
        self._syncing = True
        try:
            ids = set(self.session.selection)
            for k in range(self.list.count()):
                item = self.list.item(k)
                item.setSelected(item.data(ID_ROLE) in ids)
                if item.isSelected():
                    self.list.setCurrentItem(item)
        finally:
            self._syncing = False
        self._enable()

    # -- the three edits ---------------------------------------------------------
    def run_dialog(self, dialog: PersonaDialog) -> bool:
        return dialog.exec() == dialog.DialogCode.Accepted

    def add_persona(self) -> str | None:
        from .persona_form import PersonaDialog  # loads when a persona is first added or edited

        dialog = PersonaDialog(None, self.window(), colour=next_persona_colour(self.session.journey.personas))
        if not self.run_dialog(dialog):
            return None
        persona = Persona(**dialog.values())
        self.session.push(AddPersona(self.session.document, persona))
        self.session.select([persona.id], origin=self)
        return persona.id

    def edit_persona(self, persona_id: str) -> bool:
        from .persona_form import PersonaDialog

        persona = self.session.document.persona(persona_id)
        dialog = PersonaDialog(persona, self.window())
        if not self.run_dialog(dialog):
            return False
        changed = dialog.changed_values()
        if changed:
            self.session.push(SetFields(self.session.document, persona_id, changed,
                                        text=tr("Edit persona “{name}”").format(name=persona.name)))
        return bool(changed)

    def delete_persona(self, persona_id: str) -> None:
        """Delete a persona and its scores; undo brings both back."""
        persona = self.session.document.persona(persona_id)
        self.session.push(Remove(self.session.document, persona_id, text=tr("Delete persona “{name}”").format(
            name=persona.name)))
