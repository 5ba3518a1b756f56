"""Finding bundled files (templates, icons, fonts) installed or in a checkout.

In a wheel, ``resources/`` is installed as ``journeymap/resources``; in a
source checkout (and an editable install) it sits beside the package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if (candidate / "templates").is_dir():
            return candidate
    raise FileNotFoundError("Journeymap's resources folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
