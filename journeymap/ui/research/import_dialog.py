"""File > Import Research Data…: match a data file's columns and values to the map, preview, import.

The dialog reads the file once, then plans the import again on every choice
(columns, rating scale, which step a value means, the default persona), so the
preview and the problems list always say what Import would do. Import is
enabled only when the plan has no blocking problem, and pushes the whole
import as one undo step. The choices can be saved as a TOML mapping for
``journeymap import --mapping``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...analysis.fields import FIELDS
from ...analysis.mapping import Mapping, mapping_to_toml
from ...analysis.matching import Names
from ...analysis.numbers import signed
from ...analysis.report import metric_text, problem_lines
from ...analysis.research import ImportPlan, data_digest, plan_import
from ...analysis.tables import DataFileError, Table, read_table
from ...commands.research import ImportResearch
from ...i18n import N_, language, ntr, tr, ui_language
from ..plain import plain_label, tip
from ..session import EditSession

NOT_USED = N_("— not used —")
LEAVE_OUT = N_("— leave these rows out —")
PREVIEW_COLUMNS = (N_("Step"), N_("Persona"), "n", N_("Emotion"), N_("Interval (95 %)"), "NPS", "CSAT", "CES",
                   N_("New cards"))


class ImportDialog(QDialog):
    """Maps one data file onto the session's map; :meth:`import_now` pushes the import."""

    def __init__(self, session: EditSession, path: Path, table: Table, data: bytes,
                 mapping: Mapping | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.path, self.table, self.data = session, path, table, data
        self.mapping = mapping or Mapping()
        self.plan: ImportPlan | None = None
        self.setWindowTitle(tr("Import Research Data — {file}").format(file=path.name))
        self.setObjectName("import-research")
        self._replan_timer = QTimer(self)
        self._replan_timer.setSingleShot(True)
        self._replan_timer.setInterval(120)
        self._replan_timer.timeout.connect(self.replan)

        outer = QVBoxLayout(self)
        self.source = plain_label()
        self.source.setAccessibleDescription(tr("Data file"))
        self.source.setWordWrap(True)
        outer.addWidget(self.source)

        top = QFormLayout()
        self.name_edit = QLineEdit(self.mapping.name or path.stem)
        self.name_edit.setAccessibleName(tr("Import name"))
        self.name_edit.setToolTip(tr("How the map's history names this import; measured scores carry it"))
        top.addRow(tr("Import &name:"), self.name_edit)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setAccessibleName(tr("Sheet"))
        if len(table.sheets) > 1:
            self.sheet_combo.addItems(table.sheets)
            self.sheet_combo.setCurrentText(next((s for s in table.sheets if f"'{s}'" in table.read_as),
                                                 table.sheets[0]))
            top.addRow(tr("&Sheet:"), self.sheet_combo)
        outer.addLayout(top)

        middle = QHBoxLayout()
        middle.addWidget(self._columns_box(), 3)
        middle.addWidget(self._values_box(), 4)
        outer.addLayout(middle)

        outer.addWidget(QLabel(tr("Preview of what the import sets:")))
        self.preview = QTreeWidget()
        self.preview.setObjectName("import-preview")
        self.preview.setAccessibleName(tr("Import preview"))
        self.preview.setColumnCount(len(PREVIEW_COLUMNS))
        self.preview.setHeaderLabels([tr(c) for c in PREVIEW_COLUMNS])
        self.preview.setRootIsDecorated(False)
        self.preview.setUniformRowHeights(True)
        self.preview.setAlternatingRowColors(True)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.preview.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        outer.addWidget(self.preview, 3)

        self.problems_label = plain_label()
        self.problems_label.setAccessibleDescription(tr("Problems summary"))
        outer.addWidget(self.problems_label)
        self.problems = QListWidget()
        self.problems.setObjectName("import-problems")
        self.problems.setAccessibleName(tr("Problems and notes"))
        self.problems.setWordWrap(True)
        outer.addWidget(self.problems, 2)

        self.skip_check = QCheckBox(tr("&Leave out the rows that match nothing in the map (they stay listed above)"))
        self.skip_check.setAccessibleName(tr("Leave out unmatched rows"))
        self.skip_check.setChecked(self.mapping.skip_unmatched)
        outer.addWidget(self.skip_check)

        buttons = QDialogButtonBox()
        self.save_mapping_button = buttons.addButton(tr("Save &Mapping…"), QDialogButtonBox.ButtonRole.ResetRole)
        self.save_mapping_button.setToolTip(tr("Save these choices as a TOML file for journeymap import --mapping"))
        self.import_button = buttons.addButton(tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(tr("Import"))
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.import_now)
        self.cancel_button.clicked.connect(self.reject)
        self.save_mapping_button.clicked.connect(self.save_mapping)
        outer.addWidget(buttons)

        for signal in (self.name_edit.textChanged, self.skip_check.toggled):
            signal.connect(self._later)
        self.sheet_combo.currentTextChanged.connect(self._sheet_changed)
        self.resize(1060, 760)
        self.replan()

    # -- building ------------------------------------------------------------------------------
    def _columns_box(self) -> QGroupBox:
        box = QGroupBox(tr("Columns"))
        form = QFormLayout(box)
        self.column_combos: dict[str, QComboBox] = {}
        for f in FIELDS:
            combo = QComboBox()
            combo.setAccessibleName(tr("Column for {field}").format(field=tr(f.label)))
            combo.setToolTip(tr(f.help))
            combo.addItem(tr(NOT_USED), "")
            for header in self.table.headers:
                combo.addItem(header, header)
            combo.currentIndexChanged.connect(self._column_chosen)
            self.column_combos[f.key] = combo
            form.addRow(tr("{field}:").format(field=tr(f.label)), combo)
        scale = QHBoxLayout()
        self.scale_low = QDoubleSpinBox()
        self.scale_high = QDoubleSpinBox()
        for spin, name in ((self.scale_low, tr("Rating scale lowest")), (self.scale_high, tr("Rating scale highest"))):
            spin.setRange(-1000, 1000)
            spin.setDecimals(1)
            spin.setAccessibleName(name)
            spin.valueChanged.connect(self._scale_chosen)
        self.scale_note = plain_label()
        scale.addWidget(self.scale_low)
        scale.addWidget(QLabel(tr("to")))
        scale.addWidget(self.scale_high)
        scale.addWidget(self.scale_note, 1)
        form.addRow(tr("Rating asked on:"), scale)
        return box

    def _values_box(self) -> QGroupBox:
        box = QGroupBox(tr("Steps and personas"))
        self.values_layout = QGridLayout(box)
        self.values_layout.setColumnStretch(1, 1)
        self.default_persona = QComboBox()
        self.default_persona.setAccessibleName(tr("Persona for rows that name none"))
        self.default_persona.addItem(tr("— none —"), "")
        for persona in self.session.journey.personas:
            self.default_persona.addItem(persona.name, persona.id)
        if self.mapping.default_persona:
            found = self.default_persona.findText(self.mapping.default_persona)
            if found >= 0:
                self.default_persona.setCurrentIndex(found)
        self.default_persona.currentIndexChanged.connect(self._later)
        self.value_combos: dict[tuple[str, str], QComboBox] = {}
        self._unknown_shown: list[tuple[str, str]] | None = None
        return box

    # -- reacting ----------------------------------------------------------------------------------
    def _later(self, *_args: object) -> None:
        self._replan_timer.start()

    def _column_chosen(self, *_args: object) -> None:
        self._sync_mapping_columns()
        self._later()

    def _scale_chosen(self, *_args: object) -> None:
        if self._filling:
            return
        low, high = self.scale_low.value(), self.scale_high.value()
        self.mapping.rating_scale = (low, high) if low < high else None
        self._later()

    _filling = False

    def _sheet_changed(self, sheet: str) -> None:
        try:
            with language(ui_language()):
                self.table = read_table(self.path, sheet or None, self.mapping.header_row)
        except DataFileError as e:
            self.problems.clear()
            self.problems.addItem(e.message)
            return
        self.mapping.sheet = sheet
        for combo in self.column_combos.values():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr(NOT_USED), "")
            for header in self.table.headers:
                combo.addItem(header, header)
            combo.blockSignals(False)
        self.mapping.columns = {}
        self.replan()

    def _sync_mapping_columns(self) -> None:
        """A column the user chose (or set to "not used") overrides the match by name."""
        if self._filling or self.plan is None:
            return
        for key, combo in self.column_combos.items():
            chosen = combo.currentData() or ""
            if chosen != self.plan.columns.get(key, ""):
                self.mapping.columns[key] = chosen

    def current_mapping(self) -> Mapping:
        """The mapping as the dialog's widgets say it now."""
        m = self.mapping
        m.name = self.name_edit.text().strip() or self.path.stem
        m.skip_unmatched = self.skip_check.isChecked()
        persona = self.default_persona.currentText() if self.default_persona.currentData() else None
        m.default_persona = persona
        for (kind, value), combo in self.value_combos.items():
            target = combo.currentData()
            aliases = m.steps if kind == "step" else m.personas
            if target:
                aliases[value] = target
            else:
                aliases.pop(value, None)
        return m

    def replan(self) -> None:
        mapping = self.current_mapping()
        with language(ui_language()):  # the problems and notes in the editor's words (the command line: English)
            self.plan = plan_import(self.session.journey, self.table, mapping,
                                    digest=data_digest(self.data, mapping), file_name=self.path.name)
            self._show_columns()
            self._show_values()
            self._show_preview()
            self._show_problems()

    # -- showing -------------------------------------------------------------------------------------
    def _show_columns(self) -> None:
        plan = self.plan
        assert plan is not None
        rows = len(self.table.rows)
        self.source.setText(ntr("{file}: {n} row under the headers in row {header} ({read_as}).",
                                "{file}: {n} rows under the headers in row {header} ({read_as}).", rows).format(
            file=self.path.name, n=rows, header=self.table.header_row, read_as=self.table.read_as))
        self._filling = True
        try:
            for key, combo in self.column_combos.items():
                header = plan.columns.get(key, "")
                at = combo.findData(header) if header else 0
                combo.setCurrentIndex(max(0, at))
            if plan.scale is not None:
                self.scale_low.setValue(plan.scale[0])
                self.scale_high.setValue(plan.scale[1])
            self.scale_note.setText(tr("(guessed)") if plan.scale_guessed else "")
            has_rating = "rating" in plan.columns
            for w in (self.scale_low, self.scale_high):
                w.setEnabled(has_rating)
        finally:
            self._filling = False

    def _show_values(self) -> None:
        """A row per step or persona value the map does not know, to say which one it means."""
        plan = self.plan
        assert plan is not None
        layout = self.values_layout
        journey = self.session.journey
        names = Names(journey)
        unknown: list[tuple[str, str]] = []
        for kind in ("step", "persona"):
            header = plan.columns.get(kind)
            if header is None:
                continue
            column = self.table.headers.index(header)
            seen: dict[str, None] = {}
            for row in self.table.rows:
                value = row.get(column)
                if value is None:
                    continue
                text = str(value).strip()
                if text in seen:
                    continue
                seen[text] = None
                found, _why = names.step(text) if kind == "step" else names.persona(text)
                if found is None:
                    unknown.append((kind, text))
        if unknown == self._unknown_shown and self.value_combos:
            return  # the same questions: keep the widgets (and the keyboard focus) as they are
        self._unknown_shown = unknown
        old = {key: combo.currentData() for key, combo in self.value_combos.items()}
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None and item.widget() is not self.default_persona:
                item.widget().deleteLater()
        self.value_combos = {}
        r = 0
        intro = plain_label(tr("Every step and persona value in the data matches the map.") if not unknown else
                            ntr("{n} value in the data matches nothing in the map; choose what it means:",
                                "{n} values in the data match nothing in the map; choose what each means:",
                                len(unknown)).format(n=len(unknown)))
        intro.setWordWrap(True)
        layout.addWidget(intro, r, 0, 1, 2)
        r += 1
        for kind, value in unknown[:40]:
            label = plain_label((tr("Step “{value}”") if kind == "step" else tr("Persona “{value}”")).format(value=value))
            label.setToolTip(tip(value))
            combo = QComboBox()
            combo.setAccessibleName((tr("What the step value {value} means") if kind == "step"
                                     else tr("What the persona value {value} means")).format(value=value))
            combo.addItem(tr(LEAVE_OUT), "")
            if kind == "step":
                for stage in journey.stages:
                    for step in stage.steps:
                        combo.addItem(f"{stage.name} › {step.name}", step.id)
            else:
                for persona in journey.personas:
                    combo.addItem(persona.name, persona.id)
            aliases = self.mapping.steps if kind == "step" else self.mapping.personas
            target = old.get((kind, value)) or aliases.get(value)
            if target:
                combo.setCurrentIndex(max(0, combo.findData(target)))
            combo.currentIndexChanged.connect(self._later)
            self.value_combos[(kind, value)] = combo
            layout.addWidget(label, r, 0)
            layout.addWidget(combo, r, 1)
            r += 1
        if len(unknown) > 40:
            more = len(unknown) - 40
            layout.addWidget(plain_label(tr("… and {n} more (use a mapping file)").format(n=more)), r, 0, 1, 2)
            r += 1
        if journey.personas:
            layout.addWidget(QLabel(tr("Rows that name no persona are for:")), r, 0)
            layout.addWidget(self.default_persona, r, 1)
            r += 1
        layout.setRowStretch(r, 1)

    def _show_preview(self) -> None:
        plan = self.plan
        assert plan is not None
        journey = self.session.journey
        self.preview.clear()
        personas = {p.id: p.name for p in journey.personas}
        metrics: dict[str, dict[str, str]] = {}
        for m in plan.metrics:
            metrics.setdefault(m.step_id, {})[m.kind] = metric_text(m).split(" ", 1)[1]  # the column names it
        cards: dict[str, int] = {}
        for card in plan.cards:
            cards[card.step] = cards.get(card.step, 0) + 1
        scores: dict[str, list] = {}
        for s in plan.scores:
            scores.setdefault(s.step_id, []).append(s)
        weak_below = journey.research.weak_evidence_below
        for stage in journey.stages:
            for step in stage.steps:
                rows = scores.get(step.id, []) or ([None] if step.id in metrics or step.id in cards else [])
                for k, s in enumerate(rows):
                    m = metrics.get(step.id, {}) if k == 0 else {}
                    values = [f"{stage.name} › {step.name}" if k == 0 else "",
                              personas.get(s.persona_id, "") if s else "",
                              f"{s.n:,}" if s else "",
                              signed(s.mean, 2) if s else "",
                              "" if s is None or s.low is None else tr("{low} to {high}").format(
                                  low=signed(s.low, 2), high=signed(s.high or 0, 2)),
                              m.get("nps", ""), m.get("csat", ""), m.get("ces", ""),
                              str(cards[step.id]) if k == 0 and step.id in cards else ""]
                    if s is not None and s.n < weak_below:
                        values[2] += " " + tr("(weak)")
                    item = QTreeWidgetItem(values)
                    for c in (2, 3, 4):
                        item.setTextAlignment(c, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.preview.addTopLevelItem(item)

    def _show_problems(self) -> None:
        plan = self.plan
        assert plan is not None
        self.problems.clear()
        blocking = plan.blocking
        left_out = plan.unmatched if plan.skip_unmatched else []
        for line in problem_lines(blocking):
            self.problems.addItem(tr("Problem — {text}").format(text=line))
        for line in problem_lines(left_out):
            self.problems.addItem(tr("Left out — {text}").format(text=line))
        for note in plan.notes:
            self.problems.addItem(tr("Note — {text}").format(text=note))
        if blocking:
            unmatched = len(plan.unmatched) if not plan.skip_unmatched else 0
            text = ntr("{n} problem stops the import; nothing will be changed until it is solved.",
                       "{n} problems stop the import; nothing will be changed until they are solved.",
                       len(blocking)).format(n=len(blocking))
            if unmatched and not plan.problems:
                text += " " + tr("Choose what the values mean, or leave those rows out.")
            self.problems_label.setText(text)
        elif not plan.edits:
            self.problems_label.setText(tr("Nothing to change: the map already holds this data."))
        else:
            parts = [ntr("{n} emotion score", "{n} emotion scores", len(plan.scores)).format(n=len(plan.scores))
                     if plan.scores else "",
                     ntr("{n} metric", "{n} metrics", len(plan.metrics)).format(n=len(plan.metrics))
                     if plan.metrics else "",
                     ntr("{n} evidence card", "{n} evidence cards", len(plan.cards)).format(n=len(plan.cards))
                     if plan.cards else ""]
            what = tr(", ").join(p for p in parts if p) or tr("the import history")
            self.problems_label.setText(ntr("Ready: {what}, from {n} row. One undo step.",
                                            "Ready: {what}, from {n} rows. One undo step.", plan.rows_used).format(
                what=what, n=plan.rows_used))
        self.import_button.setEnabled(plan.ok and bool(plan.edits))

    # -- finishing ---------------------------------------------------------------------------------
    def import_now(self) -> bool:
        self.replan()
        plan = self.plan
        if plan is None or not plan.ok or not plan.edits:
            return False
        self.session.push(ImportResearch(self.session.document, plan.edits, plan.name))
        self.accept()
        return True

    def save_mapping(self) -> Path | None:
        start = str(self.path.with_suffix(".mapping.toml"))
        name, _ = QFileDialog.getSaveFileName(self, tr("Save mapping"), start, tr("TOML mapping (*.toml)"))
        if not name:
            return None
        path = Path(name)
        try:
            path.write_text(mapping_to_toml(self.current_mapping()), "utf-8")
        except OSError as e:
            self.problems.addItem(tr("Problem — the mapping could not be saved: {reason}").format(reason=e.strerror or e))
            return None
        return path


def read_for_import(path: Path, mapping: Mapping | None = None) -> tuple[Table, bytes]:
    """The table and the bytes of a data file (raises :class:`DataFileError` with the reason)."""
    mapping = mapping or Mapping()
    table = read_table(path, mapping.sheet, mapping.header_row)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise DataFileError(path, tr("cannot be read ({reason})").format(reason=e.strerror or e)) from None
    return table, data
