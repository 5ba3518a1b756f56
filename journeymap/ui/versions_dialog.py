"""File > Restore Previous Version…: the last saved versions of a map, to bring one back.

Each save keeps the version it replaces in the app's state folder (see
:func:`journeymap.io.writer.keep_backup`). This dialog reads every backup
before listing it, so the designer picks by what is inside (title, size,
how many stages and cards) rather than by a file name, and a backup that no
longer loads is shown as damaged, with why, and cannot be chosen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import N_, format_date, language, ngettext, tr, ui_language
from ..io import MapFileError, list_backups, load_map
from ..model import JourneyMap
from .plain import plain_label, tip

COLUMNS = (N_("Saved"), N_("Title"), N_("Contents"), N_("Size"))


@dataclass(frozen=True)
class Version:
    """One backup of a map: when it was saved, and what it holds (or why it cannot be read)."""

    path: Path
    saved: datetime
    size: int
    journey: JourneyMap | None
    problem: str = ""

    @property
    def damaged(self) -> bool:
        return self.journey is None

    @property
    def saved_text(self) -> str:
        return when_text(self.saved)

    @property
    def contents_text(self) -> str:
        if self.journey is None:
            return self.problem
        return contents_of(self.journey)


def read_versions(path: Path) -> list[Version]:
    """Every backup of ``path``, newest first, each read and summarised."""
    versions: list[Version] = []
    for backup in list_backups(path):
        try:
            stat = backup.stat()
        except OSError:
            continue  # rotated away while we looked
        saved = datetime.fromtimestamp(stat.st_mtime).astimezone()  # a backup keeps its version's save time
        try:
            versions.append(Version(backup, saved, stat.st_size, load_map(backup)))
        except MapFileError as e:
            versions.append(Version(backup, saved, stat.st_size, None, e.summary))
    return versions


def contents_of(journey: JourneyMap) -> str:
    """“4 stages · 12 steps · 48 cards · 2 personas”."""
    cards = sum(len(lane.cards) for lane in journey.lanes)
    with language(ui_language()):  # the editor's words, with the plural rules of its language
        return " · ".join(text.format(count=n) for text, n in (
            (ngettext("{count} stage", "{count} stages", len(journey.stages)), len(journey.stages)),
            (ngettext("{count} step", "{count} steps", len(journey.steps())), len(journey.steps())),
            (ngettext("{count} card", "{count} cards", cards), cards),
            (ngettext("{count} persona", "{count} personas", len(journey.personas)), len(journey.personas))))


def when_text(moment: datetime, now: datetime | None = None) -> str:
    """A local time as people say it: “Today, 14:32”, “Yesterday, 09:05”, “3 Mar 2025, 17:40”."""
    local = moment.astimezone()
    today = (now or datetime.now().astimezone()).date()
    clock = f"{local:%H:%M}"
    if local.date() == today:
        return tr("Today, {time}").format(time=clock)
    if local.date() == today - timedelta(days=1):
        return tr("Yesterday, {time}").format(time=clock)
    return f"{day_text(local, 'medium')}, {clock}"


def day_text(moment: datetime, form: str) -> str:
    """The date in the editor's language ("3 Mar 2025" in English, "03.03.2025" in German)."""
    if ui_language() == "en":
        return f"{moment.day} {moment:%b %Y}" if form == "medium" else f"{moment:%A} {moment.day} {moment:%B %Y}"
    with language(ui_language()):
        return format_date(moment, form)


def size_text(size: int) -> str:
    if size < 1024:
        return tr("{count} bytes").format(count=size)
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class VersionsDialog(QDialog):
    """Lists the saved versions of one map; :attr:`chosen` is the one to restore (or None)."""

    def __init__(self, path: Path, versions: list[Version], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path, self.versions = path, versions
        self.chosen: Version | None = None
        self.setWindowTitle(tr("Restore Previous Version — {name}").format(name=path.name))
        layout = QVBoxLayout(self)

        intro = plain_label(tr("The saved versions of “{name}”, newest first. Restoring brings the version into "
                               "this window as unsaved changes: the file changes only when you save, and Undo "
                               "takes it back.").format(name=path.name))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTreeWidget()
        self.table.setAccessibleName(tr("Saved versions"))
        self.table.setAccessibleDescription(tr("Earlier saved versions of the map, newest first"))
        self.table.setColumnCount(len(COLUMNS))
        self.table.setHeaderLabels([tr(column) for column in COLUMNS])
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for version in versions:
            item = QTreeWidgetItem([version.saved_text,
                                    tr("Damaged, cannot be restored") if version.damaged else version.journey.title,
                                    version.contents_text, size_text(version.size)])
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, f"{day_text(version.saved, 'full')}, {version.saved:%H:%M:%S}")
            item.setToolTip(1, tip(item.text(1)))
            item.setToolTip(2, tip(version.contents_text))
            if version.damaged:
                item.setIcon(1, warning)
            self.table.addTopLevelItem(item)
        header = self.table.header()
        header.setStretchLastSection(False)
        for column in (0, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        # Contents fits the counts of the readable versions; a long damage reason is cut (in full below)
        metrics = self.table.fontMetrics()
        widths = [metrics.horizontalAdvance(v.contents_text) for v in versions if not v.damaged]
        header.resizeSection(2, max(widths or [metrics.horizontalAdvance("x" * 40)]) + 24)
        rows = max(len(versions), 3) + 1
        self.table.setMinimumHeight(header.sizeHint().height() + rows * (metrics.lineSpacing() + 6))
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.table.itemDoubleClicked.connect(lambda *_a: self._restore())
        layout.addWidget(self.table, 1)

        self.details = plain_label()
        self.details.setAccessibleDescription(tr("Version details"))
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)

        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setAccessibleName(tr("Restore the selected version"))
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(tr("Cancel"))
        self.restore_button.clicked.connect(self._restore)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

        self.resize(780, max(layout.minimumSize().height(), layout.totalHeightForWidth(780)))
        first_good = next((k for k, v in enumerate(versions) if not v.damaged), 0)
        if versions:
            self.table.setCurrentItem(self.table.topLevelItem(first_good))
        self._show_selected()

    def selected(self) -> Version | None:
        item = self.table.currentItem()
        if item is None or not item.isSelected():
            return None
        return self.versions[self.table.indexOfTopLevelItem(item)]

    def select(self, index: int) -> None:
        self.table.setCurrentItem(self.table.topLevelItem(index))

    def _show_selected(self) -> None:
        version = self.selected()
        self.restore_button.setEnabled(version is not None and not version.damaged)
        self.restore_button.setDefault(version is not None and not version.damaged)
        if version is None:
            self.details.setText(tr("Select a version to see what it holds."))
        elif version.journey is None:
            self.details.setText(tr("This backup cannot be restored because it does not load: {problem}").format(
                problem=version.problem) + f"\n{version.path}")
        else:
            edited = when_text(version.journey.modified)
            self.details.setText(tr("“{title}”, last edited {edited}, saved {saved}.").format(
                title=version.journey.title, edited=edited,
                saved=f"{day_text(version.saved, 'medium')} {version.saved:%H:%M:%S}")
                + f"\n{version.contents_text}, {size_text(version.size)}.")

    def _restore(self) -> None:
        version = self.selected()
        if version is None or version.damaged:
            return
        self.chosen = version
        self.accept()

    @classmethod
    def ask(cls, path: Path, parent: QWidget | None = None) -> Version | None:
        """Show the versions of ``path``; the one the user chose to restore, or None."""
        dialog = cls(path, read_versions(path), parent)
        dialog.exec()
        return dialog.chosen
