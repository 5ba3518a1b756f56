"""Accessible objects that are not widgets: a canvas cell, a card, a line of a slide.

Qt's accessibility tree stops at widgets. A :class:`Node` is a pure-Python
``QAccessibleInterface`` that a widget's interface hands out as a child. The
:class:`NodeCache` keeps each node alive while Qt may use it (Qt keeps raw
pointers to interfaces it has seen) and removes it from Qt's cache, never
from under it, when its object is gone or the widget is destroyed.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface, QWindow

Role = QAccessible.Role
Text = QAccessible.Text


class Node(QAccessibleInterface):
    """One accessible thing inside a widget; subclasses say its role, words, place and children."""

    role_: Role = Role.StaticText

    def __init__(self, cache: NodeCache, key: Hashable) -> None:
        super().__init__()
        self.cache, self.key = cache, key
        self.alive = True

    # -- what subclasses fill in ------------------------------------------------
    def name(self) -> str:
        return ""

    def description(self) -> str:
        return ""

    def value(self) -> str:
        return ""

    def parent_node(self) -> QAccessibleInterface | None:
        return self.cache.owner_interface()

    def child_keys(self) -> list[Hashable]:
        return []

    def make_child(self, key: Hashable) -> Node | None:
        return None

    def screen_rect(self) -> QRect:
        return QRect()

    def fill_state(self, state: QAccessible.State) -> None:
        """Set this node's states (focused, selected...) on ``state``."""

    # -- QAccessibleInterface ------------------------------------------------------
    def isValid(self) -> bool:  # noqa: N802 (Qt override)
        return self.alive and self.cache.alive

    def object(self) -> QObject | None:
        return None

    def window(self) -> QWindow | None:
        owner = self.cache.owner_interface()
        return owner.window() if owner is not None else None

    def role(self) -> Role:
        return self.role_

    def text(self, t: Text) -> str:
        if not self.isValid():
            return ""
        if t == Text.Name:
            return self.name()
        if t == Text.Description:
            return self.description()
        if t == Text.Value:
            return self.value()
        return ""

    def setText(self, t: Text, text: str) -> None:  # noqa: N802
        pass

    def rect(self) -> QRect:
        return self.screen_rect() if self.isValid() else QRect()

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        if not self.isValid():
            state.invalid = True
            return state
        self.fill_state(state)
        return state

    def parent(self) -> QAccessibleInterface | None:
        return self.parent_node() if self.isValid() else None

    def childCount(self) -> int:  # noqa: N802
        return len(self.child_keys()) if self.isValid() else 0

    def child(self, index: int) -> QAccessibleInterface | None:
        keys = self.child_keys() if self.isValid() else []
        if not 0 <= index < len(keys):
            return None
        return self.cache.node(keys[index], lambda: self.make_child(keys[index]))

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802
        key = getattr(child, "key", None)
        keys = self.child_keys() if self.isValid() else []
        return keys.index(key) if key in keys else -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # noqa: N802
        for k in range(self.childCount()):
            child = self.child(k)
            if child is not None and child.rect().contains(x, y):
                return child
        return None

    def focusChild(self) -> QAccessibleInterface | None:  # noqa: N802
        return None


class NodeCache:
    """The nodes of one widget, by key; each is made once and kept until its object goes."""

    def __init__(self, widget: QObject, owner: Callable[[], QAccessibleInterface | None]) -> None:
        self.nodes: dict[Hashable, Node] = {}
        self.alive = True
        self._owner = owner
        widget.destroyed.connect(self._widget_gone)

    def owner_interface(self) -> QAccessibleInterface | None:
        return self._owner() if self.alive else None

    def node(self, key: Hashable, make: Callable[[], Node | None]) -> Node | None:
        found = self.nodes.get(key)
        if found is not None and found.alive:
            return found
        made = make()
        if made is not None:
            self.nodes[key] = made
            QAccessible.uniqueId(made)  # registered now, so dropping it later is always Qt's delete
        return made

    def get(self, key: Hashable) -> Node | None:
        found = self.nodes.get(key)
        return found if found is not None and found.alive else None

    def drop(self, keep: Callable[[Hashable], bool]) -> None:
        """Forget the nodes whose objects are gone (``keep(key)`` is False)."""
        for key in [k for k in self.nodes if not keep(k)]:
            self._delete(self.nodes.pop(key))

    def _delete(self, node: Node) -> None:
        node.alive = False
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(node))

    def _widget_gone(self, *_args: Any) -> None:
        self.alive = False
        nodes, self.nodes = self.nodes, {}
        for node in nodes.values():
            self._delete(node)
