"""Buying headphones online: easy site, early delivery, a handwritten note in the box.

The showcase map (``make run`` opens it), so it uses every common lane kind.
"""

from journeymap.model import JourneyMap

from .builder import (
    BLUE,
    STORY_LANES,
    TINT_BLUE,
    TINT_GREEN,
    TINT_ORANGE,
    TINT_PINK,
    TINT_YELLOW,
    VERMILION,
    MapBuilder,
    S,
    assumed,
    proposed,
    seen,
    tp,
)


def build() -> JourneyMap:
    b = MapBuilder(
        "online-purchase",
        title="Buying headphones online",
        description="From the first advert to the first week of use, for noise-cancelling headphones "
                    "bought from SoundBay's web shop and delivered to the door.",
        scenario="Maya's old headphones break on her commute ten days before a long-haul flight. She "
                 "compares a few shops, orders from SoundBay because it promises delivery in two days, "
                 "and gets the parcel a day early with a handwritten thank-you note inside. Tom, a "
                 "returning customer, buys an upgrade on the same path.",
        expectations="A fair price, reviews she can trust, a checkout with no surprises, and the "
                     "headphones in hand before the trip.",
        authors=("Priya Natarajan", "Jonas Weber"),
        tags=("e-commerce", "delivery", "retail", "research Q3 2026"),
    )
    b.persona(
        "maya", "Maya Chen", colour=BLUE, role="Commuting professional, first-time customer",
        quote="I'll pay a little more if I know it arrives before I fly.",
        bio="34, product manager in Leeds. Commutes 50 minutes each way by train. Researches on her "
            "phone, buys on her laptop, and hates creating accounts.",
        goals=("Good noise-cancelling headphones before a long-haul flight", "Not to overpay"),
        needs=("A delivery date she can rely on before she pays", "Reviews from people like her",
               "Free, simple returns"),
        pains=("Delivery costs that appear at the last step", "Vague 'ships in 3–5 days' promises",
               "Being forced to create an account"),
        gains=("Tracking she never has to chase", "A shop that feels human"),
        channels=("website", "social_media", "email"),
        empathy={
            "goal": ("Quiet, comfortable headphones before the flight on the 14th",),
            "sees": ("Ads for headphones everywhere since she searched once",
                     "Colleagues on the train wearing the same two brands"),
            "says": ("“Which of these actually blocks out train noise?”",
                     "“I just want it to turn up when they say.”"),
            "does": ("Opens six shops in tabs and compares delivery dates",
                     "Reads the one-star reviews first", "Checks out as a guest"),
            "hears": ("A friend: “Get the ones with the good app.”",
                      "Forum posts saying battery life is overstated"),
            "thinks": ("Is this discount real?", "If it's late, the whole point is lost"),
            "feels": ("Pressed for time", "Wary of being upsold", "Delighted by the note in the box"),
            "pains": ("Hidden costs", "Unclear delivery dates", "Pairing that takes ages"),
            "gains": ("Arrives early", "Easy returns", "Feeling looked after"),
        },
    )
    b.persona(
        "tom", "Tom Okafor", colour=VERMILION, role="Returning customer, audio enthusiast",
        quote="Show me the codec support and the real battery life, not a lifestyle photo.",
        bio="52, sound engineer in Manchester. Has bought from SoundBay three times. Reads spec sheets "
            "and forum threads before buying anything and has a saved account.",
        goals=("The best sound for the money", "Reorder quickly with his saved details"),
        needs=("Full specifications and comparisons", "Honest stock levels", "Saved payment and address"),
        pains=("Marketing copy with no numbers", "Items shown in stock that are not"),
        gains=("Expert advice when he asks for it", "Loyalty that is noticed"),
        channels=("website", "email", "chat"),
        empathy={
            "goal": ("Replace his studio headphones with a wireless pair that sounds as good",),
            "sees": ("Spec tables that leave out the codecs", "Lifestyle photos instead of measurements"),
            "says": ("“Where's the frequency response graph?”", "“I've bought here before, it was fine.”"),
            "does": ("Compares specs on three sites", "Asks a question in chat before buying"),
            "hears": ("Reviewers on audio forums", "Colleagues recommending older models"),
            "thinks": ("Will the wireless sound hold up?", "Glad my details are saved"),
            "feels": ("Sceptical of marketing", "Quietly loyal"),
            "pains": ("Missing technical detail", "Stock surprises after ordering"),
            "gains": ("Fast reorder", "A shop that knows its products"),
        },
    )
    b.lanes(*STORY_LANES)

    b.stage("Discover", TINT_BLUE, description="The need appears and SoundBay enters the picture.",
            notes="Ask the room where they first heard of us. Marketing owns this stage, but reviews "
                  "on other sites carry more weight than our ads.")
    b.step(
        "notice", "Notices the need", description="Old headphones break on the commute.",
        scores={"maya": S(-1, "Annoyed"), "tom": S(1, "Itching to upgrade")},
        actions=[seen("Headphones break on the train home")],
        thoughts=[seen("I need new ones before the flight.")],
        feelings=[seen("Annoyed, a little pressed for time")],
        evidence=[seen("“They snapped at the hinge on the 7:40 to Leeds. Ten days before my flight.”",
                       "Interview P3, August 2026")],
    )
    b.step(
        "see_ad", "Sees an advert", description="A sponsored post offers 15% off for 48 hours.",
        scores={"maya": S(0, "Curious")},
        actions=[seen("Taps a sponsored post on Instagram")],
        touchpoints=[tp("Sponsored post with a 15% launch offer", "social_media", "Marketing")],
        thoughts=[assumed("Is 15% off real, or was the price raised first?")],
        pains=[seen("Ad opens the home page, not the product", votes=3, tags=("quick win",))],
        opportunities=[proposed("Deep-link ads to the product with the offer already applied")],
        ownership=[seen("Marketing (paid social)")],
    )

    b.stage("Research", TINT_ORANGE, description="Comparing models, shops and delivery dates.",
            notes="This is where most people leave: 62% of sessions that reach a product page end "
                  "without a basket. Bring the analytics export.")
    b.step(
        "compare", "Compares models", description="Three shops open in tabs; price, specs and delivery.",
        scores={"maya": S(-1, "Overwhelmed", to=1, to_label="Clear choice"), "tom": S(1, "In his element")},
        ces=(3.8, 156),
        metrics_notes=[seen("CES: on-site poll after comparison, Sept 2026")],
        actions=[seen("Opens three shops in tabs and compares two models")],
        touchpoints=[tp("Product page with comparison table", "website", "E-commerce")],
        thoughts=[seen("Which of these actually blocks out train noise?")],
        feelings=[seen("Overwhelmed by near-identical specs")],
        pains=[seen("Battery life quoted differently on each shop", votes=4),
               seen("No codec list on the product page", "Tom's first question; asked in chat 41 times in "
                    "September.", votes=2)],
        opportunities=[proposed("Publish our own test results: noise reduction and battery life")],
        ownership=[seen("E-commerce (product content)")],
        evidence=[seen("“I had six tabs open and still didn't know which was better.”", "Interview P4")],
    )
    b.step(
        "reviews", "Reads reviews", description="Verified-buyer reviews, one-star reviews first.",
        scores={"maya": S(1, "Reassured"), "tom": S(0, "Sceptical")},
        touchpoints=[tp("Verified-buyer reviews with photos", "website", "E-commerce")],
        thoughts=[seen("Are these reviews real?"), seen("Someone wore them on a 12-hour flight. Good.")],
        feelings=[seen("Reassured by reviews with photos")],
        ideas=[proposed("Filter reviews by use: commuting, gym, flights", votes=5, tags=("reviews",))],
        evidence=[seen("Product pages with 20+ reviews convert 2.3× better", "Analytics, Q2 2026")],
    )
    b.step(
        "delivery_date", "Checks the delivery date",
        description="Enters her postcode on the product page before adding to basket.",
        scores={"maya": S(2, "Relieved", to=2), "tom": S(1)},
        csat=(86, 240),
        moment="The delivery date wins the sale: 7 of 10 interviewees chose us over a cheaper shop "
               "because we showed a firm date before checkout.",
        actions=[seen("Enters postcode to see the delivery date")],
        touchpoints=[tp("“Arrives Thursday if you order in the next 3 h 20 min”", "website", "Logistics")],
        thoughts=[seen("Thursday? Then I'll order here.")],
        feelings=[seen("Relieved: the trip is safe")],
        opportunities=[proposed("Show the delivery date on search results, not only on the product page",
                                votes=3)],
        ownership=[seen("Logistics with E-commerce")],
        evidence=[seen("“The others said ‘3–5 working days’. You said Thursday.”", "Interview P7")],
    )

    b.stage("Buy", TINT_GREEN, description="Basket, account choice, payment and confirmation.",
            notes="Walk the checkout live on the projector before discussing it. Agree one owner for "
                  "the guest-checkout decision.")
    b.step(
        "basket", "Adds to basket",
        scores={"maya": S(1), "tom": S(1)},
        actions=[seen("Adds the headphones and a carry case")],
        touchpoints=[tp("Mini-basket showing delivery cost and date", "website", "E-commerce")],
        thoughts=[seen("Free delivery, and the date hasn't changed.")],
        ideas=[assumed("Suggest a travel adapter for flights", "Cross-sell test proposed by Merchandising; "
                       "not yet validated with customers.")],
    )
    b.step(
        "account", "Chooses guest or account",
        description="Maya checks out as a guest; Tom signs in.",
        scores={"maya": S(0, "Wary", to=1, to_label="Unbothered"), "tom": S(1)},
        actions=[seen("Maya chooses guest checkout; Tom signs in")],
        touchpoints=[tp("Checkout: sign in, create account or continue as guest", "website", "E-commerce")],
        thoughts=[seen("Do I really need another account?")],
        feelings=[seen("Wary of marketing emails")],
        pains=[seen("Password rules appear only after a failed attempt", votes=6, tags=("checkout",))],
        opportunities=[proposed("Offer an account after payment, in one click", votes=4)],
        ownership=[seen("E-commerce (checkout team)")],
    )
    b.step(
        "pay", "Pays",
        scores={"maya": S(2, "Easy"), "tom": S(2)},
        csat=(91, 402), ces=(1.9, 388),
        metrics_notes=[seen("CSAT and CES: post-purchase survey, September 2026")],
        actions=[seen("Pays with Apple Pay (Maya) and a saved card (Tom)")],
        touchpoints=[tp("Wallet and card payment", "website", "Payments")],
        feelings=[seen("Confident: the total never changed")],
        ownership=[seen("Payments")],
        evidence=[seen("“Two taps and it was done. I kept waiting for the catch.”", "Post-purchase survey")],
    )
    b.step(
        "confirmation", "Gets confirmation",
        scores={"maya": S(1), "tom": S(1)},
        touchpoints=[tp("Order confirmation email with delivery date", "email", "CRM")],
        thoughts=[seen("Good, it still says Thursday.")],
        ideas=[proposed("Add a calendar link for the delivery day", votes=1)],
        ownership=[seen("CRM")],
    )

    b.stage("Receive", TINT_PINK, description="Tracking, delivery and unboxing.",
            notes="The courier is outside our walls but inside the customer's experience. "
                  "Invite the logistics lead and the warehouse supervisor.")
    b.step(
        "tracking", "Tracks the parcel",
        scores={"maya": S(1), "tom": S(1)},
        touchpoints=[tp("Text message with a one-hour delivery slot", "SMS", "Logistics (ParcelNow)")],
        thoughts=[seen("A one-hour slot. I can work from home that morning.")],
        pains=[assumed("Slot can only be changed in the courier's app", votes=2)],
        ownership=[seen("Logistics, with partner ParcelNow")],
    )
    b.step(
        "delivered", "Receives it a day early",
        scores={"maya": S(2, "Pleasantly surprised"), "tom": S(2)},
        nps=(48, 310),
        actions=[seen("Parcel arrives on Wednesday, a day early")],
        touchpoints=[tp("Courier hands over the parcel", "delivery", "Logistics (ParcelNow)")],
        feelings=[seen("Pleasantly surprised")],
        ownership=[seen("Logistics")],
        evidence=[seen("94% of orders arrive on or before the promised day", "Delivery data, Sept 2026")],
    )
    b.step(
        "unbox", "Unboxes",
        description="A handwritten thank-you note from the packer is in the box.",
        scores={"maya": S(3, "Delighted", to=3), "tom": S(3, "Touched")},
        nps=(71, 286), csat=(95, 290),
        metrics_notes=[seen("NPS and CSAT: survey 3 days after delivery")],
        moment="The handwritten note is what customers tell friends about: it appears in 1 in 5 "
               "five-star reviews. Protect it as volumes grow.",
        actions=[seen("Opens the box and finds a handwritten thank-you note")],
        touchpoints=[tp("Handwritten note signed by Ana, the packer", "delivery", "Warehouse")],
        thoughts=[seen("Someone actually wrote this. That's lovely.")],
        feelings=[seen("Delighted, looked after")],
        opportunities=[proposed("Keep the note at peak season: pre-printed cards, signed by hand", votes=6,
                                tags=("delight",))],
        ideas=[proposed("Packer's name links to a short ‘meet the warehouse’ page", votes=1)],
        ownership=[seen("Warehouse team")],
        evidence=[seen("“There was a handwritten note from Ana in the box. I told everyone at work.”",
                       "Five-star review, September 2026")],
    )

    b.stage("Use", TINT_YELLOW, description="Setting up, first real use and the review.",
            notes="Most support contacts come from pairing problems in the first 48 hours. "
                  "Check the top ticket reasons before the session.")
    b.step(
        "pair", "Pairs with the phone",
        scores={"maya": S(-1, "Frustrated", to=1, to_label="Paired in a minute"), "tom": S(1)},
        ces=(4.6, 132),
        actions=[seen("Scans the QR code in the box to find pairing instructions")],
        touchpoints=[tp("Quick-start leaflet with a QR code", "Printed leaflet", "Product content")],
        thoughts=[seen("Why is this a 60-page PDF?")],
        feelings=[seen("Frustrated after the high of unboxing")],
        pains=[seen("QR code opens the full manual, not the pairing video", votes=4, tags=("quick win",))],
        ideas=[proposed("QR code opens a 30-second pairing video", votes=7, tags=("quick win",))],
        ownership=[seen("Product content")],
        evidence=[seen("Pairing is the top reason for contact in the first 48 h (31%)", "Support tickets, Q3")],
    )
    b.step(
        "real_use", "Uses them for real", description="Maya on her flight; Tom in his home studio.",
        scores={"maya": S(3, "Worth it"), "tom": S(2)},
        actions=[seen("Wears them through a ten-hour flight")],
        thoughts=[seen("Best thing I've bought this year.")],
        feelings=[seen("Calm, pleased with the choice")],
    )
    b.step(
        "review", "Writes a review",
        scores={"maya": S(1), "tom": S(2, "Proud to advise")},
        nps=(62, 540),
        metrics_notes=[assumed("NPS here mixes review-email replies with survey replies", "Check with Insights before comparing it with the delivery NPS.")],
        touchpoints=[tp("Review request, seven days after delivery", "email", "CRM")],
        thoughts=[seen("Happy to tell others, once I've tried them properly.")],
        pains=[assumed("The request arrives before many customers have used them much")],
        opportunities=[proposed("Ask for the review after first real use, not on a fixed day", votes=2)],
        ownership=[seen("CRM")],
    )
    return b.build()
