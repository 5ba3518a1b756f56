"""File > Export…: the journey map (PDF, PNG, SVG, a web page, CSV), or personas' empathy maps.

"What" picks the kind of export; only its options are shown. The options are
the ones of ``journeymap export`` and ``journeymap empathy`` and are
remembered between uses, each kind with its own page size and file type. The
file is written beside its target and then moved into place (the export
command's :func:`write_export`), so a failed export never leaves half a file.
Exports that need no Qt (PDF, CSV, empathy SVG) are made on a worker thread
while a progress dialog keeps the window responsive; the others render with
Qt on the GUI thread.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import Any, NamedTuple

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
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..i18n import N_, ntr, tr
from ..paper import PAGE_SIZES
from .plain import plain_label
from .poster_notice import PosterNotice
from .session import EditSession
from .settings import Settings

JOURNEY, EMPATHY = "journey", "empathy"
WHAT = ((JOURNEY, N_("Journey map")), (EMPATHY, N_("Empathy maps")))
FORMATS = {".pdf": N_("PDF document"), ".png": N_("PNG picture"), ".svg": N_("SVG drawing"), ".csv": N_("CSV table"),
           ".html": N_("Web page: one accessible file, for reading on screen")}
KIND_FORMATS = {JOURNEY: (".pdf", ".png", ".svg", ".csv", ".html"), EMPATHY: (".pdf", ".png", ".svg")}
#: the file dialog's name for each kind of file (its filter: "PNG picture (*.png)")
FILTER_NAMES = {".pdf": "PDF", ".png": N_("PNG picture"), ".svg": N_("SVG drawing"), ".csv": N_("CSV table"),
                ".html": N_("Web page")}


def file_filter(what: str) -> str:
    """The Browse dialog's filter for what is exported, in the editor's language."""
    return ";;".join(f"{tr(FILTER_NAMES[ext])} (*{ext})" for ext in KIND_FORMATS[what])
LAYOUTS = (("poster", N_("Poster: the whole map on one page")),
           ("tiled", N_("Tiled: across several pages to tape together")),
           ("digest", N_("Digest: a readable report, stage by stage")))
FITS = (("bands", N_("Fill the sheet (wrap into bands)")), ("page", N_("The map in one piece")),
        ("width", N_("Across the width, as long as the map (roll paper)")))
STYLES = (("", N_("Each persona's own layout")), ("quadrants", N_("Four quadrants")),
          ("canvas", N_("Empathy Map Canvas")))
ALL, NOBODY = "all", ""


def _said(choices: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """A choice table's labels in the editor's language (the values stay as the settings keep them)."""
    return [(value, tr(label)) for value, label in choices]
DIGEST_PAGES = ("A4", "letter")
EMPATHY_PAGES = ("A4", "A3", "A2", "A1", "letter", "tabloid")
#: Remembered under the settings choice "export"; ``empathy_*`` keys belong to the empathy kind.
#: the orientation choice that lets the tiled layout pick the one needing fewer sheets
AUTO = "auto"

DEFAULTS: dict[str, Any] = {"what": JOURNEY, "layout": "poster", "page_size": "A3", "orientation": "auto",
                            "fit": "bands", "include_hidden": False, "comments": False,
                            "dpi": 150, "open_after": True, "folder": "", "ext": ".pdf",
                            "empathy_persona": ALL, "empathy_style": "", "empathy_blank": False,
                            "empathy_page_size": "A3", "empathy_orientation": "landscape",
                            "empathy_ext": ".pdf"}


class ExportFailed(Exception):
    """An export that could not be written, with the reason in the user's words."""


class Exported(NamedTuple):
    files: list[Path]
    warnings: list[str]


def export_file(journey, out: Path, options: dict[str, Any]) -> Exported:
    """Write ``journey`` (or its empathy maps) to ``out``, format from its extension.

    No Qt is needed here except for PNG and journey SVG, so PDF runs on a worker thread.
    """
    from ..export.empathy_files import EmpathyExportError, write_empathy
    from ..export.targets import ExportError, export_to, write_export
    from ..io.output_guard import is_map_file
    from ..layout.shaping import FontReport

    what = options.get("what", JOURNEY)
    ext = out.suffix.lower()
    if ext not in KIND_FORMATS[what]:
        allowed = ", ".join(KIND_FORMATS[what])
        raise ExportFailed(tr("“{name}” does not end in a known extension; use one of {allowed}").format(
            name=out.name, allowed=allowed))
    if not out.parent.is_dir():
        raise ExportFailed(tr("the folder {folder} does not exist").format(folder=out.parent))
    if is_map_file(out):
        raise ExportFailed(tr("“{name}” is a journey map; an export there would replace it. Choose another name").format(
            name=out.name))
    report = FontReport()
    try:
        if what == EMPATHY:
            files = write_empathy(journey, out, options["persona"] or None, options["style"] or None,
                                  options["blank"], options["page_size"], options["orientation"],
                                  int(options["dpi"]), report).files
        else:
            write_export(out, lambda tmp: export_to(journey, tmp, ext, options["layout"], options["page_size"],
                                                    None if options["orientation"] == AUTO else options["orientation"],
                                                    int(options["dpi"]), report, fit=options.get("fit", "bands"),
                                                    include_hidden=bool(options.get("include_hidden")),
                                                    comments=bool(options.get("comments"))))
            files = [out]
    except ModuleNotFoundError:
        raise ExportFailed(tr("{format} export is not available in this build").format(format=tr(FORMATS[ext]))) from None
    except (ExportError, EmpathyExportError) as e:
        raise ExportFailed(str(e)) from None
    except OSError as e:
        raise ExportFailed(tr("could not write {name}: {reason}").format(name=out.name, reason=e.strerror or e)) from None
    from ..export.pdf_poster import SMALL_TEXT

    # the dialog's poster notice said it before the file was made: not said twice
    return Exported(files, [w.said(tr) for w in report.said if w.message != SMALL_TEXT])


def _remembered(settings: Settings) -> dict[str, Any]:
    """The saved choices, each checked against its default's type (a hand-edited file cannot break us)."""
    saved = settings.choice("export")
    saved = saved if isinstance(saved, dict) else {}
    return {k: saved[k] if type(saved.get(k)) is type(v) else v for k, v in DEFAULTS.items()}


class ExportDialog(QDialog):
    """Choose what to export, the file and the options, then export with a progress indication.

    ``what`` and ``persona_id`` preset the dialog (the empathy board opens it for its persona).
    """

    def __init__(self, session: EditSession, settings: Settings, parent: QWidget | None = None,
                 what: str | None = None, persona_id: str | None = None) -> None:
        super().__init__(parent)
        self.session, self.settings = session, settings
        self.setWindowTitle(tr("Export"))
        self.setAccessibleName(tr("Export"))
        saved = self._saved = _remembered(settings)
        if persona_id is not None:
            what = EMPATHY
        what = what if what in (JOURNEY, EMPATHY) else saved["what"]
        self.what_box = self._combo(tr("What to export"), _said(WHAT), what)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(tr("Export file"))
        browse = QPushButton(tr("Browse…"))
        browse.setAccessibleName(tr("Choose the export file"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        self.format_label = plain_label()
        self.format_label.setAccessibleDescription(tr("Format"))  # the name is the text it shows
        self.format_label.setWordWrap(True)
        self.layout_box = self._combo(tr("Layout"), _said(LAYOUTS), saved["layout"])
        self.fit_box = self._combo(tr("Poster fit"), _said(FITS), saved["fit"])
        self.include_hidden = QCheckBox(tr("Include &hidden lanes (the CSV always has them)"))
        self.include_hidden.setAccessibleName(tr("Include hidden lanes"))
        self.include_hidden.setChecked(saved["include_hidden"])
        self.comments = QCheckBox(tr("Include &comments (the digest's appendix, the web page's last section)"))
        self.comments.setAccessibleName(tr("Include comments"))
        self.comments.setChecked(bool(saved.get("comments")))
        self.notice = PosterNotice(self._switch_to_tiled)
        self.persona_box = self._combo(tr("Persona"), self._persona_items(), "")
        self.style_box = self._combo(tr("Empathy map layout"), _said(STYLES), "")
        self.blank = QCheckBox(tr("&Blank workshop template: headings and prompts, no notes"))
        self.blank.setAccessibleName(tr("Blank workshop template"))
        self.blank.setChecked(saved["empathy_blank"] or not session.journey.personas)
        self.blank.setEnabled(bool(session.journey.personas))
        self.page_box = self._combo(tr("Page size"), [(p, p) for p in PAGE_SIZES], saved["page_size"])
        self.orientation_box = self._combo(tr("Orientation"), _said(((AUTO, N_("Automatic")), ("landscape", N_("Landscape")),
                                                                  ("portrait", N_("Portrait")))),
                                           saved["orientation"])
        self.dpi = QSpinBox()
        self.dpi.setRange(10, 1200)
        self.dpi.setSuffix(" dpi")
        self.dpi.setValue(min(1200, max(10, saved["dpi"])))
        self.dpi.setAccessibleName(tr("Resolution"))
        self.dpi.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.open_after = QCheckBox(tr("&Open the result when done"))
        self.open_after.setChecked(saved["open_after"])
        self.problem = plain_label()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setAccessibleDescription(tr("Problem"))
        self.problem.hide()
        self.form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("&What:"), self.what_box)
        file_label = QLabel(tr("&File:"))
        file_label.setBuddy(self.path_edit)  # a row holding a layout gets no buddy of its own
        form.addRow(file_label, file_row)
        form.addRow(tr("Format:"), self.format_label)
        form.addRow(tr("&Layout:"), self.layout_box)
        form.addRow(tr("F&it:"), self.fit_box)
        form.addRow(tr("P&ersona:"), self.persona_box)
        form.addRow(tr("L&ayout:"), self.style_box)
        form.addRow("", self.blank)
        form.addRow(tr("&Page size:"), self.page_box)
        form.addRow(tr("O&rientation:"), self.orientation_box)
        form.addRow(tr("Resol&ution:"), self.dpi)
        form.addRow("", self.include_hidden)
        form.addRow("", self.comments)
        form.addRow("", self.open_after)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.run_export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.notice)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.result_path: Path | None = None
        self.result_files: list[Path] = []
        self.warnings: list[str] = []
        self._what = what
        self._page_of = {JOURNEY: (saved["page_size"], saved["orientation"]),
                         EMPATHY: (saved["empathy_page_size"], saved["empathy_orientation"])}
        self._set_page(*self._page_of[what])
        self._auto_path = self._default_path(what)
        self.path_edit.setText(str(self._auto_path))
        self._preset_persona(persona_id)
        self.path_edit.textChanged.connect(self._update)
        self.layout_box.currentIndexChanged.connect(self._update)
        for box in (self.page_box, self.orientation_box, self.fit_box):
            box.currentIndexChanged.connect(self._update)
        self.include_hidden.toggled.connect(self._update)
        self.what_box.currentIndexChanged.connect(self._what_changed)
        self.persona_box.activated.connect(self._persona_chosen)
        self.blank.toggled.connect(self._update)
        self._update()
        self.resize(600, 0)

    # -- building ------------------------------------------------------------------
    @staticmethod
    def _combo(name: str, items: list[tuple[str, str]], current: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        for value, label in items:
            box.addItem(label, value)
        box.setCurrentIndex(max(0, box.findData(current)))
        return box

    def _persona_items(self) -> list[tuple[str, str]]:
        personas = self.session.journey.personas
        items = [(p.id, p.name or tr("(unnamed persona)")) for p in personas]
        if len(personas) > 1:
            items.append((ALL, tr("All personas, each on its own sheet")))
        items.append((NOBODY, tr("Nobody yet: empty header fields")))
        return items

    def _preset_persona(self, persona_id: str | None) -> None:
        """The board's persona, else the remembered one (if it still exists), else the first."""
        wanted = persona_id if persona_id is not None else self._saved["empathy_persona"]
        row = self.persona_box.findData(wanted)
        if row < 0 or (wanted == NOBODY and not self.blank.isChecked()):
            row = 0
        self.persona_box.setCurrentIndex(row)
        override = self._saved["empathy_style"] if persona_id is None else ""
        self._persona_chosen(self.persona_box.currentIndex())
        if override and self.persona_box.currentData() != NOBODY:
            self.style_box.setCurrentIndex(max(0, self.style_box.findData(override)))

    def _default_path(self, what: str) -> Path:
        saved = self._saved
        source = self.session.path
        folder = Path(saved["folder"]) if saved["folder"] else (source.parent if source else Path.home())
        stem = source.stem if source else ("".join(ch if ch.isalnum() or ch in " -_" else "_"
                                                    for ch in self.session.journey.title).strip() or "journey")
        ext = saved["empathy_ext" if what == EMPATHY else "ext"]
        ext = ext if ext in KIND_FORMATS[what] else ".pdf"
        return folder / f"{stem}{'-empathy' if what == EMPATHY else ''}{ext}"

    # -- reading -------------------------------------------------------------------
    def what(self) -> str:
        return self.what_box.currentData()

    def out_path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def _persona_style(self, persona_id: str) -> str:
        persona = next((p for p in self.session.journey.personas if p.id == persona_id), None)
        return persona.empathy_map.style.value if persona is not None else "quadrants"

    def options(self) -> dict[str, Any]:
        persona = self.persona_box.currentData()
        return {"what": self.what(), "layout": self.layout_box.currentData(),
                "page_size": self.page_box.currentData(), "orientation": self.orientation_box.currentData(),
                "dpi": self.dpi.value(), "open_after": self.open_after.isChecked(),
                "fit": self.fit_box.currentData(), "include_hidden": self.include_hidden.isChecked(),
                "comments": self.comments.isChecked() and self.comments.isEnabled(),
                "persona": persona, "style": self.style_box.currentData(), "blank": self.blank.isChecked()}

    # -- reacting ------------------------------------------------------------------
    def _what_changed(self) -> None:
        """Switch kinds: each keeps its own page size and, unless typed over, its own file name."""
        old, new = self._what, self.what()
        self._page_of[old] = (self.page_box.currentData(), self.orientation_box.currentData())
        self._what = new
        self._set_page(*self._page_of[new])
        if self.out_path() == self._auto_path:
            self._auto_path = self._default_path(new)
            self.path_edit.setText(str(self._auto_path))
        self._update()

    def _set_page(self, size: str, orientation: str) -> None:
        self.page_box.setCurrentIndex(max(0, self.page_box.findData(size)))
        self.orientation_box.setCurrentIndex(max(0, self.orientation_box.findData(orientation)))

    def _persona_chosen(self, _row: int) -> None:
        """A persona's own layout is the default; "all" may keep each one's own."""
        persona = self.persona_box.currentData()
        style = "" if persona == ALL else "quadrants" if persona == NOBODY else self._persona_style(persona)
        self.style_box.setCurrentIndex(self.style_box.findData(style))
        self._update()

    def _update(self) -> None:
        what = self.what()
        empathy = what == EMPATHY
        ext = self.out_path().suffix.lower()
        known = ext in KIND_FORMATS[what]
        if known:
            text = tr(FORMATS[ext])
            if empathy and ext != ".pdf" and self.persona_box.currentData() == ALL:
                text += tr(": one file per page ({first}, …)").format(first=f"{self.out_path().stem}-1{ext}")
        else:
            text = tr("unknown: end the name with {suffixes}").format(suffixes=", ".join(KIND_FORMATS[what]))
        self.format_label.setText(text)
        pdf = ext == ".pdf"
        digest = not empathy and self.layout_box.currentData() == "digest"
        poster = pdf and not empathy and self.layout_box.currentData() == "poster"
        for widget, shown in ((self.layout_box, not empathy), (self.persona_box, empathy),
                              (self.style_box, empathy), (self.blank, empathy), (self.fit_box, not empathy),
                              (self.include_hidden, not empathy), (self.comments, not empathy)):
            self.form.setRowVisible(widget, shown)
        self.layout_box.setEnabled(pdf)
        self.fit_box.setEnabled(poster)
        self.include_hidden.setEnabled(known and ext != ".csv")
        self.comments.setEnabled(pdf and digest or ext == ".html")
        self.page_box.setEnabled(pdf or empathy)
        self.orientation_box.setEnabled((pdf or empathy) and not digest)
        self.dpi.setEnabled(ext == ".png")
        self._limit_pages(EMPATHY_PAGES if empathy else DIGEST_PAGES if pdf and digest else PAGE_SIZES)
        self._limit_orientation(pdf and not empathy and self.layout_box.currentData() in ("poster", "tiled"))
        self._limit_personas()
        self.export_button.setEnabled(known)
        self._update_notice(poster)

    def _limit_pages(self, allowed: tuple[str, ...] | list[str]) -> None:
        model = self.page_box.model()
        for k in range(self.page_box.count()):
            model.item(k).setEnabled(self.page_box.itemData(k) in allowed)
        if self.page_box.currentData() not in allowed:
            self.page_box.setCurrentIndex(self.page_box.findData("A4"))

    def _limit_orientation(self, chooses: bool) -> None:
        """The poster (the larger print) and the tiles (the fewest sheets) can choose their orientation."""
        auto = self.orientation_box.findData(AUTO)
        tiled = self.layout_box.currentData() == "tiled"
        self.orientation_box.setItemText(auto, tr("Automatic (fewest sheets)") if tiled else tr("Automatic (larger print)"))
        self.orientation_box.model().item(auto).setEnabled(chooses)
        if self.orientation_box.currentData() == AUTO and not chooses and self.orientation_box.isEnabled():
            self.orientation_box.setCurrentIndex(self.orientation_box.findData("landscape"))

    def _update_notice(self, poster: bool) -> None:
        """How small the poster's text would be, said before exporting (never printed on the poster)."""
        if not poster:
            self.notice.show_for(None)
            return
        orientation = self.orientation_box.currentData()
        self.notice.show_for(self.notice.smallest_text(
            self.session.journey, self.page_box.currentData(), None if orientation == AUTO else orientation,
            self.fit_box.currentData(), self.include_hidden.isChecked()))

    def _switch_to_tiled(self) -> None:
        self.layout_box.setCurrentIndex(self.layout_box.findData("tiled"))
        self.layout_box.setFocus()

    def _limit_personas(self) -> None:
        """"Nobody" only makes sense for a blank sheet; "each persona's own layout" only for all."""
        nobody = self.persona_box.findData(NOBODY)
        self.persona_box.model().item(nobody).setEnabled(self.blank.isChecked())
        if self.persona_box.currentData() == NOBODY and not self.blank.isChecked():
            self.persona_box.setCurrentIndex(0)
            self._persona_chosen(0)
        own = self.style_box.findData("")
        self.style_box.model().item(own).setEnabled(self.persona_box.currentData() == ALL)
        if self.style_box.currentData() == "" and self.persona_box.currentData() != ALL:
            self._persona_chosen(self.persona_box.currentIndex())

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, tr("Export"), self.path_edit.text(), file_filter(self.what()))
        if name:
            self.path_edit.setText(name)

    # -- exporting -----------------------------------------------------------------
    def _remember(self) -> None:
        out, o = self.out_path(), self.options()
        saved = {**self._saved, "what": o["what"], "dpi": o["dpi"], "open_after": o["open_after"],
                 "folder": str(out.parent)}
        if o["what"] == EMPATHY:
            own = "" if o["persona"] in (ALL, NOBODY) else self._persona_style(o["persona"])
            saved.update(empathy_persona=o["persona"], empathy_blank=o["blank"],
                         empathy_style="" if o["style"] == own else o["style"],
                         empathy_page_size=o["page_size"], empathy_orientation=o["orientation"],
                         empathy_ext=out.suffix.lower())
        else:
            saved.update(layout=o["layout"], page_size=o["page_size"], orientation=o["orientation"],
                         fit=o["fit"], include_hidden=o["include_hidden"], ext=out.suffix.lower(),
                         comments=self.comments.isChecked())
        self.settings.set_choice("export", saved)

    def run_export(self) -> bool:
        """Export with the chosen options; stays open with the reason if it fails."""
        out = self.out_path()
        options = self.options()
        self._remember()
        journey = self.session.journey.model_copy(deep=True)
        progress = QProgressDialog(tr("Exporting {name}…").format(name=out.name), "", 0, 0, self)
        progress.setWindowTitle(tr("Export"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        ext = out.suffix.lower()
        try:
            if ext in (".pdf", ".csv", ".html") or (ext == ".svg" and options["what"] == EMPATHY):
                result = self._in_background(journey, out, options)
            else:
                QApplication.processEvents()
                result = export_file(journey, out, options)
        except ExportFailed as e:
            self.problem.setText(tr("Could not export: {reason}.").format(reason=e))
            self.problem.show()
            from .a11y import announce  # said at once: the export did not happen

            announce(self.problem, self.problem.text(), assertive=True)
            return False
        finally:
            QApplication.restoreOverrideCursor()
            progress.close()
        self.result_files, self.warnings = result
        self.result_path = result.files[0]
        if options["open_after"]:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_path)))
        parent = self.parent()
        count = len(self.warnings)
        if parent is not None and hasattr(parent, "statusBar"):
            note = " (" + ntr("{n} warning", "{n} warnings", count).format(n=count) + ")" if count else ""
            more = len(result.files) - 1
            files = " " + ntr("and {n} more", "and {n} more", more).format(n=more) if more else ""
            parent.statusBar().showMessage(tr("Exported {name}").format(name=self.result_path.name) + files + note, 6000)
        self.accept()
        if count:  # said once, where it cannot be missed: the reader of the export would see it first
            from . import prompts

            prompts.show_warnings(parent if isinstance(parent, QWidget) else None, tr("Export"), ntr(
                "Exported {name}, with one thing to check:", "Exported {name}, with {n} things to check:",
                count).format(name=self.result_path.name, n=count), self.warnings)
        return True

    @staticmethod
    def _in_background(journey, out: Path, options: dict[str, Any]) -> Exported:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="export") as pool:
            future = pool.submit(export_file, journey, out, options)
            while True:
                try:
                    return future.result(timeout=0.03)
                except FutureTimeout:
                    QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 30)
