"""Every word the editor shows on a menu, button, label or message box goes through ``tr()``.

A plain English literal handed straight to Qt stays English for a German or
Arabic user; this test names each one (file:line) so it is wrapped before it ships.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import journeymap

UI = Path(journeymap.__file__).parent / "ui"

#: Modules another change is still translating: none are left. A module may be listed here only while a
#: change that translates it is in flight.
NOT_YET: set[str] = set()

#: Literals that read the same in every language (symbols, punctuation), allowed by their content.
UNTRANSLATABLE = {"…", "×", "+", "−", "-", "?", "!", ":", "·", "→", "←", "↑", "↓", "✓", "✕", "★", "•", "NPS", "CSAT",
                  "CES", "PDF", "SVG", "PNG", "CSV", "HTML", "JSON", "OK", "Journeymap", "dpi", "pt",
                  "[*] — Journeymap"}  # the product's name after the map's in the title bar

#: Constructors whose first argument is the text shown.
TEXT_CONSTRUCTORS = {"QAction", "QMenu", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox"}
#: Methods whose text argument is shown: the index of that argument (addAction(icon, text) is handled below).
TEXT_METHODS = {"addAction": 0, "addMenu": 0, "setText": 0, "setWindowTitle": 0, "setToolTip": 0,
                "setStatusTip": 0, "setPlaceholderText": 0, "setInformativeText": 0, "setTitle": 0,
                "showMessage": 0, "setAccessibleName": 0, "setAccessibleDescription": 0, "setEmptyLabel": 0,
                "setSpecialValueText": 0, "setSuffix": 0, "addRow": 0, "getText": 1}
MESSAGE_BOXES = {"information", "warning", "critical", "question"}


def _is_words(node: ast.AST) -> bool:
    """A literal (or an f-string) with a letter in it that is not one of the untranslatable ones."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = re.sub(r"<[^>]*>|&\w+;", "", node.value).strip()  # HTML tags are not words
        if re.match(r"wss?://", text):  # a link's pattern reads the same in every language
            return False
        return text not in UNTRANSLATABLE and any(ch.isalpha() for ch in text)
    if isinstance(node, ast.JoinedStr):
        return any(_is_words(part) for part in node.values if isinstance(part, ast.Constant))
    return False


def _shown_arguments(call: ast.Call) -> list[ast.AST]:
    """The arguments of ``call`` that Qt shows to the user as text."""
    func, args = call.func, call.args
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
    if name in TEXT_CONSTRUCTORS:
        return args[:1] + [k.value for k in call.keywords if k.arg in ("text", "title")]
    if isinstance(func, ast.Attribute) and name in TEXT_METHODS:
        if name in ("addAction", "addMenu") and args and not _is_words(args[0]) and len(args) > 1:
            return args[1:2]  # addAction(icon, text, ...)
        return args[:1]
    if (isinstance(func, ast.Attribute) and name in MESSAGE_BOXES and isinstance(func.value, ast.Name)
            and func.value.id == "QMessageBox"):
        return args[1:3] + [k.value for k in call.keywords if k.arg in ("title", "text")]
    return []


def untranslated(source: str, filename: str) -> list[str]:
    """file:line of each English literal handed to Qt as shown text in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Call):
            found += [f"{filename}:{arg.lineno}" for arg in _shown_arguments(node) if _is_words(arg)]
    return found


def _modules() -> list[Path]:
    return [path for path in sorted(UI.rglob("*.py"))
            if not any(path.relative_to(UI).as_posix().startswith(skip) for skip in NOT_YET)]


def test_no_english_literal_reaches_a_menu_button_label_or_message_box():
    found = [hit for path in _modules() for hit in untranslated(path.read_text(encoding="utf-8"),
                                                                 f"ui/{path.relative_to(UI).as_posix()}")]
    assert found == [], "wrap these in tr(): " + ", ".join(found)


def test_the_guard_sees_each_way_a_literal_reaches_the_user():
    source = "\n".join([
        'menu.addAction("Rename", rename)',
        'menu.addAction(icon, "Default", reset)',
        'QPushButton("Choose…")',
        'label.setText(f"{n} cards")',
        'QMessageBox.warning(self, "Cannot open", text)',
        'menu.addAction(tr("Rename"))',
        'QLabel("…")',
        'label.setText(name)',
    ])
    assert untranslated(source, "x.py") == ["x.py:1", "x.py:2", "x.py:3", "x.py:4", "x.py:5"]
