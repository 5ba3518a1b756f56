"""Which links a map may open: only web pages and e-mail, and only when the user clicks."""

from __future__ import annotations

from urllib.parse import urlsplit

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
MAX_LINK = 2048


def safe_link(url: str) -> bool:
    """May ``url`` be handed to the system browser or mail program?

    ``file:``, ``javascript:``, ``data:``, custom app schemes and anything
    with control characters or spaces are refused: a map from a stranger must
    not be able to start a program or read a local file through a click.
    """
    if not isinstance(url, str) or not url or len(url) > MAX_LINK:
        return False
    if any(ord(c) < 0x21 or ord(c) == 0x7F for c in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    if scheme not in SAFE_SCHEMES:
        return False
    if scheme == "mailto":
        return "@" in parts.path
    try:
        host = parts.hostname
    except ValueError:
        return False
    return bool(host) and "\\" not in url
