"""Edits the canvas makes, each exactly one undo step (a command, or a macro of several).

Kept apart from the scene (which only shows the map) and from the mouse and
keyboard handlers (which only decide *what* the user asked for).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF

from ...commands import AddCard, AddLane, AddStep, Remove, SetFields, SetScore
from ...commands.naming import delete_name
from ...i18n import ntr, tr
from ...layout import CARD_TINTS
from ...model import Card, Lane, LaneKind, Score, Step

if TYPE_CHECKING:
    from .editor import InPlaceEditor  # imported by the first edit, not with the window (start-up time)
    from .scene import Cell, MapScene

#: What a removal must come after: cards before steps before stages, so nothing is taken twice.
_DELETE_ORDER = {"card": 0, "step": 1, "lane": 2, "stage": 3, "persona": 4}


class CanvasEditing:
    """The canvas's edits on one scene's session."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self.editor: InPlaceEditor | None = None
        # Undo/redo under an open editor may take away what it edits: the typing is dropped.
        scene.session.undo_stack.indexChanged.connect(lambda _index: self.close_editor(commit=False))

    @property
    def document(self):
        return self.scene.session.document

    def push(self, command) -> None:
        self.scene.session.push(command)

    def macro(self, text: str):
        return self.scene.session.macro(text)

    # -- in-place editing ----------------------------------------------------------------
    def _open_editor(self, editor: InPlaceEditor) -> InPlaceEditor:
        self.close_editor(commit=True)
        self.editor = editor
        self.scene.addItem(editor)
        editor.start()
        return editor

    def close_editor(self, commit: bool = True) -> None:
        editor = self.editor
        if editor is None:
            return
        if commit:
            editor.commit()
        else:
            editor.cancel()

    def _drop_editor(self, editor: InPlaceEditor) -> None:
        self.scene.live.end()  # the real layout first; a commit then writes the edit on it
        if self.editor is editor:
            self.editor = None
        if editor.scene() is self.scene:
            editor.clearFocus()
            self.scene.removeItem(editor)
        for view in self.scene.views():
            view.setFocus()

    def edit_card(self, card_id: str) -> InPlaceEditor | None:
        box = self.scene.layout.cards.get(card_id)
        if box is None:
            return None
        card = self.document.card(card_id)
        r = box.rect
        rect = QRectF(box.text.rect.x, box.text.rect.y, box.text.rect.w,
                      max(box.text.rect.h, r.h - 2 * self.scene.options.card_padding))
        from .editor import InPlaceEditor

        editor: InPlaceEditor

        def commit(text: str) -> None:
            self._drop_editor(editor)
            if self.document.has(card_id) and text != card.text:
                self.push(SetFields(self.document, card_id, {"text": text}))

        lane_id, step_id = box.lane_id, box.step_id
        editor = InPlaceEditor(card.text, rect, box.text.size, fill=box.fill, on_commit=commit,
                               on_cancel=lambda: self._drop_editor(editor),
                               on_text=lambda text: self.scene.live.show(lane_id, step_id, card_id, text))
        editor.purpose = ("card", card_id)  # what a screen reader is told it edits (canvas/accessible.py)
        opened = self._open_editor(editor)
        if box.more is not None:
            self.scene.live.show(lane_id, step_id, card_id, card.text)  # the whole text, not the cut face
        return opened

    def add_card(self, cell: Cell) -> InPlaceEditor | None:
        """Open an empty card at the end of ``cell``; the card is added (one step) when committed."""
        layout = self.scene.layout
        if cell not in layout.cells:
            return None
        lane_id, step_id = cell
        o = self.scene.options
        in_cell = [b for b in layout.cards.values() if (b.lane_id, b.step_id) == cell]
        cell_rect = layout.cells[cell]
        top = max((b.rect.bottom + o.card_gap for b in in_cell), default=None)
        lane = self.document.lane(lane_id)
        if top is None:
            top = cell_rect.y + o.cell_padding
            if lane.kind == LaneKind.EMOTION and layout.emotion is not None and layout.emotion.lane_id == lane_id:
                top = layout.emotion.band.bottom + o.emotion_padding + o.cell_padding
        x = cell_rect.x + o.cell_padding + o.card_padding
        rect = QRectF(x, top + o.card_padding, cell_rect.w - 2 * o.cell_padding - 2 * o.card_padding,
                      o.min_card_height - 2 * o.card_padding)
        fill = lane.colour or CARD_TINTS.get(lane.kind, "#ffffff")
        from .editor import InPlaceEditor

        editor: InPlaceEditor

        def commit(text: str) -> None:
            self._drop_editor(editor)
            if text.strip() and self.document.has(lane_id) and self.document.has(step_id):
                card = Card(step=step_id, text=text)
                self.push(AddCard(self.document, lane_id, card))
                self.scene.select_ids([card.id])

        editor = InPlaceEditor("", rect, o.card_size, fill=fill, on_commit=commit,
                               on_cancel=lambda: self._drop_editor(editor),
                               on_text=lambda text: self.scene.live.show(lane_id, step_id, None, text))
        editor.purpose = ("new_card", cell)
        self.scene.set_focus_cell(cell)
        opened = self._open_editor(editor)
        self.scene.live.show(lane_id, step_id, None, "")  # the new card shows, outlined, as it will be added
        return opened

    def rename(self, kind: str, obj_id: str) -> InPlaceEditor | None:
        """Rename a stage, step or lane in place, over its title."""
        layout = self.scene.layout
        box = {"stage": layout.stages, "step": layout.steps, "lane": layout.lanes}[kind].get(obj_id)
        if box is None:
            return None
        obj = self.document.get(obj_id)
        field = "title" if kind == "lane" else "name"
        current = getattr(obj, field)
        t = box.title
        rect = QRectF(t.rect.x, t.rect.y, t.rect.w, max(t.rect.h, t.leading))
        rect.translate(self.scene.pinned.offset_of(kind))  # over the pinned header when it is pinned
        fill = getattr(box, "colour", "#ffffff") if kind == "stage" else "#ffffff"
        from .editor import InPlaceEditor

        editor: InPlaceEditor

        def commit(text: str) -> None:
            self._drop_editor(editor)
            text = " ".join(text.split())
            if self.document.has(obj_id) and text != current and (text or kind == "lane"):
                self.push(SetFields(self.document, obj_id, {field: text}))

        editor = InPlaceEditor(current or (obj.display_title if kind == "lane" else ""), rect, t.size,
                               bold=True, fill=fill, multiline=False, on_commit=commit,
                               on_cancel=lambda: self._drop_editor(editor))
        editor.purpose = (kind, obj_id)
        return self._open_editor(editor)

    # -- structure -------------------------------------------------------------------------
    def delete(self, ids: list[str] | tuple[str, ...]) -> None:
        """Delete the objects (and what depends on them) as one undo step."""
        doc = self.document
        wanted = [i for i in ids if doc.has(i)]
        chosen = set(wanted)

        def covered(obj_id: str) -> bool:  # its lane/stage is deleted too
            parent = doc.parent_id(obj_id)
            while parent is not None:
                if parent in chosen:
                    return True
                parent = doc.parent_id(parent) if doc.has(parent) else None
            obj = doc.get(obj_id)
            return isinstance(obj, Card) and obj.step in chosen

        kinds = {i: type(doc.get(i)).__name__.lower() for i in wanted}
        todo = sorted((i for i in wanted if not covered(i)), key=lambda i: _DELETE_ORDER.get(kinds[i], 9))
        if not todo:
            return
        if len(todo) == 1:
            self.push(Remove(doc, todo[0], delete_name(kinds[todo[0]])))
            return
        with self.macro(ntr("Delete {n} item", "Delete {n} items", len(todo)).format(n=len(todo))):
            for obj_id in todo:
                self.scene.session.push(Remove(doc, obj_id, delete_name(kinds[obj_id])))

    def duplicate(self, ids: list[str] | tuple[str, ...]) -> list[str]:
        """Copies of the selected cards (right after each) and steps (right after each), one step."""
        from ...commands.clipboard import PasteFragment, fragment_of  # with the first duplicate

        doc = self.document
        cards = [i for i in ids if doc.has(i) and isinstance(doc.get(i), Card)]
        steps = [i for i in ids if doc.has(i) and isinstance(doc.get(i), Step)]
        commands = []
        for card_id in cards:
            card = doc.card(card_id)
            lane_id = doc.parent_id(card_id)
            commands.append(PasteFragment(doc, fragment_of(doc, [card_id]), cell=(lane_id, card.step),
                                          cell_index=doc.cell_index(card_id) + 1, text=tr("Duplicate card")))
        for step_id in reversed(steps):
            slot = doc.slot_of(step_id)
            commands.append(PasteFragment(doc, fragment_of(doc, [step_id]), stage=(slot.owner, slot.index + 1),
                                          text=tr("Duplicate step")))
        return self._push_all(commands, tr("Duplicate"))

    def _push_all(self, commands: list, text: str) -> list[str]:
        new: list[str] = []
        if not commands:
            return new
        if len(commands) == 1:
            self.push(commands[0])
        else:
            with self.macro(text):
                for command in commands:
                    self.scene.session.push(command)
        for command in commands:
            new.extend(getattr(command, "new_ids", []))
        self.scene.select_ids(new)
        return new

    def add_stage(self, after: str | None = None) -> str:
        """After ``after`` (at the end without it): the window's Add stage, with its names and tint."""
        from ..insert_here import insert_stage  # the window's module; it needs the canvas types

        stages = self.document.journey.stages
        last = stages[-1].id if stages else None
        return insert_stage(self.scene.session, self.scene.views()[0], after=after or last)

    def add_step(self, stage_id: str, index: int | None = None) -> None:
        from ..insert_here import new_step  # the window's module; it needs the canvas types

        step = new_step(self.scene.session, stage_id)
        self.push(AddStep(self.document, stage_id, step, index))
        self.rename("step", step.id)

    def add_lane(self, kind: LaneKind, after: str | None = None) -> None:
        lanes = self.document.journey.lanes
        index = next((k + 1 for k, lane in enumerate(lanes) if lane.id == after), len(lanes))
        self.push(AddLane(self.document, Lane(kind=kind), index))

    def set_fields(self, obj_id: str, values: dict, text: str | None = None) -> None:
        self.push(SetFields(self.document, obj_id, values, text))

    def set_score_value(self, step_id: str, persona_id: str, kind: str, value: int) -> None:
        """Set the as-is value (or to-be target) of a persona's score on a step."""
        old = self.document.score(step_id, persona_id)
        attr = "value" if kind == "as_is" else "target"
        if old is None:
            score = Score(persona=persona_id, **{attr: value})
        else:
            score = old.set_by_hand(kind, value)
        if score != old:
            self.push(SetScore(self.document, step_id, persona_id, score))
