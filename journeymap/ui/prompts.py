"""The few questions and error messages the window shows, as plain functions.

Keeping them here gives one place for their wording and lets tests answer
them (monkeypatch the function) instead of blocking on a modal dialog.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ..i18n import tr
from .plain import plain_box, widen_details

Answer = Literal["save", "discard", "cancel"]


def ask_save_changes(parent: QWidget | None, name: str) -> Answer:
    """Ask whether to save ``name`` before closing it: Save / Discard / Cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Unsaved changes"))
    box.setText(tr("Save the changes to “{name}” before closing?").format(name=name))
    box.setInformativeText(tr("If you don't save, your changes since the last save are lost."))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    clicked = plain_box(box).exec()
    if clicked == QMessageBox.StandardButton.Save:
        return "save"
    if clicked == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def show_error(parent: QWidget | None, title: str, text: str, informative: str = "",
               details: str = "") -> None:
    """A modal error with an optional expandable details text."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    plain_box(box).exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    plain_box(box).exec()


def show_warnings(parent: QWidget | None, title: str, text: str, warnings: list[str]) -> None:
    """What an export could not do as asked (a font missing, a damaged photo), each on its own line."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText("\n\n".join(f"\u2022 {warning[:1].upper()}{warning[1:]}." for warning in warnings))
    widen_details(box, 70)
    plain_box(box).exec()


def ask_overwrite_changed(parent: QWidget | None, name: str) -> bool:
    """The file changed on disk since it was opened here: overwrite it anyway?"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("File changed on disk"))
    box.setText(tr("“{name}” was changed by another program since you opened it.").format(name=name))
    box.setInformativeText(tr("Saving replaces those changes with this map. "
                              "Cancel and use Save As to keep both."))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Save).setText(tr("Overwrite"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return plain_box(box).exec() == QMessageBox.StandardButton.Save


def warn_open_elsewhere(parent: QWidget | None, name: str, pids: list[int]) -> None:
    """Another running Journeymap has this file open too (a warning; opening goes ahead)."""
    which = ", ".join(str(p) for p in pids)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Open in another Journeymap"))
    box.setText(tr("“{name}” is also open in another Journeymap window (process {which}).").format(
        name=name, which=which))
    box.setInformativeText(tr("If both save, the last save wins. Close it there to be safe."))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    plain_box(box).open()


def ask_revert(parent: QWidget | None, name: str) -> bool:
    """Throw away the unsaved changes and reload ``name`` from disk?"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Revert"))
    box.setText(tr("Discard your changes and go back to the saved file?"))
    box.setInformativeText(tr("Every change to “{name}” since it was last saved is lost.").format(name=name))
    box.setStandardButtons(QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Discard).setText(tr("Revert"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return plain_box(box).exec() == QMessageBox.StandardButton.Discard


def ask_restart(parent: QWidget | None) -> bool:
    """Restart now so the editor speaks the language just chosen? (Later: at the next start.)"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Language"))
    box.setText(tr("Restart Journeymap now to show the new language?"))
    box.setInformativeText(tr("Your saved maps open again. You are asked about unsaved changes first."))
    restart = box.addButton(tr("Restart Now"), QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton(tr("Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restart)
    box.setEscapeButton(later)
    plain_box(box).exec()
    return box.clickedButton() is restart


def choose_persona(parent: QWidget, personas: list[tuple[str, str]]) -> str | None:
    """Ask which persona (id, name) to use; None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    names = [name for _id, name in personas]
    name, ok = QInputDialog.getItem(parent, tr("Empathy map"), tr("Whose empathy map?"), names, 0, False)
    if not ok or name not in names:
        return None
    return personas[names.index(name)][0]


def ask_replace_read_only(parent: QWidget | None, name: str) -> bool:
    """The file is marked read-only: replace it anyway (it stays read-only)?"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Read-only file"))
    box.setText(tr("“{name}” is read-only.").format(name=name))
    box.setInformativeText(tr("Replace it with this map anyway? It stays read-only, and the old version "
                              "is kept among its backups. Or cancel and use Save As."))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Save).setText(tr("Replace"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return plain_box(box).exec() == QMessageBox.StandardButton.Save


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """One line of text (e.g. a template's name); None when the user cancelled."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None
