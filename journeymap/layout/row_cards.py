"""Where the canvas imports ``RowCards`` from until its next pass; the module is :mod:`.lane_visibility_cards`."""

from .lane_visibility_cards import Row, RowCards, rows_of, shifted

__all__ = ["Row", "RowCards", "rows_of", "shifted"]
