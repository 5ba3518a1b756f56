"""File > Export…: PDF, PNG, SVG or CSV, the format taken from the file name.

The options are the ones of ``journeymap export`` (layout, page size,
orientation, dpi) and are remembered between uses. The file is written
beside its target and then moved into place, so a failed export never leaves
half a file. PDF and CSV are made on a worker thread (no Qt involved) while a
progress dialog keeps the window responsive; PNG and SVG render the scene
with Qt and are made on the GUI thread.
"""

from __future__ import annotations

import os
import tempfile
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..cli import PAGE_SIZES
from .session import EditSession
from .settings import Settings

FORMATS = {".pdf": "PDF document", ".png": "PNG picture", ".svg": "SVG drawing", ".csv": "CSV table"}
FILTER = "PDF (*.pdf);;PNG picture (*.png);;SVG drawing (*.svg);;CSV table (*.csv)"
LAYOUTS = (("poster", "Poster: the whole map on one page"),
           ("tiled", "Tiled: across several pages to tape together"),
           ("digest", "Digest: a readable report, stage by stage"))
DIGEST_PAGES = ("A4", "letter")
DEFAULTS: dict[str, Any] = {"layout": "poster", "page_size": "A3", "orientation": "landscape", "dpi": 150,
                            "open_after": True, "folder": "", "ext": ".pdf"}


class ExportFailed(Exception):
    """An export that could not be written, with the reason in the user's words."""


def export_file(journey, out: Path, options: dict[str, Any]) -> list[str]:
    """Write ``journey`` to ``out`` (format from its extension); return font warnings.

    Written to a temporary file in the same folder and moved into place.
    """
    from ..export.command import ExportError, export_to
    from ..export.fonts import FontReport

    ext = out.suffix.lower()
    if ext not in FORMATS:
        raise ExportFailed(f"“{out.name}” has no known extension; use one of {', '.join(FORMATS)}")
    if not out.parent.is_dir():
        raise ExportFailed(f"the folder {out.parent} does not exist")
    report = FontReport()
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=ext, dir=out.parent)
        os.close(fd)
    except OSError as e:
        raise ExportFailed(f"cannot write in {out.parent}: {e.strerror or e}") from None
    tmp = Path(tmp_name)
    try:
        export_to(journey, tmp, ext, options["layout"], options["page_size"], options["orientation"],
                  int(options["dpi"]), report)
        os.replace(tmp, out)
    except ModuleNotFoundError:
        raise ExportFailed(f"{FORMATS[ext]} export is not available in this build") from None
    except ExportError as e:
        raise ExportFailed(str(e)) from None
    except OSError as e:
        raise ExportFailed(f"could not write {out.name}: {e.strerror or e}") from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return list(report.warnings)


class ExportDialog(QDialog):
    """Choose the file and the options, then export with a progress indication."""

    def __init__(self, session: EditSession, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.settings = session, settings
        self.setWindowTitle("Export map")
        self.setAccessibleName("Export map")
        saved = {**DEFAULTS, **(settings.choice("export") or {})}
        self.path_edit = QLineEdit(str(self._default_path(saved)))
        self.path_edit.setAccessibleName("Export file")
        browse = QPushButton("Browse…")
        browse.setAccessibleName("Choose the export file")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.format_label = QLabel()
        self.format_label.setAccessibleName("Format")
        self.layout_box = self._combo("Layout", [(k, label) for k, label in LAYOUTS], saved["layout"])
        self.page_box = self._combo("Page size", [(p, p) for p in PAGE_SIZES], saved["page_size"])
        self.orientation_box = self._combo("Orientation", [("landscape", "Landscape"), ("portrait", "Portrait")],
                                           saved["orientation"])
        self.dpi = QSpinBox()
        self.dpi.setRange(10, 1200)
        self.dpi.setSuffix(" dpi")
        self.dpi.setValue(int(saved["dpi"]))
        self.dpi.setAccessibleName("Resolution")
        self.open_after = QCheckBox("&Open the result when done")
        self.open_after.setChecked(bool(saved["open_after"]))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setAccessibleName("Problem")
        self.problem.hide()
        form = QFormLayout()
        form.addRow("&File:", row)
        form.addRow("Format:", self.format_label)
        form.addRow("&Layout:", self.layout_box)
        form.addRow("&Page size:", self.page_box)
        form.addRow("O&rientation:", self.orientation_box)
        form.addRow("&Resolution:", self.dpi)
        form.addRow(self.open_after)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton("Export", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.run_export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.path_edit.textChanged.connect(self._update)
        self.layout_box.currentIndexChanged.connect(self._update)
        self.result_path: Path | None = None
        self.warnings: list[str] = []
        self._update()
        self.resize(560, 0)

    def _combo(self, name: str, items: list[tuple[str, str]], current: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        for value, label in items:
            box.addItem(label, value)
        box.setCurrentIndex(max(0, box.findData(current)))
        return box

    def _default_path(self, saved: dict[str, Any]) -> Path:
        source = self.session.path
        folder = Path(saved["folder"]) if saved.get("folder") else (source.parent if source else Path.home())
        stem = source.stem if source else ("".join(ch if ch.isalnum() or ch in " -_" else "_"
                                                    for ch in self.session.journey.title).strip() or "journey")
        ext = saved.get("ext") if saved.get("ext") in FORMATS else ".pdf"
        return folder / f"{stem}{ext}"

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Export map", self.path_edit.text(), FILTER)
        if name:
            self.path_edit.setText(name)

    def out_path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def options(self) -> dict[str, Any]:
        return {"layout": self.layout_box.currentData(), "page_size": self.page_box.currentData(),
                "orientation": self.orientation_box.currentData(), "dpi": self.dpi.value(),
                "open_after": self.open_after.isChecked()}

    def _update(self) -> None:
        ext = self.out_path().suffix.lower()
        self.format_label.setText(FORMATS.get(ext, "unknown: end the name with .pdf, .png, .svg or .csv"))
        pdf = ext == ".pdf"
        self.layout_box.setEnabled(pdf)
        self.page_box.setEnabled(pdf)
        digest = self.layout_box.currentData() == "digest"
        self.orientation_box.setEnabled(pdf and not digest)
        self.dpi.setEnabled(ext == ".png")
        model = self.page_box.model()
        for k in range(self.page_box.count()):
            allowed = not (pdf and digest) or self.page_box.itemData(k) in DIGEST_PAGES
            model.item(k).setEnabled(allowed)
        if pdf and digest and self.page_box.currentData() not in DIGEST_PAGES:
            self.page_box.setCurrentIndex(self.page_box.findData("A4"))
        self.export_button.setEnabled(ext in FORMATS)

    def _remember(self) -> None:
        out = self.out_path()
        options = self.options()
        self.settings.set_choice("export", {**options, "folder": str(out.parent), "ext": out.suffix.lower()})

    def run_export(self) -> bool:
        """Export with the chosen options; stays open with the reason if it fails."""
        out = self.out_path()
        options = self.options()
        self._remember()
        journey = self.session.journey.model_copy(deep=True)
        progress = QProgressDialog(f"Exporting {out.name}…", "", 0, 0, self)
        progress.setWindowTitle("Export")
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if out.suffix.lower() in (".pdf", ".csv"):
                self.warnings = self._in_background(journey, out, options)
            else:
                QApplication.processEvents()
                self.warnings = export_file(journey, out, options)
        except ExportFailed as e:
            self.problem.setText(f"Could not export: {e}.")
            self.problem.show()
            return False
        finally:
            QApplication.restoreOverrideCursor()
            progress.close()
        self.result_path = out
        if options["open_after"]:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))
        parent = self.parent()
        if parent is not None and hasattr(parent, "statusBar"):
            note = f" ({len(self.warnings)} font warning{'s' if len(self.warnings) != 1 else ''})" \
                if self.warnings else ""
            parent.statusBar().showMessage(f"Exported {out.name}{note}", 6000)
        self.accept()
        return True

    @staticmethod
    def _in_background(journey, out: Path, options: dict[str, Any]) -> list[str]:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="export") as pool:
            future = pool.submit(export_file, journey, out, options)
            while True:
                try:
                    return future.result(timeout=0.03)
                except FutureTimeout:
                    QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 30)
