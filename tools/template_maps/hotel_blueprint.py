"""A service blueprint of a hotel stay: what guests see and do, and what makes it happen.

The lanes follow the blueprint order (physical evidence, customer actions,
frontstage, backstage, support processes) so the lines of interaction,
visibility and internal interaction are drawn between them. Arrows trace each
guest action through the staff and systems behind it: solid for a flow,
dashed for what a step depends on.
"""

from journeymap.model import JourneyMap, LaneKind, Scope

from .builder import (
    BLUE,
    PINK,
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
)


def build() -> JourneyMap:
    b = MapBuilder(
        "hotel-blueprint",
        title="Hotel stay: service blueprint",
        description="The Quayside Hotel, a 120-room city hotel: from booking to the post-stay survey, "
                    "with the staff, systems and suppliers behind every guest moment.",
        scenario="Amira, on a two-night business trip, and Eva, on a family weekend with two "
                 "children, book direct, check in on a busy Friday evening, stay, have breakfast and "
                 "check out. The blueprint shows what each moment depends on behind the scenes.",
        expectations="A room that is ready when promised, a quiet night, a breakfast that fits the "
                     "schedule, and a bill with no surprises.",
        scope=Scope.JOURNEY,
        authors=("Quayside guest experience team", "Marco Bianchi"),
        tags=("hospitality", "service blueprint", "operations"),
    )
    b.persona(
        "amira", "Amira Haddad", colour=BLUE, role="Business traveller",
        quote="I need to sleep, work and leave on time. Anything else is a bonus.",
        bio="45, regional sales director. Stays in hotels 60 nights a year, books direct for the "
            "loyalty points, arrives late and leaves early.",
        goals=("A quiet night and a reliable desk", "Leave by 7:30 with a receipt for expenses"),
        needs=("Fast check-in", "Good Wi-Fi", "An itemised invoice by e-mail"),
        pains=("Queues at reception after a long drive", "Rooms by the lift", "Paper bills"),
        gains=("Mobile key", "Being remembered"),
        channels=("website", "mobile_app", "email"),
        empathy={
            "goal": ("Arrive, work, sleep, leave on time",),
            "sees": ("A queue at reception at 9 pm", "A tidy desk with sockets within reach"),
            "says": ("“Room away from the lift, please.”", "“Can you e-mail the invoice?”"),
            "does": ("Books direct for points", "Works until midnight", "Skips breakfast on the last day"),
            "hears": ("The lift through the wall", "Staff greeting her by name"),
            "thinks": ("Will my room be ready?", "I hope the Wi-Fi holds for the call"),
            "feels": ("Tired on arrival", "Respected when remembered"),
            "pains": ("Waiting", "Noise", "Chasing receipts"),
            "gains": ("Speed", "Recognition", "Sleep"),
        },
    )
    b.persona(
        "eva", "Eva Lindqvist", colour=PINK, role="Parent on a family weekend",
        quote="If the cot is there when we arrive, the weekend starts well.",
        bio="38, teacher from Gothenburg travelling with her partner and two children, aged 2 and 7. "
            "Books months ahead, compares reviews and writes one afterwards.",
        goals=("A relaxed weekend with the children",),
        needs=("A cot ready in the room", "Breakfast from 7", "Parking close to the entrance"),
        pains=("Requests that get lost", "Rushed check-outs with tired children"),
        gains=("Little touches for the children", "Late check-out"),
        channels=("website", "email", "phone"),
        empathy={
            "goal": ("A weekend that feels like a holiday, not logistics",),
            "sees": ("Whether the cot is in the room", "How staff react to the children"),
            "says": ("“We did ask for a cot when we booked.”",),
            "does": ("Calls ahead to confirm requests", "Writes a detailed review afterwards"),
            "hears": ("Her children asking when breakfast is",),
            "thinks": ("Did they get our request?",),
            "feels": ("Stretched at arrival", "Relaxed once settled"),
            "pains": ("Lost requests", "Checkout queues"),
            "gains": ("A welcome gift for the children", "Late check-out"),
        },
    )
    b.lanes(LaneKind.EMOTION, LaneKind.PHYSICAL_EVIDENCE)
    b.lane(LaneKind.ACTIONS, "Customer actions")
    b.lanes(LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT_PROCESSES, LaneKind.PAIN_POINTS,
            LaneKind.OPPORTUNITIES, LaneKind.METRICS, LaneKind.EVIDENCE)

    b.stage("Book", TINT_BLUE, description="Booking direct and preparing for arrival.",
            notes="Trace one booking through every system it touches: booking engine, property "
                  "management system, housekeeping list. Where can a request get lost?")
    b.step(
        "book", "Books a room",
        scores={"amira": S(1), "eva": S(1)},
        csat=(87, 410),
        physical=[seen("Hotel website and booking engine")],
        actions=[seen("Books two nights direct; Eva adds ‘cot, please’ in the comments")],
        backstage=[seen("Reservations team reviews free-text comments each morning")],
        support=[seen("Booking engine syncs to the property management system (PMS)")],
        pains=[seen("Free-text requests are not copied into the PMS", votes=7, tags=("requests",))],
        opportunities=[proposed("Structured requests (cot, quiet room) at booking", votes=6,
                                tags=("requests",))],
    )
    b.step(
        "pre_arrival", "Gets the pre-arrival e-mail",
        scores={"amira": S(1), "eva": S(0, "Request not mentioned")},
        physical=[seen("Pre-arrival e-mail with parking and check-in times")],
        actions=[seen("Reads it; Eva looks for her cot request")],
        support=[seen("CRM sends the e-mail 48 hours before arrival")],
        pains=[seen("E-mail doesn't confirm special requests", votes=3)],
        opportunities=[proposed("List confirmed requests in the pre-arrival e-mail", votes=4)],
    )

    b.stage("Arrive", TINT_ORANGE, description="Parking, check-in and finding the room.",
            notes="Friday 6–9 pm is the pinch point: one receptionist, forty arrivals. Bring the "
                  "rota and the queue observations.")
    b.step(
        "arrive", "Arrives and parks",
        scores={"amira": S(-1, "Tired"), "eva": S(-1, "Stretched")},
        physical=[seen("Car park signage, entrance, lobby")],
        actions=[seen("Parks, unloads bags and children")],
        frontstage=[seen("Doorman helps with luggage (weekends only)")],
        pains=[seen("Car park entrance hard to find after dark", votes=2),
               seen("Friday 6–9 pm: one receptionist for forty arrivals", "Front-office rota, autumn 2026",
                    votes=4, span=3)],
    )
    b.step(
        "check_in", "Checks in",
        scores={"amira": S(-2, "Queueing", to=1, to_label="Straight to the room"),
                "eva": S(-1, "Anxious about the cot", to=1)},
        ces=(4.4, 265),
        metrics_notes=[seen("CES: check-in question in the post-stay survey")],
        moment="The first ten minutes set the tone for the stay. A queue plus a missing request "
               "is the most common start of a one-star review.",
        physical=[seen("Reception desk, key card, welcome folder")],
        actions=[seen("Check-in at desk: queues, shows ID, signs the registration card")],
        frontstage=[seen("Receptionist checks the booking and issues key cards")],
        backstage=[seen("Duty manager reallocates rooms not yet cleaned"),
                   seen("Room key encoded at the desk")],
        support=[seen("PMS room status; key card encoder")],
        pains=[seen("Average queue 12 minutes on Friday evenings", votes=5),
               seen("Registration card asks for details given at booking", votes=2)],
        opportunities=[proposed("Online check-in and mobile key", votes=8, tags=("big bet",))],
        evidence=[seen("“Twenty minutes in a queue with a sleeping toddler on my shoulder.”",
                       "Review, March 2026")],
    )
    b.step(
        "to_room", "Finds the room",
        scores={"amira": S(0), "eva": S(1)},
        physical=[seen("Lifts, corridor signs, room number")],
        actions=[seen("Takes the lift and finds the room")],
        pains=[assumed("Corridor signs hard to read in low light")],
    )

    b.stage("Stay", TINT_GREEN, description="The room, requests and the night.",
            notes="Housekeeping and maintenance are invisible to guests until something fails. "
                  "Invite the head of housekeeping.")
    b.step(
        "room", "First look at the room",
        scores={"amira": S(2, "Quiet room"), "eva": S(-2, "No cot", to=2, to_label="Cot ready")},
        physical=[seen("Made beds, desk, welcome card; no cot")],
        actions=[seen("Checks the room; Eva looks for the cot")],
        backstage=[seen("Housekeeping prepares rooms from the daily PMS list")],
        support=[seen("Housekeeping list printed at 8 am; later changes phoned through")],
        pains=[seen("Requests added after 8 am miss the housekeeping list", votes=6, tags=("requests",))],
        opportunities=[proposed("Housekeeping app with live requests", votes=5, tags=("requests",))],
    )
    b.step(
        "request", "Asks for the cot",
        scores={"eva": S(1, "Sorted quickly")},
        csat=(91, 120),
        physical=[seen("Room phone")],
        actions=[seen("Calls reception to ask for the cot")],
        frontstage=[seen("Receptionist apologises and promises it within 15 minutes")],
        backstage=[seen("Night porter brings the cot and a children's welcome pack")],
        support=[seen("Equipment store and stock list")],
        evidence=[seen("“The cot came in ten minutes, with colouring books. All forgiven.”",
                       "Guest survey, Eva")],
    )
    b.step(
        "night", "Sleeps",
        scores={"amira": S(-1, "Woken by the lift"), "eva": S(2)},
        physical=[seen("Blackout curtains, air conditioning, bed")],
        actions=[seen("Works late, then sleeps")],
        support=[seen("Maintenance schedule for lifts and air conditioning")],
        pains=[seen("Rooms next to the lift are noisy at night", votes=4)],
        opportunities=[assumed("Give rooms next to the lift to guests who don't ask for quiet")],
    )

    b.stage("Breakfast", TINT_YELLOW, description="Breakfast in the restaurant.",
            notes="Breakfast is the one moment where almost every guest meets the same team at once.")
    b.step(
        "breakfast", "Has breakfast",
        scores={"amira": S(1), "eva": S(2, "Relaxed")},
        nps=(44, 318),
        metrics_notes=[seen("NPS by touchpoint: breakfast question in the post-stay survey")],
        physical=[seen("Buffet, high chairs, menu cards")],
        actions=[seen("Eats; Amira takes a coffee to go")],
        frontstage=[seen("Restaurant host seats guests and brings high chairs")],
        backstage=[seen("Kitchen restocks the buffet every 20 minutes")],
        support=[seen("Supplier deliveries at 5 am; breakfast covers forecast from the PMS")],
        opportunities=[proposed("Grab-and-go breakfast bag for early leavers", votes=3)],
    )

    b.stage("Depart", TINT_PINK, description="Checking out and the bill.",
            notes="Check-out is fast for most guests; the pain is the invoice afterwards.")
    b.step(
        "check_out", "Checks out",
        scores={"amira": S(1), "eva": S(0, "Rushed")},
        ces=(2.6, 240),
        physical=[seen("Bill on screen; key card drop box")],
        actions=[seen("Returns key cards and confirms the bill")],
        frontstage=[seen("Receptionist asks about the stay and settles the bill")],
        support=[seen("PMS posts charges; payment terminal")],
        pains=[seen("11 am check-out is tight with small children", votes=2)],
        opportunities=[proposed("Late check-out offer for families on Sundays", votes=4)],
    )
    b.step(
        "invoice", "Gets the invoice",
        scores={"amira": S(-1, "Chasing it", to=1)},
        physical=[seen("Invoice e-mail (PDF)")],
        actions=[seen("Amira asks for an invoice with her company's details")],
        backstage=[seen("Accounts reissues the invoice by hand the next day")],
        support=[seen("Finance system, manual invoice template")],
        pains=[seen("Company name and VAT number can't be added at check-out", votes=3)],
    )

    b.stage("After the stay", TINT_SKY, description="Survey, review and coming back.",
            notes="Compare the survey with the reviews: which moments do guests mention unprompted?")
    b.step(
        "survey", "Answers the survey",
        scores={"amira": S(1), "eva": S(2)},
        nps=(39, 512),
        metrics_notes=[seen("NPS: post-stay survey, all guests, Jan–Sep 2026")],
        physical=[seen("Survey e-mail")],
        actions=[seen("Eva rates the stay and mentions the cot")],
        backstage=[seen("Guest relations reads comments and replies to detractors within 48 h")],
        support=[seen("Survey platform linked to the CRM")],
        evidence=[seen("Missing requests appear in 28% of detractor comments", "Survey analysis, 2026")],
    )
    b.step(
        "return", "Books again",
        scores={"amira": S(2, "Remembered", to=3)},
        moment="Repeat business guests are won when the hotel remembers them: the quiet room, the "
               "invoice details. Forgetting turns a loyal guest into a price shopper.",
        physical=[seen("Loyalty e-mail with saved preferences")],
        actions=[seen("Amira books her next stay; preferences are pre-filled")],
        support=[seen("Guest profile in the CRM")],
        opportunities=[proposed("Save room and invoice preferences to the guest profile", votes=5)],
    )

    # what each guest moment sets in motion behind the line of visibility
    b.arrow("book/actions/0", "book/support/0")
    b.arrow("book/support/0", "book/backstage/0", "free text only", dependency=True)
    b.arrow("check_in/actions/0", "check_in/frontstage/0")
    b.arrow("check_in/frontstage/0", "check_in/backstage/1")
    b.arrow("check_in/backstage/1", "check_in/support/0", dependency=True)
    b.arrow("check_in/frontstage/0", "check_in/backstage/0", "room not ready")
    b.arrow("room/backstage/0", "room/support/0", "8 am list", dependency=True)
    b.arrow("request/actions/0", "request/frontstage/0")
    b.arrow("request/frontstage/0", "request/backstage/0")
    b.arrow("request/backstage/0", "request/support/0", dependency=True)
    b.arrow("breakfast/actions/0", "breakfast/frontstage/0")
    b.arrow("breakfast/backstage/0", "breakfast/support/0", dependency=True)
    b.arrow("invoice/actions/0", "invoice/backstage/0")
    b.arrow("invoice/backstage/0", "invoice/support/0", dependency=True)
    return b.build()
