"""The window's side panels: inspector, outline, personas, find and filter."""

from .find_filter import FindFilterPanel
from .inspector import InspectorPanel
from .outline import OutlinePanel
from .personas import PersonasPanel

__all__ = ["FindFilterPanel", "InspectorPanel", "OutlinePanel", "PersonasPanel"]
