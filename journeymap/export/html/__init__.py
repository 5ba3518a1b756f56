"""The map as one self-contained, accessible web page (no Qt, no network, no script).

``html_document(journey)`` builds it from the model and the layout: the map's
grid with pinned headers for the eye, the same elements as headings, labelled
lists and tables for a screen reader. The words it adds are in ``strings``.
"""

from .page import html_document

__all__ = ["html_document"]
