"""The Export dialog's notice when a poster's text would print too small to read, with a switch to Tiled.

The person exporting is told (the smallest text size, the print-shop minimum)
before the file is made, and can switch to the tiled layout in one click;
nothing about it is ever printed on the poster itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ..export.pdf_poster import poster_fit, poster_sizes
from ..i18n import format_number, language, tr, ui_language
from ..layout.paint.print_check import MIN_TEXT
from ..model import JourneyMap


class PosterNotice(QWidget):
    """Says how small the poster's text would be; ``switch`` is called by its "Switch to Tiled" button."""

    def __init__(self, switch: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(tr("Poster text size"))
        self.button = QPushButton(tr("Switch to &Tiled"))
        self.button.setAccessibleName(tr("Switch to the tiled layout"))
        self.button.clicked.connect(switch)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self._known: dict[tuple, float] = {}
        self.smallest: float | None = None
        self.hide()

    def smallest_text(self, journey: JourneyMap, page: str, orientation: str | None, fit: str,
                      include_hidden: bool) -> float:
        """The smallest text the poster would print, in points (remembered: the map does not change here)."""
        key = (page, orientation, fit, include_hidden)
        if key not in self._known:
            landscape = None if orientation is None else orientation != "portrait"
            fitted = poster_fit(journey, page, landscape, fit, include_hidden)
            self._known[key] = poster_sizes(fitted).smallest_text
        return self._known[key]

    def show_for(self, smallest: float | None) -> None:
        """Show the notice when ``smallest`` is under the minimum (None: not a poster)."""
        self.smallest = smallest
        if smallest is None or smallest >= MIN_TEXT:
            self.hide()
            return
        with language(ui_language()):  # "4,1 pt" in a French or German editor
            smallest_text, needed = format_number(smallest, 1), format_number(MIN_TEXT, 0)
        self.label.setText(tr("The smallest text on this poster would be {smallest} pt; a poster needs {needed} pt "
                              "to be read. Choose a larger sheet, or print it tiled.").format(
                                  smallest=smallest_text, needed=needed))
        self.show()
