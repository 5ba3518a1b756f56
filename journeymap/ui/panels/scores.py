"""Emotion scores of one step: for each persona, as-is and to-be, each with a label."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QSpinBox, QWidget

from ...analysis.numbers import signed
from ...commands import SetScore
from ...i18n import N_, tr
from ...layout import scale_label
from ...model import DocumentError, Score
from ...model.limits import MAX_NAME
from ..a11y.phrases import one_line
from ..plain import plain_label, tip
from ..session import EditSession

NO_SCORE = N_("none")


class ScoresEditor(QWidget):
    """A grid of persona rows; each change is one SetScore undo step."""

    edited = Signal()

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.step_id: str | None = None
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.rows: dict[str, tuple[QSpinBox, QLineEdit, QSpinBox, QLineEdit]] = {}
        self._signature: tuple = ()
        self.builds = 0  # how many times the rows were made (the form orders Tab again after each)
        self.setAccessibleName(tr("Emotion scores per persona"))

    def bind(self, step_id: str) -> None:
        self.step_id = step_id
        self.refresh()

    def _build(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.rows.clear()
        self.builds += 1
        journey = self.session.journey
        scale = journey.emotion_scale
        # One persona after another, as-is and to-be on a line each: five columns side by side left the
        # labels a few letters wide, and in German or French pushed the form past the panel's edge.
        self.grid.setColumnStretch(2, 1)
        if not journey.personas:
            empty = QLabel(tr("Add a persona to score this step."))
            empty.setWordWrap(True)
            self.grid.addWidget(empty, 0, 0, 1, 3)
        row = 0
        for persona in journey.personas:
            name = plain_label(persona.name)
            name.setWordWrap(True)
            bold = name.font()
            bold.setBold(True)
            name.setFont(bold)
            self.grid.addWidget(name, row, 0, 1, 3)
            row += 1
            widgets = []
            for side, score_name, tip_text, label_name in (
                    (tr("As-is"), tr("{persona} as-is score"), tr("As-is score from {low} to {high}; {none} for none"),
                     tr("{persona} as-is label")),
                    (tr("To-be"), tr("{persona} to-be score"), tr("To-be score from {low} to {high}; {none} for none"),
                     tr("{persona} to-be label"))):
                spin = QSpinBox()
                spin.setRange(scale.min - 1, scale.max)
                spin.setSpecialValueText(tr(NO_SCORE))
                spin.setAccessibleName(score_name.format(persona=persona.name))
                spin.setToolTip(tip_text.format(low=scale.min, high=scale.max, none=tr(NO_SCORE)))
                label = QLineEdit()
                label.setMaxLength(MAX_NAME)
                label.setPlaceholderText(tr("label"))
                label.setAccessibleName(label_name.format(persona=persona.name))
                spin.valueChanged.connect(lambda _v, p=persona.id: self._push(p))
                label.editingFinished.connect(lambda p=persona.id: self._push(p))
                self.grid.addWidget(QLabel(side), row, 0)
                self.grid.addWidget(spin, row, 1)
                self.grid.addWidget(label, row, 2)
                row += 1
                widgets += [spin, label]
            self.rows[persona.id] = tuple(widgets)  # type: ignore[assignment]

    def refresh(self) -> None:
        journey = self.session.journey
        signature = (tuple((p.id, p.name) for p in journey.personas),
                     journey.emotion_scale.min, journey.emotion_scale.max)
        if signature != self._signature:
            self._signature = signature
            self._build()
        if self.step_id is None:
            return
        try:
            self.session.document.step(self.step_id)
        except DocumentError:
            return
        minimum = journey.emotion_scale.min - 1
        self._name_fields(self.step_id)
        for persona_id, (value, label, target, target_label) in self.rows.items():
            score = self.session.document.score(self.step_id, persona_id)
            for w in (value, label, target, target_label):
                w.blockSignals(True)
            value.setValue(minimum if score is None or score.value is None else score.value)
            value.setToolTip(tip(measurement_text(score)))
            target.setValue(minimum if score is None or score.target is None else score.target)
            if label.text() != (score.label if score else ""):
                label.setText(score.label if score else "")
            if target_label.text() != (score.target_label if score else ""):
                target_label.setText(score.target_label if score else "")
            for w in (value, label, target, target_label):
                w.blockSignals(False)

    def _name_fields(self, step_id: str) -> None:
        """Each field says whose score it is and at which step: "Maya Chen as-is score at Pays"."""
        doc, journey = self.session.document, self.session.journey
        step = one_line(doc.step(step_id).name)
        scale = journey.emotion_scale
        low, high = scale_label(scale.min, scale.min, scale.max), scale_label(scale.max, scale.min, scale.max)
        for persona in journey.personas:
            widgets = self.rows.get(persona.id)
            if widgets is None:
                continue
            for (spin, label), (score_name, word_name) in zip(
                    (widgets[:2], widgets[2:]),
                    ((tr("{persona} as-is score at {step}"), tr("{persona} as-is word at {step}")),
                     (tr("{persona} to-be score at {step}"), tr("{persona} to-be word at {step}"))), strict=True):
                name = score_name.format(persona=persona.name, step=step)
                if spin.accessibleName() != name:
                    spin.setAccessibleName(name)
                    spin.setAccessibleDescription(tr("from {low} to {high}; {none} for no score").format(
                        low=low, high=high, none=tr(NO_SCORE)))
                    label.setAccessibleName(word_name.format(persona=persona.name, step=step))

    def _push(self, persona_id: str) -> None:
        if self.step_id is None:
            return
        value, label, target, target_label = self.rows[persona_id]
        none = self.session.journey.emotion_scale.min - 1
        v = None if value.value() == none else value.value()
        t = None if target.value() == none else target.value()
        score = None
        old = self.session.document.score(self.step_id, persona_id)
        if v is not None or t is not None:
            texts = {"label": label.text() if v is not None else "",
                     "target_label": target_label.text() if t is not None else ""}
            score = (Score(persona=persona_id, value=v, target=t, **texts) if old is None  # a measurement
                     else old.set_by_hand("as_is", v).model_copy(update={"target": t, **texts}))  # stays if v does
        if score == old:
            return
        self.session.push(SetScore(self.session.document, self.step_id, persona_id, score))
        self.edited.emit()


def measurement_text(score: Score | None) -> str:
    """Where an as-is score comes from, for its tooltip: a hand, or an import with n and the interval."""
    if score is None or score.value is None:
        return tr("No as-is score")
    if score.source == "manual":
        n = f" (n={score.sample_size:,})" if score.sample_size is not None else ""
        return tr("Entered by hand") + n
    from ..versions_dialog import day_text  # the versions dialog loads when a measured score is shown

    parts = [tr("Measured by “{source}” on {date}").format(source=score.source.name,
                                                           date=day_text(score.source.date, "medium"))]
    if score.mean is not None:
        parts.append(tr("mean {value}").format(value=signed(score.mean, 2)))
    if score.interval is not None:
        parts.append(tr("{level} interval {low} to {high}").format(level="95 %", low=signed(score.interval.low, 2),
                                                               high=signed(score.interval.high, 2)))
    if score.sample_size is not None:
        parts.append(f"n={score.sample_size:,}")
    return ", ".join(parts) + ". " + tr("Changing it by hand makes it a hand-entered score.")
