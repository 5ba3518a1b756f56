"""The Qt editor: main window, canvas, panels, presentation."""

import PySide6.QtCore  # noqa: F401  (loads PySide's import check, made cheap next)

from .pyside_imports import check_imports_cheaply

check_imports_cheaply()  # before the editor's few hundred modules are imported
