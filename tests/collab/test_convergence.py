"""Three replicas edit one map at random, with updates delivered late, out of order and across
partitions; after a full exchange every replica holds the identical, valid map.

Every Document operation is in play, including concurrent moves of one object, a delete racing an
edit of the same card, and two people renaming the same field.
"""

from __future__ import annotations

import itertools
import random
import uuid
from datetime import UTC, datetime

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from pydantic import ValidationError

from journeymap.model import (
    EMPATHY_SECTIONS,
    Card,
    Comment,
    CommentThread,
    DocumentError,
    EmotionScale,
    EvidenceStatus,
    Lane,
    LaneKind,
    Note,
    Persona,
    Score,
    Stage,
    Step,
)
from tests.commands.test_undo_exact import sample

from .replicas import Replicas, dump, first_difference, is_valid_map, shows_its_projection

WHEN = datetime(2026, 3, 1, tzinfo=UTC)


_counter = itertools.count(1)


def uid(rng: random.Random) -> str:
    """Fresh ids in a fixed sequence, so a failing run replays (and shrinks) exactly."""
    return str(uuid.UUID(int=(next(_counter) << 64) | 0x4000_0000_0000_0000_8000_0000, version=4))
WORDS = ["Pays", "by card", "Waits", "calls support", "😀 ", "naïve", "\n", "refund"]
replica = st.integers(0, 2)


def _start_map():
    doc = sample()
    j = doc.journey
    doc.add_thread(CommentThread(target=j.lanes[0].cards[0].id,
                                 comments=[Comment(author="Ana", created=WHEN, text="Source?")]))
    doc.add_note(j.personas[0].id, "says", Note(text="I just want it to work"))
    return j


START = _start_map()


def start_map():
    """The same map (same ids) for every example, so Hypothesis can replay a failure."""
    return START.model_copy(deep=True)


class CoEditing(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        global _counter
        _counter = itertools.count(1)
        # updates are delivered in any order, even before those they build on: no server orders them
        self.net = Replicas(start_map(), causal=False)

    def edit(self, k: int, operation) -> None:
        binding = self.net.bindings[k]
        try:
            with binding.local_edit():
                operation(binding.document)
        except (DocumentError, ValidationError, IndexError, ValueError, AttributeError):
            pass  # the editor would not offer it; nothing was changed

    # -- picking -------------------------------------------------------------------
    @staticmethod
    def pick(rng: random.Random, items):
        items = list(items)
        return rng.choice(items) if items else None

    # -- text and fields -------------------------------------------------------------
    @rule(k=replica, rng=st.randoms(use_true_random=False))
    def type_into_a_card(self, k, rng):
        def op(doc):
            card = self.pick(rng, [c for lane in doc.journey.lanes for c in lane.cards])
            at = rng.randint(0, len(card.text))
            cut = rng.randint(0, 3)
            doc.set_fields(card.id, {"text": card.text[:at] + rng.choice(WORDS) + card.text[at + cut:]})
        self.edit(k, op)

    @rule(k=replica, rng=st.randoms(use_true_random=False), name=st.sampled_from(["Buy", "Purchase", "Pay"]))
    def rename_a_stage(self, k, rng, name):
        self.edit(k, lambda doc: doc.set_fields(self.pick(rng, doc.journey.stages).id, {"name": name}))

    @rule(k=replica, rng=st.randoms(use_true_random=False))
    def edit_card_fields(self, k, rng):
        def op(doc):
            card = self.pick(rng, [c for lane in doc.journey.lanes for c in lane.cards])
            doc.set_fields(card.id, {"votes": rng.randint(0, 5), "status": rng.choice(list(EvidenceStatus)),
                                     "tags": rng.sample(["a", "b", "c"], rng.randint(0, 2))})
        self.edit(k, op)

    @rule(k=replica, title=st.sampled_from(["Trip", "Order", "Claim"]), scenario=st.sampled_from(["", "x", "y z"]))
    def edit_the_map_itself(self, k, title, scenario):
        self.edit(k, lambda doc: doc.set_fields(None, {"title": title, "scenario": scenario}))

    @rule(k=replica, low=st.integers(-5, -1), high=st.integers(1, 5))
    def change_the_emotion_scale(self, k, low, high):
        self.edit(k, lambda doc: doc.set_fields(None, {"emotion_scale": EmotionScale(min=low, max=high)}))

    # -- structure -------------------------------------------------------------------
    @rule(k=replica, rng=st.randoms(use_true_random=False))
    def add_a_card(self, k, rng):
        def op(doc):
            lane = self.pick(rng, [n for n in doc.journey.lanes if n.kind != LaneKind.EMOTION])
            step = self.pick(rng, doc.journey.steps())
            doc.add_card(lane.id, Card(id=uid(rng), step=step.id, text=rng.choice(WORDS)), rng.choice([None, 0, 1]))
        self.edit(k, op)

    @rule(k=replica, rng=st.randoms(use_true_random=False))
    def move_a_card(self, k, rng):
        def op(doc):
            card = self.pick(rng, [c for lane in doc.journey.lanes for c in lane.cards])
            lane = self.pick(rng, [n for n in doc.journey.lanes if n.kind != LaneKind.EMOTION])
            doc.move_card(card.id, lane.id, self.pick(rng, doc.journey.steps()).id, rng.choice([None, 0, 1, 2]))
        self.edit(k, op)

    @rule(k=replica, rng=st.randoms(use_true_random=False))
    def delete_something(self, k, rng):
        def op(doc):
            j = doc.journey
            kind = rng.choice(["card", "card", "step", "stage", "lane", "persona", "note", "thread"])
            pool = {"card": [c for n in j.lanes for c in n.cards], "step": j.steps(), "stage": j.stages,
                    "lane": j.lanes, "persona": j.personas, "thread": j.threads,
                    "note": [x for p in j.personas for s in EMPATHY_SECTIONS for x in getattr(p.empathy_map, s)]}
            obj = self.pick(rng, pool[kind])
            {"card": doc.remove_card, "step": doc.remove_step, "stage": doc.remove_stage, "lane": doc.remove_lane,
             "persona": doc.remove_persona, "note": doc.remove_note, "thread": doc.remove_thread}[kind](obj.id)
        self.edit(k, op)

    @rule(k=replica, rng=st.randoms(use_true_random=False))
    def add_structure(self, k, rng):
        def op(doc):
            j = doc.journey
            kind = rng.choice(["step", "stage", "lane", "persona"])
            if kind == "step":
                stage = self.pick(rng, j.stages)
                doc.add_step(stage.id, Step(id=uid(rng), name=rng.choice(WORDS)), rng.randint(0, len(stage.steps)))
            elif kind == "stage":
                doc.add_stage(Stage(id=uid(rng), name="New", steps=[Step(id=uid(rng), name="First")]), rng.randint(0, len(j.stages)))
            elif kind == "lane":
                doc.add_lane(Lane(id=uid(rng), kind=rng.choice([LaneKind.IDEAS, LaneKind.THOUGHTS])), rng.randint(0, len(j.lanes)))
            else:
                doc.add_persona(Persona(id=uid(rng), name=rng.choice(["Cy", "Di"])))
        self.edit(k, op)

    @rule(k=replica, rng=st.randoms(use_true_random=False))
    def move_structure(self, k, rng):
        def op(doc):
            j = doc.journey
            kind = rng.choice(["step", "stage", "lane", "persona", "note"])
            if kind == "step":
                stage = self.pick(rng, j.stages)
                doc.move_step(self.pick(rng, j.steps()).id, stage.id, rng.randint(0, len(stage.steps)))
            elif kind == "note":
                persona = self.pick(rng, j.personas)
                notes = [x for s in EMPATHY_SECTIONS for x in getattr(persona.empathy_map, s)]
                doc.move_note(self.pick(rng, notes).id, rng.choice(EMPATHY_SECTIONS), 0)
            else:
                items = {"stage": j.stages, "lane": j.lanes, "persona": j.personas}[kind]
                move = {"stage": doc.move_stage, "lane": doc.move_lane, "persona": doc.move_persona}[kind]
                move(self.pick(rng, items).id, rng.randint(0, len(items) - 1))
        self.edit(k, op)

    @rule(k=replica, rng=st.randoms(use_true_random=False), value=st.integers(-3, 3) | st.none())
    def score_a_step(self, k, rng, value):
        def op(doc):
            persona = self.pick(rng, doc.journey.personas)
            step = self.pick(rng, doc.journey.steps())
            doc.set_score(step.id, persona.id, None if value is None else Score(persona=persona.id, value=value))
        self.edit(k, op)

    @rule(k=replica, rng=st.randoms(use_true_random=False))
    def write_a_note(self, k, rng):
        def op(doc):
            persona = self.pick(rng, doc.journey.personas)
            doc.add_note(persona.id, rng.choice(EMPATHY_SECTIONS), Note(id=uid(rng), text=rng.choice(WORDS)))
        self.edit(k, op)

    @rule(k=replica, rng=st.randoms(use_true_random=False))
    def review(self, k, rng):
        def op(doc):
            j = doc.journey
            what = rng.choice(["start", "reply", "resolve", "delete reply"])
            if what == "start":
                target = self.pick(rng, [*j.stages, *j.steps(), *j.personas, *[c for n in j.lanes for c in n.cards]])
                doc.add_thread(CommentThread(id=uid(rng), target=target.id, comments=[Comment(id=uid(rng), author="Ben", created=WHEN, text="Why?")]))
                return
            thread = self.pick(rng, j.threads)
            if what == "reply":
                doc.add_comment(thread.id, Comment(id=uid(rng), author="Cy", created=WHEN, text=rng.choice(WORDS)))
            elif what == "resolve":
                doc.set_fields(thread.id, {"resolved": not thread.resolved, "resolved_by": "Cy"})
            else:
                doc.remove_comment(thread.comments[-1].id)
        self.edit(k, op)

    # -- personal undo ------------------------------------------------------------------
    @rule(k=replica, redo=st.booleans())
    def undo_my_last_edit(self, k, redo):
        binding = self.net.bindings[k]
        (binding.redo if redo else binding.undo)()

    # -- the network ----------------------------------------------------------------------
    @rule(src=replica, dst=replica, count=st.integers(1, 4), rng=st.randoms(use_true_random=False))
    def deliver_some_updates(self, src, dst, count, rng):
        if src != dst:
            self.net.deliver_some(rng, src, dst, count)

    @invariant()
    def every_replica_shows_a_valid_map_that_is_its_shared_state(self):
        for binding in self.net.bindings:
            assert shows_its_projection(binding)
            assert is_valid_map(binding.document)

    @precondition(lambda self: True)
    @rule()
    def heal_the_partition(self):
        self.net.exchange_all()
        for binding in self.net.bindings:
            assert shows_its_projection(binding), "a replica does not show its shared state"
        first, *others = [dump(d) for d in self.net.docs()]
        for other in others:
            assert other == first, first_difference(first, other)

    def teardown(self) -> None:
        self.net.exchange_all()
        first, *others = [dump(d) for d in self.net.docs()]
        assert all(other == first for other in others)
        assert all(is_valid_map(d) for d in self.net.docs())


CoEditing.TestCase.settings = settings(max_examples=60, stateful_step_count=50, deadline=None,
                                       suppress_health_check=[HealthCheck.too_slow], report_multiple_bugs=False)
TestCoEditing = CoEditing.TestCase
