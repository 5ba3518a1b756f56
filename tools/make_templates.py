"""Build the bundled journey-map templates into resources/templates/.

Run ``.venv/bin/python tools/make_templates.py`` after editing a template in
tools/template_maps/. The output is deterministic (fixed ids and times), so a
re-run without edits rewrites identical bytes, and the tests check exactly that.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from template_maps import TEMPLATES  # noqa: E402

from journeymap.io import dump_map  # noqa: E402
from journeymap.io.writer import write_atomically  # noqa: E402
from journeymap.model import reference_problems  # noqa: E402

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "resources" / "templates"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder to write the .journey files to")
    parser.add_argument("names", nargs="*", help="only these templates (default: all)")
    args = parser.parse_args(argv)
    unknown = set(args.names) - set(TEMPLATES)
    if unknown:
        parser.error(f"unknown template(s): {', '.join(sorted(unknown))} (known: {', '.join(TEMPLATES)})")
    if not args.out.is_dir():
        parser.error(f"{args.out}: no such folder")
    for name in args.names or TEMPLATES:
        journey = TEMPLATES[name]()
        problems = reference_problems(journey)
        if problems:
            for problem in problems:
                print(f"{name}: {problem}", file=sys.stderr)
            return 1
        path, data = args.out / f"{name}.journey", dump_map(journey)
        if path.is_file() and path.read_bytes() == data:
            continue
        write_atomically(path, data, backup=False)
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
