"""The slide window for a screen reader: the slide's title, steps, cards and curves as text.

The presentation is painted, so Qt sees one empty window. Here it gets an
accessible interface whose children are the slide in words
(:func:`spoken.slide_lines`) and whatever is laid over it (voting, the room's
join code, the help); moving to another slide is announced ("Slide 4 of 9:
Stage 2 of 5: Research"), so a blind facilitator can run the workshop.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from ...i18n import tr
from ..a11y import announce, send_name_changed
from ..a11y.node import Node, NodeCache, Role
from .ops import TextOp
from .spoken import Line, slide_heading, slide_lines

if TYPE_CHECKING:
    from .window import PresentationWindow

_ROLES = {"heading": Role.Heading, "text": Role.StaticText, "item": Role.ListItem}


class LineNode(Node):
    def __init__(self, slides: SlidesAccessible, key: Hashable, line: Line) -> None:
        super().__init__(slides.nodes, key)
        self.slides, self.line = slides, line
        self.role_ = _ROLES[line.kind]

    def name(self) -> str:
        return self.line.text

    def fill_state(self, state: QAccessible.State) -> None:
        state.readOnly = True
        if self.line.kind == "heading":
            state.focusable = True
            state.focused = self.slides.window.hasFocus()

    def screen_rect(self) -> QRect:
        window = self.slides.window
        return QRect(window.mapToGlobal(window.rect().topLeft()), window.size())


class SlidesAccessible(QAccessibleWidget):
    def __init__(self, window: PresentationWindow) -> None:
        super().__init__(window, Role.Window)
        self.window = window
        self.nodes = NodeCache(window, lambda: self)
        self._lines: list[tuple[Hashable, Line]] = []
        self._for: tuple | None = None

    def lines(self) -> list[tuple[Hashable, Line]]:
        window = self.window
        slide = window.slide
        lines = [Line("text", tr("The screen is blank (any key shows the slide again)"))] if window.blanked \
            else slide_lines(window.session.journey, slide)
        extra = [Line("text", op.text) for op in window.overlay_ops() if isinstance(op, TextOp) and op.text.strip()]
        key = (slide.key, window.index)
        wanted = [((key, k, line), line) for k, line in enumerate(lines + extra)]
        if [w[0] for w in wanted] != [w[0] for w in self._lines]:
            self._lines = wanted
            keep = {w[0] for w in wanted}
            self.nodes.drop(lambda k: k in keep)
        return self._lines

    def text(self, t: QAccessible.Text) -> str:
        window = self.window
        if t == QAccessible.Text.Name:
            return tr("Presenting {title}").format(title=window.session.journey.title) + f": {slide_position(window)}"
        if t == QAccessible.Text.Description:
            return tr("Arrows or Page Up and Down move between slides, a stage's number jumps to it, "
                      "B blanks the screen, V votes, H lists every key, Escape ends the presentation")
        return super().text(t)

    def childCount(self) -> int:  # noqa: N802 (Qt override)
        return len(self.lines())

    def child(self, index: int) -> QAccessibleInterface | None:
        lines = self.lines()
        if not 0 <= index < len(lines):
            return None
        key, line = lines[index]
        return self.nodes.node(key, lambda: LineNode(self, key, line))

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802
        key = getattr(child, "key", None)
        return next((k for k, (other, _line) in enumerate(self.lines()) if other == key), -1)

    def focusChild(self) -> QAccessibleInterface | None:  # noqa: N802
        return self.child(0) if self.window.hasFocus() else None


def slide_position(window: PresentationWindow) -> str:
    """ "slide 4 of 9, Stage 2 of 5: Research"."""
    slides = window.slides
    return f"slide {window.index + 1} of {len(slides)}, {slide_heading(window.session.journey, window.slide)}"


class SlideSpeech(QObject):
    """Announces each new slide; the window's name follows."""

    def __init__(self, window: PresentationWindow) -> None:
        super().__init__(window)
        self.window = window
        window.slide_changed.connect(self._changed)

    def _changed(self, _index: int) -> None:
        window = self.window
        if not shiboken6.isValid(window):
            return
        position = slide_position(window)
        announce(window, position[0].upper() + position[1:])
        send_name_changed(QAccessible.queryAccessibleInterface(window))


_LIVE: dict[int, SlidesAccessible] = {}
_installed = False


def _factory(class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if class_name != "PresentationWindow" or not isinstance(obj, QWidget):
        return None
    from .window import PresentationWindow

    if not isinstance(obj, PresentationWindow):
        return None
    iface = SlidesAccessible(obj)
    key = id(obj)
    _LIVE[key] = iface
    obj.destroyed.connect(lambda *_a, key=key: _LIVE.pop(key, None))
    return iface


def make_slides_accessible(window: PresentationWindow) -> SlideSpeech:
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
    return SlideSpeech(window)
