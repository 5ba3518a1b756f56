"""The room's secrets: a join token for the link and a short code for typing, both from ``secrets``."""

from __future__ import annotations

import hmac
import secrets

#: 32 letters that no one confuses when reading them off a wall (no 0/O, 1/I/L).
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
TOKEN_BYTES = 24  # 192 bits, URL-safe


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def spaced(code: str) -> str:
    """ "ABC DEF": the code as shown on the wall, in two easy halves."""
    half = len(code) // 2
    return f"{code[:half]} {code[half:]}"


def normalise_code(typed: str) -> str:
    """What a person typed, without spaces or dashes, in capitals; anything else stays and fails."""
    return "".join(ch for ch in typed.upper() if ch not in " -")[:32]


def same(a: str, b: str) -> bool:
    """Compared in constant time, so timing tells nothing about the secret."""
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def new_participant_key() -> str:
    """What a phone keeps to come back to its own dots and notes after losing the connection."""
    return secrets.token_urlsafe(16)
