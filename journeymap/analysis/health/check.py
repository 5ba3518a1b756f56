"""Running the health check: every rule the map has not switched off, findings most serious first."""

from __future__ import annotations

from collections.abc import Iterable

from ...model import JourneyMap
from .findings import Finding, Level
from .rules import RULES


def check_health(journey: JourneyMap, disabled: Iterable[str] | None = None) -> list[Finding]:
    """The findings of every enabled rule: errors first, then warnings, then notes, each in map order.

    ``disabled`` defaults to the rules the map itself switches off (``health.disabled_rules``).
    """
    off = set(journey.health.disabled_rules if disabled is None else disabled)
    findings: list[Finding] = []
    for rule_id, info in RULES.items():
        if rule_id not in off:
            findings.extend(info.check(journey))
    return sorted(findings, key=lambda f: f.level)  # stable: each rule's map order is kept


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.level is Level.ERROR for f in findings)


def counts_text(findings: list[Finding]) -> str:
    """"2 errors, 5 warnings, 1 note" (or "no findings")."""
    parts = []
    for level in Level:
        n = sum(1 for f in findings if f.level is level)
        if n:
            parts.append(f"{n} {level.word}{'s' if n != 1 else ''}")
    return ", ".join(parts) or "no findings"
