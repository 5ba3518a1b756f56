"""The empathy-map board: one persona's map as sticky notes, every edit one undo step.

The board listens to the session's change sets (the one change intake, like the
canvas and the panels) and updates only the notes a change names;
it rebuilds its sections only when the layout itself switches.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...commands.empathy import (
    AcceptSuggestions,
    AddNote,
    EditNoteText,
    MoveNote,
    RemoveNote,
    SetEmpathyStyle,
)
from ...commands.fields import SetFields
from ...empathy import find_note, hidden_sections, section, sections_for
from ...i18n import N_, tr
from ...model import Change, ChangeSet, EmpathyStyle, Note, Persona
from ..plain import tip
from ..session import EditSession
from .avatar import PersonaAvatar
from .note import NoteWidget
from .section import SectionWidget
from .suggestions_panel import SuggestionsPanel

STYLE_NAMES = {EmpathyStyle.QUADRANTS: N_("Four quadrants"), EmpathyStyle.CANVAS: N_("Empathy Map Canvas")}
HEADER_FIELDS = (("designed_by", N_("Designed by")), ("date", N_("Date")), ("version", N_("Version")))
HEADER_HINTS = {"designed_by": N_("Names of the team"), "date": "YYYY-MM-DD", "version": "1.0"}
HEADER_ROOM = {"designed_by": "Priya Natarajan", "date": "0000-00-00", "version": "v00.00"}


def _text_room(edit: QLineEdit, text: str) -> int:
    """Width a line edit needs to show ``text`` whole: the text plus its frame and margins."""
    margins = edit.textMargins()
    return edit.fontMetrics().horizontalAdvance(text) + margins.left() + margins.right() + 16


class EmpathyBoard(QWidget):
    def __init__(self, session: EditSession, persona_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.document = session.document
        self.undo_stack = session.undo_stack
        self.persona_id = persona_id
        self.sections: dict[str, SectionWidget] = {}
        self._notes: dict[str, NoteWidget] = {}
        self._sessions: dict[str, object] = {}
        self.setAccessibleName(tr("Empathy map board"))
        root = QHBoxLayout(self)
        main = QVBoxLayout()
        root.addLayout(main, 1)
        main.addLayout(self._top_bar())
        self.grid_holder = QWidget()
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setSpacing(8)
        self.grid.setContentsMargins(0, 0, 0, 0)
        main.addWidget(self.grid_holder, 1)
        self.hidden_hint = QLabel()
        self.hidden_hint.setWordWrap(True)
        main.addWidget(self.hidden_hint)
        self.suggestions = SuggestionsPanel()
        self.suggestions.setMinimumWidth(280)
        self.suggestions.setMaximumWidth(380)
        self.suggestions.hide()
        self.suggestions.accepted.connect(self._accept)
        self.suggestions.previewed.connect(self._preview)
        self.suggestions.switch_layout.connect(self._switch_to)
        root.addWidget(self.suggestions)
        self._export_handler: Callable[[str], QWidget | None] | None = None
        self._rebuild()
        session.changed.connect(self._on_change)

    # -- reading ---------------------------------------------------------------
    @property
    def persona(self) -> Persona | None:
        return self.document.get(self.persona_id) if self.document.has(self.persona_id) else None

    def note_widget(self, note_id: str) -> NoteWidget:
        return self._notes[note_id]

    def set_export_handler(self, handler: Callable[[str], QWidget | None] | None) -> None:
        """The window that knows the open file and the settings opens the Export dialog for us."""
        self._export_handler = handler
        self.export_button.setEnabled(handler is not None)

    def open_export(self) -> QWidget | None:
        """Open the Export dialog preset to this persona's empathy maps; returns it (None if unavailable)."""
        if self._export_handler is None or self.persona is None:
            return None
        return self._export_handler(self.persona_id)

    def detach(self) -> None:
        """Stop listening to the session (the window is closing)."""
        try:
            self.session.changed.disconnect(self._on_change)
        except (RuntimeError, TypeError):  # already gone with the session, or never connected
            pass

    # -- building -----------------------------------------------------------------
    def _top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        bar.addWidget(self.title)
        bar.addSpacing(16)
        self.header_edits: dict[str, QLineEdit] = {}
        self.header_labels: dict[str, QLabel] = {}
        for key, english in HEADER_FIELDS:
            label = tr(english)
            edit = QLineEdit()
            edit.setAccessibleName(label)
            edit.setPlaceholderText(tr(HEADER_HINTS[key]))
            edit.textEdited.connect(lambda text, k=key: self._set_header(k, text))
            caption = QLabel(tr("{label}:").format(label=label))
            caption.setBuddy(edit)
            caption.setAccessibleDescription(tr("{label} label").format(label=label))
            if key == "designed_by":
                edit.setMinimumWidth(_text_room(edit, HEADER_ROOM[key]))
            else:
                edit.setFixedWidth(_text_room(edit, HEADER_ROOM[key]))
            self.header_edits[key] = edit
            self.header_labels[key] = caption
            if key != "designed_by":
                bar.addSpacing(8)
            bar.addWidget(caption)
            bar.addWidget(edit, 1 if key == "designed_by" else 0)
        bar.addSpacing(16)
        bar.addWidget(QLabel(tr("Layout:")))
        self.style_box = QComboBox()
        self.style_box.setAccessibleName(tr("Empathy map layout"))
        for style, name in STYLE_NAMES.items():
            self.style_box.addItem(tr(name), style)
        self.style_box.activated.connect(self._style_chosen)
        bar.addWidget(self.style_box)
        self.fill_button = QPushButton(tr("Fill from journey\u2026"))
        self.fill_button.setCheckable(True)
        self.fill_button.setAccessibleName(tr("Show suggestions from the journey"))
        self.fill_button.toggled.connect(self._toggle_suggestions)
        bar.addWidget(self.fill_button)
        self.export_button = QPushButton(tr("Export\u2026"))
        self.export_button.setAccessibleName(tr("Export this empathy map"))
        self.export_button.setToolTip(tr("Print this persona's empathy map, filled or as a blank workshop sheet"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.open_export)
        bar.addWidget(self.export_button)
        return bar

    def _rebuild(self) -> None:
        """Lay the sections out for the persona's layout (only on open and on a layout switch)."""
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.sections.clear()
        self._notes.clear()
        persona = self.persona
        if persona is None:
            self.title.setText(tr("This persona was deleted (undo brings it back)"))
            self.grid_holder.setEnabled(False)
            return
        self.grid_holder.setEnabled(True)
        style = persona.empathy_map.style
        self.style_box.setCurrentIndex(self.style_box.findData(style))
        for sec in sections_for(style):
            widget = SectionWidget(sec)
            widget.add_requested.connect(lambda key=sec.key: self.add_draft(key))
            widget.note_dropped.connect(lambda note_id, index, key=sec.key: self._move(note_id, key, index))
            self.sections[sec.key] = widget
            for note in getattr(persona.empathy_map, sec.key):
                widget.insert(self._make_note(note, sec.key), len(widget.notes()))
        if style is EmpathyStyle.CANVAS:
            self._canvas_grid()
        else:
            self._quadrant_grid()
        self._refresh_persona()
        self._refresh_hidden_hint()
        self._refresh_suggestions()

    def _quadrant_grid(self) -> None:
        s = self.sections
        g = self.grid
        g.addWidget(s["says"], 0, 0)
        g.addWidget(self._persona_card(112), 0, 1, 2, 1)
        g.addWidget(s["thinks"], 0, 2)
        g.addWidget(s["does"], 1, 0)
        g.addWidget(s["feels"], 1, 2)
        for c, stretch in enumerate((3, 1, 3, 0)):
            g.setColumnStretch(c, stretch)
        for r in range(4):
            g.setRowStretch(r, 1 if r < 2 else 0)

    def _canvas_grid(self) -> None:
        s = self.sections
        g = self.grid
        g.addWidget(self._persona_card(64, "1"), 0, 0)
        g.addWidget(s["goal"], 0, 1, 1, 3)
        g.addWidget(s["hears"], 1, 0)
        g.addWidget(s["does"], 2, 0)
        g.addWidget(s["thinks"], 1, 1, 2, 1)
        g.addWidget(s["feels"], 1, 2, 2, 1)
        g.addWidget(s["sees"], 1, 3)
        g.addWidget(s["says"], 2, 3)
        g.addWidget(s["pains"], 3, 0, 1, 2)
        g.addWidget(s["gains"], 3, 2, 1, 2)
        for c in range(4):
            g.setColumnStretch(c, 1)
        for r, stretch in enumerate((2, 3, 3, 2)):
            g.setRowStretch(r, stretch)

    def _persona_card(self, diameter: int, number: str = "") -> QFrame:
        """Who the map is about: face, name and role, centred as one group in the card."""
        card = QFrame()
        card.setObjectName("personaCard")
        card.setStyleSheet("#personaCard { border: 2px solid #2b3a4a; border-radius: 12px; }")
        card.setAccessibleName(tr("Who: the persona"))
        layout = QVBoxLayout(card)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(6)
        if number:
            heading = QLabel(f"{number} {tr('Who')}")
            font = heading.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.3)
            heading.setFont(font)
            heading.setToolTip(tr("Who are we empathising with?"))
            layout.addWidget(heading)
        layout.addStretch(1)
        self.big_avatar = PersonaAvatar(diameter)
        layout.addWidget(self.big_avatar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(2)
        self.card_name = QLabel()
        self.card_name.setWordWrap(True)
        self.card_name.setTextFormat(Qt.TextFormat.PlainText)
        self.card_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.card_name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.card_name.setFont(font)
        self.card_role = QLabel()
        self.card_role.setWordWrap(True)
        self.card_role.setTextFormat(Qt.TextFormat.PlainText)
        self.card_role.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.card_name)
        layout.addWidget(self.card_role)
        layout.addStretch(1)
        self.persona_card = card
        return card

    def _make_note(self, note: Note, section: str) -> NoteWidget:
        heading = tr(self.sections[section].section.heading) if section in self.sections else section
        widget = NoteWidget(note.id, note.text, section, heading)
        widget.text_typed.connect(lambda text, w=widget: self._typed(w, text))
        widget.edit_finished.connect(lambda keep, w=widget: self._edit_finished(w, keep))
        widget.delete_requested.connect(lambda w=widget: self._remove(w))
        widget.step_requested.connect(lambda delta, w=widget: self._step(w, delta))
        widget.context_menu = self._note_menu
        self._notes[note.id] = widget
        return widget

    # -- refreshing ----------------------------------------------------------------
    def _refresh_persona(self) -> None:
        persona = self.persona
        if persona is None:
            return
        em = persona.empathy_map
        self.title.setText(persona.name)
        self.setWindowTitle(tr("Empathy map \u2014 {name}").format(name=persona.name))
        for key, edit in self.header_edits.items():
            if edit.text() != getattr(em, key):
                edit.setText(getattr(em, key))
                edit.setCursorPosition(0)  # show where the names begin, not where they end
            edit.setToolTip(tip(edit.text()))
        avatar = getattr(self, "big_avatar", None)
        if avatar is not None and shiboken6.isValid(avatar):
            avatar.show_persona(persona)
        card_name = getattr(self, "card_name", None)
        if card_name is not None and shiboken6.isValid(card_name):
            self.card_name.setText(persona.name)
            self.card_role.setText(persona.role)
            self.card_role.setVisible(bool(persona.role))

    def _refresh_hidden_hint(self) -> None:
        persona = self.persona
        if persona is None:
            return
        style = persona.empathy_map.style
        kept = [(key, len(getattr(persona.empathy_map, key))) for key in hidden_sections(style)]
        kept = [(k, n) for k, n in kept if n]
        if not kept:
            self.hidden_hint.hide()
            return
        other_style = EmpathyStyle.QUADRANTS if style is EmpathyStyle.CANVAS else EmpathyStyle.CANVAS
        listed = tr(", ").join(tr("{n} in {section}").format(n=n, section=tr(section(other_style, k).heading))
                               for k, n in kept)
        self.hidden_hint.setText(tr("Also kept, shown in the {layout} layout and in exports: {notes}.").format(
            layout=tr(STYLE_NAMES[other_style]), notes=listed))
        self.hidden_hint.show()

    def _refresh_suggestions(self) -> None:
        persona = self.persona
        if persona is not None and not self.suggestions.isHidden():
            self.suggestions.refresh(self.document.journey, self.persona_id, persona.empathy_map.style)

    def _on_change(self, changes: ChangeSet) -> None:
        if not shiboken6.isValid(self):
            return
        for change in changes:
            if change.kind == "note" and change.owner == self.persona_id:
                self._note_changed(change)
            elif change.kind == "persona" and self.persona_id in change.ids:
                if change.action in ("add", "remove") or any("style" in f for f in change.fields):
                    self._rebuild()
                    return
                self._refresh_persona()
        if changes.kinds & {"note", "card", "score", "persona", "lane", "step", "stage"}:
            self._refresh_suggestions()

    def _note_changed(self, change: Change) -> None:
        note_id = change.ids[0]
        persona = self.persona
        widget = self._notes.get(note_id)
        if change.action == "remove" or persona is None:
            if widget is not None:
                self._drop_widget(note_id)
        else:
            where = find_note(persona.empathy_map, note_id)
            if where is None:
                return
            section, index = where
            note = getattr(persona.empathy_map, section)[index]
            if change.action == "update" and widget is not None:
                if widget.editing and change.origin is not widget:
                    self._sessions.pop(note_id, None)
                    widget.editor.hide()
                    widget.label.show()
                widget.set_text(note.text)
            elif change.action in ("add", "move"):
                had_focus = widget is not None and widget.hasFocus()
                if widget is not None and widget.section != section:
                    self._drop_widget(note_id)
                    widget = None
                target = self.sections.get(section)
                if target is not None:
                    if widget is None:
                        widget = self._make_note(note, section)
                    else:
                        target.take(widget)
                    target.insert(widget, index)
                    if had_focus:
                        widget.setFocus()
        self._refresh_hidden_hint()

    def _drop_widget(self, note_id: str) -> None:
        widget = self._notes.pop(note_id)
        self._sessions.pop(note_id, None)
        section = self.sections.get(widget.section)
        if section is not None:
            section.take(widget)
        widget.hide()
        widget.setParent(None)
        widget.deleteLater()

    # -- edits (each one undo command) -------------------------------------------------
    def add_draft(self, section: str) -> NoteWidget:
        """A new note being written in place; it enters the map (one step) when committed."""
        heading = tr(self.sections[section].section.heading)
        draft = NoteWidget(None, "", section, heading)
        draft.edit_finished.connect(lambda keep, d=draft: self._draft_finished(d, keep))
        self.sections[section].insert(draft, len(self.sections[section].notes()))
        draft.start_edit()
        self.sections[section].scroll.ensureWidgetVisible(draft)
        return draft

    def _draft_finished(self, draft: NoteWidget, keep: bool) -> None:
        text = draft.editor_text().strip()
        section = draft.section
        if section in self.sections:
            self.sections[section].take(draft)
        draft.hide()
        draft.deleteLater()
        if keep and text:
            note = Note(text=text)
            self.session.push(AddNote(self.document, self.persona_id, section, note))
            if note.id in self._notes:
                self._notes[note.id].setFocus()

    def _typed(self, widget: NoteWidget, text: str) -> None:
        session = self._sessions.setdefault(widget.note_id, object())
        self.session.push(EditNoteText(self.document, widget.note_id, text, session=session,
                                          origin=widget))

    def _edit_finished(self, widget: NoteWidget, keep: bool) -> None:
        session = self._sessions.pop(widget.note_id, None)
        if not keep and session is not None and widget.note_id in self._notes:
            self.session.push(EditNoteText(self.document, widget.note_id, widget.original,
                                              session=session, origin=widget))

    def _remove(self, widget: NoteWidget) -> None:
        section = self.sections.get(widget.section)
        notes = section.notes() if section else []
        index = notes.index(widget) if widget in notes else -1
        self.session.push(RemoveNote(self.document, widget.note_id))
        notes = section.notes() if section else []
        if notes:
            notes[min(max(index, 0), len(notes) - 1)].setFocus()

    def _step(self, widget: NoteWidget, delta: int) -> None:
        persona = self.persona
        where = find_note(persona.empathy_map, widget.note_id) if persona else None
        if where is None:
            return
        section, index = where
        size = len(getattr(persona.empathy_map, section))
        target = index + delta
        if 0 <= target < size:
            self._move(widget.note_id, section, target)

    def _move(self, note_id: str, section: str, index: int) -> None:
        if self.document.has(note_id) and self.document.parent_id(note_id) == self.persona_id:
            self.session.push(MoveNote(self.document, note_id, section, index))

    def move_note(self, note_id: str, section: str, index: int | None = None) -> None:
        """Move a note to a section (default: its end), as a drop or the context menu does."""
        persona = self.persona
        if persona is None:
            return
        if index is None:
            where = find_note(persona.empathy_map, note_id)
            size = len(getattr(persona.empathy_map, section))
            index = size - 1 if where and where[0] == section else size
        self._move(note_id, section, index)

    def _note_menu(self, widget: NoteWidget, global_pos) -> None:
        menu = QMenu(self)
        menu.addAction(tr("Edit"), widget.start_edit)
        move = menu.addMenu(tr("Move to"))
        for key, sec in self.sections.items():
            if key != widget.section:
                move.addAction(tr(sec.section.heading), lambda k=key, w=widget: self.move_note(w.note_id, k))
        menu.addSeparator()
        menu.addAction(tr("Delete"), lambda: self._remove(widget))
        menu.exec(global_pos)

    def _style_chosen(self, row: int) -> None:
        style = self.style_box.itemData(row)
        persona = self.persona
        if persona is not None and style != persona.empathy_map.style:
            self.session.push(SetEmpathyStyle(self.document, self.persona_id, style))

    def _set_header(self, key: str, text: str) -> None:
        self.session.push(SetFields(self.document, self.persona_id, {f"empathy_map.{key}": text},
                                       text=tr("Edit empathy-map {field}").format(field=tr(dict(HEADER_FIELDS)[key])),
                                       merge=True,
                                       origin=self))

    def _toggle_suggestions(self, on: bool) -> None:
        self.suggestions.setVisible(on)
        self._refresh_suggestions()
        if not on:
            self._preview(None)

    def _preview(self, suggestion) -> None:
        """Light up the section a suggestion lands in, with a dashed note where it goes (None: clear)."""
        for key, widget in self.sections.items():
            widget.show_preview(suggestion.text if suggestion is not None and suggestion.section == key else None)

    def _switch_to(self, style) -> None:
        persona = self.persona
        if persona is not None and style != persona.empathy_map.style:
            self.session.push(SetEmpathyStyle(self.document, self.persona_id, style))

    def _accept(self, chosen: list) -> None:
        self.session.push(AcceptSuggestions(self.document, self.persona_id, chosen))


