"""Text from a map or a file name shown as text, never read as HTML.

Qt guesses whether a label's, message box's or tooltip's text is rich text. A
persona named ``<img src="/some/file">`` would then make Qt open that file and
a step named ``<b>Pay</b>`` would lose its brackets. Every place that shows
text the user (or a file) supplied goes through one of these.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPlainTextEdit, QWidget


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


def align_to_its_text(edit: QPlainTextEdit) -> None:
    """Keep ``edit``'s text at the edge its language starts from: Arabic and Hebrew at the right.

    Qt's plain-text editor puts every paragraph at the left, even one it knows runs right to left;
    the first letter typed decides, and an empty box follows the editor's own direction.
    """
    from ..layout.bidi import paragraph_direction

    def follow() -> None:
        text = edit.toPlainText()
        if any(ch.isalpha() for ch in text[:200]):
            rtl = paragraph_direction(text) == "rtl"
        else:
            rtl = edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
        wanted = (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute
        option = edit.document().defaultTextOption()
        if option.alignment() != wanted:
            option.setAlignment(wanted)
            edit.document().setDefaultTextOption(option)

    edit.document().contentsChanged.connect(follow)  # also when the text is set with signals blocked
    follow()
