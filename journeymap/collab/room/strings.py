"""Every word of the participant page, in one table per language.

The page is shown in the map's language when there is a table for it, else
in English. A translation system will replace this table; until then adding
a language is adding a dictionary here with the same keys.
"""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "page_title": "Join the workshop",
    "code_heading": "Enter the code from the wall",
    "name_heading": "How should we call you?",
    "code_label": "Join code (on the wall)",
    "code_button": "Continue",
    "code_wrong": "That code is not right. Check the wall and try again.",
    "code_slow": "Too many tries. Wait a minute, then try again.",
    "name_label": "Your name (optional)",
    "name_hint": "Leave it empty to take part anonymously.",
    "join_button": "Join",
    "connecting": "Connecting\u2026",
    "connected": "Connected.",
    "reconnecting": "Connection lost. Reconnecting\u2026",
    "closed": "The room is closed. Thank you for taking part!",
    "full": "The room is full.",
    "not_this_room": "This link is not for the room that is open now. Scan the code on the wall again.",
    "stage": "Stage {number} of {of}: {name}",
    "no_stage": "The facilitator is showing the overview.",
    "you_are": "You are {name}.",
    "anonymous": "You take part anonymously.",
    "vote_heading": "Dot voting",
    "vote_left": "{left} of {dots} dots left",
    "vote_time": "{time} left",
    "vote_closed": "Voting has closed. The facilitator will show the results.",
    "vote_add": "Add a dot to: {text}",
    "vote_remove": "Take a dot back from: {text}",
    "vote_count": "{count} of your dots",
    "check_heading": "How does {persona} feel at \u201c{step}\u201d?",
    "check_sent": "Thank you. You can change your answer until the facilitator ends the check.",
    "note_heading": "Add a sticky note",
    "note_lane": "Lane",
    "note_step": "Step",
    "note_text": "Your note",
    "note_send": "Send note",
    "note_sent": "Sent. It waits for the facilitator.",
    "note_waiting": "Waiting",
    "note_added": "Added to the map",
    "note_declined": "Not added",
    "note_needs_stage": "Notes can be added while the facilitator shows a stage.",
    "your_notes": "Your notes",
    "error": "Not possible: {reason}",
    "slow_down": "Slow down a little: some taps were not counted.",
}

TABLES: dict[str, dict[str, str]] = {"en": ENGLISH}


def strings_for(language: str) -> tuple[str, dict[str, str]]:
    """The page's language tag and its words: the map's language if there is a table, else English."""
    base = (language or "en").split("-")[0].lower()
    if base in TABLES:
        return base, TABLES[base]
    return "en", ENGLISH
