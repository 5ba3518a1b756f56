"""What an import would do: its figures per step and persona, its problems, and its edits.

:func:`journeymap.analysis.research.plan_import` fills an :class:`ImportPlan`;
the dialog previews it, the command line prints it (:mod:`.report`), and its
``edits`` are applied in one go.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..i18n import _
from ..model import Card
from ..model.evidence import ImportRecord
from .edits import Edit
from .tables import Table

MEASURES = ("rating", "nps", "csat", "ces", "verbatim")
MAX_SHOWN_PROBLEMS = 50


@dataclass(frozen=True)
class DataProblem:
    """Something wrong with the data, at a row (as the spreadsheet numbers it) and a column."""

    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = ", ".join(p for p in (_("row {n}").format(n=self.row) if self.row else "",
                                      _("column {name}").format(name=self.column) if self.column else "") if p)
        return f"{where}: {self.message}" if where else self.message


@dataclass(frozen=True)
class ScoreResult:
    """The measured emotion of one persona at one step (on the map's scale)."""

    step_id: str
    persona_id: str
    n: int
    mean: float
    low: float | None
    high: float | None
    value: int


@dataclass(frozen=True)
class MetricResult:
    step_id: str
    kind: str  # nps, csat, ces
    value: float
    n: int


@dataclass
class ImportPlan:
    """What an import would change, and why it cannot when it cannot."""

    name: str
    date: datetime
    file: str
    table: Table
    columns: dict[str, str]
    unused: list[str]
    aggregate: bool = False
    scale: tuple[float, float] | None = None
    scale_guessed: bool = False
    problems: list[DataProblem] = field(default_factory=list)
    unmatched: list[DataProblem] = field(default_factory=list)
    skip_unmatched: bool = False
    notes: list[str] = field(default_factory=list)
    scores: list[ScoreResult] = field(default_factory=list)
    metrics: list[MetricResult] = field(default_factory=list)
    cards: list[Card] = field(default_factory=list)
    edits: list[Edit] = field(default_factory=list)
    record: ImportRecord | None = None
    already: ImportRecord | None = None
    rows_used: int = 0
    #: (step id, persona id or None) -> (row, text) of each verbatim, in file order
    verbatims: dict[tuple[str, str | None], list[tuple[int, str]]] = field(default_factory=dict)
    max_verbatims: int = 5

    @property
    def blocking(self) -> list[DataProblem]:
        """The problems that stop the import: all of them, unless unmatched rows may be left out."""
        return self.problems + ([] if self.skip_unmatched else self.unmatched)

    @property
    def ok(self) -> bool:
        return not self.blocking
