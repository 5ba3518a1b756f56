"""Hypothesis strategies for valid journey maps: every id unique, every reference sound."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import strategies as st

from journeymap.model import (
    EMPATHY_SECTIONS,
    Card,
    Ces,
    Csat,
    EmotionScale,
    EmpathyStyle,
    EvidenceStatus,
    JourneyMap,
    Lane,
    LaneKind,
    Metrics,
    Note,
    Nps,
    Persona,
    Scope,
    Score,
    Stage,
    Step,
)
from journeymap.model.arrows import Arrow, ArrowStyle
from journeymap.model.picture import Picture

WORLD_TEXT = ["Café crème", "naïve Größe", "Ωμέγα βήμα", "Привет, мир", "配達が遅い", "고객 여정", "👍🏽 🎧 📦",
              "Line one\nline two", 'Quote "marks" and \\ slashes', "tab\there", ""]

#: A real 2 x 2 PNG, so pictures in generated maps pass the header check.
TINY_PICTURE = Picture(
    media_type="image/png", width=2, height=2,
    data="iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGPkOiHHwMDAxMDAwMDAAAALVgD0I4hqmwAAAABJRU5ErkJggg==")

text = st.one_of(st.text(max_size=40), st.sampled_from(WORLD_TEXT))
short = st.one_of(st.text(max_size=20), st.sampled_from(WORLD_TEXT))
colour = st.integers(0, 0xFFFFFF).map(lambda n: f"#{n:06x}")
stamp = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1),
                     timezones=st.just(UTC)).map(lambda d: d.replace(microsecond=0))
finite = {"allow_nan": False, "allow_infinity": False}


@st.composite
def uids(draw, count: int) -> list[str]:
    return [str(u) for u in draw(st.lists(st.uuids(version=4), min_size=count, max_size=count, unique=True))]


@st.composite
def metrics(draw) -> Metrics:
    sample = st.none() | st.integers(0, 1_000_000)
    return Metrics(
        nps=draw(st.none() | st.builds(Nps, value=st.floats(-100, 100, **finite), sample_size=sample)),
        csat=draw(st.none() | st.builds(Csat, value=st.floats(0, 100, **finite), sample_size=sample)),
        ces=draw(st.none() | st.builds(Ces, value=st.floats(1, 7, **finite), sample_size=sample)),
    )


@st.composite
def journey_maps(draw) -> JourneyMap:
    """A valid map of up to 3 personas, 3 stages of up to 4 steps, 4 lanes of cards, scores within scale."""
    n_personas = draw(st.integers(0, 3))
    shape = draw(st.lists(st.integers(0, 4), min_size=0, max_size=3))
    n_lanes = draw(st.integers(0, 4))
    n_notes = draw(st.integers(0, 4))
    n_cards = draw(st.integers(0, 12))
    ids = iter(draw(uids(1 + n_personas + n_notes + len(shape) + sum(shape) + n_lanes + n_cards + 4)))
    low, high = draw(st.integers(-10, 0)), draw(st.integers(1, 10))
    score_value = st.none() | st.integers(low, high)

    personas = []
    for _ in range(n_personas):
        persona = Persona(id=next(ids), name=draw(short), role=draw(short), quote=draw(text), bio=draw(text),
                          goals=draw(st.lists(text, max_size=2)), channels=draw(st.lists(short, max_size=2)),
                          colour=draw(colour), show_curve=draw(st.booleans()))
        persona.empathy_map.style = draw(st.sampled_from(list(EmpathyStyle)))
        personas.append(persona)
    for _ in range(n_notes if personas else 0):
        persona = draw(st.sampled_from(personas))
        getattr(persona.empathy_map, draw(st.sampled_from(EMPATHY_SECTIONS))).append(
            Note(id=next(ids), text=draw(text)))

    stages, steps = [], []
    for count in shape:
        stage = Stage(id=next(ids), name=draw(short), description=draw(text), colour=draw(colour))
        for _ in range(count):
            step = Step(id=next(ids), name=draw(short), description=draw(text),
                        moment_of_truth=draw(st.booleans()), moment_of_truth_note=draw(text), metrics=draw(metrics()))
            for persona in personas:
                value, target = draw(score_value), draw(score_value)
                if value is not None or target is not None:
                    step.scores.append(Score(persona=persona.id, value=value, target=target, label=draw(short)))
            stage.steps.append(step)
            steps.append(step)
        stages.append(stage)

    card_kinds = [k for k in LaneKind if k is not LaneKind.EMOTION]
    lanes = [Lane(id=next(ids), kind=draw(st.sampled_from(card_kinds)), title=draw(short), hidden=draw(st.booleans()),
                  colour=draw(st.none() | colour)) for _ in range(n_lanes)]
    cards = []
    for _ in range(n_cards if lanes and steps else 0):
        first = draw(st.integers(0, len(steps) - 1))
        last = draw(st.none() | st.integers(first, len(steps) - 1))  # a span: to a later step, or one step
        card = Card(
            id=next(ids), step=steps[first].id, last_step=None if last is None else steps[last].id, text=draw(text),
            detail=draw(text), colour=draw(st.none() | colour), tags=draw(st.lists(short, max_size=3)),
            status=draw(st.sampled_from(list(EvidenceStatus))), votes=draw(st.integers(0, 10_000)),
            channel=draw(short), owner=draw(short),
            picture=draw(st.none() | st.builds(lambda alt: TINY_PICTURE.model_copy(update={"alt": alt}), short)))
        draw(st.sampled_from(lanes)).cards.append(card)
        cards.append(card)
    arrows = []
    if len(cards) >= 2:
        for source, target in draw(st.lists(st.tuples(st.sampled_from(cards), st.sampled_from(cards)), max_size=4)):
            if source is not target:
                arrows.append(Arrow(id=next(ids), source=source.id, target=target.id,
                                    label=draw(short), style=draw(st.sampled_from(list(ArrowStyle)))))
    for persona in personas:
        persona.library_id = draw(st.none() | st.uuids(version=4).map(str))

    return JourneyMap(
        id=next(ids), title=draw(short), description=draw(text), scenario=draw(text), expectations=draw(text),
        scope=draw(st.sampled_from(list(Scope))), authors=draw(st.lists(short, max_size=3)),
        tags=draw(st.lists(short, max_size=3)), created=draw(stamp), modified=draw(stamp),
        emotion_scale=EmotionScale(min=low, max=high), personas=personas, stages=stages, lanes=lanes,
        arrows=arrows,
    )
