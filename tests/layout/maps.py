"""Maps built in code for layout and export tests (no dependency on bundled templates)."""

from __future__ import annotations

from journeymap.model import (
    Card,
    Ces,
    Csat,
    JourneyMap,
    Lane,
    LaneKind,
    Metrics,
    Nps,
    Persona,
    Score,
    Stage,
    Step,
)
from journeymap.model.kinds import EvidenceStatus


def sample_map() -> JourneyMap:
    """Buying headphones online, with every kind of content the layout has to place."""
    ana = Persona(name="Ana Souza", role="Commuter", quote="I just want it to work on the train.",
                  bio="Buys most things online.", goals=["Quiet commute"], needs=["Fast delivery"],
                  pains=["Hidden fees"], gains=["Free returns"], channels=["website"], colour="#0072b2")
    ben = Persona(name="Ben Okafor", role="Student", quote="Cheapest wins.", colour="#d55e00")
    steps = {
        name: Step(name=name)
        for name in ("See an advert", "Compare models", "Checkout", "Delivery", "Unboxing", "First use")
    }
    s = steps
    s["Checkout"] = s["Checkout"].model_copy(update={
        "moment_of_truth": True, "moment_of_truth_note": "Payment must feel safe.",
        "metrics": Metrics(nps=Nps(value=32, sample_size=120), csat=Csat(value=78, sample_size=40),
                           ces=Ces(value=2.5, sample_size=12)),
    })
    scores = {
        "See an advert": [Score(persona=ana.id, value=1, label="Curious"), Score(persona=ben.id, value=0)],
        "Compare models": [Score(persona=ana.id, value=-1, target=1), Score(persona=ben.id, value=-2)],
        "Checkout": [Score(persona=ana.id, value=2, target=3), Score(persona=ben.id, value=3)],
        # Delivery: Ana has no score (a gap in her curve)
        "Delivery": [Score(persona=ben.id, value=-3, label="Late")],
        "Unboxing": [Score(persona=ana.id, value=3, label="A thank-you note!"), Score(persona=ben.id, value=1)],
        "First use": [Score(persona=ana.id, value=2), Score(persona=ben.id, value=2)],
    }
    for name, sc in scores.items():
        s[name] = s[name].model_copy(update={"scores": sc})
    stages = [
        Stage(name="Aware", colour="#dbe9f6", steps=[s["See an advert"]]),
        Stage(name="Research", colour="#e6f4ea", steps=[s["Compare models"]]),
        Stage(name="Buy", colour="#fff3c4", steps=[s["Checkout"]]),
        Stage(name="Receive", colour="#fde4e1", steps=[s["Delivery"], s["Unboxing"]]),
        Stage(name="Use", colour="#f1e9fb", steps=[s["First use"]]),
    ]

    def cards(*items: tuple[str, str] | tuple[str, str, dict]) -> list[Card]:
        out = []
        for item in items:
            step, text = item[0], item[1]
            extra = item[2] if len(item) > 2 else {}
            out.append(Card(step=s[step].id, text=text, **extra))
        return out

    lanes = [
        Lane(kind=LaneKind.ACTIONS, cards=cards(
            ("See an advert", "Sees a sponsored post while scrolling on the bus"),
            ("Compare models", "Reads reviews and compares battery life across three models"),
            ("Checkout", "Creates an account and pays by card"),
            ("Delivery", "Tracks the parcel"),
            ("Unboxing", "Opens the box and finds a handwritten thank-you note"),
            ("First use", "Pairs the headphones with the phone"),
        )),
        Lane(kind=LaneKind.TOUCHPOINTS, cards=cards(
            ("See an advert", "Instagram advert", {"channel": "social_media", "owner": "Marketing"}),
            ("Compare models", "Product page", {"channel": "website", "owner": "E-commerce", "votes": 3}),
            ("Checkout", "Checkout form", {"channel": "website", "owner": "E-commerce"}),
            ("Delivery", "Tracking e-mail", {"channel": "email", "owner": "Logistics"}),
            ("Delivery", "Courier at the door", {"channel": "delivery", "owner": "Logistics partner"}),
        )),
        Lane(kind=LaneKind.THOUGHTS, cards=cards(
            ("Compare models", "Is noise cancelling worth the extra 80 euros?", {"status": EvidenceStatus.ASSUMED}),
        )),
        Lane(kind=LaneKind.EMOTION),
        Lane(kind=LaneKind.PAIN_POINTS, cards=cards(
            ("Checkout", "Account creation fails on an upper-case e-mail address",
             {"detail": "Seen in 4 of 12 sessions; support tickets confirm.", "votes": 5}),
            ("Delivery", "No delivery window given"),
        )),
        Lane(kind=LaneKind.OPPORTUNITIES, cards=cards(
            ("Checkout", "Guest checkout", {"status": EvidenceStatus.PROPOSED, "owner": "Product"}),
            ("Delivery", "Two-hour delivery window by SMS", {"status": EvidenceStatus.PROPOSED}),
        )),
        Lane(kind=LaneKind.FRONTSTAGE, cards=cards(("Checkout", "Payment page"))),
        Lane(kind=LaneKind.BACKSTAGE, cards=cards(("Checkout", "Fraud check"))),
        Lane(kind=LaneKind.SUPPORT_PROCESSES, cards=cards(("Delivery", "Warehouse picking system"))),
        Lane(kind=LaneKind.TEXT, title="Internal notes", hidden=True, cards=cards(("Checkout", "Hidden lane text"))),
    ]
    return JourneyMap(
        title="Buying headphones online", scenario="Ana needs headphones for her commute and orders online.",
        expectations="Easy site, fast delivery.", authors=["CX team"], tags=["retail"],
        personas=[ana, ben], stages=stages, lanes=lanes,
    )


LOREM = ("customer journey touchpoint expectation delivery checkout support waiting frustrated delighted "
         "phone email store advert research compare review voucher refund hotel agent").split()


def large_map(cards_total: int = 3000, stages: int = 10, steps_per_stage: int = 6, lanes: int = 10) -> JourneyMap:
    """A big deterministic map (about ``cards_total`` cards) for speed measurements."""
    kinds = [k for k in LaneKind if k != LaneKind.EMOTION][: lanes - 1]
    personas = [Persona(name=f"Persona {i}", colour=c) for i, c in enumerate(("#0072b2", "#d55e00", "#009e73"))]
    all_steps: list[Step] = []
    stage_list = []
    for si in range(stages):
        steps = []
        for ti in range(steps_per_stage):
            n = si * steps_per_stage + ti
            scores = [Score(persona=p.id, value=((n * (k + 2)) % 7) - 3) for k, p in enumerate(personas)
                      if (n + k) % 9]
            steps.append(Step(name=f"Step {n + 1} of the journey", scores=scores))
        all_steps.extend(steps)
        stage_list.append(Stage(name=f"Stage {si + 1}", steps=steps))
    lane_list = [Lane(kind=LaneKind.EMOTION)]
    per_lane = cards_total // len(kinds)
    for li, kind in enumerate(kinds):
        cards = []
        for c in range(per_lane):
            step = all_steps[(c * 7 + li) % len(all_steps)]
            words = [LOREM[(c * 3 + li + j * 5) % len(LOREM)] for j in range(6 + (c % 14))]
            cards.append(Card(step=step.id, text=" ".join(words), channel="website" if c % 3 == 0 else "",
                              owner="Team " + str(c % 5) if c % 4 == 0 else "", votes=c % 4))
        lane_list.append(Lane(kind=kind, cards=cards))
    return JourneyMap(title="A large generated journey", personas=personas, stages=stage_list, lanes=lane_list)


def rtl_map() -> JourneyMap:
    """A map written in Arabic, Hebrew and English together, as a team in Haifa or Dubai writes one."""
    sara = Persona(name="سارة أحمد", role="مسافرة يومية", quote="أريدها أن تعمل في القطار فقط.",
                   bio="تشتري معظم احتياجاتها عبر الإنترنت.", goals=["تنقل هادئ"], needs=["توصيل سريع"],
                   pains=["رسوم مخفية"], gains=["إرجاع مجاني"], colour="#0072b2")
    dana = Persona(name="דנה לוי", role="סטודנטית", quote="הזול ביותר מנצח.", colour="#d55e00")
    names = ("يرى إعلانًا", "يقارن الطرازات", "Checkout", "التوصيل", "פתיחת האריזה", "שימוש ראשון")
    steps = {name: Step(name=name) for name in names}
    steps["Checkout"] = steps["Checkout"].model_copy(update={
        "moment_of_truth": True, "metrics": Metrics(nps=Nps(value=32, sample_size=120))})
    scores = {"يرى إعلانًا": [Score(persona=sara.id, value=1, label="فضولية")],
              "Checkout": [Score(persona=sara.id, value=-2, label="قلقة"), Score(persona=dana.id, value=2)],
              "פתיחת האריזה": [Score(persona=dana.id, value=3, label="שָׂמֵחַ")]}
    for name, sc in scores.items():
        steps[name] = steps[name].model_copy(update={"scores": sc})
    s = steps
    stages = [
        Stage(name="الوعي", colour="#dbe9f6", steps=[s["يرى إعلانًا"]]),
        Stage(name="البحث", colour="#e6f4ea", steps=[s["يقارن الطرازات"]]),
        Stage(name="Buy", colour="#fff3c4", steps=[s["Checkout"]]),
        Stage(name="الاستلام", colour="#fde4e1", steps=[s["التوصيل"], s["פתיחת האריזה"]]),
        Stage(name="שימוש", colour="#f1e9fb", steps=[s["שימוש ראשון"]]),
    ]
    lanes = [
        Lane(kind=LaneKind.ACTIONS, cards=[
            Card(step=s["يرى إعلانًا"].id, text="ترى منشورًا مموّلًا أثناء تصفحها في الحافلة"),
            Card(step=s["يقارن الطرازات"].id, text="تقرأ المراجعات وتقارن عمر البطارية (٣ طرازات)"),
            Card(step=s["Checkout"].id, text="Order #4711 لم يصل"),
            Card(step=s["التوصيل"].id, text="لم يصل الطلب رقم 4711 بعد، لا أحد يرد"),
            Card(step=s["פתיחת האריזה"].id, text="פותחת את הקופסה ומוצאת פתק תודה בכתב יד"),
            Card(step=s["שימוש ראשון"].id, text="Pairs the headphones with the phone"),
        ]),
        Lane(kind=LaneKind.EMOTION),
        Lane(kind=LaneKind.PAIN_POINTS, cards=[
            Card(step=s["Checkout"].id, text="الدفع بالبطاقة فشل مرتين", status=EvidenceStatus.ASSUMED),
            Card(step=s["التوصيل"].id, text="שָׁלוֹם, איפה החבילה שלי?"),
        ]),
    ]
    return JourneyMap(title="شراء سماعات عبر الإنترنت", scenario="رحلة شراء سماعات لاسلكية – Buying headphones",
                      language="ar", personas=[sara, dana], stages=stages, lanes=lanes)
