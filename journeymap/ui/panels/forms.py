"""Inspector forms: one per kind of object, each a column of field editors.

A form pushes one ``SetFields`` per user edit, with the editing widget as the
origin and ``merge`` on for typing, so a word typed in one field is one undo
step. When the model changes for any other reason (undo, redo, the canvas)
the form shows the new values; the editor being typed in is left alone, so
its cursor and selection stay where the user put them.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from ...commands import SetFields
from ...commands.naming import kind_name
from ...i18n import tr
from ...model import DocumentError
from ..a11y import announce
from ..a11y.tab_order import order_tabs
from ..plain import plain_label
from ..session import EditSession
from .fields import FieldEditor


def field_value(obj: Any, field: str) -> Any:
    for part in field.split("."):
        obj = getattr(obj, part)
    return obj


class ObjectForm(QWidget):
    """Edits the fields of one object at a time (``bind`` chooses which)."""

    kind = "object"

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.obj_id: str | None = None
        self.editors: list[FieldEditor] = []
        self._editing: FieldEditor | None = None
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # a field that does not fit beside its label goes under it (French and German labels are long),
        # rather than pushing the form past the panel's edge
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.problem = plain_label()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setAccessibleDescription(tr("Problem with the last edit"))
        self.problem.hide()

    def add(self, editor: FieldEditor, with_label: bool = True) -> FieldEditor:
        self.editors.append(editor)
        if with_label:
            label = QLabel(tr("{label}:").format(label=tr(editor.label)))  # the editor's language
            label.setBuddy(editor.widget.focusProxy() or editor.widget)
            self.layout_.addRow(label, editor.widget)
        else:
            self.layout_.addRow(editor.widget)
        editor.edited.connect(lambda value, e=editor: self._on_edited(e, value))
        return editor

    def finish(self) -> None:
        """Call after the last ``add``: puts the problem line at the end of the form."""
        self.layout_.addRow(self.problem)
        order_tabs(self)

    def bind(self, obj_id: str) -> None:
        self.obj_id = obj_id
        self.problem.hide()
        self.refresh()

    def add_place(self, label: str) -> QLineEdit:
        """A read-only line saying where the object sits (its stage, its step): a Tab stop that reads."""
        line = QLineEdit()
        line.setReadOnly(True)
        line.setFrame(False)  # reads as text, not as a field to type in
        line.setStyleSheet("QLineEdit { background: transparent; font-weight: 600; }")
        line.setAccessibleName(label)
        line.setObjectName(f"place-{label.lower()}")
        caption = QLabel(tr("{label}:").format(label=tr(label)))
        caption.setBuddy(line)
        self.layout_.addRow(caption, line)
        return line

    def target(self) -> Any:
        return self.session.document.get(self.obj_id)

    def refresh(self) -> None:
        """Show the model's values in every editor but the one being typed in."""
        if self.obj_id is None:
            return
        try:
            obj = self.target()
        except DocumentError:
            return
        for editor in self.editors:
            if editor is not self._editing:
                editor.show(field_value(obj, editor.field))

    def _problem_with(self, field: str, value: Any) -> str | None:
        """Why the model would refuse ``value`` (checked on a copy, so nothing half-changes)."""
        *path, attr = field.split(".")
        holder = self.target()
        for part in path:
            holder = getattr(holder, part)
        trial = holder.model_copy()
        try:
            type(holder).__pydantic_validator__.validate_assignment(trial, attr, value)
        except ValidationError as e:
            return e.errors()[0].get("msg", "not a valid value")
        return None

    def _on_edited(self, editor: FieldEditor, value: Any) -> None:
        if self.obj_id is None:
            return
        problem = self._problem_with(editor.field, value)
        if problem:
            self.problem.setText(tr("{label}: {problem}").format(label=tr(editor.label), problem=problem))
            self.problem.show()
            announce(self.problem, self.problem.text(), assertive=True)
            return
        self.problem.hide()
        self._editing = editor
        try:
            self.session.push(SetFields(
                self.session.document, self.obj_id, {editor.field: value},
                text=tr("Edit {kind} {field}").format(kind=kind_name(self.kind), field=tr(editor.label).lower()), merge=editor.typing, origin=editor.widget))
        finally:
            self._editing = None
