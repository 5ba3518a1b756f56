"""What one room accepts: how many people, how fast, how big. A participant can spend only their own quota."""

from __future__ import annotations

from ...model.limits import MAX_TEXT

#: People in one room at once (a large workshop is 60; a conference room 200).
MAX_PARTICIPANTS = 200
#: New people one address (one phone or laptop) may bring in each minute, and sockets it may hold open:
#: one device cannot fill the room with made-up participants.
JOINS_PER_MINUTE_EACH = 10
SOCKETS_EACH = 10
#: Messages a participant may send each second, with a burst for quick taps.
MESSAGES_PER_SECOND = 8.0
MESSAGE_BURST = 16
#: Messages over the rate before the connection is closed (a runaway script, not a quick thumb).
DROPPED_BEFORE_CLOSE = 200
#: Malformed messages before the connection is closed.
GARBAGE_BEFORE_CLOSE = 50
#: The largest message: a note of the file's longest text, in UTF-8, with room for its envelope.
MAX_MESSAGE_BYTES = MAX_TEXT * 4 + 4096
#: Notes one participant may have waiting for the facilitator; the queue as a whole.
NOTES_WAITING_EACH = 20
NOTES_WAITING = 1000
#: Wrong join codes one address may try each minute, and all addresses together.
CODE_TRIES_PER_MINUTE = 6
CODE_TRIES_PER_MINUTE_ALL = 60
#: How many cards a participant's page is sent (the whole map of a large workshop wall).
MAX_CARDS_SHOWN = 2000
#: How much of a card's text the phone shows (the wall shows the rest).
CARD_TEXT_SHOWN = 280
#: The longest name shown to the facilitator (the model allows a longer one; a name is not a speech).
NAME_SHOWN = 40
