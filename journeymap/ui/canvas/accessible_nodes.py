"""The canvas's accessible children: stage and step headers, lane titles, cells, cards, the in-place editor.

Each is a :class:`~journeymap.ui.a11y.node.Node` whose words come from
:mod:`journeymap.ui.a11y.phrases`; the table they belong to is
:class:`~journeymap.ui.canvas.accessible.CanvasAccessible`.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QAccessible, QAccessibleInterface

from ...i18n import language, ntr, tr
from ..a11y.node import Node, Role
from ..a11y.phrases import (
    card_details,
    card_name,
    card_phrase,
    cell_phrase,
    lane_name,
    one_line,
    plural,
    stage_of,
    step_details,
    step_place,
)

if TYPE_CHECKING:
    from .accessible import CanvasAccessible

Key = tuple  # ("stage"|"step"|"lane"|"card", id), ("cell", lane_id, step_id) or ("editor",)
EDITOR: Key = ("editor",)


class CanvasNode(Node):
    def __init__(self, canvas: CanvasAccessible, key: Key) -> None:
        super().__init__(canvas.nodes, key)
        self.canvas = canvas

    @property
    def journey(self):
        return self.canvas.document.journey

    def focused(self) -> bool:
        return self.canvas.current == self.key and self.canvas.view.hasFocus()

    def fill_state(self, state: QAccessible.State) -> None:
        state.focusable = True
        state.focused = self.focused()
        rect = self.scene_rect()
        if rect is not None and not self.canvas.on_screen(rect):
            state.offscreen = True

    def scene_rect(self) -> QRectF | None:
        return None

    def screen_rect(self) -> QRect:
        rect = self.scene_rect()
        return self.canvas.scene_to_screen(rect) if rect is not None else QRect()


class HeaderNode(CanvasNode):
    """A stage or step header (column headers) or a lane's title (a row header)."""

    def __init__(self, canvas: CanvasAccessible, key: Key) -> None:
        super().__init__(canvas, key)
        self.kind, self.obj_id = key
        self.role_ = Role.RowHeader if self.kind == "lane" else Role.ColumnHeader

    def name(self) -> str:
        obj = self.canvas.document.get(self.obj_id)
        if self.kind == "lane":
            return lane_name(obj, self.journey.language)
        return one_line(obj.name) or (tr("(unnamed stage)") if self.kind == "stage" else tr("(unnamed step)"))

    def description(self) -> str:
        doc, journey = self.canvas.document, self.journey
        grid = self.canvas.grid()
        if self.kind == "stage":
            stage = doc.stage(self.obj_id)
            number = grid.stages.index(self.obj_id) + 1
            return tr("stage {number} of {total}, {steps}").format(number=number, total=len(grid.stages),
                                                                 steps=plural(len(stage.steps), "step"))
        if self.kind == "step":
            return step_details(journey, doc.step(self.obj_id), stage_of(journey).get(self.obj_id))
        lane = doc.lane(self.obj_id)
        parts = [tr("lane {number} of {total}").format(number=grid.lanes.index(self.obj_id) + 1,
                                                       total=len(grid.lanes))]
        with language(journey.language):
            kind = lane.kind.label  # what the lane is, in the words its untitled lanes are printed with
        if lane.title and lane.title != kind:
            parts.append(tr("a {kind} lane").format(kind=kind))
        parts.append(plural(len(lane.cards), "card"))
        return ", ".join(parts)

    def fill_state(self, state: QAccessible.State) -> None:
        super().fill_state(state)
        state.selectable = True
        state.selected = self.obj_id in self.canvas.view.session.selection

    def scene_rect(self) -> QRectF | None:
        layout = self.canvas.scene.layout
        box = {"stage": layout.stages, "step": layout.steps, "lane": layout.lanes}[self.kind].get(self.obj_id)
        if box is None:
            return None
        r = box.title.rect if self.kind == "lane" else box.rect
        return QRectF(r.x, r.y, r.w, r.h)


class CellNode(CanvasNode):
    """One lane at one step: named by what it holds, the parent of its cards."""

    role_ = Role.Cell

    def __init__(self, canvas: CanvasAccessible, key: Key) -> None:
        super().__init__(canvas, key)
        _, self.lane_id, self.step_id = key

    def card_ids(self) -> list[str]:
        return self.canvas.grid().cards_in(self.lane_id, self.step_id)

    def name(self) -> str:
        doc, journey = self.canvas.document, self.journey
        step = doc.step(self.step_id)
        cards = [doc.card(c) for c in self.card_ids()]
        return cell_phrase(journey, doc.lane(self.lane_id), step, stage_of(journey).get(self.step_id), cards)

    def description(self) -> str:
        grid = self.canvas.grid()
        row, column = grid.lanes.index(self.lane_id) + 1, grid.steps.index(self.step_id) + 1
        parts = [tr("row {row} of {rows}, column {column} of {columns}").format(
            row=row, rows=len(grid.lanes), column=column, columns=len(grid.steps))]
        chosen = [c for c in self.card_ids() if c in self.canvas.view.session.selection]
        if len(chosen) == 1:
            parts.append(tr("selected card: {card}").format(card=card_phrase(self.canvas.document.card(chosen[0]))))
        elif chosen:
            parts.append(ntr("{n} card selected", "{n} cards selected", len(chosen)).format(n=len(chosen)))
        if not self.card_ids():
            parts.append(tr("N or Enter adds a card"))
        elif len(self.card_ids()) > 1:
            parts.append(tr("Down and Up move between its cards"))
        return ". ".join(parts)

    def child_keys(self) -> list[Hashable]:
        return [("card", c) for c in self.card_ids()]

    def make_child(self, key: Hashable) -> Node | None:
        return CardNode(self.canvas, key)  # type: ignore[arg-type]

    def scene_rect(self) -> QRectF | None:
        r = self.canvas.scene.layout.cells.get((self.lane_id, self.step_id))
        return QRectF(r.x, r.y, r.w, r.h) if r is not None else None


class CardNode(CanvasNode):
    """A card: its text as the name; channel, owner, evidence status, votes and place as the description."""

    role_ = Role.ListItem

    def __init__(self, canvas: CanvasAccessible, key: Key) -> None:
        super().__init__(canvas, key)
        self.card_id = key[1]

    @property
    def cell(self) -> CellNode:
        box = self.canvas.scene.layout.cards[self.card_id]
        return self.canvas.node_for(("cell", box.lane_id, box.step_id))  # type: ignore[return-value]

    def parent_node(self) -> QAccessibleInterface | None:
        return self.cell if self.card_id in self.canvas.scene.layout.cards else None

    def name(self) -> str:
        return card_name(self.canvas.document.card(self.card_id))

    def description(self) -> str:
        ids = self.cell.card_ids()
        doc = self.canvas.document
        number = ids.index(self.card_id) + 1 if self.card_id in ids else 0
        lane, step = doc.lane(self.cell.lane_id), doc.step(self.cell.step_id)
        place = tr("card {number} of {total} in {lane} at {place}").format(
            number=number, total=len(ids), lane=lane_name(lane, self.journey.language),
            place=step_place(step, stage_of(self.journey).get(step.id)))
        talk = sum(not t.resolved and t.target == self.card_id for t in self.journey.threads)
        comments = ". " + ntr("{count} open comment thread", "{count} open comment threads", talk).format(
            count=talk) if talk else ""
        return f"{card_details(doc.card(self.card_id))}. {place}{comments}"

    def fill_state(self, state: QAccessible.State) -> None:
        super().fill_state(state)
        state.selectable = True
        state.selected = self.card_id in self.canvas.view.session.selection

    def scene_rect(self) -> QRectF | None:
        box = self.canvas.scene.layout.cards.get(self.card_id)
        return QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h) if box is not None else None


class EditorNode(CanvasNode):
    """The in-place editor: what is being typed, and into what."""

    role_ = Role.EditableText

    def purpose(self) -> str:
        editor = self.canvas.editor()
        kind, target = getattr(editor, "purpose", ("text", None))
        doc = self.canvas.document
        try:
            if kind == "card":
                return tr("Card text")
            if kind == "new_card":
                lane_id, step_id = target
                step = doc.step(step_id)
                return tr("New card in {lane} at {place}").format(
                    lane=lane_name(doc.lane(lane_id), self.journey.language),
                    place=step_place(step, stage_of(self.journey).get(step_id)))
            if kind in ("stage", "step"):
                return tr("Stage name") if kind == "stage" else tr("Step name")
            if kind == "lane":
                return tr("Lane title")
        except (KeyError, ValueError):
            pass
        return tr("Text")

    def name(self) -> str:
        return self.purpose()

    def value(self) -> str:
        editor = self.canvas.editor()
        return editor.toPlainText() if editor is not None else ""

    def description(self) -> str:
        editor = self.canvas.editor()
        text = one_line(self.value(), 200) or tr("empty")
        if editor is not None and editor.multiline:
            return tr("editing: {text}. Enter saves, Shift+Enter starts a new line, Escape cancels").format(text=text)
        return tr("editing: {text}. Enter saves, Escape cancels").format(text=text)

    def fill_state(self, state: QAccessible.State) -> None:
        state.focusable = True
        state.editable = True
        state.focused = self.focused()
        editor = self.canvas.editor()
        state.multiLine = bool(editor is not None and editor.multiline)

    def scene_rect(self) -> QRectF | None:
        editor = self.canvas.editor()
        return editor.sceneBoundingRect() if editor is not None else None


def make_node(canvas: CanvasAccessible, key: Key) -> Node | None:
    kind = key[0]
    if kind in ("stage", "step", "lane"):
        return HeaderNode(canvas, key)
    if kind == "cell":
        return CellNode(canvas, key)
    if kind == "editor":
        return EditorNode(canvas, key)
    return None
