"""A persona's quote is shown in the map's quotation marks, and a quote typed in marks is not wrapped again."""

from __future__ import annotations

from journeymap.model import JourneyMap, Persona
from journeymap.ui.present.ops import TextOp
from journeymap.ui.present.overview import overview_slides
from journeymap.ui.present.theme import Sizes


def _texts(journey):
    return " ".join(op.text for slide in overview_slides(journey, Sizes.for_surface(1920, 1080))
                    for op in slide.ops if isinstance(op, TextOp))


def test_the_overview_quotes_in_the_maps_marks_and_never_twice():
    french = JourneyMap(title="Carte", language="fr", personas=[Persona(name="Ana", quote="Vite")])
    assert "«\u202fVite\u202f»" in _texts(french)  # French marks with narrow no-break spaces
    typed = JourneyMap(title="Map", personas=[Persona(name="Ana", quote="“Fast”")])
    text = _texts(typed)
    assert "“Fast”" in text and "““" not in text


def test_the_inspector_summary_does_not_double_typed_marks(qtbot, editor):
    journey = JourneyMap(title="Map", personas=[Persona(name="Ana", quote="“Fast”")])
    window = editor.new_window(journey)
    qtbot.addWidget(window)
    from journeymap.ui.panels.inspector import PersonaSummary

    form = window.inspector.form_for(Persona)  # built when first needed
    assert isinstance(form, PersonaSummary)
    form.bind(journey.personas[0].id)
    assert "“Fast”" in form.summary.text() and "““" not in form.summary.text()
