"""Ordering a new credit card: app request, phone call to finish it, card by post, ATM activation."""

from journeymap.model import JourneyMap

from .builder import (
    BLUE,
    GREEN,
    STORY_LANES,
    TINT_BLUE,
    TINT_GREEN,
    TINT_ORANGE,
    TINT_PINK,
    TINT_SKY,
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
        "credit-card",
        title="Ordering a new credit card",
        description="A cross-channel journey at Harbour Bank: applying in the app, a phone call to "
                    "finish the checks, the card and PIN by post, and activation at an ATM.",
        scenario="Sam, a customer for six years, wants a card with travel insurance before a trip. He "
                 "applies in the app, is asked to call to complete identity checks, receives the card "
                 "and PIN in separate letters, and activates the card at an ATM. Ruth, retired, "
                 "applies the same way after her branch closes.",
        expectations="Apply in minutes, know the decision straight away, and have a working card "
                     "within a week, without repeating information the bank already holds.",
        authors=("Harbour Bank CX team", "Elif Sahin"),
        tags=("banking", "cross-channel", "onboarding", "cards"),
    )
    b.persona(
        "sam", "Sam Patel", colour=BLUE, role="Long-standing customer, digital first",
        quote="You've known me for six years. Why do I have to prove who I am again?",
        bio="38, IT contractor in Bristol. Banks only in the app, rarely phones anyone, and travels "
            "abroad four or five times a year.",
        goals=("A card with travel insurance before his trip in three weeks",),
        needs=("A clear decision in the app", "To know why each step is needed", "No branch visit"),
        pains=("Being sent from the app to the phone", "Long hold times", "Waiting for post"),
        gains=("Instant virtual card", "Status updates without asking"),
        channels=("mobile_app", "email", "chat"),
        empathy={
            "goal": ("A working travel card before he flies",),
            "sees": ("Competitors offering instant virtual cards", "A progress bar that stops at 80%"),
            "says": ("“Why can't I just finish it in the app?”", "“Is the PIN coming separately?”"),
            "does": ("Applies on his phone at lunch", "Puts the call on speaker while working"),
            "hears": ("Hold music and “your call is important to us”",
                      "A friend whose card came in two days from an online bank"),
            "thinks": ("They already know my income", "Will it arrive before I travel?"),
            "feels": ("Impatient", "Relieved once the agent explains"),
            "pains": ("Repeating himself", "Not knowing where his card is"),
            "gains": ("Card in hand before the trip", "Being recognised as a loyal customer"),
        },
    )
    b.persona(
        "ruth", "Ruth Evans", colour=GREEN, role="Retired, prefers to talk to a person",
        quote="I don't mind doing it on the phone app, as long as someone can help if it goes wrong.",
        bio="71, retired teacher in Swansea. Her branch closed last year; her grandson set up the app. "
            "She is careful with money and worried about fraud.",
        goals=("A card for online shopping kept separate from her current account",),
        needs=("Plain language", "A person to speak to", "Reassurance that letters are genuine"),
        pains=("Small print on screen", "Automated phone menus", "Letters that look like scams"),
        gains=("A named contact", "Confidence that her money is safe"),
        channels=("phone", "letter", "mobile_app"),
    )
    b.lanes(*STORY_LANES)

    b.stage("Choose", TINT_BLUE, description="Finding the right card and checking eligibility.",
            notes="Start with what the customer already knows about us: they hold an account, so "
                  "every question we ask again is a question they notice.")
    b.step(
        "compare", "Compares cards in the app",
        scores={"sam": S(1), "ruth": S(0, "Unsure")},
        actions=[seen("Opens ‘Cards’ in the app and compares three credit cards")],
        touchpoints=[tp("Card comparison screen", "mobile_app", "Product marketing")],
        thoughts=[seen("Which one includes travel insurance?")],
        pains=[seen("Insurance details hidden in a PDF", votes=3)],
        ownership=[seen("Product marketing")],
    )
    b.step(
        "eligibility", "Checks eligibility",
        description="A soft search that does not affect the credit score.",
        scores={"sam": S(2, "Confident"), "ruth": S(1, "Reassured")},
        csat=(88, 520),
        touchpoints=[tp("Eligibility checker: ‘92% likely to be approved’", "mobile_app", "Credit risk")],
        thoughts=[seen("Good, it won't harm my credit score.")],
        feelings=[seen("Confident enough to apply")],
        ownership=[seen("Credit risk")],
        evidence=[seen("71% of applicants use the checker first", "App analytics, Q3 2026")],
    )

    b.stage("Apply", TINT_ORANGE, description="The application form and the in-principle decision.",
            notes="The form is where we ask for data we already hold. List every field and mark "
                  "the ones we could pre-fill.")
    b.step(
        "form", "Fills in the application",
        scores={"sam": S(-1, "Irritated", to=1, to_label="Pre-filled"), "ruth": S(-1, "Anxious")},
        ces=(4.9, 214),
        metrics_notes=[seen("CES: exit survey on the form, Q3 2026")],
        actions=[seen("Enters income, employment and housing costs")],
        touchpoints=[tp("Seven-screen application form", "mobile_app", "Digital banking")],
        thoughts=[seen("You already know my salary: it's paid into this account.")],
        feelings=[seen("Irritated at retyping known details")],
        pains=[seen("Form times out after 10 minutes and loses answers", votes=5, tags=("form",)),
               seen("Income field rejects commas", votes=2, tags=("form", "quick win"))],
        opportunities=[proposed("Pre-fill income and address from the account", votes=6, tags=("form",))],
        ownership=[seen("Digital banking")],
        evidence=[seen("38% of started applications are abandoned on the form", "Funnel report, Sept 2026")],
    )
    b.step(
        "decision", "Gets an in-principle decision",
        scores={"sam": S(-1, "Confused"), "ruth": S(-2, "Worried")},
        actions=[seen("Reads ‘Approved in principle: please call us to finish’")],
        touchpoints=[tp("Decision screen with a phone number", "mobile_app", "Credit risk")],
        thoughts=[seen("Call? Why? Is something wrong?")],
        feelings=[seen("Confused, slightly worried")],
        pains=[seen("Told to call, but not why", votes=8, tags=("top issue",))],
        opportunities=[proposed("Explain the call: ‘We need to confirm your identity, it takes 5 minutes’",
                                votes=4)],
        ideas=[proposed("Book a call-back slot from the decision screen", votes=5)],
        ownership=[seen("Credit risk with Digital banking")],
    )

    b.stage("Verify", TINT_GREEN, description="The phone call that completes the identity checks.",
            notes="Play the two call recordings before this stage. Hold time is a contact-centre "
                  "measure; the customer's effort is ours to own together.")
    b.step(
        "hold", "Waits on hold",
        scores={"sam": S(-2, "Impatient"), "ruth": S(-2, "Lost in the menu")},
        ces=(5.6, 198),
        metrics_notes=[seen("CES: post-call IVR survey")],
        actions=[seen("Calls, goes through the phone menu, waits 14 minutes")],
        touchpoints=[tp("Phone menu and hold queue", "phone", "Contact centre")],
        thoughts=[seen("Which option is ‘finishing an application’?")],
        pains=[seen("No menu option for applications in progress", votes=4),
               seen("Average hold 14 min at lunchtime", votes=3)],
        ideas=[assumed("Caller ID recognises the applicant and skips the menu")],
        ownership=[seen("Contact centre")],
    )
    b.step(
        "agent", "Completes checks with an agent",
        scores={"sam": S(1, "Relieved", to=2), "ruth": S(2, "Reassured", to=2)},
        csat=(90, 186),
        moment="The agent decides whether the application survives. When the agent explains why the "
               "call is needed, 9 in 10 applicants finish; without it, 1 in 4 hang up.",
        actions=[seen("Answers security questions and confirms employment")],
        touchpoints=[tp("Agent call", "phone", "Contact centre (card applications)")],
        thoughts=[seen("Oh, it's a fraud check. That's fine, then.")],
        feelings=[seen("Reassured by a friendly, clear agent")],
        opportunities=[proposed("Give agents a one-line reason to open every call with", votes=3)],
        ownership=[seen("Contact centre")],
        evidence=[seen("“She told me exactly why and it took four minutes. I'd expected a grilling.”",
                       "Call survey, Ruth")],
    )
    b.step(
        "approved", "Gets final approval",
        scores={"sam": S(2), "ruth": S(2)},
        touchpoints=[tp("Approval email and in-app message", "email", "Cards operations")],
        thoughts=[seen("Done. When does it come?")],
        pains=[assumed("No delivery date given, only ‘5–7 working days’")],
        ownership=[seen("Cards operations")],
    )

    b.stage("Receive", TINT_PINK, description="The card and the PIN arrive in separate letters.",
            notes="Letters are the least visible part of the journey to the app team. Bring real "
                  "examples of the envelopes.")
    b.step(
        "wait", "Waits for the card",
        scores={"sam": S(-1, "Anxious about the trip")},
        actions=[seen("Checks the app daily for news of the card")],
        touchpoints=[tp("‘Your card is on its way’ notification", "mobile_app", "Cards operations")],
        thoughts=[seen("Will it arrive before I fly?")],
        ideas=[proposed("Virtual card in the wallet on approval", votes=9, tags=("big bet",))],
    )
    b.step(
        "card_arrives", "Receives the card",
        scores={"sam": S(1), "ruth": S(0, "Suspicious")},
        touchpoints=[tp("Plain envelope with the card", "letter", "Cards operations (print partner)")],
        thoughts=[seen("Is this real? It looks like junk mail.")],
        pains=[assumed("Plain envelope is mistaken for junk or a scam")],
        ownership=[seen("Cards operations")],
    )
    b.step(
        "pin", "Receives the PIN",
        scores={"sam": S(-1), "ruth": S(-2, "Worried it was lost", to=0)},
        actions=[seen("Waits three more days for the PIN letter")],
        touchpoints=[tp("PIN letter", "letter", "Cards operations (print partner)")],
        pains=[seen("PIN arrives up to three days after the card", votes=6)],
        opportunities=[proposed("Show the PIN in the app after biometric log-in", votes=7)],
        evidence=[seen("18% of ‘where is my card’ calls are about the PIN", "Contact reasons, Q3")],
    )

    b.stage("Activate", TINT_YELLOW, description="Activating the card at an ATM.",
            notes="Activation is a rule (chip and PIN first), but the customer experiences it as a chore.")
    b.step(
        "find_atm", "Finds an ATM",
        scores={"sam": S(-1), "ruth": S(-1)},
        actions=[seen("Walks to the nearest ATM; Ruth asks her grandson to drive her")],
        touchpoints=[tp("ATM finder in the app", "mobile_app", "Digital banking")],
        thoughts=[seen("Why can't I just tap it in a shop?")],
        ownership=[seen("Digital banking")],
    )
    b.step(
        "activate", "Activates at the ATM",
        scores={"sam": S(1, "Done"), "ruth": S(1, "Proud she managed")},
        ces=(3.1, 144),
        moment="The first PIN use is when the card becomes real. A failed attempt here leads to a "
               "branch visit or a call, and undoes the goodwill won on the phone.",
        actions=[seen("Inserts the card, enters the PIN, checks the balance")],
        touchpoints=[tp("ATM PIN entry and balance check", "atm", "Cards and payments")],
        feelings=[seen("Relieved it worked first time")],
        pains=[seen("Contactless only works after the first chip-and-PIN use", votes=2)],
        ownership=[seen("Cards and payments")],
    )

    b.stage("First use", TINT_SKY, description="Paying abroad and reading the first statement.",
            notes="Close by asking: would the customer recommend this card to a friend? Why?")
    b.step(
        "pay_abroad", "Pays abroad",
        scores={"sam": S(2, "Pleased"), "ruth": S(1)},
        nps=(34, 410),
        metrics_notes=[seen("NPS: relationship survey 30 days after activation")],
        actions=[seen("Pays for dinner in Lisbon with no foreign transaction fee")],
        touchpoints=[tp("Instant spending notification", "mobile_app", "Digital banking")],
        feelings=[seen("Pleased: no fee, instant alert")],
    )
    b.step(
        "statement", "Reads the first statement",
        scores={"sam": S(1), "ruth": S(0, "Unsure of the terms")},
        touchpoints=[tp("Monthly statement", "email", "Cards operations")],
        thoughts=[seen("What is the minimum payment?")],
        ideas=[proposed("Plain-English statement summary", votes=2)],
        ownership=[seen("Cards operations")],
    )
    return b.build()
