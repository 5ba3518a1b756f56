"""The type checker passes over the core (model, io, layout, empathy, export, commands), as `make lint` runs it."""

from pathlib import Path

import journeymap

PACKAGE = Path(journeymap.__file__).parent


def test_the_type_checker_finds_nothing(tmp_path):
    from mypy import api

    out, err, code = api.run([str(PACKAGE), "--config-file", str(PACKAGE.parent / "pyproject.toml"),
                              "--cache-dir", str(tmp_path / "mypy-cache")])
    assert code == 0, out + err
