"""Tab moves through a form in the order it reads: rows top to bottom, each row left to right.

Qt's Tab chain follows the order widgets were given their window, which drifts
from the order on screen as soon as a part of a form is built later (the
emotion scores of a step are built when the personas are known). This puts
the chain back in reading order, walking the form's layouts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit)


def _items(layout: QLayout) -> list:
    """A layout's items in reading order."""
    if isinstance(layout, QFormLayout):
        out = []
        for row in range(layout.rowCount()):
            for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole,
                         QFormLayout.ItemRole.SpanningRole):
                item = layout.itemAt(row, role)
                if item is not None:
                    out.append(item)
        return out
    if isinstance(layout, QGridLayout):
        placed = []
        for k in range(layout.count()):
            row, column, _rows, _columns = layout.getItemPosition(k)
            placed.append(((row, column), layout.itemAt(k)))
        return [item for _pos, item in sorted(placed, key=lambda p: p[0])]
    return [layout.itemAt(k) for k in range(layout.count())]


def reading_order(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` that Tab stops at, in reading order."""
    found: list[QWidget] = []

    def walk_layout(layout: QLayout) -> None:
        for item in _items(layout):
            if item.widget() is not None:
                walk_widget(item.widget())
            elif item.layout() is not None:
                walk_layout(item.layout())

    def walk_widget(widget: QWidget) -> None:
        if widget is not root and widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide) \
                and widget.testAttribute(Qt.WidgetAttribute.WA_WState_Hidden):
            return  # hidden on purpose (a widget just added is hidden only until its parent shows it)
        if isinstance(widget, _CONTROLS) or widget.layout() is None:
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                found.append(widget)
            return
        walk_layout(widget.layout())

    if root.layout() is not None:
        walk_layout(root.layout())
    return found


def order_tabs(root: QWidget) -> list[QWidget]:
    """Chain Tab through ``root``'s widgets in reading order; returns the order."""
    order = reading_order(root)
    for first, then in zip(order, order[1:], strict=False):
        QWidget.setTabOrder(first, then)
    return order
