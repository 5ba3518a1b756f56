"""Checks against hostile content in a map file, made before anything trusts it. No Qt here."""

from .links import safe_link
from .photos import check_photo, photo_problems, picture_size

__all__ = ["check_photo", "photo_problems", "picture_size", "safe_link"]
