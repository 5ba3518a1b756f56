"""Preferences: who you are to your colleagues (your name and your colour).

Co-editors see the name and colour beside your selection and in the list of
people in a live map; comments carry the name as their author. Both are kept
in the settings file (choices ``name``, shared with the comments, and ``colour``),
so they follow the user, not the map.
"""

from __future__ import annotations

import getpass
import re
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import normalise, speaks, system_language, tr, ui_language
from . import prompts
from .a11y.colour_names import colour_words
from .ui_language import CHOICES, UI_LANGUAGE, chosen_language

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .settings import Settings

COLOUR_KEY = "colour"  # settings choice: "#rrggbb"
MAX_NAME = 60
#: Colours that stay apart for colour-blind readers (Okabe and Ito), darkened where white text needs it.
PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#7b4fa0", "#b8860b", "#56b4e9", "#444444")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class Identity:
    name: str
    colour: str


def default_name() -> str:
    try:
        login = getpass.getuser()
    except (KeyError, OSError):  # no login name (a container, a service account)
        login = ""
    return (login.strip() or "Guest")[:MAX_NAME].capitalize()


def default_colour(name: str) -> str:
    """The same name gets the same colour on every machine until the user picks one."""
    return PALETTE[zlib.crc32(name.encode("utf-8")) % len(PALETTE)]


def load_identity(settings: Settings) -> Identity:
    from .comments.your_name import your_name

    name = your_name(settings)[:MAX_NAME] or default_name()
    colour = settings.choice(COLOUR_KEY)
    colour = colour if isinstance(colour, str) and _COLOUR.match(colour) else default_colour(name)
    return Identity(name, colour.lower())


def save_identity(settings: Settings, identity: Identity) -> None:
    from .comments.your_name import set_your_name

    set_your_name(settings, identity.name)
    settings.set_choice(COLOUR_KEY, identity.colour)


def swatch(colour: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class PreferencesDialog(QDialog):
    """Your name and colour; OK writes them to the settings."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("Preferences"))
        current = load_identity(settings)
        self.colour = current.colour

        self.name_edit = QLineEdit(current.name)
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setAccessibleName(tr("Your name"))
        self.name_edit.setPlaceholderText(default_name())

        row = QHBoxLayout()
        row.setSpacing(4)
        self.swatches = QButtonGroup(self)
        for colour in PALETTE:
            button = QToolButton()
            button.setCheckable(True)
            button.setIcon(swatch(colour, 18))
            button.setAccessibleName(tr("Colour {colour}").format(colour=colour_words(colour)))
            button.setToolTip(colour)
            button.setChecked(colour == current.colour)
            button.clicked.connect(lambda _c=False, c=colour: self._pick(c))
            self.swatches.addButton(button)
            row.addWidget(button)
        other = QPushButton(tr("Other…"))
        other.clicked.connect(self._pick_other)
        row.addWidget(other)
        row.addStretch(1)
        self.preview = QLabel()
        self.preview.setAccessibleName(tr("Preview"))
        self.preview.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

        self.language = QComboBox()
        for code, name in CHOICES:
            self.language.addItem(tr(name) if not code else name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen_language(settings))))
        self.language.setAccessibleName(tr("Language of the editor"))

        form = QFormLayout()
        form.addRow(tr("Your &name:"), self.name_edit)
        form.addRow(tr("Your colour:"), row)
        form.addRow("", self.preview)
        form.addRow(tr("&Language:"), self.language)
        restart = QLabel(tr("A new language shows when Journeymap starts again (it offers to restart "
                            "now). Maps and their exports keep the map's own language."))
        restart.setWordWrap(True)
        form.addRow("", restart)
        note = QLabel(tr("Colleagues in a live map see your name and colour beside what you select and type; "
                      "comments you write carry your name."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.name_edit.textChanged.connect(lambda _t: self._show_preview())
        self._show_preview()
        self.setMinimumWidth(460)

    def _pick(self, colour: str) -> None:
        self.colour = colour
        for button in self.swatches.buttons():
            button.setChecked(button.toolTip() == colour)
        self._show_preview()

    def _pick_other(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour), self, tr("Your colour"))
        if chosen.isValid():
            self._pick(chosen.name())

    def _show_preview(self) -> None:
        name = self.identity().name
        text = "#ffffff" if QColor(self.colour).lightnessF() < 0.6 else "#1a1a1a"
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setText(f" {name} ")
        self.preview.setStyleSheet(f"background: {self.colour}; color: {text}; border-radius: 3px; padding: 2px;")

    def identity(self) -> Identity:
        name = " ".join(self.name_edit.text().split())[:MAX_NAME] or default_name()
        return Identity(name, self.colour)

    def accept(self) -> None:
        save_identity(self.settings, self.identity())
        self.settings.set_choice(UI_LANGUAGE, self.language.currentData() or "")
        super().accept()


def add_preferences_action(window: MainWindow) -> QAction:
    """Edit > Preferences… (the application menu on macOS); a change is told to every live window."""
    action = QAction(tr("Pr&eferences…"), window)
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.setShortcuts(QKeySequence.StandardKey.Preferences)
    action.setStatusTip(tr("Your name and colour, as colleagues see them"))
    edit = next((m for m in window.undo_action.associatedObjects() if isinstance(m, QMenu)), None)
    if edit is not None:
        edit.addSeparator()
        edit.addAction(action)

    def open_preferences() -> None:
        dialog = PreferencesDialog(window.editor.settings, window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            for other in window.editor.windows:
                other.live.publish()
                other.comments.panel.update_name()  # the Comments panel's "You:" button
            wanted = chosen_language(window.editor.settings) or system_language()
            if normalise(wanted) != ui_language() and speaks(wanted) and prompts.ask_restart(window):
                window.editor.restart()

    action.triggered.connect(lambda _c=False: open_preferences())
    window.preferences_action = action
    return action
