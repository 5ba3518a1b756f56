"""Account creation fails on an upper-case e-mail address; a support agent finds the bug
and stays on the line. Bad UX, good CX: the curve dips in checkout and recovers on the phone."""

from journeymap.model import EmpathyStyle, JourneyMap, LaneKind

from .builder import (
    BLUE,
    ORANGE,
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
        "support-bug",
        title="A support call that fixes a checkout bug",
        description="Fernhill Garden Supply's web shop rejects e-mail addresses with capital letters "
                    "when creating an account at checkout. The product fails; the people rescue it.",
        scenario="Lena orders a garden bench and tries to create an account at checkout to track the "
                 "delivery. The form says her e-mail address is invalid because it starts with a "
                 "capital letter. She calls support. Daniel, the agent, reproduces the fault, stays on "
                 "the line while she completes the order, logs the bug, and e-mails her when it is fixed.",
        expectations="Create an account, pay and get a delivery date in a few minutes; if something "
                     "breaks, be believed and helped without being passed around.",
        authors=("Fernhill CX guild", "Nadia Rossi"),
        tags=("e-commerce", "support", "bug", "service recovery"),
    )
    b.persona(
        "lena", "Lena Kovač", colour=BLUE, role="Busy parent, shops on her phone",
        quote="I typed my own e-mail address correctly. Don't tell me it's invalid.",
        bio="41, physiotherapist in Bath with two children. Shops in short gaps between "
            "appointments, mostly on her phone, and gives up quickly when a form fights her.",
        goals=("Order a garden bench before the bank-holiday weekend",),
        needs=("Forms that accept what she types", "A human who listens when it breaks"),
        pains=("Vague error messages", "Chatbots that loop", "Repeating her story"),
        gains=("Being believed", "Someone who follows up without being asked"),
        channels=("mobile_app", "website", "phone"),
        empathy_style=EmpathyStyle.CANVAS,
        empathy={
            "goal": ("Order the bench in one go and track its delivery",),
            "sees": ("‘Please enter a valid e-mail address’ in red, three times",
                     "A chatbot offering a password reset"),
            "says": ("“It's my e-mail address, I've had it for fifteen years.”",
                     "“Thank you for not making me feel stupid.”"),
            "does": ("Retypes the address slowly", "Switches from phone to laptop", "Calls support"),
            "hears": ("Daniel: “I can see it too. It's our fault, not yours.”",),
            "thinks": ("Am I typing it wrong?", "Is this shop even safe to pay?"),
            "feels": ("Embarrassed, then annoyed", "Relieved and respected after the call"),
            "pains": ("Self-doubt caused by the error", "Losing her lunch break to it"),
            "gains": ("A fix she was told about", "A shop she now recommends"),
        },
    )
    b.persona(
        "arjun", "Arjun Mehta", colour=ORANGE, role="Small-business owner, buys in bulk",
        quote="If checkout breaks twice, I take the business elsewhere.",
        bio="47, runs a landscaping company with six staff. Orders tools and materials monthly, "
            "usually from the van between jobs; his phone capitalises the first letter of every field.",
        goals=("A trade account with invoices for his accountant",),
        needs=("Fast reorders", "VAT invoices", "Support that understands trade customers"),
        pains=("Losing a basket of 20 items", "Hold music while a client waits"),
        gains=("Saved baskets", "A direct line to someone who knows him"),
        channels=("website", "phone", "email"),
    )
    b.lanes(*STORY_LANES)
    b.lane(LaneKind.BACKSTAGE, "Behind the scenes")

    b.stage("Shop", TINT_BLUE, description="Finding the product and filling the basket.",
            notes="Everything goes well here. Note it: the contrast with what follows is the story.")
    b.step(
        "find", "Finds the bench",
        scores={"lena": S(2, "Found it"), "arjun": S(1)},
        actions=[seen("Searches ‘teak bench’ and filters by delivery date")],
        touchpoints=[tp("Search results with delivery filter", "website", "E-commerce")],
        thoughts=[seen("This one, and it comes before the weekend.")],
        ownership=[seen("E-commerce")],
    )
    b.step(
        "basket", "Adds to basket",
        scores={"lena": S(2), "arjun": S(1)},
        csat=(89, 640),
        actions=[seen("Adds the bench and a cover")],
        touchpoints=[tp("Basket with delivery date", "website", "E-commerce")],
        feelings=[seen("Pleased: quick and easy so far")],
    )

    b.stage("Checkout", TINT_ORANGE, description="Creating an account fails on the e-mail address.",
            notes="Show the error screen full size. Ask engineers in the room how long this validation "
                  "rule has been live, and who would have noticed.")
    b.step(
        "create_account", "Chooses to create an account",
        scores={"lena": S(1), "arjun": S(1)},
        actions=[seen("Taps ‘Create account’ to track the delivery")],
        touchpoints=[tp("Account form inside checkout", "website", "E-commerce (checkout)")],
        thoughts=[seen("Worth it, so I can track the bench.")],
        ownership=[seen("E-commerce (checkout)")],
    )
    b.step(
        "error", "Sees ‘invalid e-mail address’",
        description="The address ‘Lena.Kovac@…’ fails validation because of the capital letters.",
        scores={"lena": S(-2, "Confused", to=1, to_label="Just works"), "arjun": S(-3, "Angry", to=1)},
        ces=(6.1, 73),
        metrics_notes=[seen("CES: asked of callers about checkout, July 2026")],
        moment="The shop makes the customer doubt herself. Without help here, most people abandon: "
               "the basket is lost and so, often, is the customer.",
        actions=[seen("Reads the error, checks the address letter by letter")],
        touchpoints=[tp("Inline error: ‘Please enter a valid e-mail address’", "website",
                        "E-commerce (checkout)")],
        thoughts=[seen("I've typed it right. Haven't I?")],
        feelings=[seen("Embarrassed, then annoyed")],
        pains=[seen("Validation rejects upper-case letters in e-mail addresses", votes=9, tags=("bug",)),
               seen("Error doesn't say what is wrong", votes=5)],
        opportunities=[proposed("Accept any case; store addresses in lower case", votes=8, tags=("bug",))],
        backstage=[seen("Validation rule added in the May release; no test for upper case")],
        evidence=[seen("1,240 failed sign-ups with capitals in 6 weeks", "Error logs, June–July 2026")],
    )
    b.step(
        "retry", "Retries and switches device",
        scores={"lena": S(-2, "Frustrated"), "arjun": S(-3)},
        actions=[seen("Tries three times, then again on the laptop")],
        thoughts=[seen("Maybe it's my phone.")],
        feelings=[seen("Frustrated, short of time")],
        pains=[seen("Phone keyboards capitalise the first letter automatically", votes=4)],
        evidence=[seen("Arjun's phone capitalises every field; he never noticed before",
                       "Diary study, entry 12")],
    )
    b.step(
        "chatbot", "Asks the chatbot",
        scores={"lena": S(-3, "Going round in circles"), "arjun": S(-2)},
        actions=[seen("Types ‘can't create account’ into the help bubble")],
        touchpoints=[tp("Help chatbot", "chatbot", "Customer service (digital)")],
        thoughts=[seen("A password reset? I don't have a password yet!")],
        pains=[seen("Chatbot suggests a password reset and loops", votes=6)],
        ideas=[proposed("Chatbot hands over to a person after two failed answers", votes=5),
               assumed("Show the phone number on checkout errors")],
        ownership=[seen("Customer service (digital)")],
    )

    b.stage("Get help", TINT_PINK, description="The call where the agent finds and works round the bug.",
            notes="Play Daniel's call (consent given). Ask: what did he do that our process does not "
                  "ask of every agent?")
    b.step(
        "call", "Calls support",
        scores={"lena": S(-2, "Braced for a fight"), "arjun": S(-2)},
        actions=[seen("Calls the number from the ‘Contact us’ page; waits 4 minutes")],
        touchpoints=[tp("Phone queue", "phone", "Customer service")],
        thoughts=[seen("Here we go. They'll say it's my fault.")],
        ownership=[seen("Customer service")],
    )
    b.step(
        "listen", "Explains; the agent listens",
        scores={"lena": S(0, "Heard"), "arjun": S(0)},
        actions=[seen("Explains what happened once, without being interrupted")],
        touchpoints=[tp("Agent: Daniel", "phone", "Customer service")],
        feelings=[seen("Surprised to be listened to")],
        backstage=[seen("Daniel opens the checkout logs while she talks")],
        evidence=[seen("“He let me finish. Then he said: ‘Let me try that myself.’”", "Follow-up interview")],
    )
    b.step(
        "reproduce", "Agent reproduces the bug live",
        scores={"lena": S(2, "Believed", to=2), "arjun": S(1, "Vindicated")},
        csat=(96, 48),
        metrics_notes=[seen("CSAT: post-call survey of Daniel's team")],
        moment="“I can see it too: it's our fault, not yours.” The blame moves off the customer and "
               "the curve turns. Agents need the freedom and the logs to do this.",
        actions=[seen("Hears Daniel type her address and get the same error")],
        touchpoints=[tp("Agent confirms the fault out loud", "phone", "Customer service")],
        thoughts=[seen("So it wasn't me.")],
        feelings=[seen("Believed, relieved")],
        opportunities=[proposed("Give every agent a test checkout and log access", votes=7)],
        backstage=[seen("Daniel reproduces it on the staging shop and logs bug CHK-2231")],
        ownership=[seen("Customer service, Engineering")],
    )
    b.step(
        "workaround", "Completes the order with the agent",
        scores={"lena": S(2), "arjun": S(2, "Back on track")},
        ces=(2.2, 48),
        actions=[seen("Retypes the address in lower case while Daniel stays on the line")],
        touchpoints=[tp("Agent stays on the call until the order is placed", "phone", "Customer service")],
        thoughts=[seen("He didn't just give me a tip and hang up.")],
        feelings=[seen("Looked after")],
        backstage=[seen("Daniel adds a delivery note and a 10% goodwill voucher")],
    )

    b.stage("Resolution", TINT_GREEN, description="Confirmation, and the bug being fixed.",
            notes="The follow-up e-mail costs minutes and earns most of the recovered NPS. Who owns it?")
    b.step(
        "confirmation", "Receives confirmation and case number",
        scores={"lena": S(2), "arjun": S(1)},
        touchpoints=[tp("Order confirmation and case CHK-2231", "email", "Customer service")],
        thoughts=[seen("Case number and a voucher. Nice touch.")],
        ownership=[seen("Customer service")],
    )
    b.step(
        "fixed", "Hears the bug is fixed",
        description="Two days later Daniel e-mails to say the fix is live.",
        scores={"lena": S(3, "Impressed"), "arjun": S(2)},
        nps=(54, 61),
        metrics_notes=[seen("NPS: survey 7 days after the case closed")],
        moment="A promised follow-up, kept. Customers who got this e-mail scored NPS 54; those who "
               "didn't, −12.",
        touchpoints=[tp("Personal e-mail from Daniel: ‘It's fixed’", "email", "Customer service")],
        thoughts=[seen("They actually fixed it, and told me.")],
        feelings=[seen("Impressed")],
        backstage=[seen("Engineering ships the fix and adds a test for upper-case addresses")],
        ownership=[seen("Engineering, Customer service")],
        evidence=[seen("NPS −12 without the follow-up e-mail (n=44)", "Survey, July 2026")],
    )

    b.stage("Advocate", TINT_YELLOW, description="Telling others, and coming back.",
            notes="End on the review. Then flip the map: which of these moments could have been avoided?")
    b.step(
        "review", "Leaves a review",
        scores={"lena": S(2), "arjun": S(1)},
        actions=[seen("Writes a four-star review naming Daniel")],
        touchpoints=[tp("Review site", "website", "Marketing")],
        evidence=[seen("“The website let me down, Daniel didn't. Four stars, one of them his.”",
                       "Public review, July 2026")],
        ideas=[proposed("Share stories like this one in the engineering stand-up", votes=3)],
    )
    b.step(
        "reorder", "Orders again",
        scores={"arjun": S(2, "Trusts them again")},
        actions=[seen("Arjun reorders trade supplies the next month")],
        pains=[assumed("Lena may not return: garden furniture is a rare purchase")],
        opportunities=[proposed("Turn recovered customers into a ‘fixed because of you’ story", votes=1)],
        ownership=[seen("CRM")],
    )
    return b.build()
