"""The small dialogs the facilitator answers to open the room, start a round of dots, or check an emotion."""

from __future__ import annotations

from PySide6.QtNetwork import QHostAddress, QNetworkInterface
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...i18n import N_, tr
from ...model import JourneyMap, Stage
from ...model.workshop import MAX_DOTS

LOOPBACK = (N_("This computer only (127.0.0.1)"), "127.0.0.1")


def room_addresses() -> list[tuple[str, str]]:
    """The IPv4 addresses of the network interfaces that are up, then this computer alone."""
    out = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not (flags & QNetworkInterface.InterfaceFlag.IsUp) or flags & QNetworkInterface.InterfaceFlag.IsLoopBack:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == QHostAddress.NetworkLayerProtocol.IPv4Protocol:
                name = interface.humanReadableName() or interface.name()
                out.append((f"{name} ({ip.toString()})", ip.toString()))
    return out + [(tr(LOOPBACK[0]), LOOPBACK[1])]


class _Dialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, intro: str, ok: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        label.setTextFormat(label.textFormat().PlainText)
        layout.addWidget(label)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)


class OpenRoomDialog(_Dialog):
    """Which network the room listens on: people join from that network only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, tr("Open the room"),
                         tr("People in the room join from their phones on this network. The room listens on this "
                            "address only, and closes when you close it or leave the presentation."), tr("Open"))
        self.address = QComboBox()
        self.address.setAccessibleName(tr("Network"))
        for label, ip in room_addresses():
            self.address.addItem(label, ip)
        self.form.addRow(tr("&Network:"), self.address)

    def host(self) -> str:
        return str(self.address.currentData())


class RoundDialog(_Dialog):
    """A round of dot voting: dots each, a timer, and which cards."""

    def __init__(self, parent: QWidget | None, stage: Stage | None) -> None:
        super().__init__(parent, tr("Dot voting"),
                         tr("Everyone gets the same number of dots to place on the cards. Nobody sees the votes until "
                            "you reveal them (D again)."), tr("Start"))
        self.dots = QSpinBox()
        self.dots.setRange(1, MAX_DOTS)
        self.dots.setValue(5)
        self.dots.setAccessibleName(tr("Dots each"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 60)
        self.minutes.setValue(3)
        self.minutes.setSuffix(tr(" min"))
        self.minutes.setSpecialValueText(tr("No timer"))
        self.minutes.setAccessibleName(tr("Timer in minutes"))
        self.scope = QComboBox()
        self.scope.setAccessibleName(tr("Cards to vote on"))
        if stage is not None:
            self.scope.addItem(tr("This stage: {name}").format(name=stage.name), stage.id)
        self.scope.addItem(tr("The whole map"), None)
        self.form.addRow(tr("&Dots each:"), self.dots)
        self.form.addRow(tr("&Timer:"), self.minutes)
        self.form.addRow(tr("&Cards:"), self.scope)

    def stage_id(self) -> str | None:
        return self.scope.currentData()


class CheckDialog(_Dialog):
    """An emotion check: which persona, at which step."""

    def __init__(self, parent: QWidget | None, journey: JourneyMap, stage: Stage | None) -> None:
        super().__init__(parent, tr("Emotion check"),
                         tr("Everyone rates how the persona feels at this step. You see the answers live, and Enter "
                            "sets the persona's score to the median, with the number of answers."), tr("Start"))
        self.persona = QComboBox()
        self.persona.setAccessibleName(tr("Persona"))
        for persona in journey.personas:
            self.persona.addItem(persona.name, persona.id)
        self.step = QComboBox()
        self.step.setAccessibleName(tr("Step"))
        for st in ([stage] if stage is not None else journey.stages):
            for step in st.steps:
                self.step.addItem(step.name if stage is not None else f"{st.name}: {step.name}", step.id)
        self.form.addRow(tr("&Persona:"), self.persona)
        self.form.addRow(tr("&Step:"), self.step)
        self.ok.setEnabled(self.persona.count() > 0 and self.step.count() > 0)
