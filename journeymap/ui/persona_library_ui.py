"""The persona library in the editor: save a persona to it, add one from it, and update either way.

"Save to Library" copies the selected persona into the user's library and links
the map's persona to it. "Add from Library…" lists the library with a search, each
persona's photo (or initials) and role. "Update from Library…" and "Update Library
from This Map…" first list what will change, field by field, and change nothing
unless the user agrees. Changing the map is one undo step; the library is the
user's own folder and is not part of a map's undo history (the dialog says so).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..commands import AddPersona, Remove, SetFields
from ..i18n import tr
from ..model import Note, Persona
from ..model.colours import next_persona_colour
from .faces import initials, photo_pixmap
from .plain import plain_label, tip
from .prompts import show_error

if TYPE_CHECKING:
    from ..io.persona_library import Difference, LibraryPersona
    from .main_window import MainWindow

ID_ROLE = Qt.ItemDataRole.UserRole
ICON = 40


def face_icon(persona: Persona, size: int = ICON) -> QIcon:
    """The persona's photo, or their initials on their colour: how the library list shows who is who."""
    pixmap = photo_pixmap(persona.photo)
    if not pixmap.isNull():
        return QIcon(pixmap.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                                   Qt.TransformationMode.SmoothTransformation).copy(0, 0, size, size))
    canvas = QPixmap(size, size)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(persona.colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, size, size)
    font = QFont()
    font.setPixelSize(size // 3)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(canvas.rect(), Qt.AlignmentFlag.AlignCenter, initials(persona.name))
    painter.end()
    return QIcon(canvas)


class LibraryDialog(QDialog):
    """Choose a persona from the library: a search, and each persona with face, name and role."""

    def __init__(self, entries: list[LibraryPersona], problems: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add a persona from the library"))
        self.entries = entries
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search by name, role or bio"))
        self.search.setAccessibleName(tr("Search the persona library"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Personas in the library"))
        self.list.setIconSize(QSize(ICON, ICON))
        self.list.setSpacing(2)
        for entry in entries:
            p = entry.persona
            item = QListWidgetItem(face_icon(p), p.name + (f"\n{p.role}" if p.role else ""))
            item.setData(ID_ROLE, entry.id)
            item.setToolTip(tip("\n".join(x for x in (p.name, p.role, p.bio) if x)))
            self.list.addItem(item)
        self.empty = plain_label(tr("The library is empty: select a persona of a map and use Save to Library.")
                                 if not entries else "")
        self.empty.setWordWrap(True)
        self.problems = plain_label("\n".join(tr("Left out: {problem}").format(problem=p) for p in problems))
        self.problems.setWordWrap(True)
        self.problems.setVisible(bool(problems))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Add to Map"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self._filter)
        self.list.itemSelectionChanged.connect(self._enable)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.resize(440, 480)
        if entries:
            self.list.setCurrentRow(0)
        self._enable()

    def _filter(self, text: str) -> None:
        first = None
        for k, entry in enumerate(self.entries):
            item = self.list.item(k)
            hidden = not entry.matches(text)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is not None and (self.list.currentItem() is None or self.list.currentItem().isHidden()):
            self.list.setCurrentItem(first)
        self._enable()

    def _enable(self) -> None:
        item = self.list.currentItem()
        ok = item is not None and not item.isHidden() and item.isSelected()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def chosen(self) -> LibraryPersona | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return next(e for e in self.entries if e.id == item.data(ID_ROLE))


class ChangesDialog(QDialog):
    """What an update will change, field by field, before it changes anything."""

    def __init__(self, title: str, intro: str, changes: list[Difference], note: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        text = plain_label(intro)
        text.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(tr("What will change"))
        self.tree.setHeaderLabels([tr("Field"), tr("Now"), tr("After the update")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        for change in changes:
            row = QTreeWidgetItem([tr(change.label), change.before, change.after])
            for column in range(3):
                row.setToolTip(column, tip(row.text(column)))
            self.tree.addTopLevelItem(row)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tree.setUniformRowHeights(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Update"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.tree, 1)
        if note:
            small = plain_label(note)
            small.setWordWrap(True)
            small.setStyleSheet("color: palette(mid);")
            layout.addWidget(small)
        layout.addWidget(buttons)
        self.resize(720, 380)


class PersonaLibraryActions:
    """The four library commands, in the Map menu and behind a Library button in the Personas panel."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.session = window.session
        self.save_action = QAction(tr("&Save Persona to Library"), window)
        self.save_action.setStatusTip(tr("Keep the selected persona in your library, to add it to other maps"))
        self.add_action = QAction(tr("&Add Persona from Library…"), window)
        self.add_action.setStatusTip(tr("Add a persona from your library to this map"))
        self.update_from_action = QAction(tr("&Update Persona from Library…"), window)
        self.update_from_action.setStatusTip(tr("Bring the library's version of the selected persona into this map"))
        self.update_library_action = QAction(tr("Update &Library from This Map…"), window)
        self.update_library_action.setStatusTip(tr("Make the library's version of the persona what this map says"))
        self.save_action.triggered.connect(lambda: self.save_to_library())
        self.add_action.triggered.connect(lambda: self.add_from_library())
        self.update_from_action.triggered.connect(lambda: self.update_from_library())
        self.update_library_action.triggered.connect(lambda: self.update_library())
        self.menu = QMenu(tr("Persona &Library"), window)
        self.menu.addActions([self.add_action, self.save_action, self.update_from_action,
                              self.update_library_action])
        self.menu.aboutToShow.connect(self.update_actions)
        map_menu = window.map_menu
        after = window.acts.add_persona
        actions = map_menu.actions()
        following = actions[actions.index(after) + 1] if after in actions and actions.index(after) + 1 < len(actions) \
            else None
        map_menu.insertMenu(following, self.menu)
        # A push button sizes itself around its menu arrow; a tool button drew the arrow over the last letter.
        self.button = QPushButton(tr("Library"))
        self.button.setAccessibleName(tr("Persona library"))
        self.button.setMenu(self.menu)
        panel = window.personas
        panel.layout().addWidget(self.button)
        self.run_dialog = lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted

    def current(self) -> Persona | None:
        doc = self.session.document
        for obj_id in self.session.selection:
            if doc.has(obj_id) and isinstance(doc.get(obj_id), Persona):
                return doc.persona(obj_id)
        return None

    def update_actions(self) -> None:
        persona = self.current()
        linked = persona is not None and persona.library_id is not None
        self.save_action.setEnabled(persona is not None and not linked)
        self.update_from_action.setEnabled(linked)
        self.update_library_action.setEnabled(linked)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def save_to_library(self) -> str | None:
        from ..io.persona_library import library_entry, save_to_library  # loads when first used

        persona = self.current()
        if persona is None:
            self._status(tr("Select a persona to save it to the library"))
            return None
        if persona.library_id is not None and library_entry(persona.library_id) is not None:
            return self.update_library()
        try:
            entry = save_to_library(persona)
        except (OSError, ValueError) as e:
            show_error(self.window, tr("Not saved to the library"),
                       tr("{name} could not be saved to the persona library: {reason}").format(
                           name=persona.name, reason=e))
            return None
        self.session.push(SetFields(self.session.document, persona.id, {"library_id": entry.id},
                                    text=tr("Link persona “{name}” to the library").format(name=persona.name)))
        self._status(tr("Saved {name} to the persona library").format(name=persona.name))
        return entry.id

    def add_from_library(self) -> str | None:
        from ..io.persona_library import copy_for_map, list_library

        entries, problems = list_library()
        dialog = LibraryDialog(entries, problems, self.window)
        if not self.run_dialog(dialog):
            return None
        entry = dialog.chosen()
        if entry is None:
            return None
        journey = self.session.journey
        there = next((p for p in journey.personas if p.library_id == entry.id), None)
        if there is not None:
            self.session.select([there.id])
            self._status(tr("{name} is in this map already (Update from Library brings in the library's changes)").format(
                name=there.name))
            return there.id
        persona = copy_for_map(entry)
        if any(p.colour.lower() == persona.colour.lower() for p in journey.personas):
            persona.colour = next_persona_colour(journey.personas)  # curves must stay told apart
        self.session.push(AddPersona(self.session.document, persona))
        self.session.select([persona.id])
        return persona.id

    def _linked(self) -> tuple[Persona, LibraryPersona] | None:
        from ..io.persona_library import library_entry

        persona = self.current()
        if persona is None or persona.library_id is None:
            self._status(tr("Select a persona that came from the library"))
            return None
        entry = library_entry(persona.library_id)
        if entry is None:
            show_error(self.window, tr("Not in the library"),
                       tr("{name} is not in your persona library any more (Save to Library keeps it there "
                          "again).").format(name=persona.name))
            return None
        return persona, entry

    def update_from_library(self) -> bool:
        from ..io.persona_library import differences, taken_over

        found = self._linked()
        if found is None:
            return False
        persona, entry = found
        changes = differences(entry.persona, persona)
        if not changes:
            self._status(tr("{name} is the same as in the library").format(name=persona.name))
            return False
        dialog = ChangesDialog(tr("Update from the library"),
                               tr("{name} in this map will take these values from your library:").format(
                                   name=persona.name), changes, parent=self.window)
        if not self.run_dialog(dialog):
            return False
        from ..commands.empathy import AddNote  # the empathy commands load when first needed

        values, notes = taken_over(entry.persona, persona)
        doc = self.session.document
        with self.session.macro(tr("Update persona “{name}” from the library").format(name=persona.name)):
            if values:
                self.session.push(SetFields(doc, persona.id, values))
            for section, texts in notes.items():
                for note in list(getattr(persona.empathy_map, section)):
                    self.session.push(Remove(doc, note.id, tr("Delete note")))
                for text in texts:
                    self.session.push(AddNote(doc, persona.id, section, Note(text=text)))
        return True

    def update_library(self) -> str | None:
        from ..io.persona_library import differences, save_to_library

        found = self._linked()
        if found is None:
            return None
        persona, entry = found
        changes = differences(persona, entry.persona)
        if not changes:
            self._status(tr("The library's {name} is the same as in this map").format(name=entry.name))
            return None
        dialog = ChangesDialog(tr("Update the library"),
                               tr("The library's {name} will take these values from this map:").format(name=entry.name),
                               changes, tr("Your library is a folder of its own: this change is saved at once and is "
                                           "not part of this map's undo history."), self.window)
        if not self.run_dialog(dialog):
            return None
        try:
            save_to_library(persona, library_id=entry.id)
        except (OSError, ValueError) as e:
            show_error(self.window, tr("Library not updated"),
                       tr("The persona library could not be written: {reason}").format(reason=e))
            return None
        self._status(tr("Updated {name} in the persona library").format(name=entry.name))
        return entry.id
