"""Text from a map or a file name shown as text, never read as HTML.

Qt guesses whether a label's, message box's or tooltip's text is rich text. A
persona named ``<img src="/some/file">`` would then make Qt open that file and
a step named ``<b>Pay</b>`` would lose its brackets. Every place that shows
text the user (or a file) supplied goes through one of these.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows ``text`` exactly as typed."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def escaped(text: str) -> str:
    """``text`` safe inside Qt's rich text: what :func:`html.escape` gives, without loading the ``html``
    package (its table of named characters is a millisecond of every start)."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


def tip(text: str) -> str:
    """A tooltip that shows ``text`` exactly: escaped, line breaks kept, wrapped as rich text on purpose."""
    if not text:
        return ""
    return "<qt>" + escaped(text).replace("\n", "<br>") + "</qt>"


def plain_box(box: QMessageBox) -> QMessageBox:
    """Make a message box show its text and informative text as plain text (call after setting them)."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    for label in box.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
    return box


def widen_details(box: QMessageBox, characters: int) -> None:
    """Give a message box's informative text lines of about ``characters`` characters: long sentences and
    paths read better so than in the narrow column Qt gives them."""
    label = box.findChild(QLabel, "qt_msgbox_informativelabel")
    if label is not None:
        label.setMinimumWidth(label.fontMetrics().averageCharWidth() * characters)
