"""Empathy maps without Qt: the sections of each layout, and suggestions from the journey."""

from .sections import THINK_AND_FEEL, WHO, Section, find_note, hidden_sections, section, sections_for
from .suggestions import Suggestion, offer, participating_steps, suggestions

__all__ = [
    "THINK_AND_FEEL", "WHO", "Section", "Suggestion", "find_note", "hidden_sections", "participating_steps",
    "offer", "section", "sections_for", "suggestions",
]
