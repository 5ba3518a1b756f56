"""Run every benchmarks/bench_*.py and print one table (see benchmarks/README.md for the contract)."""

from __future__ import annotations

import importlib.util
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
Row = tuple[str, float, str]


def print_table(rows: list[tuple[str, Row]]) -> None:
    width_bench = max([len("benchmark")] + [len(b) for b, _ in rows])
    width_name = max([len("measure")] + [len(r[0]) for _, r in rows])
    print(f"{'benchmark':<{width_bench}}  {'measure':<{width_name}}  {'value':>10}  unit / note")
    print(f"{'-' * width_bench}  {'-' * width_name}  {'-' * 10}  {'-' * 11}")
    for bench, (name, value, note) in rows:
        shown = f"{value:10.2f}" if isinstance(value, float) else f"{value:>10}"
        print(f"{bench:<{width_bench}}  {name:<{width_name}}  {shown}  {note}")


def load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def main(argv: list[str] | None = None) -> int:
    """Run all benchmarks, or those whose file name contains one of ``argv``'s words."""
    words = argv if argv is not None else sys.argv[1:]
    sys.path.insert(0, str(HERE))
    rows: list[tuple[str, Row]] = []
    failed = 0
    for path in sorted(HERE.glob("bench_*.py")):
        bench = path.stem.removeprefix("bench_")
        if words and not any(w in path.stem for w in words):
            continue
        start = time.perf_counter()
        try:
            result = load(path).run()
        except Exception:
            failed += 1
            print(f"{path.name} failed:\n{traceback.format_exc()}", file=sys.stderr)
            continue
        rows += [(bench, (str(n), float(v), str(u))) for n, v, u in result]
        print(f"ran {path.name} in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    print_table(rows)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
