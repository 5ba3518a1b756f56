"""The dialog for a file that cannot be opened: what is wrong, where, and a way back to the work.

It says it in plain words first (the file was not changed; other maps are
untouched), keeps the exact ``FILE: PLACE: MESSAGE`` lines of ``journeymap
validate`` behind "Show details", and offers the newest backup or autosave
of that file when there is one.
"""

from __future__ import annotations

import enum
import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..i18n import ntr, tr, ui_language
from ..io import autosave
from ..io.errors import MapFileError, TooNewError
from ..io.writer import list_backups
from .plain import plain_label, tip
from .recovery_dialog import when


class OpenErrorChoice(enum.Enum):
    CLOSE = "close"
    OPEN_BACKUP = "open_backup"
    OPEN_AUTOSAVE = "open_autosave"


def _shown_place(place: str) -> str:
    """ "line 20, column 3" in the editor's words (the file's own paths, stages[0].name, stay as written)."""
    found = re.fullmatch(r"line (\d+), column (\d+)", place)
    return tr("line {line}, column {column}").format(line=found[1], column=found[2]) if found else place


def plain_summary(error: MapFileError) -> str:
    """One or two sentences a designer can act on, without JSON vocabulary where possible."""
    if isinstance(error, TooNewError):
        return tr("This map was saved by a newer version of Journeymap. Update Journeymap to open it; "
                  "opening it here could lose what the newer version added.")
    if not error.problems:
        return tr("The file could not be read.")
    first = error.problems[0]
    message = first.message[:1].upper() + first.message[1:]
    count = len(error.problems)
    if first.place in ("file", "top level", "format", "schema_version"):
        text = f"{message}."
    elif first.place.startswith("line "):
        text = tr("{message} (at {place}).").format(message=message, place=_shown_place(first.place))
    else:
        return ntr("The map has {count} problem. The first is at {place}: {message}.",
                   "The map has {count} problems. The first is at {place}: {message}.", count).format(
            count=count, place=first.place, message=first.message)
    if count > 1:
        text += " " + tr("(Further problems in the details: {count}.)").format(count=count - 1)
    return text


class OpenErrorDialog(QDialog):
    """Explains why ``error.path`` did not open; :attr:`choice` and :attr:`chosen_path` say what next."""

    def __init__(self, error: MapFileError, parent: QWidget | None = None, *,
                 backup: Path | None = None, autosave_path: Path | None = None,
                 autosave_time: float | None = None) -> None:
        super().__init__(parent)
        self.error = error
        self.choice = OpenErrorChoice.CLOSE
        self.chosen_path: Path | None = None
        self.setWindowTitle(tr("Could not open map"))
        layout = QVBoxLayout(self)

        head = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        headline = QLabel("<b>{}</b>".format(_escape(tr("“{name}” could not be opened.").format(name=error.path.name))))
        headline.setTextFormat(Qt.TextFormat.RichText)
        folder = plain_label(tr("In {folder}").format(folder=f"\u2066{error.path.parent}\u2069"))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setWordWrap(True)
        self.summary = plain_label(plain_summary(error))
        self.summary.setWordWrap(True)
        calm = QLabel(tr("The file was not changed, and other open maps are not affected."))
        calm.setWordWrap(True)
        for w in (headline, folder, self.summary, calm):
            text.addWidget(w)
        head.addLayout(text, 1)
        layout.addLayout(head)

        self.details_button = QPushButton(tr("▸ Show details"))
        self.details_button.setCheckable(True)
        self.details_button.setFlat(True)
        self.details_button.toggled.connect(self._show_details)
        copy = QPushButton(tr("Copy details"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText("\n".join(error.lines())))
        row = QHBoxLayout()
        row.addWidget(self.details_button)
        row.addStretch(1)
        row.addWidget(copy)
        layout.addLayout(row)
        self.details = QPlainTextEdit("\n".join(error.lines()))
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setMinimumHeight(160)
        self.details.setVisible(False)
        layout.addWidget(self.details, 1)

        box = QDialogButtonBox()
        self.backup_button = self.autosave_button = None
        if autosave_path is not None:
            label = (tr("Open autosave from {time}").format(time=_when(autosave_time)) if autosave_time
                     else tr("Open autosave"))
            self.autosave_button = box.addButton(label, QDialogButtonBox.ButtonRole.ActionRole)
            self.autosave_button.setToolTip(tip(str(autosave_path)))
            self.autosave_button.clicked.connect(lambda: self._pick(OpenErrorChoice.OPEN_AUTOSAVE, autosave_path))
        if backup is not None:
            label = (tr("Open backup from {time}").format(time=_when(backup.stat().st_mtime)) if backup.exists()
                     else tr("Open backup"))
            self.backup_button = box.addButton(label, QDialogButtonBox.ButtonRole.ActionRole)
            self.backup_button.setToolTip(tip(str(backup)))
            self.backup_button.clicked.connect(lambda: self._pick(OpenErrorChoice.OPEN_BACKUP, backup))
        close = box.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        close.setDefault(True)
        layout.addWidget(box)
        self.setMinimumWidth(600)
        self.resize(600, 0)

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(tr("▾ Hide details") if shown else tr("▸ Show details"))
        self.adjustSize()

    def _pick(self, choice: OpenErrorChoice, path: Path) -> None:
        self.choice, self.chosen_path = choice, path
        self.accept()

    @classmethod
    def for_error(cls, error: MapFileError, parent: QWidget | None = None) -> OpenErrorDialog:
        """The dialog with the newest backup and the autosave of that file offered, if any exist."""
        backups = list_backups(error.path) if error.path.name else []
        saved = autosave.for_original(error.path) if error.path.name else None
        return cls(error, parent, backup=backups[0] if backups else None,
                   autosave_path=saved.map_path if saved else None,
                   autosave_time=saved.saved_at if saved else None)

    @classmethod
    def ask(cls, error: MapFileError, parent: QWidget | None = None) -> tuple[OpenErrorChoice, Path | None]:
        """Show the dialog; return what the user chose and the file to open instead (if any)."""
        dialog = cls.for_error(error, parent)
        dialog.exec()
        return dialog.choice, dialog.chosen_path


def _when(timestamp: float) -> str:
    moment = datetime.fromtimestamp(timestamp)
    if moment.date() == datetime.now().date():
        return tr("today {time}").format(time=moment.strftime("%H:%M"))
    return moment.strftime("%d %b %Y %H:%M") if ui_language() == "en" else when(timestamp)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
