"""The Outline's rows as a screen reader meets them, and the parts of the tree built from wanted rows.

Every row describes itself (Qt's ``AccessibleDescriptionRole``) from the map as
it is when asked: its level in the tree and its place in the map ("card 2 of
3 in Pain points at Compares models (Research)"), so the description is never
stale after an edit. The emotion curves, and the cards when they are arranged
by stage and step, are kept up to date by reconciling the rows there are with
the rows wanted, key by key: a row that stays is the same row object, so what
is expanded, selected and scrolled to stays put.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from ...i18n import ntr, tr
from ...model import Card, JourneyMap, Lane, LaneKind, Persona, Stage, Step
from ...model.arrow_text import arrow_sentence, cards_and_lanes
from ...model.arrows import Arrow
from ..a11y.phrases import (
    card_details,
    card_name,
    curve_phrase,
    has_to_be,
    is_scored,
    lane_name,
    one_line,
    plural,
    score_of,
    score_words,
    stage_of,
    step_details,
    step_place,
)
from ..plain import tip

if TYPE_CHECKING:
    from ...model import Document

ID_ROLE = Qt.ItemDataRole.UserRole
DESCRIPTION_ROLE = Qt.ItemDataRole.AccessibleDescriptionRole
SPOKEN_ROLE = Qt.ItemDataRole.AccessibleTextRole
#: a curve row shows this much of its sequence (a row thousands of characters wide slows every edit the
#: tree lays out); its accessible name and tooltip have all of it
CURVE_SHOWN = 110
GROUP_CURVES = "#curves"
CURVE, POINT, CELL = "curve|", "point|", "cell|"


class Wanted(NamedTuple):
    """A row that should be there: its key, its text, the rows under it (None: leave them be), and, when
    the row shows a shortened text, the whole of it, which screen readers read and the tooltip shows."""

    key: str
    text: str
    children: list[Wanted] | None = None
    spoken: str = ""


class OutlineRow(QTreeWidgetItem):
    """A row whose accessible description is worked out when a screen reader asks for it."""

    describe: Callable[[QTreeWidgetItem], str] | None = None

    def data(self, column: int, role: int) -> Any:
        if role == DESCRIPTION_ROLE and column == 0 and self.describe is not None:
            try:
                return self.describe(self)
            except (KeyError, ValueError, AttributeError):  # the object went away mid-edit
                return ""
        return super().data(column, role)


def level_of(item: QTreeWidgetItem) -> int:
    level = 1
    parent = item.parent()
    while parent is not None:
        level += 1
        parent = parent.parent()
    return level


def key_target(key: str) -> str | None:
    """The object a row selects: a curve its persona, a score or a cell row its step; None for group rows."""
    if key.startswith("#"):
        return None
    if key.startswith(CURVE):
        return key.split("|")[2]
    if key.startswith((POINT, CELL)):
        return key.split("|")[1] if key.startswith(CELL) else key.split("|")[3]
    return key


# -- wanted rows ----------------------------------------------------------------------------
def curve_rows(journey: JourneyMap, opened: set[str] | frozenset[str] = frozenset()) -> list[Wanted]:
    """Each persona's curve as one row that reads as a sequence, its steps one row each under it.

    Only the curves in ``opened`` (expanded rows) have their step rows: a long map's curves would
    otherwise be thousands of rows to keep up to date at every added step.
    """
    rows = []
    for persona in journey.personas:
        for kind in ("as_is", "to_be"):
            if kind == "to_be" and not has_to_be(journey, persona.id):
                continue
            key = f"{CURVE}{kind}|{persona.id}"
            points = [Wanted(f"{POINT}{kind}|{persona.id}|{step.id}",
                             tr("{step}: {score}").format(step=one_line(step.name),
                                                          score=score_words(score_of(step, persona.id), journey, kind)))
                      for step in journey.steps()] if key in opened else []
            phrase = curve_phrase(journey, persona, kind)
            rows.append(Wanted(key, one_line(phrase, CURVE_SHOWN), points, phrase))
    return rows


def cards_by_cell(journey: JourneyMap, step_ids: set[str] | None = None) -> dict[tuple[str, str], list[Card]]:
    """(step id, lane id) -> the cards there, in cell order; only ``step_ids``' cells when given."""
    cells: dict[tuple[str, str], list[Card]] = {}
    for lane in journey.lanes:
        for card in lane.cards:
            if step_ids is None or card.step in step_ids:
                cells.setdefault((card.step, lane.id), []).append(card)
    return cells


def step_cells(journey: JourneyMap, step: Step, cells: dict[tuple[str, str], list[Card]],
               label_of: Callable[[object], str]) -> list[Wanted]:
    """Under a step: the lanes that hold cards there, each with those cards."""
    return [Wanted(f"{CELL}{step.id}|{lane.id}", cell_label(lane, len(cards), journey.language),
                   [Wanted(c.id, label_of(c), []) for c in cards])
            for lane in journey.lanes if (cards := cells.get((step.id, lane.id)))]


def stage_rows(journey: JourneyMap, label_of: Callable[[object], str]) -> list[Wanted]:
    """Stages, their steps, and under each step the lanes that hold cards there, with those cards."""
    cells = cards_by_cell(journey)
    return [Wanted(stage.id, label_of(stage),
                   [Wanted(step.id, label_of(step), step_cells(journey, step, cells, label_of))
                    for step in stage.steps])
            for stage in journey.stages]


def cell_label(lane: Lane, cards: int, code: str | None) -> str:
    name = tr("{lane} (hidden)").format(lane=lane_name(lane, code)) if lane.hidden else lane_name(lane, code)
    return f"{name} — {plural(cards, 'card')}"


def wanted_keys(wanted: list[Wanted]) -> set[str]:
    keys: set[str] = set()
    stack = list(wanted)
    while stack:
        want = stack.pop()
        keys.add(want.key)
        stack.extend(want.children or [])
    return keys


class RowSync:
    """Reconciles parts of the tree with wanted rows; a row that moves to another parent is moved, not made anew."""

    def __init__(self, make: Callable[[str, str], QTreeWidgetItem], find: Callable[[str], QTreeWidgetItem | None],
                 set_text: Callable[[QTreeWidgetItem, str], None], forget: Callable[[QTreeWidgetItem], None]) -> None:
        self.make, self.find, self.set_text, self.forget = make, find, set_text, forget

    def sync(self, parent: QTreeWidgetItem, wanted: list[Wanted]) -> None:
        self._children(parent, wanted, wanted_keys(wanted))

    def sync_many(self, parts: list[tuple[QTreeWidgetItem, list[Wanted]]]) -> None:
        """Several parents at once: a row moving from one to another is moved, not made anew."""
        anywhere = set().union(*(wanted_keys(wanted) for _parent, wanted in parts))
        for parent, wanted in parts:
            self._children(parent, wanted, anywhere)

    def _children(self, parent: QTreeWidgetItem, wanted: list[Wanted], anywhere: set[str]) -> None:
        keys = {w.key for w in wanted}
        for row in [parent.child(k) for k in range(parent.childCount())]:
            key = row.data(0, ID_ROLE)
            if key not in keys:
                parent.removeChild(row)
                if key not in anywhere:  # gone for good (else it is put back where it now belongs)
                    self.forget(row)
        for index, want in enumerate(wanted):
            row = self.find(want.key)
            if row is None:
                row = self.make(want.key, want.text)
                parent.insertChild(index, row)
            elif row.parent() is not parent or parent.indexOfChild(row) != index:
                opened = row.isExpanded()
                old = row.parent()
                if old is not None and old.indexOfChild(row) >= 0:
                    old.takeChild(old.indexOfChild(row))
                parent.insertChild(index, row)
                row.setExpanded(opened)
            if row.text(0) != want.text:
                self.set_text(row, want.text)
            if want.spoken and row.data(0, SPOKEN_ROLE) != want.spoken:
                row.setData(0, SPOKEN_ROLE, want.spoken)
                row.setToolTip(0, tip(want.spoken))
            if want.children is not None:
                self._children(row, want.children, anywhere)


# -- what each row says besides its text ------------------------------------------------------
class RowWords:
    """The accessible description of every kind of row, from the document as it is now."""

    def __init__(self, document: Document) -> None:
        self.document = document

    def __call__(self, item: QTreeWidgetItem) -> str:
        key = item.data(0, ID_ROLE) or ""
        parts = [self.place(key, item)]
        parts.append(tr("level {level}").format(level=level_of(item)))
        return ", ".join(p for p in parts if p)

    def place(self, key: str, item: QTreeWidgetItem) -> str:
        doc = self.document
        journey = doc.journey
        if key.startswith("#"):
            return ntr("{n} row inside", "{n} rows inside", item.childCount()).format(n=item.childCount())
        if key.startswith(CURVE):
            _, kind, persona_id = key.split("|")
            persona = doc.persona(persona_id)
            steps = journey.steps()
            gaps = sum(1 for s in steps if not is_scored(score_of(s, persona_id), kind))
            curve = (tr("to-be emotion curve of {persona}") if kind == "to_be"
                     else tr("emotion curve of {persona}")).format(persona=one_line(persona.name))
            parts = [curve, plural(len(steps), "step"),
                     ntr("{n} without a score", "{n} without a score", gaps).format(n=gaps)]
            if not persona.show_curve:
                parts.append(tr("the curve is hidden on the map"))
            return ", ".join(parts)
        if key.startswith(POINT):
            _, _kind, persona_id, step_id = key.split("|")
            step = doc.step(step_id)
            return tr("{persona}'s score at {place}").format(persona=one_line(doc.persona(persona_id).name),
                                                             place=step_place(step, stage_of(journey).get(step_id)))
        if key.startswith(CELL):
            _, step_id, lane_id = key.split("|")
            step = doc.step(step_id)
            return tr("{lane} at {place}").format(lane=lane_name(doc.lane(lane_id), journey.language),
                                                  place=step_place(step, stage_of(journey).get(step_id)))
        if key != journey.id and not doc.has(key):
            return ""
        obj = doc.get(key)
        if isinstance(obj, JourneyMap):
            return tr("the map, {stages}, {lanes}").format(stages=plural(len(journey.stages), "stage"),
                                                           lanes=plural(len(journey.lanes), "lane"))
        if isinstance(obj, Stage):
            number = next(k for k, s in enumerate(journey.stages) if s.id == key) + 1
            return tr("stage {number} of {total}, {steps}").format(number=number, total=len(journey.stages),
                                                                   steps=plural(len(obj.steps), "step"))
        if isinstance(obj, Step):
            return step_details(journey, obj, stage_of(journey).get(key))
        if isinstance(obj, Lane):
            number = next(k for k, lane in enumerate(journey.lanes) if lane.id == key) + 1
            parts = [tr("lane {number} of {total}").format(number=number, total=len(journey.lanes))]
            if obj.title and obj.title != obj.kind.label:
                parts.append(tr("a lane of kind {kind}").format(kind=obj.kind.label))
            parts.append(plural(len(obj.cards), "card"))
            if obj.hidden:
                parts.append(tr("hidden on the map"))
            if obj.kind == LaneKind.EMOTION:
                parts.append(tr("holds the emotion curves"))
            return ", ".join(parts)
        if isinstance(obj, Card):
            lane = doc.lane(doc.parent_id(key))
            step = doc.step(obj.step)
            cell = doc.cell(lane.id, step.id)
            number = next(k for k, c in enumerate(cell) if c.id == key) + 1
            return tr("{details}, card {number} of {total} in {lane} at {place}").format(
                details=card_details(obj), number=number, total=len(cell), lane=lane_name(lane, journey.language),
                place=step_place(step, stage_of(journey).get(step.id)))
        if isinstance(obj, Persona):
            return tr("persona, curve shown") if obj.show_curve else tr("persona, curve hidden")
        if isinstance(obj, Arrow):
            where = cards_and_lanes(journey)
            if obj.source in where and obj.target in where:
                what = tr("a dependency: {arrow}") if obj.style.value == "dependency" else tr("a flow: {arrow}")
                return what.format(arrow=arrow_sentence(obj, where, lanes_of_both=True))
        return ""


__all__ = ["CELL", "CURVE", "GROUP_CURVES", "POINT", "OutlineRow", "RowSync", "RowWords", "Wanted", "card_name",
           "cards_by_cell", "cell_label", "curve_rows", "key_target", "level_of", "stage_rows", "step_cells"]
