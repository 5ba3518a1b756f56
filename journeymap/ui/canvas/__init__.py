"""The journey-map canvas: a Qt Graphics View of the map that a designer edits directly.

The contract with the main window (kept stable; everything else here is internal)::

    view = MapView(session, parent)        # owns its MapScene (view.map_scene)
    view.zoom_in(); view.zoom_out(); view.zoom_to_fit(); view.zoom_100()
    view.zoom_factor() -> float            # 1.0 = true size (1 pt of map = 1 pt on screen)
    view.zoom_changed                      # Signal(float)
    view.add_card_at_current()             # new card in the focused/selected cell, edited in place
    view.edit_selected()                   # in-place edit of the selected card / rename header
    view.delete_selected(); view.duplicate_selected(); view.select_all()
    view.copy_selected(); view.cut_selected(); view.paste()
    view.set_filter(predicate | None)      # predicate(Card) -> bool; non-matching cards are dimmed
    view.reveal(obj_id)                    # scroll to and select a card, step, stage or lane

Selection is shared through ``session.select()`` / ``session.selection_changed``;
every edit goes through ``session.push()`` as one undo step.
"""

from .scene import MapScene
from .view import MapView

__all__ = ["MapScene", "MapView"]
