"""What changed, drawn over the canvas: an outline and a word on each object a comparison found changed.

The overlay is its own set of items above the map's (never part of them): it
reads the scene's layout to know where each card, step, stage, lane and score
marker is, and is drawn again when the comparison or the layout changes.
Colour is never the only sign: each outline carries a word ("New", "Changed",
"Moved") and a tooltip with the changes in full.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from ...i18n import N_, tr
from ...layout import MapLayout
from ..plain import tip

if TYPE_CHECKING:  # the diff loads when a comparison is first asked for, not with the window
    from ...analysis.diff import Difference

#: action -> (outline colour, word); the word tells them apart without colour
MARKS = {"added": ("#1b7f3b", N_("New")), "changed": ("#b26a00", N_("Changed")), "moved": ("#1d5fa8", N_("Moved"))}
_STRENGTH = ("added", "moved", "changed")  # when one object has several changes, the first of these shows
Z = 36.0


@dataclass(frozen=True)
class Highlight:
    rect: QRectF
    action: str
    texts: tuple[str, ...]
    round: bool = False  # a score marker: a ring, not a box


class HighlightItem(QGraphicsItem):
    """An outline around one changed object with its word in a tag on the top edge."""

    def __init__(self, mark: Highlight) -> None:
        super().__init__()
        self.mark = mark
        self.setZValue(Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(True)
        self.setToolTip(tip("\n".join(mark.texts)))
        self._font = QFont()
        self._font.setPointSizeF(6.5)
        self._font.setBold(True)
        metrics = QFontMetricsF(self._font)
        self._tag = QRectF(0, 0, metrics.horizontalAdvance(self.word) + 6, metrics.height() + 1)

    @property
    def word(self) -> str:
        """The tag's word in the editor's language (the comparison is the editor's, not the map's)."""
        return tr(MARKS[self.mark.action][1])

    def _tag_rect(self) -> QRectF:
        r = self.mark.rect.adjusted(-3, -3, 3, 3)
        tag = QRectF(self._tag)
        tag.moveBottomRight(QPointF(r.right(), r.top() + 2))
        return tag

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.mark.rect.adjusted(-5, -5, 5, 5).united(self._tag_rect().adjusted(-1, -1, 1, 1))

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._tag_rect())  # only the tag shows the tooltip; the object under stays clickable
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        colour, word = MARKS[self.mark.action][0], self.word
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(colour), 2.4)
        if self.mark.action == "moved":
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        r = self.mark.rect.adjusted(-3, -3, 3, 3)
        if self.mark.round:
            painter.drawEllipse(r)
        else:
            painter.drawRoundedRect(r, 5, 5)
        tag = self._tag_rect()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(tag, 2, 2)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(self._font)
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, word)


def highlights(layout: MapLayout, differences: list[Difference]) -> list[Highlight]:
    """Where each difference in the current map is on the canvas, one highlight per object."""
    by_key: dict[tuple[str, str, str | None], list[Difference]] = {}
    for d in differences:
        if d.in_old or d.kind in ("map", "persona", "note"):
            continue
        by_key.setdefault((d.kind, d.obj_id, d.persona_id), []).append(d)
    points = _score_points(layout)
    out: list[Highlight] = []
    for (kind, obj_id, persona_id), found in by_key.items():
        action = next((a for a in _STRENGTH if any(d.action == a for d in found)), "changed")
        rect: QRectF | None = None
        if kind == "card" and obj_id in layout.cards:
            rect = _q(layout.cards[obj_id].rect)
        elif kind == "step" and obj_id in layout.steps:
            rect = _q(layout.steps[obj_id].rect)
        elif kind == "stage" and obj_id in layout.stages:
            rect = _q(layout.stages[obj_id].rect)
        elif kind == "lane" and obj_id in layout.lanes:
            rect = _q(layout.lanes[obj_id].title.rect)
        elif kind == "score" and (obj_id, persona_id) in points:
            x, y = points[(obj_id, persona_id)]
            rect = QRectF(x - 7, y - 7, 14, 14)
        if rect is not None:
            out.append(Highlight(rect, action, tuple(d.text for d in found), kind == "score"))
    return out


def _score_points(layout: MapLayout) -> dict[tuple[str, str | None], tuple[float, float]]:
    emo = layout.emotion
    if emo is None:
        return {}
    return {(p.step_id, curve.persona_id): (p.x, p.y) for curve in emo.curves if curve.kind == "as_is"
            for p in curve.points}


def _q(r) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


class CompareOverlay:
    """The highlight items of one comparison on one scene."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.items: list[HighlightItem] = []

    def show(self, layout: MapLayout, differences: list[Difference]) -> None:
        self.clear()
        for mark in highlights(layout, differences):
            item = HighlightItem(mark)
            self.scene.addItem(item)
            self.items.append(item)

    def clear(self) -> None:
        for item in self.items:
            if item.scene() is self.scene:
                self.scene.removeItem(item)
        self.items = []
