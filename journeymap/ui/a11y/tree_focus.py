"""Coming back to a tree, a screen reader hears the row it is on, not only the tree's name.

Qt sends a focus event for a tree's row only when the current row changes;
tabbing or F6-ing back into the tree announces the tree itself. This sends the
row's focus event too, once Qt's own event for the tree has gone out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QTreeWidget


class TreeFocusSpeech(QObject):
    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree
        self._timer = QTimer(self)  # after Qt's own focus event for the tree, which would talk over it
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.say_current_row)
        tree.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.tree and event.type() == QEvent.Type.FocusIn:
            if self.tree.currentItem() is None and self.tree.topLevelItemCount():
                self.tree.setCurrentItem(self.tree.topLevelItem(0), 0, QItemSelectionModel.SelectionFlag.NoUpdate)
            self._timer.start()
        return False

    def say_current_row(self) -> None:
        """A focus event for the current row, numbered as Qt's tree interface numbers its children."""
        tree = self.tree
        item = tree.currentItem()
        if item is None or not tree.hasFocus():
            return
        index = tree.indexFromItem(item)
        row = 0
        above = tree.indexAbove(index)
        while above.isValid():
            row += 1
            above = tree.indexAbove(above)
        event = QAccessibleEvent(tree, QAccessible.Event.Focus)
        columns = max(1, tree.columnCount())
        event.setChild((row + 1) * columns + index.column())  # Qt counts the (hidden) header row first
        QAccessible.updateAccessibility(event)
