"""File > New from Template: a gallery of the bundled templates and the user's own.

Each template shows a thumbnail drawn from its own layout, and beside the one
chosen: its description, personas, stages and lanes. A search field filters by
any of those words. The user's templates (File > Save as Template) are listed
after the bundled ones, marked as theirs.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..io import MapFileError
from ..templates import BLANK, Template, gallery_templates
from .template_thumbnail import thumbnail

THUMB = QSize(224, 126)


def _haystack(t: Template) -> str:
    """Every word a search may match: title, description, personas, stages and lanes."""
    return " ".join((t.title, t.description, *t.personas, *t.stages, *t.lanes, "yours" if t.user else "")).casefold()


class NewMapDialog(QDialog):
    """The template gallery; ``chosen()`` is the chosen template's name (``user:…`` for the user's own)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New from template"))
        self.setAccessibleName(tr("New from template"))
        try:
            self.templates = gallery_templates()
        except MapFileError:
            self.templates = []
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search titles, personas, stages, lanes…"))
        self.search.setAccessibleName(tr("Search templates"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Templates"))
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(THUMB)
        self.list.setGridSize(QSize(THUMB.width() + 20, THUMB.height() + 44))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(True)
        for t in self.templates:
            label = tr("Blank map") if t.name == BLANK else t.title
            if t.user:
                label += " (yours)"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, t.name)
            item.setToolTip(t.description or t.title)
            if t.journey is not None:
                item.setIcon(QIcon(thumbnail(t.journey, THUMB.width(), THUMB.height())))
            self.list.addItem(item)
        if not self.templates:
            item = QListWidgetItem(tr("Blank map"))
            item.setData(Qt.ItemDataRole.UserRole, BLANK)
            self.list.addItem(item)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setMinimumWidth(280)
        self.details.setAccessibleName(tr("About the chosen template"))
        self.list.currentItemChanged.connect(lambda _now, _before: self._show_details())
        self.list.setCurrentRow(0)
        label = QLabel(tr("Start &from:"))
        label.setBuddy(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        middle = QHBoxLayout()
        middle.addWidget(self.list, 3)
        middle.addWidget(self.details, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(label)
        layout.addLayout(middle, 1)
        layout.addWidget(buttons)
        self.resize(1120, 700)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Down (or Page Down) in the search field goes on to the templates it leaves in view, as in a
        file dialog: a keyboard user types a few letters, then picks with the arrows."""
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)):
            self.list.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def template(self) -> Template | None:
        item = self.list.currentItem()
        name = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((t for t in self.templates if t.name == name), None)

    def shown(self) -> list[str]:
        """The names of the templates the search leaves in view, in order."""
        return [self.list.item(k).data(Qt.ItemDataRole.UserRole) for k in range(self.list.count())
                if not self.list.item(k).isHidden()]

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        by_name = {t.name: t for t in self.templates}
        first = None
        for k in range(self.list.count()):
            item = self.list.item(k)
            t = by_name.get(item.data(Qt.ItemDataRole.UserRole))
            hidden = t is not None and not all(w in _haystack(t) for w in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        current = self.list.currentItem()
        if current is None or current.isHidden():
            self.list.setCurrentItem(first)
        self.create_button.setEnabled(first is not None)
        self._show_details()

    def _show_details(self) -> None:
        t = self.template()
        item = self.list.currentItem()
        if t is None or item is None or item.isHidden():
            self.details.setText(f"<i>{escape(tr('No template matches the search.'))}</i>" if self.search.text() else "")
            return
        title = tr("Blank map") if t.name == BLANK else t.title
        parts = [f"<h3>{escape(title)}</h3>"]
        if t.user:
            parts.append(f"<p><i>{escape(tr('Your template'))}</i></p>")
        if t.description:
            parts.append(f"<p>{escape(t.description)}</p>")
        personas, stages, lanes = t.personas, t.stages, t.lanes
        if t.name == BLANK:  # a new blank map starts in the editor's words (templates.BLANK_WORDS)
            personas, stages, lanes = (tuple(tr(w) for w in words) for words in (personas, stages, lanes))
        for heading, words in ((tr("Personas"), personas), (tr("Stages"), stages), (tr("Lanes"), lanes)):
            if words:
                parts.append(f"<p><b>{heading}:</b> {escape(', '.join(words))}</p>")
        self.details.setText("".join(parts))

    def chosen(self) -> str:
        t = self.template()
        return t.name if t is not None else BLANK

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> str | None:
        """The chosen template's name, or None when the user cancelled."""
        dialog = cls(parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
