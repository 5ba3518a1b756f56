"""The inspector: every field of the selected object, editable, one undo step per field.

Nothing selected shows the map's header (title, scenario, expectations...);
one object shows its form; several show how many there are.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...export.quotes import quoted
from ...i18n import N_, language, ngettext, tr, ui_language
from ...model import Card, Ces, ChangeSet, Csat, JourneyMap, Lane, Nps, Persona, Stage, Step
from ...model.arrows import Arrow
from ...model.kinds import EvidenceStatus, LaneKind, Scope
from ...model.limits import MAX_CARD_WIDTH, MAX_VOTES, MIN_CARD_WIDTH
from ..a11y.phrases import lane_name, one_line, stage_of
from ..a11y.tab_order import order_tabs
from ..session import EditSession
from .fields import (
    ChannelField,
    CheckField,
    ChoiceField,
    ColourField,
    LineField,
    ListField,
    MetricField,
    NumberField,
    TextField,
    WidthField,
)
from .forms import ObjectForm
from .scores import ScoresEditor


class MapForm(ObjectForm):
    kind = "map"

    def __init__(self, session: EditSession) -> None:
        super().__init__(session)
        self.add(LineField("title", N_("Title")))
        self.add(TextField("description", N_("Description")))
        self.add(TextField("scenario", N_("Scenario")))
        self.add(TextField("expectations", N_("Expectations")))
        self.add(ChoiceField("scope", N_("Scope"), [(s, tr(s.label)) for s in Scope]))
        self.add(ListField("authors", N_("Authors")))
        self.add(ListField("tags", N_("Tags")))
        # the exports' language tag (PDF /Lang, for screen readers and hyphenation)
        self.add(LineField("language", N_("Language"), placeholder=tr("e.g. en, de, pt-BR")))
        self.add(WidthField("card_width", N_("Card width"), MIN_CARD_WIDTH, MAX_CARD_WIDTH,
                                  tr("default (150 pt)")))
        self.finish()


class StageForm(ObjectForm):
    kind = "stage"

    def __init__(self, session: EditSession) -> None:
        super().__init__(session)
        self.add(LineField("name", N_("Name")))
        self.add(TextField("description", N_("Description")))
        self.add(ColourField("colour", N_("Colour")))
        self.add(TextField("notes", N_("Facilitator notes"), lines=4))
        self.finish()


class StepForm(ObjectForm):
    kind = "step"

    def __init__(self, session: EditSession) -> None:
        super().__init__(session)
        self.stage = self.add_place(N_("Stage"))
        self.add(LineField("name", N_("Name")))
        self.add(TextField("description", N_("Description")))
        self.add(CheckField("moment_of_truth", N_("Moment of truth")), with_label=False)
        self.add(TextField("moment_of_truth_note", N_("Why it matters"), lines=2))
        self.add(MetricField("metrics.nps", "NPS", Nps, -100, 100, decimals=0))
        self.add(MetricField("metrics.csat", "CSAT %", Csat, 0, 100))
        self.add(MetricField("metrics.ces", "CES", Ces, 1, 7))
        self.add(WidthField("card_width", N_("Column width"), MIN_CARD_WIDTH, MAX_CARD_WIDTH, tr("the map's")))
        self.scores = ScoresEditor(session)
        self.layout_.addRow(QLabel("<b>{}</b>".format(tr("Emotion scores"))))
        self.layout_.addRow(self.scores)
        self.finish()

    def bind(self, obj_id: str) -> None:
        super().bind(obj_id)
        self.scores.bind(obj_id)
        order_tabs(self)

    def refresh(self) -> None:
        super().refresh()
        builds = self.scores.builds
        self.scores.refresh()
        if self.scores.builds != builds:  # new score rows: Tab goes through them in order again
            order_tabs(self)
        if self.obj_id is not None and self.session.document.has(self.obj_id):
            stage = stage_of(self.session.journey).get(self.obj_id)
            set_place(self.stage, one_line(stage.name) if stage is not None else "")


class LaneForm(ObjectForm):
    kind = "lane"

    def __init__(self, session: EditSession) -> None:
        super().__init__(session)
        self.add(LineField("title", N_("Title"), placeholder=tr("the lane kind's name")))
        self.add(ChoiceField("kind", N_("Kind"), [(k, tr(k.label)) for k in LaneKind]))
        self.add(CheckField("hidden", N_("Hidden")), with_label=False)
        self.add(ColourField("colour", N_("Colour"), optional=True))
        self.finish()


class CardForm(ObjectForm):
    kind = "card"

    def __init__(self, session: EditSession) -> None:
        super().__init__(session)
        self.stage = self.add_place(N_("Stage"))
        self.step = self.add_place(N_("Step"))
        self.add(TextField("text", N_("Text"), lines=3))
        self.add(TextField("detail", N_("Detail"), lines=3))
        self.add(ChannelField())
        self.add(LineField("owner", N_("Owner"), placeholder=tr("team or department")))
        self.add(ChoiceField("status", N_("Evidence"), [
            (EvidenceStatus.OBSERVED, tr("Observed (from research)")),
            (EvidenceStatus.ASSUMED, tr("Assumed")),
            (EvidenceStatus.PROPOSED, tr("Proposed (to-be idea)")),
        ]))
        self.add(NumberField("votes", N_("Votes"), 0, MAX_VOTES))
        self.add(ListField("tags", N_("Tags")))
        self.add(ColourField("colour", N_("Colour"), optional=True))
        from .card_extras import add_card_extras  # with the first card shown, not with the window

        self.picture, self.span = add_card_extras(self)
        self.finish()

    def bind(self, obj_id: str) -> None:
        super().bind(obj_id)
        self.picture.bind(obj_id)
        self.span.bind(obj_id)

    def refresh(self) -> None:
        super().refresh()
        self.picture.refresh()
        self.span.refresh()
        doc = self.session.document
        if self.obj_id is None or not doc.has(self.obj_id):
            return
        step_id = doc.card(self.obj_id).step
        stage = stage_of(self.session.journey).get(step_id)
        set_place(self.stage, one_line(stage.name) if stage is not None else "")
        set_place(self.step, one_line(doc.step(step_id).name) if doc.has(step_id) else "")


def set_place(line, text: str) -> None:
    if line.text() != text:
        line.setText(text)
        line.setCursorPosition(0)


class PersonaSummary(ObjectForm):
    """A persona is edited in its form dialog; the inspector shows who it is."""

    kind = "persona"

    def __init__(self, session: EditSession, edit_persona: Callable[[str], None]) -> None:
        super().__init__(session)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleDescription(tr("Persona summary"))
        self.layout_.addRow(self.summary)
        self.add(CheckField("show_curve", N_("Show emotion curve")), with_label=False)
        button = QPushButton(tr("Edit persona…"))
        button.setAccessibleName(tr("Edit persona"))
        button.clicked.connect(lambda: self.obj_id and edit_persona(self.obj_id))
        self.layout_.addRow(button)
        self.finish()

    def refresh(self) -> None:
        super().refresh()
        if self.obj_id is None or not self.session.document.has(self.obj_id):
            return
        p: Persona = self.target()
        lines = [p.name + (f", {p.role}" if p.role else "")]
        if p.quote:
            lines.append(quoted(p.quote, self.session.journey.language))  # not “““twice””” if typed in marks
        for title, items in ((tr("Goals"), p.goals), (tr("Needs"), p.needs), (tr("Pains"), p.pains),
                             (tr("Gains"), p.gains)):
            if items:
                lines.append(tr("{label}:").format(label=title) + " " + "; ".join(items))
        self.summary.setText("\n".join(lines))


def _arrow_form(session: EditSession) -> ObjectForm:
    from .card_extras import ArrowForm  # with the first arrow shown

    return ArrowForm(session)


class InspectorPanel(QWidget):
    """Shows the form of the selected object and keeps it in step with the model."""

    def __init__(self, session: EditSession, edit_persona: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("inspector")
        self.setAccessibleName(tr("Inspector"))
        self.heading = QLabel()
        self.heading.setObjectName("inspector-heading")
        self.heading.setStyleSheet("font-weight: bold; font-size: 13pt; padding: 4px 2px;")
        self.stack = QStackedWidget()
        # Each kind's form is built the first time an object of that kind is shown: the first window
        # shows only the map's, and the other six would be a tenth of its start-up.
        self._form_makers: dict[type, Callable[[], ObjectForm]] = {
            JourneyMap: lambda: MapForm(session), Stage: lambda: StageForm(session),
            Step: lambda: StepForm(session), Lane: lambda: LaneForm(session), Card: lambda: CardForm(session),
            Persona: lambda: PersonaSummary(session, edit_persona), Arrow: lambda: _arrow_form(session),
        }
        self.forms: dict[type, ObjectForm] = {}  # the forms built so far
        self.several = QLabel()
        self.several.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.several.setWordWrap(True)
        self.stack.addWidget(self.several)
        self.pages: dict[ObjectForm, QWidget] = {}
        scroll = QScrollArea()
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.stack)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        self.current: ObjectForm | None = None
        session.changed.connect(self._on_change)
        session.selection_changed.connect(lambda _payload: self.show_selection())
        self.show_selection()

    def form_for(self, cls: type) -> ObjectForm:
        """The form for objects of ``cls``, built (with its page) when first asked for."""
        form = self.forms.get(cls)
        if form is None:
            form = self.forms[cls] = self._form_makers[cls]()
            page = QWidget()
            column = QVBoxLayout(page)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(form)
            column.addStretch(1)
            self.pages[form] = page
            self.stack.addWidget(page)
        return form

    def show_selection(self) -> None:
        ids = self.session.selection
        if len(ids) > 1:
            self.current = None
            with language(ui_language()):  # the plural rules of the editor's language
                self.heading.setText(ngettext("{count} object selected", "{count} objects selected",
                                              len(ids)).format(count=len(ids)))
            self.several.setText(tr("Select one object to edit its fields."))
            self.stack.setCurrentWidget(self.several)
            return
        obj_id = ids[0] if ids else self.session.journey.id
        obj = self.session.document.get(obj_id)
        form = self.form_for(type(obj))
        heading = {JourneyMap: tr("Map"), Stage: tr("Stage"), Step: tr("Step"), Lane: tr("Lane"), Card: tr("Card"),
                   Persona: tr("Persona"), Arrow: tr("Arrow")}[type(obj)]
        if isinstance(obj, Card):  # which lane it is in: the stage and step are the form's first lines
            heading = tr("Card in {lane}").format(
                lane=lane_name(self.session.document.lane(self.session.document.parent_id(obj_id)),
                               self.session.journey.language))
        self.heading.setText(heading)
        self.stack.setCurrentWidget(self.pages[form])
        self.current = form
        form.bind(obj_id)

    def _on_change(self, _changes: ChangeSet) -> None:
        if self.current is not None:
            self.current.refresh()

