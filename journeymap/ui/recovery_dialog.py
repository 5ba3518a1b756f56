"""The start-up dialog that offers back the work a crash left in autosaves.

One row per document: which file (or "never saved"), when it was autosaved,
when the file itself was last saved, and a choice of Restore, Open original
or Discard. Nothing is deleted until the user presses Continue; "Decide
later" keeps every autosave for the next start.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..i18n import format_date, language, tr, ui_language
from ..io.errors import MapFileError
from ..io.recovery import Recovery, discard, restore, shelve
from ..model.journey_map import JourneyMap
from .plain import plain_label


class RecoveryChoice(enum.Enum):
    RESTORE = "restore"  # open the autosave as a modified document with its original path
    OPEN_ORIGINAL = "open_original"  # open the file as saved; the autosave becomes a backup
    DISCARD = "discard"  # delete the autosave
    LATER = "later"  # keep the autosave, ask again next start


def when(timestamp: float) -> str:
    """A time people read at a glance: 'today 14:05', 'yesterday 09:12', or a date."""
    moment = datetime.fromtimestamp(timestamp)
    days = (datetime.now().date() - moment.date()).days
    clock = moment.strftime("%H:%M")
    if days == 0:
        return tr("today {time}").format(time=clock)
    if days == 1:
        return tr("yesterday {time}").format(time=clock)
    if ui_language() == "en":
        return moment.strftime("%d %b %Y %H:%M")
    with language(ui_language()):  # the month in the editor's language
        return f"{format_date(moment, 'medium')} {clock}"


class _Row(QFrame):
    """One document that can be recovered, with its three choices."""

    def __init__(self, recovery: Recovery, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery = recovery
        self.setObjectName("recoveryRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        original = recovery.original
        name = original.name if original is not None else (recovery.title or tr("Untitled map"))
        title = QLabel(f"<b>{_escape(name)}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(title)
        lines = []
        if original is not None:
            lines.append(tr("Folder: {folder}").format(folder=f"\u2066{original.parent}\u2069"))  # a path: left to right
        else:
            lines.append(tr("Never saved to a file"))
        lines.append(tr("Autosaved: {time}").format(time=when(recovery.saved_at)))
        if recovery.original_missing:
            lines.append(tr("The file itself is gone (moved or deleted)"))
        elif recovery.original_now is not None:
            lines.append(tr("File last saved: {time}").format(time=when(recovery.original_now.mtime)))
        if recovery.original_changed_since_opened:
            lines.append(tr("The file was changed by another program after it was opened"))
        details = plain_label("\n".join(lines))
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.setWordWrap(True)
        layout.addWidget(details)

        buttons = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.restore = QRadioButton(tr("&Restore unsaved work"))
        self.restore.setToolTip(tr("Open the autosaved version, marked as modified; Save puts it back in its file"))
        self.original = QRadioButton(tr("Open &original"))
        self.original.setToolTip(tr("Open the file as last saved; the autosave is kept as a previous version"))
        self.discard = QRadioButton(tr("&Discard"))
        self.discard.setToolTip(tr("Delete the autosave"))
        for choice, button in ((RecoveryChoice.RESTORE, self.restore),
                               (RecoveryChoice.OPEN_ORIGINAL, self.original),
                               (RecoveryChoice.DISCARD, self.discard)):
            button.setProperty("choice", choice.value)
            self.group.addButton(button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.original.setEnabled(original is not None and not recovery.original_missing)
        self.restore.setChecked(True)

    def choice(self) -> RecoveryChoice:
        checked = self.group.checkedButton()
        return RecoveryChoice(checked.property("choice")) if checked else RecoveryChoice.LATER


class RecoveryDialog(QDialog):
    """Lists pending recoveries; :meth:`choices` says what to do with each after ``exec()``."""

    def __init__(self, recoveries: list[Recovery], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Recover unsaved work"))
        self._later = False
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(40, 40))
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        count = len(recoveries)
        intro = QLabel("<b>{}</b><br>{}".format(  # one sentence per case: no count to inflect
            _escape(tr("Journeymap did not close normally.")),
            _escape(tr("The map below has changes that were autosaved but not saved to its file. "
                       "Choose what to do with it.") if count == 1 else
                    tr("The maps below have changes that were autosaved but not saved to their files. "
                       "Choose what to do with each."))))
        intro.setWordWrap(True)
        head.addWidget(intro, 1)
        layout.addLayout(head)

        body = QWidget()
        rows_layout = QVBoxLayout(body)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows = [_Row(r, body) for r in recoveries]
        for row in self.rows:
            rows_layout.addWidget(row)
        rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(scroll, 1)

        box = QDialogButtonBox()
        self.continue_button = box.addButton(tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = box.addButton(tr("Decide later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.setToolTip(tr("Keep every autosave and ask again at the next start"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.continue_button.setDefault(True)
        self.resize(580, min(140 + 125 * count, 640))

    def choices(self) -> list[tuple[Recovery, RecoveryChoice]]:
        """What the user chose for each document (all LATER if the dialog was dismissed)."""
        if self.result() != QDialog.DialogCode.Accepted:
            return [(row.recovery, RecoveryChoice.LATER) for row in self.rows]
        return [(row.recovery, row.choice()) for row in self.rows]

    @classmethod
    def ask(cls, recoveries: list[Recovery], parent: QWidget | None = None) -> list[tuple[Recovery, RecoveryChoice]]:
        """Show the dialog (if there is anything to recover) and return the choices."""
        if not recoveries:
            return []
        dialog = cls(recoveries, parent)
        dialog.exec()
        return dialog.choices()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def apply_choices(
    choices: list[tuple[Recovery, RecoveryChoice]],
    open_restored: Callable[[JourneyMap, Path | None, str], None],
    open_file: Callable[[Path], None],
) -> list[MapFileError]:
    """Carry out the user's choices; return the autosaves that could not be read.

    ``open_restored(journey, original_path, autosave_key)`` must open the map
    as *modified* with that path, and give its AutosaveController the key
    (``controller.adopt(key)``) so the autosave lives on until the next Save.
    """
    failures = []
    for recovery, choice in choices:
        if choice is RecoveryChoice.RESTORE:
            try:
                journey, original = restore(recovery)
            except MapFileError as e:
                failures.append(e)
                continue
            open_restored(journey, original, recovery.key)
        elif choice is RecoveryChoice.OPEN_ORIGINAL and recovery.original is not None:
            shelve(recovery)
            open_file(recovery.original)
        elif choice is RecoveryChoice.DISCARD:
            discard(recovery)
    return failures
