"""File > New: start from a bundled template or from the blank starter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..io import MapFileError
from ..templates import BLANK, list_templates


class NewMapDialog(QDialog):
    """A list of templates, the blank map first; ``chosen()`` is the template's name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New map")
        self.setAccessibleName("New map")
        self.list = QListWidget()
        self.list.setAccessibleName("Templates")
        try:
            templates = list_templates()
        except MapFileError:
            templates = []
        for t in templates:
            label = "Blank map" if t.name == BLANK else t.title
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, t.name)
            item.setToolTip(t.name)
            self.list.addItem(item)
        if not templates:
            item = QListWidgetItem("Blank map")
            item.setData(Qt.ItemDataRole.UserRole, BLANK)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        label = QLabel("Start &from:")
        label.setBuddy(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Create")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(380, 360)

    def chosen(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else BLANK

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> str | None:
        """The chosen template's name, or None when the user cancelled."""
        dialog = cls(parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
