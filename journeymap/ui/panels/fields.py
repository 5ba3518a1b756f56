"""Editors for single fields of a map object, each bound to one field name.

A field editor knows how to show a model value and how to read the value the
user typed; it announces user edits through ``edited`` (never when the panel
sets it from the model). ``typing`` editors merge their keystrokes into one
undo step per field.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSignalBlocker, QSize, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ...i18n import N_, tr
from ...model.kinds import CHANNELS, channel_name
from ...model.limits import MAX_NAME
from ..a11y.colour_names import colour_words
from ..canvas.items.icons import channel_icon
from ..text_limits import MAX_TEXT, LimitedPlainTextEdit, limit_line_edit


class FieldEditor(QObject):
    """One widget editing one (possibly dotted) field."""

    edited = Signal(object)
    typing = False

    def __init__(self, field: str, label: str, widget: QWidget) -> None:
        super().__init__(widget)
        self.field, self.label, self.widget = field, label, widget  # label: English, shown through tr()
        widget.setAccessibleName(tr(label))
        widget.setObjectName(f"field-{field}")

    def show(self, value: Any) -> None:
        """Show ``value`` unless the widget already shows it (keeps the cursor where it is)."""
        if self.value() == value:
            return
        with QSignalBlocker(self.widget):
            self._set(value)

    def _set(self, value: Any) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def _emit(self, *_: object) -> None:
        self.edited.emit(self.value())


class LineField(FieldEditor):
    typing = True

    def __init__(self, field: str, label: str, max_length: int = MAX_NAME, placeholder: str = "") -> None:
        edit = QLineEdit()
        limit_line_edit(edit, max_length)
        edit.setPlaceholderText(placeholder)
        super().__init__(field, label, edit)
        edit.textEdited.connect(self._emit)

    def _set(self, value: Any) -> None:
        self.widget.setText(value or "")
        self.widget.setCursorPosition(0)

    def value(self) -> str:
        return self.widget.text()


class ListField(LineField):
    """A short list (tags, authors) typed as comma-separated words."""

    def __init__(self, field: str, label: str) -> None:
        super().__init__(field, label, max_length=MAX_NAME * 20, placeholder=tr("comma, separated"))

    def _set(self, value: Any) -> None:
        self.widget.setText(", ".join(value or []))
        self.widget.setCursorPosition(0)

    def value(self) -> list[str]:
        return [part.strip() for part in self.widget.text().split(",") if part.strip()]


class TextField(FieldEditor):
    typing = True

    def __init__(self, field: str, label: str, lines: int = 3) -> None:
        edit = LimitedPlainTextEdit(limit=MAX_TEXT)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        super().__init__(field, label, edit)
        edit.textChanged.connect(self._emit)

    def _set(self, value: Any) -> None:
        self.widget.setPlainText(value or "")

    def value(self) -> str:
        return self.widget.toPlainText()


class CheckField(FieldEditor):
    def __init__(self, field: str, label: str) -> None:
        box = QCheckBox(tr(label))
        super().__init__(field, label, box)
        box.toggled.connect(self._emit)

    def _set(self, value: Any) -> None:
        self.widget.setChecked(bool(value))

    def value(self) -> bool:
        return self.widget.isChecked()


class ChoiceField(FieldEditor):
    """A closed list of values (an enum), shown by their labels.

    The values stay in a Python list: a combo box's item data would turn an
    enum member into a plain string, which the strict model refuses.
    """

    def __init__(self, field: str, label: str, options: list[tuple[Any, str]]) -> None:
        combo = QComboBox()
        self.options = [value for value, _ in options]
        for _value, text in options:
            combo.addItem(text)
        super().__init__(field, label, combo)
        combo.activated.connect(self._emit)

    def _set(self, value: Any) -> None:
        self.widget.setCurrentIndex(self.options.index(value) if value in self.options else 0)

    def value(self) -> Any:
        index = self.widget.currentIndex()
        return self.options[index] if 0 <= index < len(self.options) else None

    def choose(self, value: Any) -> None:
        """Pick ``value`` as the user would (emits ``edited``)."""
        self.widget.setCurrentIndex(self.options.index(value))
        self._emit()


class ChannelField(FieldEditor):
    """A touchpoint channel: one of the known channels (each with its icon), or any custom name typed in."""

    def __init__(self, field: str = "channel", label: str = N_("Channel")) -> None:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setIconSize(QSize(18, 18))
        ink = combo.palette().color(QPalette.ColorRole.Text).name()
        combo.addItem("", "")
        for key, name in CHANNELS.items():
            combo.addItem(channel_icon(key, ink, 18), tr(name), key)
        combo.lineEdit().setMaxLength(MAX_NAME)
        combo.lineEdit().setPlaceholderText(tr("none, or type a custom channel"))
        super().__init__(field, label, combo)
        combo.lineEdit().setAccessibleName(tr(label))  # the part that takes the focus says what it is
        combo.activated.connect(self._emit)
        combo.lineEdit().editingFinished.connect(self._emit)

    def _set(self, value: Any) -> None:
        index = self.widget.findData(value or "") if (value or "") in CHANNELS or not value else -1
        if index >= 0:
            self.widget.setCurrentIndex(index)  # a known channel shows its icon in the closed box too
        else:
            self.widget.setCurrentIndex(-1)
            self.widget.setCurrentText(channel_name(value or ""))

    def value(self) -> str:
        text = self.widget.currentText().strip()
        for key, name in CHANNELS.items():
            if text.lower() in (name.lower(), tr(name).lower(), key):
                return key
        return text


class NumberField(FieldEditor):
    def __init__(self, field: str, label: str, minimum: int, maximum: int) -> None:
        spin = QSpinBox()
        spin.setRange(minimum, maximum)
        super().__init__(field, label, spin)
        spin.valueChanged.connect(self._emit)

    def _set(self, value: Any) -> None:
        self.widget.setValue(int(value or 0))

    def value(self) -> int:
        return self.widget.value()


class WidthField(FieldEditor):
    """A width in whole points, or "default" (None) one below the smallest width.

    It reports a value when the user finishes typing or steps with the arrows, not on
    every keystroke: each width re-lays out the map.
    """

    def __init__(self, field: str, label: str, minimum: int, maximum: int, default_text: str) -> None:
        spin = QSpinBox()
        spin.setRange(minimum - 1, maximum)
        spin.setSuffix(" pt")
        spin.setSpecialValueText(default_text)
        spin.setKeyboardTracking(False)
        spin.setSingleStep(10)
        super().__init__(field, label, spin)
        spin.valueChanged.connect(self._emit)

    def _set(self, value: Any) -> None:
        self.widget.setValue(self.widget.minimum() if value is None else int(value))

    def value(self) -> int | None:
        v = self.widget.value()
        return None if v == self.widget.minimum() else v


class ColourField(FieldEditor):
    """A colour swatch button (and a Clear button when the colour is optional)."""

    def __init__(self, field: str, label: str, optional: bool = False) -> None:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton()
        self.button.setAccessibleDescription(tr("choose a colour"))
        row.addWidget(self.button, 1)
        self.clear = QPushButton(tr("Reset")) if optional else None
        if self.clear is not None:
            self.clear.setAccessibleName(tr("{label}: use the default").format(label=tr(label)))
            row.addWidget(self.clear)
            self.clear.clicked.connect(lambda: self._choose(None))
        super().__init__(field, label, box)
        box.setFocusProxy(self.button)
        self._value: str | None = None
        self._set(None)
        self.button.clicked.connect(self._pick)

    def _pick(self) -> None:
        start = QColor(self._value or "#ffffff")
        colour = QColorDialog.getColor(start, self.widget, tr(self.label))
        if colour.isValid():
            self._choose(colour.name())

    def _choose(self, value: str | None) -> None:
        if value != self._value:
            self._set(value)
            self.edited.emit(value)

    def _set(self, value: Any) -> None:
        self._value = value
        self.button.setText(colour_words(value))  # the colour in words, not only as a swatch
        self.button.setAccessibleName(tr("{label}: {colour}").format(label=tr(self.label), colour=colour_words(value)))
        if value:
            text = "#000000" if QColor(value).lightnessF() > 0.55 else "#ffffff"
            self.button.setStyleSheet(f"background-color: {value}; color: {text};")
        else:
            self.button.setStyleSheet("")

    def value(self) -> str | None:
        return self._value


class MetricField(FieldEditor):
    """One survey metric (NPS, CSAT or CES): recorded or not, its value and sample size."""

    def __init__(self, field: str, label: str, model: type, minimum: float, maximum: float,
                 decimals: int = 1) -> None:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.model = model
        self.recorded = QCheckBox()
        self.recorded.setAccessibleName(tr("{label} recorded").format(label=label))
        self.recorded.setToolTip(tr("{label} recorded for this step").format(label=label))
        self.number = QDoubleSpinBox()
        self.number.setRange(minimum, maximum)
        self.number.setDecimals(decimals)
        self.number.setAccessibleName(tr("{label} value").format(label=label))
        self.sample = QSpinBox()
        self.sample.setRange(0, 1_000_000_000)
        self.sample.setPrefix("n = ")
        self.sample.setSpecialValueText(tr("n unknown"))
        self.sample.setAccessibleName(tr("{label} sample size").format(label=label))
        for w in (self.recorded, self.number, self.sample):
            row.addWidget(w)
        # n is sized for the samples people have, not the largest allowed (a billion), so the row fits
        # beside a long French or German label; both boxes grow with the panel.
        metrics = self.sample.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.number.textFromValue(v)) for v in (minimum, maximum))
        arrows = self.number.minimumSizeHint().width() - widest  # the buttons and the frame
        self.sample.setMinimumWidth(arrows + max(metrics.horizontalAdvance(t) for t in (
            self.sample.specialValueText(), self.sample.prefix() + "100000")))
        row.setStretch(1, 1)
        row.setStretch(2, 1)
        super().__init__(field, label, box)
        box.setFocusProxy(self.recorded)
        self.recorded.toggled.connect(self._emit)
        self.number.editingFinished.connect(self._emit)
        self.sample.editingFinished.connect(self._emit)
        self._shown: Any = None
        self._enable()  # not recorded: the value and n are off (and out of the Tab chain) until checked

    def show(self, value: Any) -> None:
        if value == self._shown and self.value() == value:
            return
        self._shown = value
        for w in (self.recorded, self.number, self.sample):
            w.blockSignals(True)
        self.recorded.setChecked(value is not None)
        if value is not None:
            self.number.setValue(value.value)
            self.sample.setValue(value.sample_size or 0)
        self._enable()
        for w in (self.recorded, self.number, self.sample):
            w.blockSignals(False)

    def _enable(self) -> None:
        on = self.recorded.isChecked()
        self.number.setEnabled(on)
        self.sample.setEnabled(on)

    def _emit(self, *_: object) -> None:
        self._enable()
        value = self.value()
        if value != self._shown:
            self._shown = value
            self.edited.emit(value)

    def value(self) -> Any:
        if not self.recorded.isChecked():
            return None
        return self.model(value=float(self.number.value()), sample_size=self.sample.value() or None)
