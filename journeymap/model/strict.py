"""The base of every model of the file format: strict types, no unknown keys, no NaN."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Strict(BaseModel):
    """Base of every model: strict types, no unknown keys, no NaN.

    A typo in a hand-edited file is reported, never silently dropped on the next save.
    """

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        allow_inf_nan=False,
        validate_assignment=False,
        use_enum_values=False,
    )
