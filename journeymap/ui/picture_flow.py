"""Bringing a picture into the map: from a file (dropped or chosen) or from the clipboard, onto a card or a cell.

Every way in goes through :func:`ask_picture`: the file is checked and downscaled
(:mod:`journeymap.io.picture_import`), the user is shown the size before a very
large picture is embedded, and asked for its alt text (the file's name by
default). Then one undo step puts it on the card, or makes a new card with it.
The questions are module functions, so tests answer them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from ..commands import AddCard, SetFields
from ..i18n import tr
from ..io.picture_import import (
    PICTURE_PATTERNS,
    ImportedPicture,
    PictureError,
    picture_from_bytes,
    picture_from_file,
    size_text,
)
from ..model import Card, Document
from ..model.limits import MAX_FILE_BYTES
from ..model.picture import Picture
from .plain import plain_box
from .prompts import show_error
from .session import EditSession

SUFFIXES = tuple(p.removeprefix("*") for p in PICTURE_PATTERNS.split())


def ask_alt_text(parent: QWidget | None, default: str) -> str | None:
    """What the picture shows, for people who cannot see it; None if the user cancels."""
    text, ok = QInputDialog.getText(parent, tr("Describe the picture"),
                                    tr("Alt text (what the picture shows, for people who cannot see it):"),
                                    text=default)
    return " ".join(text.split())[:500] if ok else None


def confirm_large_picture(parent: QWidget | None, description: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, tr("A large picture"),
                      tr("This picture adds {size} to the map file.").format(
                          size=description.split(', ')[1].split(' (')[0]),
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(tr("It is stored as {description}. Embed it anyway?").format(description=description))
    box.button(QMessageBox.StandardButton.Ok).setText(tr("Embed"))
    return plain_box(box).exec() == QMessageBox.StandardButton.Ok


def choose_picture_file(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, tr("Choose a picture"), "",
                                          tr("Pictures ({patterns})").format(patterns=PICTURE_PATTERNS))
    return Path(name) if name else None


def picture_files(mime: QMimeData) -> list[Path]:
    """The local picture files a drag or the clipboard carries."""
    return [Path(url.toLocalFile()) for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(SUFFIXES)]


def carries_picture(mime: QMimeData) -> bool:
    return bool(picture_files(mime)) or mime.hasImage()


def _room_left(document: Document) -> int:
    """About how many more bytes the map file may take before the 64 MiB limit."""
    used = sum(len(c.picture.data) for lane in document.journey.lanes for c in lane.cards if c.picture)
    used += sum(len(p.photo.data) for p in document.journey.personas if p.photo)
    return MAX_FILE_BYTES - used - 2 * 1024 * 1024  # the rest of the map, with room to spare


def ask_picture(parent: QWidget | None, document: Document, source: Path | QImage) -> Picture | None:
    """The picture of a file or an image, checked, shown by its size when large, with its alt text; None if not."""
    try:
        if isinstance(source, Path):
            imported: ImportedPicture = picture_from_file(source)
            default = source.stem
        else:
            imported = picture_from_bytes(_png_of(source), "", name=tr("The pasted picture"))
            default = tr("Pasted picture")
    except PictureError as e:
        show_error(parent, tr("Picture not added"), str(e))
        return None
    if imported.stored_bytes > _room_left(document):
        show_error(parent, tr("Picture not added"),
                   tr("The map cannot take another {size}: a map file is at most {limit}.").format(
                       size=size_text(imported.stored_bytes), limit=size_text(MAX_FILE_BYTES)))
        return None
    if imported.large and not confirm_large_picture(parent, imported.describe()):
        return None
    alt = ask_alt_text(parent, default)
    if alt is None:
        return None
    return imported.picture.model_copy(update={"alt": alt})


def _png_of(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def put_picture(session: EditSession, picture: Picture, *, card_id: str | None = None,
                cell: tuple[str, str] | None = None) -> str | None:
    """The picture on a card (replacing its picture), or on a new card in a cell; one undo step. The card's id."""
    doc = session.document
    if card_id is not None and doc.has(card_id):
        session.push(SetFields(doc, card_id, {"picture": picture}))
        return card_id
    if cell is not None and doc.has(cell[0]) and doc.has(cell[1]):
        card = Card(step=cell[1], picture=picture)
        session.push(AddCard(doc, cell[0], card, text=tr("Add picture ‘{name}’ to {lane}").format(
            name=picture.alt or tr("picture"), lane=doc.lane(cell[0]).title_in(doc.journey.language))))
        return card.id
    return None
