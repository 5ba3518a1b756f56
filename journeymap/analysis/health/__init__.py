"""The health check: rules a CX lead applies to a map, each finding placed and selectable."""

from .check import check_health, counts_text, has_errors
from .findings import Finding, Level
from .rules import RULES, RuleInfo

__all__ = ["RULES", "Finding", "Level", "RuleInfo", "check_health", "counts_text", "has_errors"]
