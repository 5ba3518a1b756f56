"""Where the Export dialog finds the font substitution report (it moved to the text engine, ``layout.shaping``).

Kept for the dialog's import until the canvas pass updates it; new code imports
from :mod:`journeymap.layout.shaping`.
"""

from ..layout.shaping import FontReport

__all__ = ["FontReport"]
