"""Maps in many scripts for the HTML export's tests: Arabic, Hebrew, CJK, Cyrillic, Greek, emoji, and markup."""

from __future__ import annotations

from journeymap.model import Card, JourneyMap, Lane, LaneKind, Persona, Score, Stage, Step
from journeymap.model.kinds import EvidenceStatus


def unicode_map(language: str = "ar") -> JourneyMap:
    """An Arabic-titled map with Hebrew, Japanese, Russian and Greek cards, emoji, and text that looks like markup."""
    layla = Persona(name="ليلى حداد", role="مهندسة", quote="أريد أن يعمل التطبيق في القطار", colour="#0072b2")
    noa = Persona(name="נועה כהן", role="סטודנטית", quote="\u201cהכי זול מנצח\u201d", colour="#d55e00")
    steps = [Step(name="يرى الإعلان", moment_of_truth=True, moment_of_truth_note="اللحظة الحاسمة"),
             Step(name="משווה מחירים", description="השוואה בין שלוש חנויות"),
             Step(name="注文する"), Step(name="Получает посылку")]
    for k, step in enumerate(steps):
        step.scores = [Score(persona=layla.id, value=(k % 3) - 1, label="سعيدة" if k == 2 else ""),
                       Score(persona=noa.id, value=1 - k, target=2 if k == 1 else None)]
    stages = [Stage(name="الاكتشاف", colour="#0b5394", steps=steps[:2]),
              Stage(name="購入", colour="#fff3c4", steps=steps[2:3]),
              Stage(name="Доставка", colour="#7f7f7f", steps=steps[3:]),
              Stage(name="Ἐπιστροφή", colour="#dbe9f6")]
    lanes = [
        Lane(kind=LaneKind.ACTIONS, cards=[
            Card(step=steps[0].id, text="ترى إعلانًا على إنستغرام 📱"),
            Card(step=steps[1].id, text="משווה שלוש חנויות ב-https://example.co.il/compare?id=42"),
            Card(step=steps[2].id, text="スマホで注文する 🎧", status=EvidenceStatus.ASSUMED),
            Card(step=steps[3].id, text="Курьер звонит в дверь <b>не</b> вовремя & \"громко\""),
        ]),
        Lane(kind=LaneKind.EMOTION),
        Lane(kind=LaneKind.PAIN_POINTS, cards=[
            Card(step=steps[1].id, text="רסוף מחיר מוסתר", votes=3),
            Card(step=steps[3].id, text="Η συσκευασία ήταν σπασμένη", owner="Λογιστική"),
        ]),
        Lane(kind=LaneKind.OPPORTUNITIES, cards=[
            Card(step=steps[1].id, text="שקיפות מחירים", status=EvidenceStatus.PROPOSED, colour="#6a1b9a"),
        ]),
        Lane(kind=LaneKind.FRONTSTAGE, cards=[Card(step=steps[2].id, text="<script>alert(1)</script>")]),
        Lane(kind=LaneKind.BACKSTAGE, cards=[Card(step=steps[2].id, text="倉庫でピッキング")]),
        Lane(kind=LaneKind.TEXT, title="Internal — not for customers", hidden=True,
             cards=[Card(step=steps[0].id, text="Margin is thin")]),
    ]
    return JourneyMap(title="رحلة شراء سماعات 🎧", scenario="ليلى تشتري سماعات للتنقل اليومي.",
                      expectations="תשלום פשוט", language=language, authors=["فريق التجربة"],
                      personas=[layla, noa], stages=stages, lanes=lanes)
