"""Export flags that cannot apply are refused with a usage error, never silently ignored."""

import pytest

from journeymap.cli import main
from journeymap.io import save_map
from journeymap.templates import new_from_template


@pytest.mark.parametrize("out, flags, said", [
    ("m.pdf", ["--dpi", "300"], "--dpi"),
    ("m.svg", ["--page-size", "A3"], "--page-size"),
    ("m.csv", ["--layout", "digest"], "--layout"),
    ("m.png", ["--landscape"], "--landscape"),
    ("m.pdf", ["--layout", "digest", "--landscape"], "portrait"),
])
def test_a_flag_that_cannot_apply_is_a_usage_error_not_ignored(tmp_path, capsys, out, flags, said):
    path = tmp_path / "m.journey"
    save_map(new_from_template("online-purchase"), path)
    assert main(["export", str(path), "-o", str(tmp_path / out), *flags]) == 2
    assert said in capsys.readouterr().err
    assert not (tmp_path / out).exists()
