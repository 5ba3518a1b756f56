"""The persona form: who the journey is about, edited in one dialog, saved as one undo step."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import N_, tr
from ...model import Persona, Photo
from ...model.kinds import CHANNELS, channel_name
from ...model.limits import MAX_NAME, MAX_PHOTO_BYTES, MAX_SHORT_LIST
from ...safety import check_photo, picture_size
from ..a11y import announce
from ..a11y.colour_names import colour_words
from ..canvas.items.icons import channel_icon
from ..faces import photo_pixmap
from ..plain import plain_label
from ..text_limits import MAX_TEXT, LimitedPlainTextEdit, limit_line_edit

LIST_FIELDS = ("goals", "needs", "pains", "gains")
#: What the form calls each list (the field names stay English in the file).
LIST_LABELS = {"goals": N_("Goals"), "needs": N_("Needs"), "pains": N_("Pains"), "gains": N_("Gains")}


class PhotoError(ValueError):
    """A picture the persona form refuses, with the reason in the user's words."""


def load_photo(path: Path) -> Photo:
    """Read a PNG or JPEG for a persona, refusing anything else or anything too big."""
    try:
        size = path.stat().st_size
    except OSError as e:
        raise PhotoError(tr("{name} cannot be read ({reason})").format(name=path.name, reason=e.strerror or e)) from None
    if size > MAX_PHOTO_BYTES:
        raise PhotoError(tr("{name} is {size} MB; a persona photo can be at most {limit} MB. Save a smaller copy "
                            "and try again.").format(name=path.name, size=f"{size / 1024 / 1024:.1f}",
                                                     limit=f"{MAX_PHOTO_BYTES / 1024 / 1024:.0f}"))
    try:
        data = path.read_bytes()
    except OSError as e:
        raise PhotoError(tr("{name} cannot be read ({reason})").format(name=path.name, reason=e.strerror or e)) from None
    found = picture_size(data)
    if found is None:
        raise PhotoError(tr("{name} is not a PNG or JPEG picture.").format(name=path.name))
    media_type, width, height = found
    try:
        photo = Photo(media_type=media_type, data=base64.b64encode(data).decode("ascii"),
                      width=width, height=height)
    except ValueError:
        raise PhotoError(tr("{name} is {width} x {height} pixels, too large for a persona photo.").format(
            name=path.name, width=width, height=height)) from None
    problems = check_photo(photo)
    if problems:
        raise PhotoError(f"{path.name}: {problems[0].message}")
    return photo


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()][:MAX_SHORT_LIST]


class PersonaDialog(QDialog):
    """Add or edit one persona; ``values()`` gives the fields to set."""

    def __init__(self, persona: Persona | None = None, parent: QWidget | None = None,
                 colour: str | None = None) -> None:
        super().__init__(parent)
        self.original = persona
        start = persona or Persona(name="", **({"colour": colour} if colour else {}))
        self.setWindowTitle(tr("Edit persona") if persona else tr("New persona"))
        self.setAccessibleName(self.windowTitle())
        form = QFormLayout()
        self.name = self._line(start.name, tr("Name"))
        self.role = self._line(start.role, tr("Role"))
        self.quote = self._line(start.quote, tr("Quote"))
        self.bio = self._text(start.bio, tr("Bio"), 3)
        form.addRow(tr("&Name:"), self.name)
        form.addRow(tr("&Role:"), self.role)
        form.addRow(tr("&Quote:"), self.quote)
        form.addRow(tr("&Bio:"), self.bio)
        self.lists: dict[str, QPlainTextEdit] = {}
        for field in LIST_FIELDS:
            label = tr(LIST_LABELS[field])
            edit = self._text("\n".join(getattr(start, field)), tr("{label}, one per line").format(label=label), 3)
            edit.setPlaceholderText(tr("one per line"))
            self.lists[field] = edit
            form.addRow(tr("{label}:").format(label=label), edit)
        self.channels = QListWidget()
        self.channels.setAccessibleName(tr("Preferred channels"))
        self.channels.setMaximumHeight(110)
        chosen = set(start.channels)
        ink = self.channels.palette().color(QPalette.ColorRole.Text).name()
        for key in [*CHANNELS, *[c for c in start.channels if c not in CHANNELS]]:
            item = QListWidgetItem(channel_icon(key, ink), tr(channel_name(key)))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
            self.channels.addItem(item)
        self.custom_channel = self._line("", tr("Custom channel"))
        self.custom_channel.setPlaceholderText(tr("another channel (press Enter to add)"))
        self.custom_channel.returnPressed.connect(self._add_custom_channel)
        channels = QVBoxLayout()
        channels.addWidget(self.channels)
        channels.addWidget(self.custom_channel)
        channels_label = QLabel(tr("Preferred &channels:"))  # a QLabel shows the mnemonic; a layout's row text did not
        channels_label.setBuddy(self.channels)
        form.addRow(channels_label, channels)
        self.colour = start.colour
        self.colour_button = QPushButton()
        self.colour_button.setAccessibleName(tr("Persona colour"))
        self.colour_button.clicked.connect(self._pick_colour)
        self._show_colour()
        form.addRow(tr("C&olour:"), self.colour_button)
        self.photo = start.photo
        self.photo_label = QLabel()
        self.photo_label.setAccessibleName(tr("Photo preview"))
        self.photo_label.setFixedSize(96, 96)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setStyleSheet("border: 1px solid palette(mid);")
        choose = QPushButton(tr("Choose &photo…"))
        choose.clicked.connect(self._choose_photo)
        remove = QPushButton(tr("Remove photo"))
        remove.clicked.connect(lambda: self._set_photo(None))
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_label)
        photo_buttons = QVBoxLayout()
        photo_buttons.addWidget(choose)
        photo_buttons.addWidget(remove)
        photo_buttons.addStretch(1)
        photo_row.addLayout(photo_buttons)
        photo_row.addStretch(1)
        form.addRow(tr("Photo:"), photo_row)
        self.problem = plain_label()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setAccessibleDescription(tr("Problem"))
        self.problem.hide()
        self._set_photo(self.photo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        self.ok.setEnabled(bool(start.name.strip()))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(520, 720)

    def _line(self, text: str, name: str) -> QLineEdit:
        edit = QLineEdit(text)
        limit_line_edit(edit, MAX_NAME)
        edit.setAccessibleName(name)
        return edit

    def _text(self, text: str, name: str, lines: int) -> QPlainTextEdit:
        edit = LimitedPlainTextEdit(text, MAX_TEXT)
        edit.setTabChangesFocus(True)
        edit.setAccessibleName(name)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        return edit

    def _add_custom_channel(self) -> None:
        text = self.custom_channel.text().strip()
        if not text:
            return
        item = QListWidgetItem(channel_icon(text, self.channels.palette().color(QPalette.ColorRole.Text).name()),
                               text)
        item.setData(Qt.ItemDataRole.UserRole, text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.channels.addItem(item)
        self.custom_channel.clear()

    def _pick_colour(self) -> None:
        colour = QColorDialog.getColor(QColor(self.colour), self, tr("Persona colour"))
        if colour.isValid():
            self.colour = colour.name()
            self._show_colour()

    def _show_colour(self) -> None:
        text = "#000000" if QColor(self.colour).lightnessF() > 0.55 else "#ffffff"
        self.colour_button.setText(colour_words(self.colour))
        self.colour_button.setAccessibleName(tr("Persona colour: {colour}").format(colour=colour_words(self.colour)))
        self.colour_button.setStyleSheet(f"background-color: {self.colour}; color: {text};")

    def _choose_photo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("Choose a photo"), "",
                                              tr("Pictures ({patterns})").format(patterns="*.png *.jpg *.jpeg"))
        if name:
            self.use_photo_file(Path(name))

    def use_photo_file(self, path: Path) -> bool:
        """Take the picture at ``path``, or say why not; True when it was taken."""
        try:
            self._set_photo(load_photo(path))
        except PhotoError as e:
            self.problem.setText(str(e))
            self.problem.show()
            announce(self.problem, self.problem.text(), assertive=True)
            return False
        self.problem.hide()
        return True

    def _set_photo(self, photo: Photo | None) -> None:
        self.photo = photo
        pixmap = photo_pixmap(photo)
        if not pixmap.isNull():
            pixmap = pixmap.scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        if pixmap.isNull():
            self.photo_label.setPixmap(QPixmap())
            self.photo_label.setText(tr("no photo"))
        else:
            self.photo_label.setPixmap(pixmap)

    def values(self) -> dict[str, Any]:
        """Every field of the form as the model's values."""
        channels = []
        for k in range(self.channels.count()):
            item = self.channels.item(k)
            if item.checkState() == Qt.CheckState.Checked:
                channels.append(item.data(Qt.ItemDataRole.UserRole))
        values: dict[str, Any] = {
            "name": self.name.text().strip(), "role": self.role.text().strip(),
            "quote": self.quote.text().strip(), "bio": self.bio.toPlainText().strip(),
            "channels": channels[:MAX_SHORT_LIST], "colour": self.colour, "photo": self.photo,
        }
        for field, edit in self.lists.items():
            values[field] = _lines(edit.toPlainText())
        return values

    def changed_values(self) -> dict[str, Any]:
        """Only the fields that differ from the persona being edited (all of them for a new one)."""
        values = self.values()
        if self.original is None:
            return values
        return {k: v for k, v in values.items() if getattr(self.original, k) != v}
