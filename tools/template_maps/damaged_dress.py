"""A dress bought in one click arrives damaged and in the wrong size; hours on hold before a
replacement is sent. Good UX, bad CX: the mirror image of the support-bug template."""

from journeymap.model import JourneyMap

from .builder import (
    ORANGE,
    SKY,
    STORY_LANES,
    TINT_BLUE,
    TINT_GREEN,
    TINT_ORANGE,
    TINT_PINK,
    TINT_YELLOW,
    MapBuilder,
    S,
    assumed,
    proposed,
    seen,
    tp,
)


def build() -> JourneyMap:
    b = MapBuilder(
        "damaged-dress",
        title="A damaged dress and a long wait on hold",
        description="Larkspur, an online fashion retailer with an excellent app and an overloaded "
                    "returns process. A flawless purchase is undone after delivery.",
        scenario="Chloe buys a dress for a wedding in one tap. It arrives with a torn seam and in the "
                 "wrong size. The app's returns flow has no option for ‘damaged’, the chat closes at "
                 "6 pm, and she spends 2 hours 40 minutes on hold before an agent sends a replacement "
                 "by express delivery, two days before the wedding.",
        expectations="The dress she ordered, undamaged, in time for the wedding; if something goes "
                     "wrong, a fix as easy as the purchase was.",
        authors=("Larkspur CX team", "Hannah Cole"),
        tags=("e-commerce", "fashion", "returns", "service recovery"),
    )
    b.persona(
        "chloe", "Chloe Martin", colour=ORANGE, role="Loyal app shopper",
        quote="Buying took ten seconds. Fixing your mistake took my whole evening.",
        bio="29, nurse working shifts in Cardiff. Buys most of her clothes in the app, often late at "
            "night after a shift, and has never returned anything before.",
        goals=("The right dress, in time for her sister's wedding",),
        needs=("A returns option that matches her problem", "Support outside office hours"),
        pains=("Being kept on hold", "Having to prove the damage twice"),
        gains=("Express replacement without arguing", "An apology that sounds human"),
        channels=("mobile_app", "email", "phone"),
    )
    b.persona(
        "priya", "Priya Shah", colour=SKY, role="Occasional shopper, buying a gift",
        quote="I bought it for my mum. I can't have it turn up ruined.",
        bio="52, accountant in Leicester. Shops on the website a few times a year, usually for gifts, "
            "and phones rather than chats when anything goes wrong.",
        goals=("A gift that arrives perfect",),
        needs=("Gift delivery she can trust", "A phone number that gets answered"),
        pains=("Automated menus", "Returns that need a printer"),
        gains=("Being called back", "A goodwill gesture"),
        channels=("website", "phone"),
    )
    b.lanes(*STORY_LANES)

    b.stage("Buy", TINT_BLUE, description="A one-tap purchase in the app.",
            notes="The product team will be proud of this stage, and rightly. Ask them to watch what "
                  "happens after it.")
    b.step(
        "browse", "Finds the dress",
        scores={"chloe": S(2, "Found the one"), "priya": S(1)},
        actions=[seen("Saves the dress from an outfit suggestion")],
        touchpoints=[tp("Personalised outfit feed", "mobile_app", "Digital product")],
        thoughts=[seen("Perfect for the wedding.")],
        ownership=[seen("Digital product")],
    )
    b.step(
        "buy", "Buys in one tap",
        scores={"chloe": S(3, "Effortless"), "priya": S(2)},
        csat=(94, 1210), ces=(1.4, 1180),
        metrics_notes=[seen("CSAT and CES: in-app survey after purchase")],
        actions=[seen("Pays with a saved card and address")],
        touchpoints=[tp("One-tap checkout", "mobile_app", "Digital product")],
        feelings=[seen("Pleased, a little excited")],
        evidence=[seen("App checkout rated 4.8 stars", "App store reviews, 2026")],
    )

    b.stage("Receive", TINT_ORANGE, description="Delivery and the unpleasant surprise.",
            notes="Bring photos of the damaged items from the returns warehouse.")
    b.step(
        "delivery", "Receives the parcel",
        scores={"chloe": S(1), "priya": S(1)},
        touchpoints=[tp("Parcel in a plastic mailer", "delivery", "Logistics")],
        pains=[assumed("Plastic mailers don't protect delicate fabric", votes=3)],
        ownership=[seen("Logistics")],
    )
    b.step(
        "unbox", "Finds a torn seam and the wrong size",
        scores={"chloe": S(-3, "Devastated"), "priya": S(-3, "Upset")},
        moment="The product fails and the clock starts: with the wedding days away, everything now "
               "depends on how fast we put it right.",
        actions=[seen("Opens the parcel: size 14 instead of 10, seam torn")],
        thoughts=[seen("The wedding is on Saturday.")],
        feelings=[seen("Panicked, let down")],
        pains=[seen("Wrong item picked and damaged in one parcel", votes=4)],
        ownership=[seen("Warehouse")],
        evidence=[seen("Picking errors: 0.8% of orders; damage: 0.5%", "Warehouse KPIs, Q3 2026")],
    )

    b.stage("Seek help", TINT_PINK, description="Looking for a way to report it.",
            notes="Count the channels Chloe tries before she reaches a person. Each one is a team.")
    b.step(
        "returns_flow", "Tries the returns flow",
        scores={"chloe": S(-2, "Stuck", to=1, to_label="Reported in a minute"), "priya": S(-2)},
        actions=[seen("Looks for ‘damaged’ among the return reasons")],
        touchpoints=[tp("Returns flow: ‘doesn't fit’ or ‘changed my mind’", "mobile_app", "Returns")],
        thoughts=[seen("Neither of these is what happened.")],
        pains=[seen("No return reason for damaged or wrong items", votes=8, tags=("returns",))],
        opportunities=[proposed("‘Damaged or wrong item’ with a photo upload", votes=9, tags=("returns",))],
        ownership=[seen("Returns")],
    )
    b.step(
        "chat", "Tries chat",
        scores={"chloe": S(-2, "Shut out")},
        touchpoints=[tp("Chat: ‘We're closed, back at 9 am’", "chat", "Customer service")],
        pains=[seen("Chat closes at 6 pm; shift workers shop at night", votes=5)],
        ideas=[proposed("Out-of-hours chatbot that logs the case and promises a call", votes=4)],
        ownership=[seen("Customer service")],
    )
    b.step(
        "hold", "Waits on hold",
        scores={"chloe": S(-3, "Exhausted"), "priya": S(-3, "Furious")},
        ces=(6.6, 142),
        metrics_notes=[seen("CES: post-call survey, callers about damaged items")],
        actions=[seen("Calls next morning and waits 2 h 40 min")],
        touchpoints=[tp("Phone queue with a call-back option that fails", "phone", "Customer service")],
        thoughts=[seen("I'm on my break. I can't hang up now.")],
        feelings=[seen("Exhausted, angry")],
        pains=[seen("Call-back option drops the place in the queue", votes=6),
               seen("Queue doubled after the summer sale", votes=2)],
        ideas=[proposed("Priority queue for orders with an event date", votes=3)],
        evidence=[seen("“Two hours forty. I listened to the same song sixty times.”", "Complaint e-mail")],
    )

    b.stage("Resolution", TINT_GREEN, description="An agent finally sends a replacement.",
            notes="The agent did well; the system made her job impossible for hours before the call.")
    b.step(
        "agent", "Speaks to an agent",
        scores={"chloe": S(0, "Finally"), "priya": S(0)},
        csat=(71, 142),
        metrics_notes=[seen("CSAT: post-call survey")],
        actions=[seen("Sends photos again by e-mail while on the call")],
        touchpoints=[tp("Agent call", "phone", "Customer service")],
        pains=[seen("Photos sent twice: app and e-mail don't share a case", votes=3)],
        ownership=[seen("Customer service")],
    )
    b.step(
        "replacement", "Gets an express replacement",
        scores={"chloe": S(1, "Relieved", to=2), "priya": S(1)},
        moment="The replacement arrives two days before the wedding. Relief, but not forgiveness: the "
               "effort spent is what customers remember.",
        touchpoints=[tp("Express delivery of the replacement", "delivery", "Logistics")],
        feelings=[seen("Relieved, still drained")],
        opportunities=[proposed("Send the replacement first, collect the return later", votes=6)],
        ownership=[seen("Logistics, Customer service")],
    )

    b.stage("Afterwards", TINT_YELLOW, description="Refund, review and the next purchase.",
            notes="Good UX did not save this journey. What would it take to make returns as easy "
                  "as buying?")
    b.step(
        "send_back", "Sends the damaged dress back",
        scores={"chloe": S(-1), "priya": S(-2, "No printer")},
        actions=[seen("Prints a return label and takes the parcel to a drop-off point")],
        touchpoints=[tp("Return label (PDF) and drop-off shop", "self_service", "Returns")],
        pains=[seen("Label must be printed; no QR code option", votes=4, tags=("returns",))],
        opportunities=[proposed("QR-code returns at drop-off points", votes=3, tags=("returns",))],
        ownership=[seen("Returns")],
    )
    b.step(
        "refund", "Waits for the refund of the return",
        scores={"chloe": S(-1)},
        touchpoints=[tp("Refund e-mail after 9 days", "email", "Finance")],
        pains=[assumed("The refund takes nine days; the purchase took ten seconds", votes=1)],
        ownership=[seen("Finance")],
    )
    b.step(
        "review", "Writes a review",
        scores={"chloe": S(-1, "Wary"), "priya": S(-2, "Won't buy again")},
        nps=(-38, 96),
        metrics_notes=[seen("NPS: survey after the case closed")],
        touchpoints=[tp("App store review", "mobile_app", "Marketing")],
        evidence=[seen("“Best app, worst returns. Two stars.”", "App store review, Chloe")],
        ideas=[proposed("Goodwill voucher offered by the agent, not requested by the customer",
                        votes=2)],
    )
    return b.build()
