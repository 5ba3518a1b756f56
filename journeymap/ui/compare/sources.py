"""What a map can be compared with: its last saved version, an earlier saved version, or another file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...io import MapFileError, load_map
from ...model import JourneyMap
from .. import prompts
from ..file_menu import open_filter
from ..versions_dialog import Version, read_versions


def load_for_compare(parent: QWidget, path: Path) -> JourneyMap | None:
    try:
        return load_map(path)
    except MapFileError as e:
        prompts.show_error(parent, tr("Cannot compare"), tr("“{file}” cannot be opened.").format(file=path.name), e.summary,
                           "\n".join(e.lines()))
        return None


def ask_other_file(parent: QWidget, folder: str = "") -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, tr("Compare with another map"), folder, open_filter())
    return Path(name) if name else None


class EarlierVersionDialog(QDialog):
    """The saved versions of a map, newest first, to compare the open map with one of them."""

    def __init__(self, path: Path, versions: list[Version], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions = [v for v in versions if not v.damaged]
        self.chosen: Version | None = None
        self.setWindowTitle(tr("Compare with an Earlier Version — {file}").format(file=path.name))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Choose a saved version: the differences from it show on the map and in the Compare panel."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Saved versions"))
        for v in self.versions:
            item = QListWidgetItem(f"{v.saved_text} — {v.journey.title if v.journey else ''} ({v.contents_text})")
            self.list.addItem(item)
        if self.versions:
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda *_a: self._choose())
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox()
        self.compare_button = buttons.addButton(tr("Compare"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.compare_button.setEnabled(bool(self.versions))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).clicked.connect(self.reject)
        self.compare_button.clicked.connect(self._choose)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def _choose(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.versions):
            self.chosen = self.versions[row]
            self.accept()

    @classmethod
    def ask(cls, path: Path, parent: QWidget | None = None) -> Version | None:
        dialog = cls(path, read_versions(path), parent)
        dialog.exec()
        return dialog.chosen
