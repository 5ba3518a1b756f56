"""Who is commenting: the name in Preferences (the settings' ``name``), asked for once when missing.

One field, ``name``, in the settings file: the comments and the co-editing
presence read the same one, so a person is called the same everywhere.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from ...i18n import tr
from ...model.limits import MAX_NAME
from ..settings import Settings

NAME_KEY = "name"


def your_name(settings: Settings) -> str:
    value = settings.choice(NAME_KEY, "")
    return " ".join(value.split())[:MAX_NAME] if isinstance(value, str) else ""


def set_your_name(settings: Settings, name: str) -> None:
    settings.set_choice(NAME_KEY, " ".join(name.split())[:MAX_NAME])


def ask_name(parent: QWidget | None, settings: Settings) -> str | None:
    """Ask for the name comments are signed with; None when the user cancels."""
    name, ok = QInputDialog.getText(parent, tr("Your Name"), tr("Comments are signed with your name:"),
                                    QLineEdit.EchoMode.Normal, your_name(settings))
    if not ok or not name.strip():
        return None
    set_your_name(settings, name)
    return your_name(settings)
