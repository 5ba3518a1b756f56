"""Help > About: who made this, which version, under which licence, and where to go next."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .. import BUG_TRACKER, HOMEPAGE, LICENCE, __version__
from ..i18n import tr
from ..paths import config_dir, state_dir
from ..safety import safe_link
from .theme import icon


class AboutDialog(QDialog):
    """The version comes from ``journeymap.__version__``, the one place it is written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About Journeymap"))
        self.setAccessibleName(tr("About Journeymap"))
        logo = QLabel()
        logo.setPixmap(icon("journeymap").pixmap(96, 96))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"<h2 style='margin:0'>Journeymap {__version__}</h2>")
        body = QLabel(
            "<p>{}</p><p>{}<br>{}</p>".format(
                tr("Customer journey maps on your own machine: an offline editor, an open file format you own, "
                   "and print-grade PDF exports."),
                tr("Licence: {licence} (the GNU General Public License, version 3 or later).").format(
                    licence=LICENCE),
                tr("Bundled DejaVu fonts: Bitstream Vera / DejaVu licence."))
            + f"<p><a href='{HOMEPAGE}'>{tr('Project home')}</a> · <a href='{BUG_TRACKER}'>"
            + f"{tr('Report a problem')}</a></p>"
            f"<p>Qt {qVersion()} · PySide6 {PySide6.__version__} · Python {platform.python_version()}<br>"
            + tr("Settings: {folder}").format(folder=config_dir()) + "<br>"
            + tr("Backups and autosaves: {folder}").format(folder=state_dir()) + "</p>"
        )
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        body.linkActivated.connect(self._open_link)
        body.setAccessibleDescription(tr("About text"))
        self.body = body
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(body)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addLayout(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    @staticmethod
    def _open_link(url: str) -> None:
        if safe_link(url):
            from PySide6.QtCore import QUrl

            QDesktopServices.openUrl(QUrl(url))


def show_about(parent: QWidget | None = None) -> None:
    AboutDialog(parent).exec()
