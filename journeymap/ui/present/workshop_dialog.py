"""Workshop View: which lanes the slides show, and how much of each lane's cards. One undo step.

Opened from View > Workshop View in the editor, or W in the presentation.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...commands.workshop import SetWorkshopView
from ...i18n import tr
from ...model import LaneKind
from ...model.workshop import CardText, WorkshopLane, default_workshop_lanes
from ..session import EditSession


class WorkshopViewDialog(QDialog):
    """A row per lane: shown or not, and its cards condensed to fit, in full, or as their first line."""

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(tr("Workshop View"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("The lanes the presentation shows, one slide per stage. A condensed card shows its "
                          "first lines; a click on it in the presentation shows it in full."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        layout.addLayout(grid)
        for column, word in enumerate((tr("Lane"), tr("Cards"))):
            header = QLabel(word)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            grid.addWidget(header, 0, column)
        self.rows: list[tuple[str, QCheckBox, QComboBox]] = []
        for r, lane in enumerate(session.journey.lanes, start=1):
            name = lane.title_in(session.journey.language)
            shown = QCheckBox(tr("{lane} (hidden in the editor)").format(lane=name) if lane.hidden else name)
            shown.setEnabled(not lane.hidden)
            how = QComboBox()
            how.setAccessibleName(tr("Cards of {lane}").format(lane=name))
            for choice in CardText:
                how.addItem(tr(choice.label), choice.value)
            how.setEnabled(lane.kind != LaneKind.EMOTION)
            grid.addWidget(shown, r, 0)
            grid.addWidget(how, r, 1)
            self.rows.append((lane.id, shown, how))
            shown.toggled.connect(self._edited)
            how.currentIndexChanged.connect(self._edited)
        self._show(session.journey.workshop.lanes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.default_button = QPushButton(tr("&Default View"))
        self.default_button.setToolTip(tr("Actions, touchpoints, emotion, pain points, opportunities and ideas"))
        buttons.addButton(self.default_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.default_button.clicked.connect(lambda: self._show(None))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.accepted.connect(self.apply)

    def _show(self, lanes: list[WorkshopLane] | None) -> None:
        chosen = {w.lane: w.cards for w in (default_workshop_lanes(self.session.journey) if lanes is None else lanes)}
        for lane_id, shown, how in self.rows:
            shown.setChecked(lane_id in chosen)
            how.setCurrentIndex(how.findData(chosen.get(lane_id, CardText.FIT).value))
        self.is_default = lanes is None  # after the widgets' own signals said "edited"

    def _edited(self, *_args) -> None:
        self.is_default = False

    def chosen(self) -> list[WorkshopLane] | None:
        if self.is_default:
            return None
        return [WorkshopLane(lane=lane_id, cards=CardText(how.currentData())) for lane_id, shown, how in self.rows
                if shown.isChecked()]

    def apply(self) -> None:
        self.session.push(SetWorkshopView(self.session.document, self.chosen()))


def open_workshop_view(session: EditSession, parent: QWidget | None) -> WorkshopViewDialog:
    dialog = WorkshopViewDialog(session, parent)
    dialog.open()
    return dialog

