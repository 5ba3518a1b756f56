"""The card's picture and span in the inspector, and the arrow's own form.

A picture is chosen from a file (or removed) and described by its alt text;
a card's span is chosen from the steps to the right of its own. Each change is
one undo step, like every other field; the arrow's label and style are fields.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...commands import SetFields
from ...commands.links import SetSpan
from ...i18n import N_, tr
from ...model import Card, Change, DocumentError
from ...model.arrow_text import cards_and_lanes, one_line
from ...model.arrows import ArrowStyle
from ...model.limits import MAX_NAME
from ..pictures import picture_image
from ..plain import plain_label, tip
from ..session import EditSession
from ..text_limits import limit_line_edit
from .fields import ChoiceField, LineField
from .forms import ObjectForm

PREVIEW = 120


class PictureEditor(QWidget):
    """The card's picture: a preview, Choose… / Remove, and its alt text (one undo step per change)."""

    def __init__(self, session: EditSession) -> None:
        super().__init__()
        self.session = session
        self.card_id: str | None = None
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW, PREVIEW * 3 // 4)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid palette(mid);")
        self.preview.setAccessibleName(tr("Picture preview"))
        self.choose = QPushButton(tr("Choose…"))
        self.choose.setAccessibleName(tr("Choose a picture for the card"))
        self.remove = QPushButton(tr("Remove"))
        self.remove.setAccessibleName(tr("Remove the card's picture"))
        self.alt = QLineEdit()
        limit_line_edit(self.alt, MAX_NAME)
        self.alt.setPlaceholderText(tr("what the picture shows"))
        self.alt.setAccessibleName(tr("Alt text"))
        self.alt.setObjectName("field-picture-alt")
        self.size = plain_label()
        self.size.setStyleSheet("color: palette(mid);")
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.preview)
        row.addLayout(buttons)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.size)
        column.addWidget(QLabel(tr("Alt text:")))
        column.addWidget(self.alt)
        self.choose.clicked.connect(self.choose_file)
        self.remove.clicked.connect(self.remove_picture)
        self.alt.textEdited.connect(self._alt_edited)

    def bind(self, card_id: str | None) -> None:
        self.card_id = card_id
        self.refresh()

    def _card(self) -> Card | None:
        if self.card_id is None or not self.session.document.has(self.card_id):
            return None
        return self.session.document.card(self.card_id)

    def refresh(self) -> None:
        card = self._card()
        picture = card.picture if card is not None else None
        self.remove.setEnabled(picture is not None)
        self.alt.setEnabled(picture is not None)
        if picture is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(tr("No picture"))
            self.size.setText(tr("Drop a picture on the card, or paste one."))
            if self.alt.text():
                self.alt.setText("")
            return
        image = picture_image(picture.data, 256)
        if image is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(tr("Cannot be shown"))
        else:
            pixmap = QPixmap.fromImage(image).scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                     Qt.TransformationMode.SmoothTransformation)
            self.preview.setPixmap(pixmap)
        kind = "PNG" if picture.media_type == "image/png" else "JPEG"
        self.size.setText(tr("{width} × {height} {kind}, {size} KB").format(
            width=picture.width, height=picture.height, kind=kind, size=len(picture.data) * 3 // 4 // 1024))
        if self.alt.text() != picture.alt and not self.alt.hasFocus():
            self.alt.setText(picture.alt)

    def choose_file(self) -> None:
        from ..picture_flow import ask_picture, choose_picture_file

        card = self._card()
        path = choose_picture_file(self.window())
        if card is None or path is None:
            return
        picture = ask_picture(self.window(), self.session.document, path)
        if picture is not None:
            self.session.push(SetFields(self.session.document, card.id, {"picture": picture}))

    def remove_picture(self) -> None:
        card = self._card()
        if card is not None and card.picture is not None:
            self.session.push(SetFields(self.session.document, card.id, {"picture": None}))

    def _alt_edited(self, text: str) -> None:
        card = self._card()
        if card is None or card.picture is None or text == card.picture.alt:
            return
        self.session.push(SetFields(self.session.document, card.id,
                                    {"picture": card.picture.model_copy(update={"alt": text})},
                                    text=tr("Edit the picture's alt text"), merge=True, origin=self.alt))


class SpanEditor(QComboBox):
    """Which step the card reaches to: its own ("this step only") or one to its right."""

    def __init__(self, session: EditSession) -> None:
        super().__init__()
        self.session = session
        self.card_id: str | None = None
        self.setAccessibleName(tr("Spans to step"))
        self.setObjectName("field-last_step")
        self._filling = False
        self.activated.connect(self._chosen)

    def bind(self, card_id: str | None) -> None:
        self.card_id = card_id
        self.refresh()

    def refresh(self) -> None:
        doc = self.session.document
        if self.card_id is None or not doc.has(self.card_id):
            return
        card = doc.card(self.card_id)
        steps = doc.journey.steps()
        ids = [s.id for s in steps]
        if card.step not in ids:
            return
        later = steps[ids.index(card.step):]
        self._filling = True
        try:
            self.clear()
            self.addItem(tr("This step only"), None)
            for step in later[1:]:
                self.addItem(one_line(step.name, 60), step.id)
            self.setCurrentIndex(max(0, self.findData(card.last_step)) if card.last_step else 0)
        finally:
            self._filling = False

    def _chosen(self, index: int) -> None:
        if self._filling or self.card_id is None:
            return
        last = self.itemData(index)
        doc = self.session.document
        if doc.has(self.card_id) and doc.card(self.card_id).last_step != last:
            self.session.push(SetSpan(doc, self.card_id, last))


def add_card_extras(form: ObjectForm) -> tuple[PictureEditor, SpanEditor]:
    """The picture and span rows of the card form (after its other fields)."""
    span = SpanEditor(form.session)
    label = QLabel(tr("Spans to:"))
    label.setBuddy(span)
    form.layout_.addRow(label, span)
    picture = PictureEditor(form.session)
    form.layout_.addRow(QLabel("<b>{}</b>".format(tr("Picture"))))
    form.layout_.addRow(picture)
    return picture, span


class ElidedLabel(QLabel):
    """One line of plain text cut with "…" to the width it is given (the whole text in its tooltip)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.full = ""

    def show_text(self, text: str) -> None:
        self.full = text
        self.setToolTip(tip(text))
        self.setAccessibleDescription(text)
        self._elide()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideRight, max(20, self.width())))


class ArrowForm(ObjectForm):
    """An arrow: where it goes (in words), its label, and its style."""

    kind = "arrow"

    def __init__(self, session: EditSession) -> None:
        super().__init__(session)
        self.from_label, self.to_label = ElidedLabel(), ElidedLabel()
        for label, name, caption in ((self.from_label, tr("From card"), tr("From:")),
                                     (self.to_label, tr("To card"), tr("To:"))):
            label.setAccessibleName(name)  # one line each (a wrapped label is cut short in a form)
            self.layout_.addRow(caption, label)
        self.add(LineField("label", N_("Label"), placeholder=tr("what flows, or why it depends")))
        self.add(ChoiceField("style", N_("Style"), [(ArrowStyle.FLOW, tr("Flow (solid)")),
                                                     (ArrowStyle.DEPENDENCY, tr("Dependency (dashed)"))]))
        self.finish()

    def refresh(self) -> None:
        super().refresh()
        try:
            arrow = self.target()
        except DocumentError:
            return
        where = cards_and_lanes(self.session.journey)
        if arrow.source in where and arrow.target in where:
            (a, la), (b, lb) = where[arrow.source], where[arrow.target]
            for label, card, lane in ((self.from_label, a, la), (self.to_label, b, lb)):
                label.show_text(f"{lane.title_in(self.session.journey.language)}: {one_line(card.text, 200)}")


def follows(change: Change) -> bool:
    """Whether a change may alter what the card's extras or the arrow form show."""
    return change.kind in ("card", "step", "stage", "arrow")
