"""The People panel: who is in the live map, in their colour, and what they are doing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QListWidget, QListWidgetItem

from ...i18n import ntr, tr
from ..preferences import swatch
from ..session import EditSession

if TYPE_CHECKING:  # a colleague's presence arrives only in a live session
    from ...collab.presence import Presence


def doing(presence: Presence, session: EditSession) -> str:
    """"typing in “Compare prices”", "3 selected", or nothing."""
    doc = session.document
    if presence.typing_in and doc.has(presence.typing_in):
        obj = doc.get(presence.typing_in)
        name = " ".join(str(getattr(obj, "text", "") or getattr(obj, "name", "") or "").split())
        short = name[:30] + ("…" if len(name) > 30 else "")
        return tr("typing in “{name}”").format(name=short) if name else tr("typing")
    if presence.typing_new and doc.has(presence.typing_new[0]) and doc.has(presence.typing_new[1]):
        lane = doc.get(presence.typing_new[0])
        step = doc.get(presence.typing_new[1])
        return tr("writing a new card in {lane} at “{step}”").format(
            lane=lane.title_in(session.journey.language), step=" ".join(step.name.split())[:30])
    shown = [i for i in presence.selection if doc.has(i)]
    if len(shown) == 1:
        obj = doc.get(shown[0])
        name = " ".join(str(getattr(obj, "text", "") or getattr(obj, "name", "") or "").split())
        if name:
            return tr("on “{name}”").format(name=name[:30] + ("…" if len(name) > 30 else ""))
    return ntr("{n} selected", "{n} selected", len(shown)).format(n=len(shown)) if shown else ""


class PeopleList(QListWidget):
    """You first, then colleagues by name."""

    def __init__(self, session: EditSession) -> None:
        super().__init__()
        self.session = session
        self.setAccessibleName(tr("People in this map"))
        self.setMinimumHeight(60)

    def show_people(self, me: Presence, others: dict[int, Presence]) -> None:
        self.clear()
        rows = [(me, tr("{name} (you)").format(name=me.name))]
        rows += [(p, p.name) for p in sorted(others.values(), key=lambda p: p.name.casefold())]
        for presence, name in rows:
            what = doing(presence, self.session) if presence is not me else ""
            item = QListWidgetItem(swatch(presence.colour, 12), f"{name} — {what}" if what else name)
            item.setToolTip(f"{name}: {what}" if what else name)
            self.addItem(item)
