"""Emotion scores of one step: for each persona, as-is and to-be, each with a label."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QSpinBox, QWidget

from ...analysis.numbers import signed
from ...commands import SetScore
from ...layout import scale_label
from ...model import DocumentError, Score
from ...model.limits import MAX_NAME
from ..a11y.phrases import one_line
from ..plain import plain_label, tip
from ..session import EditSession

NO_SCORE = "none"


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
        self.setAccessibleName("Emotion scores per persona")

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
        for col, text in enumerate(("Persona", "As-is", "Label", "To-be", "Label")):
            self.grid.addWidget(QLabel(f"<b>{text}</b>"), 0, col)
        if not journey.personas:
            self.grid.addWidget(QLabel("Add a persona to score this step."), 1, 0, 1, 5)
        for r, persona in enumerate(journey.personas, start=1):
            self.grid.addWidget(plain_label(persona.name), r, 0)
            widgets = []
            for kind in ("as-is", "to-be"):
                spin = QSpinBox()
                spin.setRange(scale.min - 1, scale.max)
                spin.setSpecialValueText(NO_SCORE)
                spin.setAccessibleName(f"{persona.name} {kind} score")
                spin.setToolTip(f"{kind} score from {scale.min} to {scale.max}; {NO_SCORE} for none")
                label = QLineEdit()
                label.setMaxLength(MAX_NAME)
                label.setPlaceholderText("label")
                label.setAccessibleName(f"{persona.name} {kind} label")
                spin.valueChanged.connect(lambda _v, p=persona.id: self._push(p))
                label.editingFinished.connect(lambda p=persona.id: self._push(p))
                widgets += [spin, label]
            for col, w in enumerate(widgets, start=1):
                self.grid.addWidget(w, r, col)
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
            for (spin, label), kind in zip((widgets[:2], widgets[2:]), ("as-is", "to-be"), strict=True):
                name = f"{persona.name} {kind} score at {step}"
                if spin.accessibleName() != name:
                    spin.setAccessibleName(name)
                    spin.setAccessibleDescription(f"from {low} to {high}; {NO_SCORE} for no score")
                    label.setAccessibleName(f"{persona.name} {kind} word at {step}")

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
        return "No as-is score"
    if score.source == "manual":
        n = f" (n={score.sample_size:,})" if score.sample_size is not None else ""
        return f"Entered by hand{n}"
    parts = [f"Measured by “{score.source.name}” on {score.source.date:%d %b %Y}"]
    if score.mean is not None:
        parts.append(f"mean {signed(score.mean, 2)}")
    if score.interval is not None:
        parts.append(f"95 % interval {signed(score.interval.low, 2)} to {signed(score.interval.high, 2)}")
    if score.sample_size is not None:
        parts.append(f"n={score.sample_size:,}")
    return ", ".join(parts) + ". Changing it by hand makes it a hand-entered score."
