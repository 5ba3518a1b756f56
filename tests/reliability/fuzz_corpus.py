"""A mutation corpus from the bundled templates: every input ends in a valid map or a MapFileError.

Each input is a template (or a small built map) damaged one way: truncated,
bytes flipped, inserted or deleted, a range duplicated, a value's type
swapped, a key deleted, renamed or duplicated, a list item duplicated, huge
numbers, strings and lists, deep nesting, a changed schema version. Each is
given to ``parse_map`` (the open path of the editor) under a time limit, and
a sample also to ``journeymap validate`` in-process. Anything but a valid
map or a clean ``MapFileError`` is a failure, kept in ``--keep`` to replay.

    python tests/reliability/fuzz_corpus.py [COUNT] [--seed N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))

from journeymap.cli import main as cli_main  # noqa: E402
from journeymap.io import MapFileError, dump_map, parse_map  # noqa: E402
from journeymap.model import JourneyMap  # noqa: E402

TIME_LIMIT_S = 5.0


def seeds() -> list[tuple[str, bytes]]:
    """The templates as shipped, plus a small built map (so the corpus exists before templates do)."""
    from tests.reliability.maps import small_map

    found = [(p.stem, p.read_bytes()) for p in sorted((ROOT / "resources" / "templates").glob("*.journey"))]
    return found + [("small-map", dump_map(small_map()))]


# -- byte-level damage ---------------------------------------------------------------
def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data))]


def flip_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.choice([1, 1, 2, 5, 20])):
        at = rng.randrange(len(out))
        out[at] = out[at] ^ (1 << rng.randrange(8)) if rng.random() < 0.7 else rng.randrange(256)
    return bytes(out)


def insert_bytes(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data))
    junk = rng.choice([b"\x00", b"\xff\xfe", b"{", b"}", b"]", b",", b'"', b"\\", b"\xe2\x80",
                       bytes(rng.randrange(256) for _ in range(rng.randint(1, 40)))])
    return data[:at] + junk + data[at:]


def delete_range(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data))
    return data[:at] + data[at + rng.randint(1, 200):]


def duplicate_range(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data))
    end = min(len(data), at + rng.randint(1, 2000))
    return data[:end] + data[at:end] + data[end:]


# -- structural damage ----------------------------------------------------------------
def _nodes(doc: Any) -> Iterator[tuple[tuple, Any]]:
    """Every (path, value) in a JSON tree, not descending past depth 60 (deep nests stay opaque)."""
    stack: list[tuple[tuple, Any]] = [((), doc)]
    while stack:
        path, value = stack.pop()
        yield path, value
        if len(path) >= 60:
            continue
        if isinstance(value, dict):
            stack.extend(((*path, k), v) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend(((*path, i), v) for i, v in enumerate(value))


def _pick(rng: random.Random, doc: Any, want: Callable[[Any], bool] = lambda _v: True) -> tuple | None:
    paths = [p for p, v in _nodes(doc) if p and want(v)]
    return rng.choice(paths) if paths else None


def _parent(doc: Any, path: tuple) -> Any:
    for part in path[:-1]:
        doc = doc[part]
    return doc


_ODD_VALUES: list[Any] = [None, True, False, 0, -1, 1.5, 10**30, -(10**25), 1e308, -1e308, "", "3", "x" * 25_000,
                          [], {}, [1, 2], {"a": 1}, "00000000-0000-0000-0000-000000000000", "#zzzzzz",
                          "\u202e\u0000", "😀" * 600]


def swap_type(rng: random.Random, doc: Any) -> Any:
    where = _pick(rng, doc)
    if where:
        _parent(doc, where)[where[-1]] = rng.choice(_ODD_VALUES)
    return doc


def delete_key(rng: random.Random, doc: Any) -> Any:
    where = _pick(rng, doc)
    if where:
        holder = _parent(doc, where)
        del holder[where[-1]]
    return doc


def rename_key(rng: random.Random, doc: Any) -> Any:
    where = _pick(rng, doc, lambda v: isinstance(v, dict) and bool(v))
    if where:
        holder = _parent(doc, where)[where[-1]]
        key = rng.choice(list(holder))
        holder[key + rng.choice(["s", "_", "X", ""]) + "x"] = holder.pop(key)
    return doc


def duplicate_item(rng: random.Random, doc: Any) -> Any:
    where = _pick(rng, doc, lambda v: isinstance(v, list) and bool(v))
    if where:
        items = _parent(doc, where)[where[-1]]
        k = rng.randrange(len(items))
        items.insert(k, json.loads(json.dumps(items[k])))
    return doc


def huge_value(rng: random.Random, doc: Any) -> Any:
    where = _pick(rng, doc)
    if where:
        big = rng.choice([
            "y" * rng.choice([501, 20_001, 1_000_000]), 10 ** rng.choice([19, 20, 21, 400]), 1e300 * 10,
            [{"id": "x"}] * rng.choice([201, 20_001]), list(range(50_000)), 2**63, -(2**63) - 1,
        ])
        _parent(doc, where)[where[-1]] = big
    return doc


_DEEP = "\u0001deep:"


def deep_nesting(rng: random.Random, doc: Any) -> Any:
    """Replace a value by lists and objects nested up to 100,000 deep (spliced in as text by _dump)."""
    where = _pick(rng, doc)
    if where:
        _parent(doc, where)[where[-1]] = f"{_DEEP}{rng.choice([50, 500, 5_000, 100_000])}:{rng.randrange(10**9)}"
    return doc


def _deep_text(depth: int, seed: int) -> str:
    rng = random.Random(seed)
    kinds = [rng.random() < 0.5 for _ in range(depth)]
    return "".join("[" if k else '{"a":' for k in kinds) + '"bottom"' + "".join(
        "]" if k else "}" for k in reversed(kinds))


def change_version(rng: random.Random, doc: Any) -> Any:
    if isinstance(doc, dict):
        doc["schema_version"] = rng.choice([0, 2, 99, -1, "1", 1.0, None, 10**40])
    return doc


BYTE_MUTATIONS = [truncate, flip_bytes, insert_bytes, delete_range, duplicate_range]
TREE_MUTATIONS = [swap_type, delete_key, rename_key, duplicate_item, huge_value, deep_nesting, change_version]


def _dump(doc: Any) -> bytes:
    text = json.dumps(doc, ensure_ascii=False)
    while (at := text.find(json.dumps(_DEEP)[:-1])) >= 0:
        end = text.index('"', at + 1)
        depth, seed = text[at + len(json.dumps(_DEEP)) - 1:end].split(":")
        text = text[:at] + _deep_text(int(depth), int(seed)) + text[end + 1:]
    return text.encode("utf-8")


def corpus(count: int, seed: int = 0) -> Iterator[tuple[str, bytes]]:
    """``count`` damaged inputs, the same ones for the same seed."""
    rng = random.Random(seed)
    originals = seeds()
    parsed = {name: json.loads(data) for name, data in originals}
    for n in range(count):
        name, data = originals[n % len(originals)]
        if rng.random() < 0.45:
            mutation = rng.choice(BYTE_MUTATIONS)
            out = mutation(rng, data)
            if rng.random() < 0.2:
                out = rng.choice(BYTE_MUTATIONS)(rng, out or b"{")
        else:
            mutation = rng.choice(TREE_MUTATIONS)
            doc = json.loads(json.dumps(parsed[name]))
            repeats = 1 if mutation in (huge_value, deep_nesting) else rng.choice([1, 1, 1, 2, 3])
            for _ in range(repeats):  # huge values twice would nest 20,000 x 50,000 items
                doc = mutation(rng, doc)
            out = _dump(doc)
        yield f"{n:05d}-{name}-{mutation.__name__}", out


# -- checking ------------------------------------------------------------------------------
class _TooSlow(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise inside the code if it runs longer than ``seconds`` (main thread, Unix)."""
    def alarm(_sig: int, _frame: object) -> None:
        raise _TooSlow()

    old = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


@dataclass
class FuzzReport:
    inputs: int = 0
    valid: int = 0
    clean_errors: int = 0
    cli_checked: int = 0
    slowest_s: float = 0.0
    slowest_name: str = ""
    by_mutation: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)


def check(name: str, data: bytes, report: FuzzReport, limit: float = TIME_LIMIT_S) -> None:
    """Open ``data`` as the editor would; record the outcome."""
    report.inputs += 1
    report.by_mutation[name.split("-")[-1]] += 1
    start = time.perf_counter()
    try:
        with time_limit(limit):
            journey = parse_map(data, f"{name}.journey")
    except MapFileError as e:
        if not e.problems or not all(line.startswith(f"{name}.journey: ") for line in e.lines()):
            report.failures.append((name, f"an error without a place: {e!r}"))
        else:
            report.clean_errors += 1
    except _TooSlow:
        report.failures.append((name, f"took longer than {limit} s"))
    except BaseException as e:  # noqa: BLE001 - anything else escaping is exactly what we look for
        report.failures.append((name, f"{type(e).__name__}: {str(e)[:300]}"))
    else:
        if not isinstance(journey, JourneyMap) or parse_map(dump_map(journey)) != journey:
            report.failures.append((name, "a map was returned that does not save and load back the same"))
        else:
            report.valid += 1
    took = time.perf_counter() - start
    if took > report.slowest_s:
        report.slowest_s, report.slowest_name = took, name


def check_cli(name: str, data: bytes, folder: Path, report: FuzzReport, limit: float = TIME_LIMIT_S) -> None:
    """``journeymap validate FILE`` in-process: exit code 0 or 1, never an exception."""
    path = folder / f"{name}.journey"
    path.write_bytes(data)
    out, err = io.StringIO(), io.StringIO()
    try:
        with time_limit(limit), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli_main(["validate", str(path)])
    except BaseException as e:  # noqa: BLE001
        report.failures.append((name, f"journeymap validate raised {type(e).__name__}: {str(e)[:300]}"))
        return
    finally:
        path.unlink(missing_ok=True)
    report.cli_checked += 1
    if code not in (0, 1) or (code == 1 and not out.getvalue().startswith(str(path))):
        report.failures.append((name, f"journeymap validate exited {code}: {out.getvalue()[:200]!r}"))
    if "Traceback" in err.getvalue():
        report.failures.append((name, "journeymap validate printed a traceback"))


def run(count: int, seed: int, folder: Path, cli_every: int = 20, keep: Path | None = None) -> FuzzReport:
    report = FuzzReport()
    for n, (name, data) in enumerate(corpus(count, seed)):
        failed = len(report.failures)
        check(name, data, report)
        if n % cli_every == 0:
            check_cli(name, data, folder, report)
        if keep is not None and len(report.failures) > failed:
            keep.mkdir(parents=True, exist_ok=True)
            (keep / f"{name}.journey").write_bytes(data)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Open 10,000 damaged maps; count clean outcomes.")
    parser.add_argument("count", type=int, nargs="?", default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, default=None, help="write failing inputs here")
    args = parser.parse_args(argv)
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 1000))
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["JOURNEYMAP_STATE_DIR"] = str(Path(tmp) / "state")
        r = run(args.count, args.seed, Path(tmp), keep=args.keep)
    took = time.perf_counter() - start
    print(f"{r.inputs} damaged inputs from {len(seeds())} seed maps in {took:.0f} s: {r.valid} valid maps, "
          f"{r.clean_errors} clean MapFileErrors, {len(r.failures)} failures; "
          f"journeymap validate run in-process on {r.cli_checked}; slowest input {r.slowest_s * 1000:.0f} ms "
          f"({r.slowest_name})")
    print("by mutation: " + ", ".join(f"{k} {v}" for k, v in sorted(r.by_mutation.items())))
    for name, why in r.failures[:30]:
        print("FAIL", name, why)
    return 1 if r.failures else 0


if __name__ == "__main__":
    sys.exit(main())
