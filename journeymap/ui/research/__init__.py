"""Research data into the open map: File > Import Research Data…"""

from .import_dialog import ImportDialog
from .opening import import_research, open_import_dialog

__all__ = ["ImportDialog", "import_research", "open_import_dialog"]
