"""The Document: the one mutator of a journey map.

Every change to a map goes through a small, named operation here. Each one
emits a :class:`Change` only when something really changed, and hands back
what is needed to undo it exactly (an old value, an old place, or a
:class:`Removal`). Undo commands in the editor are thin wrappers around these.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError

from .arrows import Arrow
from .changes import Change, ChangeSet, Kind, Removal, Slot
from .comments import Comment, CommentThread
from .journey_map import (
    EMPATHY_SECTIONS,
    Card,
    EmotionScale,
    EmpathyMap,
    JourneyMap,
    Lane,
    Note,
    Persona,
    Score,
    Stage,
    Step,
    now,
)
from .kinds import LaneKind
from .spans import SpanEdit, shrunk_spans, span_width, widened_to

Listener = Callable[[Change], None]
SetListener = Callable[[ChangeSet], None]

_KIND_OF_ATTR = {
    "personas": "persona",
    "stages": "stage",
    "steps": "step",
    "lanes": "lane",
    "cards": "card",
    "scores": "score",
    "threads": "thread",
    "comments": "comment",
    "arrows": "arrow",
}


#: Fields that hold ids or child objects: setting them directly would bypass the
#: Document's index and reference checks (use add_*/remove_*/move_*/set_score).
_NOT_A_FIELD_EDIT: dict[type, tuple[str, ...]] = {
    JourneyMap: ("id", "personas", "stages", "lanes", "arrows"),
    Persona: ("id",),
    EmpathyMap: EMPATHY_SECTIONS,
    Stage: ("id", "steps"),
    Step: ("id", "scores"),
    Lane: ("id", "cards"),
    Card: ("id", "step", "last_step"),
    Note: ("id",),
    CommentThread: ("id", "target", "comments"),
    Comment: ("id",),
    Arrow: ("id", "source", "target"),
}


def _off_scale(title: str, loc: tuple[str, ...], value: Any, message: str) -> ValidationError:
    """The same kind of error a bad field value gives, so callers handle one kind."""
    error: InitErrorDetails = {
        "type": PydanticCustomError("emotion_scale", message),
        "loc": loc,
        "input": value,
    }
    return ValidationError.from_exception_data(title, [error])


class DocumentError(ValueError):
    """An operation that cannot apply (unknown id, index out of range)."""


class Document:
    """Holds one :class:`JourneyMap`, edits it, and reports each real change."""

    def __init__(self, journey: JourneyMap | None = None) -> None:
        self._map = journey if journey is not None else JourneyMap()
        self._listeners: list[Listener] = []
        self._set_listeners: list[SetListener] = []
        self._batch_depth = 0
        self._batched: list[Change] = []
        self._objects: dict[str, BaseModel] = {}
        self._parent: dict[str, str | None] = {}
        self.revision = 0
        self._acting_for: object | None = None
        self._reindex()

    # -- reading ---------------------------------------------------------
    @property
    def journey(self) -> JourneyMap:
        return self._map

    def get(self, obj_id: str | None) -> Any:
        """The object with ``obj_id`` (``None`` is the map itself)."""
        if obj_id is None or obj_id == self._map.id:
            return self._map
        try:
            return self._objects[obj_id]
        except KeyError:
            raise DocumentError(f"nothing in the map has the id {obj_id}") from None

    def has(self, obj_id: str) -> bool:
        return obj_id in self._objects

    def ids(self) -> list[str]:
        """Every id in the map (not the map's own)."""
        return list(self._objects)

    def kind_of(self, obj_id: str) -> str:
        """``card``, ``step``, ``thread``...: the kind word of change records."""
        return self._kind_of(self.get(obj_id))

    def list_of(self, owner: str | None, attr: str) -> list[Any]:
        """The live list ``attr`` of ``owner`` (``empathy_map.says`` for a section); read, never change."""
        return self._list(owner, attr)

    def parent_id(self, obj_id: str) -> str | None:
        """The id of what holds ``obj_id``: a step's stage, a card's lane, a note's persona."""
        return self._parent[obj_id]

    def step(self, step_id: str) -> Step:
        return self._typed(step_id, Step)

    def card(self, card_id: str) -> Card:
        return self._typed(card_id, Card)

    def lane(self, lane_id: str) -> Lane:
        return self._typed(lane_id, Lane)

    def stage(self, stage_id: str) -> Stage:
        return self._typed(stage_id, Stage)

    def persona(self, persona_id: str) -> Persona:
        return self._typed(persona_id, Persona)

    def arrow(self, arrow_id: str) -> Arrow:
        return self._typed(arrow_id, Arrow)

    def arrows_of(self, card_ids: set[str] | frozenset[str]) -> list[Arrow]:
        """The arrows that start or end at any of ``card_ids``, in map order."""
        return [a for a in self._map.arrows if a.source in card_ids or a.target in card_ids]

    def cell(self, lane_id: str, step_id: str) -> list[Card]:
        """The cards of one cell, in order."""
        return [c for c in self.lane(lane_id).cards if c.step == step_id]

    def score(self, step_id: str, persona_id: str) -> Score | None:
        for s in self.step(step_id).scores:
            if s.persona == persona_id:
                return s
        return None

    def slot_of(self, obj_id: str) -> Slot:
        """Where an object sits: its owner's list and its index there."""
        return self._slot_of(obj_id)

    def cell_index(self, card_id: str) -> int:
        card = self.card(card_id)
        lane_id = self._parent[card_id]
        assert lane_id is not None  # a card always sits in a lane
        return [c.id for c in self.cell(lane_id, card.step)].index(card_id)

    # -- listening -------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def subscribe_sets(self, listener: SetListener) -> None:
        """Call ``listener`` with one :class:`ChangeSet` per batch (per change outside any batch)."""
        self._set_listeners.append(listener)

    def unsubscribe_sets(self, listener: SetListener) -> None:
        if listener in self._set_listeners:
            self._set_listeners.remove(listener)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group every change made inside (nested batches join the outer one) into one change set.

        An undo step (a command, a macro, an undo) and a co-editor's update are
        each one batch, so the views bring themselves up to date once per edit.
        """
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0 and self._batched:
                changes, self._batched = tuple(self._batched), []
                self._emit_set(ChangeSet(changes))

    def _emit_set(self, changes: ChangeSet) -> None:
        for listener in list(self._set_listeners):
            listener(changes)

    @contextmanager
    def acting_for(self, origin: object) -> Iterator[None]:
        """Mark every change made inside as initiated by ``origin`` (a remote co-editor, an undo).

        Operations that take no ``origin`` of their own get this one, so a
        listener can tell a colleague's edit from the user's and keep it off
        the local undo stack.
        """
        before, self._acting_for = self._acting_for, origin
        try:
            with self.batch():
                yield
        finally:
            self._acting_for = before

    def _emit(self, change: Change) -> None:
        if change.origin is None and self._acting_for is not None:
            change = replace(change, origin=self._acting_for)
        self.revision += 1
        for listener in list(self._listeners):
            listener(change)
        if self._batch_depth:
            self._batched.append(change)
        else:
            self._emit_set(ChangeSet((change,)))

    # -- fields ----------------------------------------------------------
    def set_fields(
        self, obj_id: str | None, values: dict[str, Any], origin: object | None = None
    ) -> dict[str, Any]:
        """Set fields of one object; returns the old values of those that changed.

        A field name may be dotted (``empathy_map.style``). Values are
        validated as the file would be; a bad value raises and changes nothing.
        """
        target = self.get(obj_id)
        old: dict[str, Any] = {}
        done: list[tuple[BaseModel, str, Any]] = []
        scale_before = self._map.emotion_scale.model_copy()
        try:
            for name, value in values.items():
                holder, attr = self._resolve(target, name)
                current = getattr(holder, attr)
                if current == value:
                    continue
                holder.__pydantic_validator__.validate_assignment(holder, attr, copy.deepcopy(value))
                done.append((holder, attr, current))
                old[name] = current
            if self._map.emotion_scale != scale_before:
                self._check_scores_fit(self._map.emotion_scale)
            if isinstance(target, Lane) and "kind" in old:
                self._check_lane_kind(target)
        except Exception:
            for holder, attr, current in reversed(done):  # all or nothing
                holder.__pydantic_validator__.validate_assignment(holder, attr, current)
            raise
        if old:
            self._emit(
                Change("update", self._kind_of(target), (getattr(target, "id", ""),),
                       tuple(old), self._parent.get(getattr(target, "id", "")), origin)
            )
        return old

    def stamp_modified(self) -> None:
        """Record now as the map's modified time, just before saving edits.

        This is file metadata, not an edit: it emits no change, so it neither
        dirties the document nor redraws anything nor enters the undo history.
        """
        self._map.modified = now()

    # -- personas ----------------------------------------------------------
    def add_persona(self, persona: Persona, index: int | None = None) -> None:
        self._insert(Slot(None, "personas", self._end(None, "personas", index)), persona)

    def remove_persona(self, persona_id: str) -> Removal:
        """Remove a persona with its scores on every step."""
        removal = Removal(self._take_threads_on({persona_id}))
        for step in self._map.steps():
            for k in range(len(step.scores) - 1, -1, -1):
                if step.scores[k].persona == persona_id:
                    removal.taken.append(self._pop(Slot(step.id, "scores", k)))
        removal.taken.append(self._pop(self._slot_of(persona_id)))
        return removal

    def move_persona(self, persona_id: str, index: int) -> int:
        return self._move_within(persona_id, index)

    # -- stages and steps --------------------------------------------------
    def add_stage(self, stage: Stage, index: int | None = None) -> None:
        self._insert(Slot(None, "stages", self._end(None, "stages", index)), stage)

    def remove_stage(self, stage_id: str) -> Removal:
        """Remove a stage, its steps, and the cards in those steps (a card spanning out of it stays, shrunk),
        with the threads on all of them and the arrows that touch the cards."""
        step_ids = [step.id for step in self.stage(stage_id).steps]
        cards = {c.id for lane in self._map.lanes for c in lane.cards if c.step in set(step_ids)}
        removal = Removal(self._take_threads_on({stage_id} | set(step_ids) | cards))
        removal.spans = self._shrink_spans(step_ids)
        removal.taken.extend(self._take_cards_of_steps(set(step_ids)))
        removal.taken.append(self._pop(self._slot_of(stage_id)))
        return removal

    def move_stage(self, stage_id: str, index: int, spans: list[SpanEdit] | None = None) -> int:
        """Move a stage; spans reaching out of it shrink (their edits appended to ``spans`` for undo)."""
        old = self._slot_of(stage_id)
        if index != old.index and 0 <= index < len(self._map.stages):
            edits = self._shrink_spans([step.id for step in self.stage(stage_id).steps])
            if spans is not None:
                spans.extend(edits)
        return self._move_within(stage_id, index)

    def add_step(self, stage_id: str, step: Step, index: int | None = None) -> None:
        self._insert(Slot(stage_id, "steps", self._end(stage_id, "steps", index)), step)

    def remove_step(self, step_id: str) -> Removal:
        """Remove a step and every card in its column (a card spanning further stays, its span shrunk),
        with the threads on them and the arrows that touch the cards."""
        self.step(step_id)
        cards = {c.id for lane in self._map.lanes for c in lane.cards if c.step == step_id}
        removal = Removal(self._take_threads_on({step_id} | cards))
        removal.spans = self._shrink_spans([step_id])
        removal.taken.extend(self._take_cards_of_steps({step_id}))
        removal.taken.append(self._pop(self._slot_of(step_id)))
        return removal

    def move_step(self, step_id: str, stage_id: str, index: int, spans: list[SpanEdit] | None = None) -> Slot:
        """Move a step to ``index`` in ``stage_id``; returns where it was.

        Spans the step leaves shrink; their edits are appended to ``spans``, so
        an undo can move the step back and then :meth:`set_spans` the old ones.
        """
        old = self._slot_of(step_id)
        if old.owner == stage_id and old.index == index:
            return old
        self._check_move_index(stage_id, "steps", index, same_list=old.owner == stage_id)
        edits = self._shrink_spans([step_id])
        if spans is not None:
            spans.extend(edits)
        _, step = self._pop(old, emit=False)
        self._insert(Slot(stage_id, "steps", index), step, emit=False)
        self._emit(Change("move", "step", (step_id,), owner=stage_id))
        return old

    # -- lanes and cards -----------------------------------------------------
    def add_lane(self, lane: Lane, index: int | None = None) -> None:
        self._check_lane_kind(lane)
        self._insert(Slot(None, "lanes", self._end(None, "lanes", index)), lane)

    def remove_lane(self, lane_id: str) -> Removal:
        """Remove a lane with its cards, the threads on them and the arrows that touch them."""
        cards = {card.id for card in self.lane(lane_id).cards}
        removal = Removal(self._take_threads_on(cards))
        removal.taken.extend(self._take_arrows_of(cards))
        removal.taken.append(self._pop(self._slot_of(lane_id)))
        return removal

    def move_lane(self, lane_id: str, index: int) -> int:
        return self._move_within(lane_id, index)

    def add_card(self, lane_id: str, card: Card, cell_index: int | None = None) -> None:
        """Add ``card`` to its step's cell in ``lane_id``, at ``cell_index`` (default: last)."""
        self.step(card.step)
        index = self._lane_index_for(lane_id, card.step, cell_index)
        self._insert(Slot(lane_id, "cards", index), card)

    def remove_card(self, card_id: str) -> Removal:
        """Remove a card, the threads on it and the arrows that start or end at it."""
        self.card(card_id)
        removal = Removal(self._take_threads_on({card_id}))
        removal.taken.extend(self._take_arrows_of({card_id}))
        removal.taken.append(self._pop(self._slot_of(card_id)))
        return removal

    _KEEP: Any = object()

    def move_card(
        self, card_id: str, lane_id: str, step_id: str, cell_index: int | None = None, last_step: Any = _KEEP
    ) -> tuple[Slot, str]:
        """Move a card to a cell (and a place in it); returns its old slot and step.

        A spanning card keeps its width (cut short at the map's last step) unless
        ``last_step`` says where its span ends (``None``: one step).
        """
        self.step(step_id)
        self._card_lane(lane_id)
        old_slot = self._slot_of(card_id)
        card = self.card(card_id)
        old_step, old_last = card.step, card.last_step
        if last_step is Document._KEEP:
            last_step = widened_to(self._map, step_id, span_width(self._map, card))
        self._check_span(step_id, last_step)
        _, _ = self._pop(old_slot, emit=False)
        card.step = step_id
        card.last_step = last_step
        index = self._lane_index_for(lane_id, step_id, cell_index)
        self._insert(Slot(lane_id, "cards", index), card, emit=False)
        if (old_slot.owner, old_slot.index, old_step, old_last) != (lane_id, index, step_id, last_step):
            fields = ("step", "last_step") if old_last != last_step else ("step",)
            self._emit(Change("move", "card", (card_id,), fields, owner=lane_id))
        return old_slot, old_step

    def place_card(self, card_id: str, slot: Slot, step_id: str, last_step: Any = _KEEP) -> None:
        """Put a card back exactly where a :meth:`move_card` found it (with its span's old ``last_step``)."""
        card = self.card(card_id)
        _, _ = self._pop(self._slot_of(card_id), emit=False)
        card.step = step_id
        fields: tuple[str, ...] = ("step",)
        if last_step is not Document._KEEP and last_step != card.last_step:
            card.last_step = last_step
            fields = ("step", "last_step")
        self._insert(slot, card, emit=False)
        self._emit(Change("move", "card", (card_id,), fields, owner=slot.owner))

    def set_span(self, card_id: str, last_step: str | None) -> str | None:
        """Make a card span from its step to ``last_step`` (``None``: one step); returns the old last step."""
        card = self.card(card_id)
        if last_step == card.step:
            last_step = None
        old = card.last_step
        if old == last_step:
            return old
        self._check_span(card.step, last_step)
        card.last_step = last_step
        self._emit(Change("update", "card", (card_id,), ("last_step",), owner=self._parent[card_id]))
        return old

    def set_spans(self, edits: list[SpanEdit], undo: bool = False) -> None:
        """Apply span edits (``undo``: put back their old values, last first)."""
        for edit in reversed(edits) if undo else edits:
            step_id, last = edit.old if undo else edit.new
            card = self.card(edit.card_id)
            if (card.step, card.last_step) == (step_id, last):
                continue
            fields = ("step", "last_step") if card.step != step_id else ("last_step",)
            card.step, card.last_step = step_id, last
            self._emit(Change("move" if "step" in fields else "update", "card", (edit.card_id,), fields,
                              owner=self._parent[edit.card_id]))

    # -- arrows ------------------------------------------------------------------
    def add_arrow(self, arrow: Arrow, index: int | None = None) -> None:
        """Add an arrow between two cards of the map."""
        self._insert(Slot(None, "arrows", self._end(None, "arrows", index)), arrow)

    def remove_arrow(self, arrow_id: str) -> Removal:
        self.arrow(arrow_id)
        return Removal([self._pop(self._slot_of(arrow_id))])

    # -- emotion scores --------------------------------------------------------
    def set_score(
        self, step_id: str, persona_id: str, score: Score | None, index: int | None = None
    ) -> tuple[Score | None, int | None]:
        """Set (or with ``None`` clear) a persona's score on a step.

        Returns the old score and its index in the step's list, which is what
        an undo passes back to restore the list exactly.
        """
        self.persona(persona_id)
        step = self.step(step_id)
        if score is not None and score.persona != persona_id:
            raise DocumentError("the score belongs to another persona")
        old_index = next((k for k, s in enumerate(step.scores) if s.persona == persona_id), None)
        old = step.scores[old_index] if old_index is not None else None
        if old == score:
            return old, old_index
        if score is not None:
            Score.model_validate(score.model_dump())
            scale = self._map.emotion_scale
            for field in ("value", "target"):
                v = getattr(score, field)
                if v is not None and not scale.min <= v <= scale.max:
                    raise _off_scale("Score", (field,), v, f"{v} is outside the emotion scale {scale.min}…{scale.max}")
        if old_index is not None:
            step.scores.pop(old_index)
        if score is not None:
            at = old_index if index is None and old_index is not None else index
            step.scores.insert(len(step.scores) if at is None else at, copy.deepcopy(score))
        self._emit(Change("update", "score", (step_id, persona_id), owner=step_id))
        return old, old_index

    def _check_scores_fit(self, scale: EmotionScale) -> None:
        """Refuse a scale that would leave a score off it: the saved file would no longer load."""
        outside = [(s, t, k, field, v)
                   for s, stage in enumerate(self._map.stages) for t, step in enumerate(stage.steps)
                   for k, score in enumerate(step.scores) for field in ("value", "target")
                   if (v := getattr(score, field)) is not None and not scale.min <= v <= scale.max]
        if outside:
            s, t, k, field, v = outside[0]
            more = f" (and {len(outside) - 1} more)" if len(outside) > 1 else ""
            raise _off_scale(
                "EmotionScale", ("emotion_scale",), scale.model_dump(),
                f"the emotion scale {scale.min}…{scale.max} would leave scores outside it: "
                f"stages[{s}].steps[{t}].scores[{k}].{field} is {v}{more}; change those scores first")

    # -- empathy notes ---------------------------------------------------------
    def add_note(self, persona_id: str, section: str, note: Note, index: int | None = None) -> None:
        attr = self._section_attr(section)
        self._insert(Slot(persona_id, attr, self._end(persona_id, attr, index)), note)

    def remove_note(self, note_id: str) -> Removal:
        return Removal([self._pop(self._slot_of(note_id))])

    def move_note(self, note_id: str, section: str, index: int) -> Slot:
        """Move a note to ``index`` of ``section`` of the same persona; returns where it was."""
        old = self._slot_of(note_id)
        attr = self._section_attr(section)
        if old.attr == attr and old.index == index:
            return old
        self._check_move_index(old.owner, attr, index, same_list=old.attr == attr)
        _, note = self._pop(old, emit=False)
        self._insert(Slot(old.owner, attr, index), note, emit=False)
        self._emit(Change("move", "note", (note_id,), (attr,), owner=old.owner))
        return old

    def place_note(self, note_id: str, slot: Slot) -> None:
        _, note = self._pop(self._slot_of(note_id), emit=False)
        self._insert(slot, note, emit=False)
        self._emit(Change("move", "note", (note_id,), (slot.attr,), owner=slot.owner))

    # -- comments and review ---------------------------------------------------
    def thread(self, thread_id: str) -> CommentThread:
        return self._typed(thread_id, CommentThread)

    def comment(self, comment_id: str) -> Comment:
        return self._typed(comment_id, Comment)

    def threads_on(self, target_id: str) -> list[CommentThread]:
        return [t for t in self._map.threads if t.target == target_id]

    def add_thread(self, thread: CommentThread, index: int | None = None) -> None:
        """Start a thread (with its opening comment) on a card, step, stage or persona."""
        if not thread.comments:
            raise DocumentError("a thread starts with a comment")
        self._insert(Slot(None, "threads", self._end(None, "threads", index)), thread)

    def remove_thread(self, thread_id: str) -> Removal:
        return Removal([self._pop(self._slot_of(thread_id))])

    def add_comment(self, thread_id: str, comment: Comment, index: int | None = None) -> None:
        """Reply in a thread (at ``index``, default the end)."""
        self.thread(thread_id)
        self._insert(Slot(thread_id, "comments", self._end(thread_id, "comments", index)), comment)

    def remove_comment(self, comment_id: str) -> Removal:
        """Remove one reply; the opening comment goes only with its thread."""
        slot = self._slot_of(comment_id)
        if len(self.thread(slot.owner).comments) == 1:  # type: ignore[arg-type]
            raise DocumentError("the only comment of a thread goes with the thread: delete the thread")
        return Removal([self._pop(slot)])

    def place(self, obj_id: str, slot: Slot) -> None:
        """Put an object at an exact place in a list of its kind (co-editing keeps orders identical).

        A card keeps its step; use :meth:`place_card` to change both.
        """
        old = self._slot_of(obj_id)
        if old == slot:
            return
        if old.attr != slot.attr and not (old.attr.startswith("empathy_map.") and slot.attr.startswith("empathy_map.")):
            raise DocumentError(f"{obj_id} cannot go into {slot.attr}")
        _, obj = self._pop(old, emit=False)
        try:
            self._insert(slot, obj, emit=False)
        except DocumentError:
            self._insert(old, obj, emit=False)
            raise
        kind = self._kind_of(obj)
        self._emit(Change("move", kind, (obj_id,), (slot.attr,) if kind == "note" else (), owner=slot.owner))

    def _take_threads_on(self, ids: set[str]) -> list[tuple[Slot, Any]]:
        """Take out the threads on ``ids`` (last first), so their targets can go and undo brings both back."""
        threads = self._map.threads
        return [self._pop(Slot(None, "threads", k)) for k in range(len(threads) - 1, -1, -1)
                if threads[k].target in ids]

    # -- restoring -----------------------------------------------------------
    def restore(self, removal: Removal) -> None:
        """Put back what a remove_* took, in reverse order, at the same indexes, then the old spans."""
        for slot, obj in reversed(removal.taken):
            self._insert(slot, obj)
        self.set_spans(removal.spans, undo=True)

    def take(self, removal: Removal) -> None:
        """Take out again exactly what :meth:`restore` put back (a redo)."""
        self.set_spans(removal.spans)
        for slot, _ in removal.taken:
            self._pop(slot)

    # -- internals -----------------------------------------------------------
    def _typed(self, obj_id: str, cls: type) -> Any:
        obj = self.get(obj_id)
        if not isinstance(obj, cls):
            raise DocumentError(f"{obj_id} is not a {cls.__name__.lower()}")
        return obj

    def _resolve(self, target: BaseModel, name: str) -> tuple[BaseModel, str]:
        *path, attr = name.split(".")
        holder = target
        for part in path:
            holder = getattr(holder, part)
        if attr not in type(holder).model_fields:
            raise DocumentError(f"{type(holder).__name__} has no field {attr}")
        if attr in _NOT_A_FIELD_EDIT.get(type(holder), ()):
            raise DocumentError(f"{type(holder).__name__}.{attr} changes through its own operation, not set_fields")
        return holder, attr

    def _kind_of(self, obj: object) -> Kind:
        kinds: dict[type, Kind] = {
            JourneyMap: "map", Persona: "persona", Stage: "stage", Step: "step",
            Lane: "lane", Card: "card", Note: "note", CommentThread: "thread", Comment: "comment", Arrow: "arrow",
        }
        return kinds[type(obj)]

    def _section_attr(self, section: str) -> str:
        if section not in EMPATHY_SECTIONS:
            raise DocumentError(f"an empathy map has no section {section!r}")
        return f"empathy_map.{section}"

    def _list(self, owner: str | None, attr: str) -> list:
        holder: Any = self.get(owner)
        for part in attr.split("."):
            holder = getattr(holder, part)
        return holder

    def _end(self, owner: str | None, attr: str, index: int | None) -> int:
        size = len(self._list(owner, attr))
        if index is None:
            return size
        if not 0 <= index <= size:
            raise DocumentError(f"index {index} is outside 0…{size}")
        return index

    def _check_move_index(self, owner: str | None, attr: str, index: int, same_list: bool) -> None:
        """Refuse a move before anything is taken out, so a bad target loses nothing."""
        if attr == "steps":
            self.stage(owner)  # type: ignore[arg-type]
        size = len(self._list(owner, attr)) - (1 if same_list else 0)
        if not 0 <= index <= size:
            raise DocumentError(f"index {index} is outside 0…{size}")

    def _slot_of(self, obj_id: str) -> Slot:
        obj = self.get(obj_id)
        owner = self._parent[obj_id]
        kind = self._kind_of(obj)
        if kind == "note":
            for section in EMPATHY_SECTIONS:
                attr = f"empathy_map.{section}"
                items = self._list(owner, attr)
                for k, item in enumerate(items):
                    if item is obj:
                        return Slot(owner, attr, k)
            raise DocumentError(f"note {obj_id} is not in its persona")
        attr = {"persona": "personas", "stage": "stages", "step": "steps",
                "lane": "lanes", "card": "cards", "thread": "threads", "comment": "comments", "arrow": "arrows"}[kind]
        items = self._list(owner, attr)
        for k, item in enumerate(items):
            if item is obj:
                return Slot(owner, attr, k)
        raise DocumentError(f"{obj_id} is not where the index says")

    def _check_lane_kind(self, lane: Lane) -> None:
        """Refuse an emotion lane that holds cards: it holds scores, and the saved file would not load."""
        if lane.kind is LaneKind.EMOTION and lane.cards:
            count = len(lane.cards)
            raise DocumentError(
                f"the lane \u201c{lane.display_title}\u201d holds {count} card{'s' if count != 1 else ''}; "
                "an emotion-curve lane holds scores, not cards: move or delete its cards first")

    def _card_lane(self, lane_id: str) -> Lane:
        """The lane a card is going into; an emotion curve takes none."""
        lane = self.lane(lane_id)
        if lane.kind is LaneKind.EMOTION:
            raise DocumentError(f"the lane \u201c{lane.display_title}\u201d is an emotion curve: it holds scores, not cards")
        return lane

    def _lane_index_for(self, lane_id: str, step_id: str, cell_index: int | None) -> int:
        cards = self._card_lane(lane_id).cards
        in_cell = [k for k, c in enumerate(cards) if c.step == step_id]
        if cell_index is None or cell_index >= len(in_cell):
            if in_cell:
                return in_cell[-1] + 1
            return self._index_by_column(cards, step_id)
        return in_cell[max(0, cell_index)]

    def _index_by_column(self, cards: list[Card], step_id: str) -> int:
        """Where a card in an empty cell goes: after the cards of earlier columns."""
        order = {s.id: k for k, s in enumerate(self._map.steps())}
        mine = order[step_id]
        for k, c in enumerate(cards):
            if order.get(c.step, -1) > mine:
                return k
        return len(cards)

    def _take_cards_of_steps(self, step_ids: set[str]) -> list[tuple[Slot, BaseModel]]:
        """Pop the cards in ``step_ids``' columns, the arrows that touch them first (undo restores cards first)."""
        doomed = {card.id for lane in self._map.lanes for card in lane.cards if card.step in step_ids}
        taken = self._take_arrows_of(doomed)
        for lane in self._map.lanes:
            for k in range(len(lane.cards) - 1, -1, -1):
                if lane.cards[k].step in step_ids:
                    taken.append(self._pop(Slot(lane.id, "cards", k)))
        return taken

    def _take_arrows_of(self, card_ids: set[str]) -> list[tuple[Slot, BaseModel]]:
        arrows = self._map.arrows
        return [self._pop(Slot(None, "arrows", k)) for k in range(len(arrows) - 1, -1, -1)
                if arrows[k].source in card_ids or arrows[k].target in card_ids]

    def _shrink_spans(self, leaving: list[str]) -> list[SpanEdit]:
        edits = shrunk_spans(self._map, leaving)
        self.set_spans(edits)
        return edits

    def _check_span(self, step_id: str, last_step: str | None) -> None:
        if last_step is None:
            return
        order = {s.id: k for k, s in enumerate(self._map.steps())}
        if last_step not in order:
            raise DocumentError(f"nothing in the map has the id {last_step}")
        if order[last_step] < order[step_id]:
            raise DocumentError("a card's span cannot end before the step it starts in")

    def _move_within(self, obj_id: str, index: int) -> int:
        old = self._slot_of(obj_id)
        items = self._list(old.owner, old.attr)
        if not 0 <= index < len(items):
            raise DocumentError(f"index {index} is outside 0…{len(items) - 1}")
        if index == old.index:
            return index
        obj = items.pop(old.index)
        items.insert(index, obj)
        self._emit(Change("move", self._kind_of(obj), (obj_id,), owner=old.owner))
        return old.index

    def _insert(self, slot: Slot, obj: BaseModel, emit: bool = True) -> None:
        items = self._list(slot.owner, slot.attr)
        if not 0 <= slot.index <= len(items):
            raise DocumentError(f"index {slot.index} is outside 0…{len(items)}")
        self._check_fits(obj)
        items.insert(slot.index, obj)
        self._register(obj, slot.owner)
        if emit:
            self._emit(self._change_for("add", slot, obj))

    def _pop(self, slot: Slot, emit: bool = True) -> tuple[Slot, Any]:
        items = self._list(slot.owner, slot.attr)
        obj = items.pop(slot.index)
        self._unregister(obj)
        if emit:
            self._emit(self._change_for("remove", slot, obj))
        return slot, obj

    def _check_fits(self, obj: Any) -> None:
        """Refuse an object (with all it holds) whose ids clash or whose references dangle.

        Without this a Document could build a map that saves but never loads again.
        """
        ids: list[str] = []
        steps: list[Step] = []
        cards: list[Card] = []
        scores: list[Score] = []
        if isinstance(obj, Arrow):
            for end in (obj.source, obj.target):
                if not isinstance(self._objects.get(end), Card):
                    raise DocumentError(f"an arrow ends at {end}, which is not a card of the map")

        def walk(o: Any) -> None:
            if isinstance(o, Score):
                scores.append(o)
                return
            ids.append(o.id)
            if isinstance(o, Step):
                steps.append(o)
                scores.extend(o.scores)
            elif isinstance(o, Card):
                cards.append(o)
            for child in _held_by(o):
                walk(child)

        walk(obj)
        seen: set[str] = set()
        for obj_id in ids:
            if obj_id in self._objects or obj_id in seen:
                raise DocumentError(f"the id {obj_id} is already in the map")
            seen.add(obj_id)
        new_steps = {s.id for s in steps}
        for card in cards:
            if card.step not in new_steps and not isinstance(self._objects.get(card.step), Step):
                raise DocumentError(f"card {card.id} is in step {card.step}, which is not in the map")
            last = card.last_step
            if last is not None and last not in new_steps and not isinstance(self._objects.get(last), Step):
                raise DocumentError(f"card {card.id} spans to step {last}, which is not in the map")
        for score in scores:
            if not isinstance(self._objects.get(score.persona), Persona):
                raise DocumentError(f"a score is for persona {score.persona}, who is not in the map")
        if isinstance(obj, CommentThread) and not isinstance(self._objects.get(obj.target), (Card, Step, Stage, Persona)):
            raise DocumentError(f"a thread is on {obj.target}, which is no card, step, stage or persona of the map")

    def _change_for(self, action: str, slot: Slot, obj: Any) -> Change:
        if isinstance(obj, Score):
            return Change("update", "score", (slot.owner or "", obj.persona), owner=slot.owner)
        kind = "note" if slot.attr.startswith("empathy_map.") else _KIND_OF_ATTR[slot.attr]
        return Change(action, kind, (obj.id,), owner=slot.owner)  # type: ignore[arg-type]

    def _register(self, obj: Any, owner: str | None) -> None:
        if isinstance(obj, Score):
            return
        self._objects[obj.id] = obj
        self._parent[obj.id] = owner
        for child in _held_by(obj):
            self._register(child, obj.id)

    def _unregister(self, obj: Any) -> None:
        if isinstance(obj, Score):
            return
        self._objects.pop(obj.id, None)
        self._parent.pop(obj.id, None)
        for child in _held_by(obj):
            self._unregister(child)

    def _reindex(self) -> None:
        self._objects.clear()
        self._parent.clear()
        for persona in self._map.personas:
            self._register(persona, None)
        for stage in self._map.stages:
            self._register(stage, None)
        for lane in self._map.lanes:
            self._register(lane, None)
        for thread in self._map.threads:
            self._register(thread, None)
        for arrow in self._map.arrows:
            self._register(arrow, None)


def _held_by(obj: Any) -> list[Any]:
    """The objects with ids that ``obj`` holds: a stage's steps, a lane's cards, a persona's notes.

    Registering, unregistering and the fit check all walk the same containment; one place knows it.
    """
    if isinstance(obj, Stage):
        return obj.steps
    if isinstance(obj, Lane):
        return obj.cards
    if isinstance(obj, Persona):
        return [note for section in EMPATHY_SECTIONS for note in getattr(obj.empathy_map, section)]
    if isinstance(obj, CommentThread):
        return obj.comments
    return []
