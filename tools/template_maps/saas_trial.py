"""A SaaS free trial that becomes a paid plan, then onboarding: a champion and a teammate."""

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
        "saas-trial",
        title="From free trial to paid plan",
        description="Tallyboard, a project-tracking tool for small teams: a 14-day trial, the team "
                    "joining, the decision to pay, and the first month as a customer.",
        scenario="Grace, an operations lead, signs up for a 14-day trial to replace a tangle of "
                 "spreadsheets. She imports a project, invites her team, and needs her finance "
                 "director's approval before the trial ends. Tomás, a designer on her team, joins "
                 "from an invitation and decides whether the tool is worth his time.",
        expectations="See real value within the first day, get the team using it in the first week, "
                     "and buy without a sales call or an invoice that finance rejects.",
        authors=("Tallyboard growth team", "Kwame Asante"),
        tags=("SaaS", "B2B", "trial", "onboarding", "product-led growth"),
    )
    b.persona(
        "grace", "Grace Liu", colour=BLUE, role="Operations lead, trial champion",
        quote="If my team won't use it by Friday, I'm not asking finance to pay for it.",
        bio="36, runs operations at a 25-person architecture practice. Chose the last three tools "
            "the company uses and has been burnt by one nobody adopted.",
        goals=("One place to see every project's status", "A tool the team actually uses"),
        needs=("Import from spreadsheets without retyping", "Pricing she can defend to finance",
               "A VAT invoice in the company's name"),
        pains=("Set-up that eats her week", "Sales calls before she can see the product",
               "Per-seat prices that jump at 25 users"),
        gains=("Looking good for choosing well", "Fewer status meetings"),
        channels=("website", "email", "chat"),
        empathy={
            "goal": ("Replace the project spreadsheet before the next quarter starts",),
            "sees": ("Her team's shared spreadsheet with 14 tabs", "Competitors' ‘Book a demo’ buttons"),
            "says": ("“Can I bring my spreadsheet in as it is?”", "“What happens to our data if we stop?”"),
            "does": ("Signs up with her work Google account", "Imports one real project on day one",
                     "Forwards the pricing page to finance"),
            "hears": ("Tomás: “Another tool?”", "Finance: “Send me the annual price, with VAT.”"),
            "thinks": ("Will the team stick with it?", "Is the annual plan worth the risk?"),
            "feels": ("Hopeful after the first board", "Anxious as the trial runs out"),
            "pains": ("Date columns that import wrongly", "Chasing teammates to log in"),
            "gains": ("First status meeting cancelled", "Credit for a good choice"),
        },
    )
    b.persona(
        "tomas", "Tomás Ruiz", colour=GREEN, role="Designer, invited teammate",
        quote="I'll use it if it saves me time, not if it's one more place to update.",
        bio="29, architectural designer. Lives in his drawing tools and Slack, and resents admin "
            "work that takes him away from design.",
        goals=("Spend less time reporting status",),
        needs=("Updates from where he already works", "Notifications he can control"),
        pains=("Duplicate data entry", "Noisy e-mail notifications"),
        gains=("Fewer ‘quick status?’ messages", "Seeing deadlines at a glance"),
        channels=("email", "Slack", "website"),
        empathy={
            "goal": ("Get back to design work faster",),
            "sees": ("An invitation e-mail among fifty others", "A board already full of his projects"),
            "says": ("“Does it talk to Slack?”",),
            "does": ("Joins from the invite on his phone", "Turns off most notifications"),
            "hears": ("Grace asking everyone to try it this week",),
            "thinks": ("One more tool to update?", "Oh, this replaces the Monday meeting."),
            "feels": ("Reluctant at first", "Won over by the Slack updates"),
            "pains": ("E-mail floods", "Having to log in to update a single task"),
            "gains": ("No more status chasers", "Clear deadlines"),
        },
    )
    b.lanes(*STORY_LANES)

    b.stage("Sign up", TINT_BLUE, description="From the pricing page to an account.",
            notes="Only Grace is here. Ask: what did she need to believe before starting a trial?")
    b.step(
        "pricing", "Reads the pricing page",
        scores={"grace": S(0, "Weighing it up")},
        actions=[seen("Compares the Team and Business plans")],
        touchpoints=[tp("Pricing page", "website", "Marketing")],
        thoughts=[seen("Per seat? We're 25 people, that adds up.")],
        pains=[seen("Annual price shown without VAT; finance asks for it", votes=3)],
        opportunities=[proposed("Price calculator by team size, with and without VAT", votes=4)],
        ownership=[seen("Marketing")],
    )
    b.step(
        "signup", "Starts the trial",
        scores={"grace": S(2, "Easy")},
        csat=(92, 880),
        actions=[seen("Signs up with her work Google account, no card needed")],
        touchpoints=[tp("Sign-up with Google", "website", "Growth")],
        thoughts=[seen("No credit card. Good.")],
        ownership=[seen("Growth")],
        evidence=[seen("Trials started without a card convert 9% lower but reach 3× more teams",
                       "Growth experiment, March 2026")],
    )

    b.stage("Set up", TINT_ORANGE, description="Importing data and reaching the first useful board.",
            notes="The first day decides the trial. Bring the activation funnel: sign-up, import, "
                  "first board, first invite.")
    b.step(
        "import", "Imports a spreadsheet",
        scores={"grace": S(-2, "Stuck", to=1, to_label="Imported first time")},
        ces=(5.2, 312),
        metrics_notes=[seen("CES: in-app question after import")],
        actions=[seen("Uploads the project spreadsheet and maps columns")],
        touchpoints=[tp("CSV import wizard", "In-app", "Product (onboarding squad)")],
        thoughts=[seen("Why are all the deadlines in 1970?")],
        feelings=[seen("Frustrated: the easy part wasn't easy")],
        pains=[seen("UK dates (DD/MM) read as US dates or as invalid", votes=8, tags=("import", "bug")),
               seen("No preview before the import runs", votes=3, tags=("import",))],
        opportunities=[proposed("Detect the date format and show a preview", votes=6, tags=("import",))],
        ownership=[seen("Product (onboarding squad)")],
        evidence=[seen("“I nearly gave up on day one. The dates were all wrong.”", "Trial interview T6")],
    )
    b.step(
        "first_board", "Sees her first real board",
        scores={"grace": S(3, "This is it", to=3)},
        moment="The ‘aha’: her own projects on one board. Trials that reach it on day one convert at "
               "31%; trials that don't, at 6%.",
        actions=[seen("Groups projects by stage and spots two overdue ones")],
        touchpoints=[tp("Board view with her own projects", "In-app", "Product")],
        thoughts=[seen("I can see everything at once. Finally.")],
        feelings=[seen("Excited, relieved")],
        ownership=[seen("Product")],
        evidence=[seen("Day-one board: 31% conversion vs 6% without", "Activation analysis, Q2 2026")],
    )

    b.stage("Adopt", TINT_GREEN, description="The team joins and uses it for a week.",
            notes="This is Tomás's journey as much as Grace's. A trial is won or lost on the second "
                  "user, not the first.")
    b.step(
        "invite", "Invites the team",
        scores={"grace": S(1), "tomas": S(-1, "Another tool")},
        actions=[seen("Grace invites eight colleagues")],
        touchpoints=[tp("Invitation e-mail", "email", "Growth")],
        thoughts=[seen("Tomás: ‘One more place to update?’")],
        pains=[assumed("Invitation looks like marketing and is ignored", votes=2)],
        ideas=[proposed("Invitation shows the inviter's board, not a logo", votes=3)],
        ownership=[seen("Growth")],
    )
    b.step(
        "join", "Teammate joins",
        scores={"grace": S(1), "tomas": S(1, "Pleasantly surprised")},
        actions=[seen("Tomás joins from his phone and finds his projects already there")],
        touchpoints=[tp("Mobile web sign-in", "website", "Product")],
        thoughts=[seen("Oh, my projects are already in it.")],
        feelings=[seen("Cautiously interested")],
    )
    b.step(
        "week", "Uses it for a week",
        scores={"grace": S(2, "Team on board"), "tomas": S(2, "Time saved", to=2)},
        nps=(28, 190),
        metrics_notes=[seen("NPS: in-app survey on day 7 of the trial")],
        actions=[seen("Team updates tasks; Monday status meeting is cancelled")],
        touchpoints=[tp("Slack integration: updates from chat", "Slack", "Integrations team")],
        thoughts=[seen("No more ‘quick status?’ messages.")],
        pains=[seen("Default e-mail notifications are far too noisy", votes=5)],
        opportunities=[proposed("Quiet notifications by default; daily digest", votes=4)],
        ownership=[seen("Integrations team")],
        evidence=[seen("Teams connecting Slack in week one retain 2× better", "Cohort data, 2025–26")],
    )

    b.stage("Decide", TINT_PINK, description="The trial ends and finance must approve.",
            notes="Finance is not a persona here but decides the outcome. Consider mapping Marcus, "
                  "the finance director, as a third persona.")
    b.step(
        "reminder", "Gets the ‘3 days left’ e-mail",
        scores={"grace": S(-1, "Pressure"), "tomas": S(-1, "Worried to lose his boards")},
        touchpoints=[tp("Trial-ending e-mail", "email", "Growth")],
        thoughts=[seen("Finance hasn't answered yet.")],
        pains=[seen("14 days is too short for a monthly budget approval", votes=6)],
        ideas=[proposed("One-click 7-day extension for teams with 5+ active users", votes=7,
                        tags=("big bet",))],
        ownership=[seen("Growth")],
    )
    b.step(
        "chat_sales", "Asks about pricing in chat",
        scores={"grace": S(1, "Helped")},
        csat=(94, 156),
        actions=[seen("Asks whether the annual plan can be invoiced")],
        touchpoints=[tp("Live chat with a sales specialist", "chat", "Sales")],
        feelings=[seen("Helped without being pushed")],
        ownership=[seen("Sales")],
        evidence=[seen("“She answered in two minutes and didn't try to book a demo.”", "Chat survey")],
    )
    b.step(
        "approval", "Gets budget approval",
        scores={"grace": S(1), "tomas": S(1)},
        actions=[seen("Sends finance the quote; approval comes in two days")],
        touchpoints=[tp("PDF quote with VAT", "email", "Sales")],
        thoughts=[assumed("Finance will ask what happens to the data if we stop.")],
        ownership=[seen("Sales, with the customer's finance team")],
    )

    b.stage("Buy", TINT_YELLOW, description="Paying and getting a usable invoice.",
            notes="Billing is where trust wobbles after a good trial. Check the invoice complaints list.")
    b.step(
        "upgrade", "Upgrades to the annual plan",
        scores={"grace": S(0, "Annoyed", to=2, to_label="Done in a minute"), "tomas": S(1, "Relieved")},
        ces=(3.9, 204),
        actions=[seen("Enters card details and company address")],
        touchpoints=[tp("Upgrade and billing screen", "website", "Billing")],
        pains=[seen("No field for a VAT number; the invoice has to be reissued", votes=5,
                    tags=("billing", "quick win"))],
        opportunities=[proposed("VAT number and purchase-order fields at checkout", votes=5)],
        ownership=[seen("Billing")],
    )

    b.stage("Onboard", TINT_SKY, description="The first month as a paying customer.",
            notes="Close with the 30-day NPS. What would move a passive to a promoter?")
    b.step(
        "kickoff", "Onboarding call",
        scores={"grace": S(2, "Looked after"), "tomas": S(1)},
        csat=(97, 88),
        actions=[seen("A 30-minute call to set up templates and permissions")],
        touchpoints=[tp("Onboarding call with customer success", "Video call", "Customer success")],
        thoughts=[seen("They noticed how we actually work.")],
        ownership=[seen("Customer success")],
    )
    b.step(
        "month", "First month review",
        scores={"grace": S(2), "tomas": S(2, "Converted")},
        nps=(41, 236),
        metrics_notes=[seen("NPS: day-30 customer survey")],
        moment="Renewal is decided here, eleven months early: teams using it weekly at day 30 renew "
               "at 88%.",
        actions=[seen("Grace shares a usage report with the partners")],
        touchpoints=[tp("Monthly usage report", "email", "Customer success")],
        feelings=[seen("Proud of the choice")],
        ideas=[proposed("Report time saved, not clicks", votes=2)],
        ownership=[seen("Customer success")],
        evidence=[seen("Weekly use at day 30 → 88% renewal", "Retention analysis, 2025")],
    )
    return b.build()
