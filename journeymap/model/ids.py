"""The shape of an id as written in files (a UUID in lower-case hex), for models outside journey_map.py."""

from __future__ import annotations

import uuid
from typing import Annotated

from pydantic import StringConstraints

Id = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
]


def fresh_id() -> str:
    return str(uuid.uuid4())
