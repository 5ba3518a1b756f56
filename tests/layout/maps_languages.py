"""The sample map as teams writing in German, French, Spanish and Arabic write it (for export tests).

Every word of content is in the team's language and the map's ``language`` says
so; both personas have an empathy map (Ana's on Dave Gray's canvas, Ben's in
four quadrants), so a digest shows every kind of page.
"""

from __future__ import annotations

from journeymap.model import EmpathyMap, JourneyMap, Note
from journeymap.model.kinds import EmpathyStyle

from .maps import sample_map

#: the sample's English content, then the notes of the empathy maps added here
_NOTES = {
    "goal": ["Arrive at work relaxed"], "sees": ["Ads for noise-cancelling headphones everywhere"],
    "says": ["I just want it to work on the train."], "does": ["Compares prices on three sites"],
    "hears": ["Colleagues recommend a brand"], "thinks": ["Is it worth the money?"],
    "feels": ["Nervous about hidden costs"], "pains": ["Hidden fees", "Delivery with no time window"],
    "gains": ["Free returns", "Silence on the train"],
}
_BEN_NOTES = {"says": ["Cheapest wins."], "thinks": ["Is the cheap one good enough?"],
              "does": ["Waits for a discount code"], "feels": ["Impatient"]}

_WORDS: dict[str, dict[str, str]] = {
    "de": {
        "Commuter": "Pendlerin", "I just want it to work on the train.": "Im Zug soll es einfach funktionieren.",
        "Buys most things online.": "Kauft fast alles online.", "Quiet commute": "Ruhiger Arbeitsweg",
        "Fast delivery": "Schnelle Lieferung", "Hidden fees": "Versteckte Gebühren", "Free returns": "Kostenlose Rücksendung",
        "Student": "Student", "Cheapest wins.": "Der günstigste gewinnt.",
        "See an advert": "Sieht eine Anzeige", "Compare models": "Vergleicht Modelle", "Checkout": "Bezahlvorgang",
        "Delivery": "Lieferung", "Unboxing": "Auspacken", "First use": "Erste Nutzung",
        "Payment must feel safe.": "Die Zahlung muss sich sicher anfühlen.", "Curious": "Neugierig", "Late": "Verspätet",
        "A thank-you note!": "Eine Dankeskarte!", "Aware": "Aufmerksamkeit", "Research": "Recherche", "Buy": "Kauf",
        "Receive": "Empfang", "Use": "Nutzung",
        "Sees a sponsored post while scrolling on the bus": "Sieht beim Scrollen im Bus einen gesponserten Beitrag",
        "Reads reviews and compares battery life across three models":
            "Liest Bewertungen und vergleicht die Akkulaufzeit von drei Modellen",
        "Creates an account and pays by card": "Legt ein Kundenkonto an und zahlt mit Karte",
        "Tracks the parcel": "Verfolgt die Sendung",
        "Opens the box and finds a handwritten thank-you note": "Öffnet das Paket und findet eine handgeschriebene Dankeskarte",
        "Pairs the headphones with the phone": "Koppelt die Kopfhörer mit dem Smartphone",
        "Instagram advert": "Instagram-Anzeige", "Product page": "Produktseite", "Checkout form": "Bestellformular",
        "Tracking e-mail": "Versandbestätigung per E-Mail", "Courier at the door": "Zusteller an der Tür",
        "Is noise cancelling worth the extra 80 euros?": "Ist Noise-Cancelling die 80 Euro Aufpreis wert?",
        "Account creation fails on an upper-case e-mail address":
            "Kontoanlage scheitert an einer E-Mail-Adresse mit Großbuchstaben",
        "Seen in 4 of 12 sessions; support tickets confirm.": "In 4 von 12 Sitzungen beobachtet; Support-Tickets bestätigen es.",
        "No delivery window given": "Kein Lieferzeitfenster angegeben", "Guest checkout": "Gastbestellung",
        "Two-hour delivery window by SMS": "Zweistündiges Lieferzeitfenster per SMS", "Payment page": "Zahlungsseite",
        "Fraud check": "Betrugsprüfung", "Warehouse picking system": "Kommissioniersystem im Lager",
        "Hidden lane text": "Text einer ausgeblendeten Zeile", "Marketing": "Marketing", "E-commerce": "E-Commerce",
        "Logistics": "Logistik", "Logistics partner": "Logistikpartner", "Product": "Produktmanagement",
        "Internal notes": "Interne Notizen", "Buying headphones online": "Kopfhörer online kaufen",
        "Ana needs headphones for her commute and orders online.":
            "Ana braucht Kopfhörer für den Arbeitsweg und bestellt online.",
        "Easy site, fast delivery.": "Einfache Website, schnelle Lieferung.", "CX team": "CX-Team", "retail": "Handel",
        "Arrive at work relaxed": "Entspannt bei der Arbeit ankommen",
        "Ads for noise-cancelling headphones everywhere": "Überall Werbung für Noise-Cancelling-Kopfhörer",
        "Compares prices on three sites": "Vergleicht Preise auf drei Websites",
        "Colleagues recommend a brand": "Kollegen empfehlen eine Marke", "Is it worth the money?": "Ist es das Geld wert?",
        "Nervous about hidden costs": "Sorge vor versteckten Kosten",
        "Delivery with no time window": "Lieferung ohne Zeitfenster", "Silence on the train": "Ruhe im Zug",
        "Is the cheap one good enough?": "Reicht das günstige Modell?", "Waits for a discount code": "Wartet auf einen Rabattcode",
        "Impatient": "Ungeduldig",
    },
    "fr": {
        "Commuter": "Navetteuse", "I just want it to work on the train.": "Je veux juste que ça marche dans le train.",
        "Buys most things online.": "Achète presque tout en ligne.", "Quiet commute": "Un trajet au calme",
        "Fast delivery": "Livraison rapide", "Hidden fees": "Frais cachés", "Free returns": "Retours gratuits",
        "Student": "Étudiant", "Cheapest wins.": "Le moins cher l’emporte.",
        "See an advert": "Voit une publicité", "Compare models": "Compare les modèles", "Checkout": "Paiement",
        "Delivery": "Livraison", "Unboxing": "Déballage", "First use": "Première utilisation",
        "Payment must feel safe.": "Le paiement doit inspirer confiance.", "Curious": "Curieuse", "Late": "En retard",
        "A thank-you note!": "Un mot de remerciement\u202f!", "Aware": "Découverte", "Research": "Recherche",
        "Buy": "Achat", "Receive": "Réception", "Use": "Utilisation",
        "Sees a sponsored post while scrolling on the bus": "Voit une publication sponsorisée en faisant défiler dans le bus",
        "Reads reviews and compares battery life across three models":
            "Lit les avis et compare l’autonomie de trois modèles",
        "Creates an account and pays by card": "Crée un compte et paie par carte",
        "Tracks the parcel": "Suit le colis",
        "Opens the box and finds a handwritten thank-you note": "Ouvre le colis et trouve un mot de remerciement manuscrit",
        "Pairs the headphones with the phone": "Associe le casque au téléphone",
        "Instagram advert": "Publicité Instagram", "Product page": "Fiche produit", "Checkout form": "Formulaire de commande",
        "Tracking e-mail": "E-mail de suivi", "Courier at the door": "Livreur à la porte",
        "Is noise cancelling worth the extra 80 euros?": "La réduction de bruit vaut-elle 80\u00a0euros de plus\u202f?",
        "Account creation fails on an upper-case e-mail address":
            "La création de compte échoue avec une adresse e-mail en majuscules",
        "Seen in 4 of 12 sessions; support tickets confirm.":
            "Observé dans 4 sessions sur 12\u202f; confirmé par les tickets du support.",
        "No delivery window given": "Aucun créneau de livraison indiqué", "Guest checkout": "Commande sans compte",
        "Two-hour delivery window by SMS": "Créneau de livraison de deux heures par SMS", "Payment page": "Page de paiement",
        "Fraud check": "Contrôle antifraude", "Warehouse picking system": "Système de préparation des commandes",
        "Hidden lane text": "Texte d’une ligne masquée", "Marketing": "Marketing", "E-commerce": "E-commerce",
        "Logistics": "Logistique", "Logistics partner": "Partenaire logistique", "Product": "Produit",
        "Internal notes": "Notes internes", "Buying headphones online": "Acheter un casque en ligne",
        "Ana needs headphones for her commute and orders online.":
            "Ana a besoin d’un casque pour ses trajets et le commande en ligne.",
        "Easy site, fast delivery.": "Un site simple, une livraison rapide.", "CX team": "Équipe CX", "retail": "commerce",
        "Arrive at work relaxed": "Arriver détendue au travail",
        "Ads for noise-cancelling headphones everywhere": "Des publicités pour des casques à réduction de bruit partout",
        "Compares prices on three sites": "Compare les prix sur trois sites",
        "Colleagues recommend a brand": "Des collègues recommandent une marque",
        "Is it worth the money?": "Est-ce que ça vaut le prix\u202f?", "Nervous about hidden costs": "Inquiète des frais cachés",
        "Delivery with no time window": "Livraison sans créneau horaire", "Silence on the train": "Le silence dans le train",
        "Is the cheap one good enough?": "Le modèle bon marché suffira-t-il\u202f?",
        "Waits for a discount code": "Attend un code de réduction", "Impatient": "Impatient",
    },
    "es": {
        "Commuter": "Viajera diaria", "I just want it to work on the train.": "Solo quiero que funcione en el tren.",
        "Buys most things online.": "Compra casi todo por internet.", "Quiet commute": "Un trayecto tranquilo",
        "Fast delivery": "Entrega rápida", "Hidden fees": "Gastos ocultos", "Free returns": "Devoluciones gratuitas",
        "Student": "Estudiante", "Cheapest wins.": "Gana el más barato.",
        "See an advert": "Ve un anuncio", "Compare models": "Compara modelos", "Checkout": "Pago",
        "Delivery": "Entrega", "Unboxing": "Desembalaje", "First use": "Primer uso",
        "Payment must feel safe.": "El pago tiene que transmitir seguridad.", "Curious": "Curiosa", "Late": "Con retraso",
        "A thank-you note!": "¡Una nota de agradecimiento!", "Aware": "Descubrimiento", "Research": "Investigación",
        "Buy": "Compra", "Receive": "Recepción", "Use": "Uso",
        "Sees a sponsored post while scrolling on the bus": "Ve una publicación patrocinada mientras navega en el autobús",
        "Reads reviews and compares battery life across three models":
            "Lee reseñas y compara la autonomía de tres modelos",
        "Creates an account and pays by card": "Crea una cuenta y paga con tarjeta",
        "Tracks the parcel": "Sigue el envío",
        "Opens the box and finds a handwritten thank-you note":
            "Abre la caja y encuentra una nota de agradecimiento escrita a mano",
        "Pairs the headphones with the phone": "Empareja los auriculares con el móvil",
        "Instagram advert": "Anuncio en Instagram", "Product page": "Ficha de producto", "Checkout form": "Formulario de pago",
        "Tracking e-mail": "Correo de seguimiento", "Courier at the door": "Repartidor en la puerta",
        "Is noise cancelling worth the extra 80 euros?": "¿Merece la pena pagar 80 euros más por la cancelación de ruido?",
        "Account creation fails on an upper-case e-mail address":
            "El registro falla con un correo electrónico en mayúsculas",
        "Seen in 4 of 12 sessions; support tickets confirm.":
            "Observado en 4 de 12 sesiones; lo confirman las incidencias de soporte.",
        "No delivery window given": "No se indica franja de entrega", "Guest checkout": "Compra como invitado",
        "Two-hour delivery window by SMS": "Franja de entrega de dos horas por SMS", "Payment page": "Página de pago",
        "Fraud check": "Control antifraude", "Warehouse picking system": "Sistema de preparación de pedidos",
        "Hidden lane text": "Texto de una fila oculta", "Marketing": "Marketing", "E-commerce": "Comercio electrónico",
        "Logistics": "Logística", "Logistics partner": "Socio logístico", "Product": "Producto",
        "Internal notes": "Notas internas", "Buying headphones online": "Comprar auriculares por internet",
        "Ana needs headphones for her commute and orders online.":
            "Ana necesita auriculares para sus trayectos y los pide por internet.",
        "Easy site, fast delivery.": "Una web sencilla, una entrega rápida.", "CX team": "Equipo de CX",
        "retail": "comercio minorista", "Arrive at work relaxed": "Llegar al trabajo relajada",
        "Ads for noise-cancelling headphones everywhere": "Anuncios de auriculares con cancelación de ruido por todas partes",
        "Compares prices on three sites": "Compara precios en tres webs",
        "Colleagues recommend a brand": "Sus compañeros le recomiendan una marca",
        "Is it worth the money?": "¿Vale lo que cuesta?", "Nervous about hidden costs": "Le preocupan los gastos ocultos",
        "Delivery with no time window": "Entrega sin franja horaria", "Silence on the train": "Silencio en el tren",
        "Is the cheap one good enough?": "¿Bastará con el barato?", "Waits for a discount code": "Espera un código de descuento",
        "Impatient": "Impaciente",
    },
    "ar": {
        "Commuter": "مسافرة يومية", "I just want it to work on the train.": "أريدها فقط أن تعمل في القطار.",
        "Buys most things online.": "تشتري معظم احتياجاتها عبر الإنترنت.", "Quiet commute": "تنقّل هادئ",
        "Fast delivery": "توصيل سريع", "Hidden fees": "رسوم مخفية", "Free returns": "إرجاع مجاني",
        "Student": "طالب", "Cheapest wins.": "الأرخص هو الأفضل.",
        "See an advert": "ترى إعلانًا", "Compare models": "تقارن الطرازات", "Checkout": "إتمام الشراء",
        "Delivery": "التوصيل", "Unboxing": "فتح العلبة", "First use": "الاستخدام الأول",
        "Payment must feel safe.": "يجب أن يبعث الدفع على الثقة.", "Curious": "فضولية", "Late": "متأخر",
        "A thank-you note!": "بطاقة شكر!", "Aware": "الوعي", "Research": "البحث", "Buy": "الشراء",
        "Receive": "الاستلام", "Use": "الاستخدام",
        "Sees a sponsored post while scrolling on the bus": "ترى منشورًا مموّلًا أثناء التصفح في الحافلة",
        "Reads reviews and compares battery life across three models":
            "تقرأ المراجعات وتقارن عمر البطارية في ٣ طرازات",
        "Creates an account and pays by card": "تنشئ حسابًا وتدفع بالبطاقة", "Tracks the parcel": "تتتبّع الشحنة",
        "Opens the box and finds a handwritten thank-you note": "تفتح العلبة فتجد بطاقة شكر مكتوبة بخط اليد",
        "Pairs the headphones with the phone": "تقرن السماعات بالهاتف",
        "Instagram advert": "إعلان على Instagram", "Product page": "صفحة المنتج", "Checkout form": "نموذج الطلب",
        "Tracking e-mail": "رسالة تتبّع بالبريد الإلكتروني", "Courier at the door": "المندوب عند الباب",
        "Is noise cancelling worth the extra 80 euros?": "هل يستحق إلغاء الضوضاء ٨٠ يورو إضافية؟",
        "Account creation fails on an upper-case e-mail address":
            "يفشل إنشاء الحساب مع بريد إلكتروني بأحرف كبيرة",
        "Seen in 4 of 12 sessions; support tickets confirm.": "لوحظ في ٤ من ١٢ جلسة، وتؤكده تذاكر الدعم.",
        "No delivery window given": "لا يُحدَّد موعد للتوصيل", "Guest checkout": "الشراء كضيف",
        "Two-hour delivery window by SMS": "موعد توصيل خلال ساعتين برسالة نصية", "Payment page": "صفحة الدفع",
        "Fraud check": "التحقق من الاحتيال", "Warehouse picking system": "نظام تجهيز الطلبات في المستودع",
        "Hidden lane text": "نص صف مخفي", "Marketing": "التسويق", "E-commerce": "التجارة الإلكترونية",
        "Logistics": "الخدمات اللوجستية", "Logistics partner": "الشريك اللوجستي", "Product": "إدارة المنتج",
        "Internal notes": "ملاحظات داخلية", "Buying headphones online": "شراء سماعات عبر الإنترنت",
        "Ana needs headphones for her commute and orders online.": "تحتاج آنا إلى سماعات لتنقلاتها اليومية فتطلبها عبر الإنترنت.",
        "Easy site, fast delivery.": "موقع سهل وتوصيل سريع.", "CX team": "فريق تجربة العملاء", "retail": "التجزئة",
        "Arrive at work relaxed": "أن تصل إلى العمل مرتاحة",
        "Ads for noise-cancelling headphones everywhere": "إعلانات سماعات إلغاء الضوضاء في كل مكان",
        "Compares prices on three sites": "تقارن الأسعار في ثلاثة مواقع", "Colleagues recommend a brand": "زملاؤها يوصون بعلامة تجارية",
        "Is it worth the money?": "هل تستحق ثمنها؟", "Nervous about hidden costs": "قلقة من التكاليف المخفية",
        "Delivery with no time window": "توصيل بلا موعد محدد", "Silence on the train": "الهدوء في القطار",
        "Is the cheap one good enough?": "هل يكفي الطراز الرخيص؟", "Waits for a discount code": "ينتظر رمز خصم",
        "Impatient": "نافد الصبر",
    },
}
_NAMES = {"ar": {"Ana Souza": "آنا سوزا", "Ben Okafor": "بن أوكافور"}}


def written_in(language: str) -> JourneyMap:
    """The sample map with all its content in ``language`` (de, fr, es, ar) and its language field set."""
    words = {**_WORDS[language], **_NAMES.get(language, {})}

    def say(text: str) -> str:
        return words[text] if text else text

    data = sample_map().model_dump(mode="python")
    for key in ("title", "scenario", "expectations"):
        data[key] = say(data[key])
    data["authors"] = [say(a) for a in data["authors"]]
    data["tags"] = [say(t) for t in data["tags"]]
    data["language"] = language
    for persona in data["personas"]:
        persona["name"] = words.get(persona["name"], persona["name"])
        for key in ("role", "quote", "bio"):
            persona[key] = say(persona[key])
        for key in ("goals", "needs", "pains", "gains"):
            persona[key] = [say(x) for x in persona[key]]
    for stage in data["stages"]:
        stage["name"] = say(stage["name"])
        for step in stage["steps"]:
            step["name"] = say(step["name"])
            step["moment_of_truth_note"] = say(step["moment_of_truth_note"])
            for score in step["scores"]:
                score["label"] = say(score["label"])
    for lane in data["lanes"]:
        lane["title"] = say(lane["title"])
        for card in lane["cards"]:
            for key in ("text", "detail", "owner"):
                card[key] = say(card[key])
    journey = JourneyMap.model_validate(data)
    ana, ben = journey.personas
    ana.empathy_map = EmpathyMap(style=EmpathyStyle.CANVAS, designed_by=say("CX team"), date="2026-03-03",
                                 version="2", **{k: [Note(text=say(t)) for t in v] for k, v in _NOTES.items()})
    ben.empathy_map = EmpathyMap(**{k: [Note(text=say(t)) for t in v] for k, v in _BEN_NOTES.items()})
    return journey


LANGUAGES = tuple(_WORDS)
