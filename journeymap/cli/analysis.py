"""The command-line verbs of the analysis package: import, lint, diff, merge, git-setup.

Each takes the parsed arguments and returns the exit code (0 success, 1 a
problem with a document or the data, 2 a usage error); messages name the file,
the place and the problem, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..io import MapFileError, SaveError, load_map, save_map
from ..model import Document
from .maps import load_or_report

OK, BAD_INPUT, USAGE = 0, 1, 2


def _err(message: str) -> None:
    print(f"journeymap: {message}", file=sys.stderr)


# -- import -------------------------------------------------------------------------------------------

def run_import(args: argparse.Namespace) -> int:
    from ..analysis.edits import apply_edits
    from ..analysis.mapping import Mapping, MappingError, load_mapping
    from ..analysis.report import change_lines, outcome_line, problem_lines, read_lines
    from ..analysis.research import read_and_plan
    from ..analysis.tables import DataFileError

    journey = load_or_report(args.file)
    if journey is None:
        return BAD_INPUT
    try:
        mapping = load_mapping(args.mapping) if args.mapping else Mapping()
    except MappingError as e:
        for problem in e.problems:
            print(f"{args.mapping}: {problem}", file=sys.stderr)
        return BAD_INPUT
    if args.name:
        mapping.name = args.name
    if args.skip_unmatched:
        mapping.skip_unmatched = True
    try:
        plan = read_and_plan(journey, args.data, mapping)
    except DataFileError as e:
        _err(f"{args.data}: {e.message}")
        return BAD_INPUT
    except OSError as e:
        _err(f"{args.data}: cannot be read ({e.strerror or e})")
        return BAD_INPUT
    for line in read_lines(plan):
        print(line)
    if not plan.ok:
        for line in problem_lines(plan.blocking):
            print(f"{args.data}: {line}", file=sys.stderr)
        if plan.unmatched and not plan.problems:
            print(f"{len(plan.unmatched)} rows match nothing in the map: fix them, map them in the mapping, or "
                  f"give --skip-unmatched to import the rest and leave them out", file=sys.stderr)
        print(outcome_line(plan), file=sys.stderr)
        return BAD_INPUT
    for line in change_lines(plan, journey):
        print(line)
    print(outcome_line(plan))
    if args.dry_run:
        print(f"Dry run: {args.file} was not changed.")
        return OK
    if not plan.edits:
        return OK
    document = Document(journey)
    apply_edits(document, plan.edits, origin="import")
    document.stamp_modified()
    try:
        save_map(document.journey, args.file)
    except SaveError as e:
        _err(str(e))
        return BAD_INPUT
    print(f"Saved {args.file}.")
    return OK


# -- lint -----------------------------------------------------------------------------------------------

def run_lint(args: argparse.Namespace) -> int:
    import json

    from ..analysis.health import RULES, Level, check_health, counts_text, has_errors

    unknown = [r for r in args.disable or [] if r not in RULES]
    if unknown:
        _err(f"unknown rule {unknown[0]!r} (rules: {', '.join(RULES)})")
        return USAGE
    status = OK
    report = []
    for name in args.files:
        journey = load_or_report(name)
        if journey is None:
            status = BAD_INPUT
            continue
        disabled = set(journey.health.disabled_rules) | set(args.disable or [])
        findings = check_health(journey, disabled)
        if has_errors(findings) or (args.strict and any(f.level is Level.WARNING for f in findings)):
            status = BAD_INPUT
        if args.format == "json":
            report.append({"file": name, "findings": [
                {"rule": f.rule, "level": f.level.word, "place": f.place, "id": f.obj_id, "message": f.message}
                for f in findings]})
            continue
        for f in findings:
            print(f"{name}: {f.line()}")
        if args.verbose or findings:
            print(f"{name}: {counts_text(findings)}")
    if args.format == "json":
        print(json.dumps(report, indent=2, ensure_ascii=False))
    return status


# -- diff -------------------------------------------------------------------------------------------------

def run_diff(args: argparse.Namespace) -> int:
    from ..analysis.diff import diff_maps
    from ..analysis.diff_render import FORMATS, as_text
    from ..analysis.outline import outline

    if args.outline:
        if len(args.files) != 1:
            _err("--outline takes one FILE")
            return USAGE
        try:
            journey = load_map(args.files[0])
        except MapFileError as e:
            # git's textconv: a file that is not a valid map (hand-merged, say) is shown as its text
            print(f"(not a valid map: {e.summary}; its text follows)")
            try:
                sys.stdout.write(Path(args.files[0]).read_text("utf-8", errors="replace"))
            except OSError:
                pass
            return OK
        sys.stdout.write(outline(journey))
        return OK
    if args.git_external:
        return _git_external_diff(args.files)
    if len(args.files) != 2:
        _err("diff takes two files: OLD NEW")
        return USAGE
    old_name, new_name = args.files
    old, new = load_or_report(old_name), load_or_report(new_name)
    if old is None or new is None:
        return BAD_INPUT
    differences = diff_maps(old, new)
    render = FORMATS[args.format] if args.format else as_text
    sys.stdout.write(render(differences, old_name, new_name))
    return OK


def _git_external_diff(files: list[str]) -> int:
    """``git diff`` hands an external driver: path old-file old-hex old-mode new-file new-hex new-mode.

    Git stops at a driver that fails, so every problem is printed and 0 returned.
    """
    from ..analysis.diff import diff_maps
    from ..analysis.diff_render import as_text
    from ..model import JourneyMap as Empty

    if len(files) < 5:
        _err("--git-external is for git: PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE ...")
        return USAGE
    path, old_file, new_file = files[0], files[1], files[4]
    versions = []
    for label, name in ((f"a/{path}", old_file), (f"b/{path}", new_file)):
        if name == "/dev/null":  # the file is new (or deleted): compare with an empty map
            versions.append(Empty(title=""))
            continue
        try:
            versions.append(load_map(name))
        except MapFileError as e:
            print(f"journeymap diff {path}: the {'old' if label.startswith('a/') else 'new'} version cannot be "
                  f"read: {e.summary}")
            return OK
    sys.stdout.write(as_text(diff_maps(*versions), f"a/{path}", f"b/{path}"))
    return OK


# -- merge --------------------------------------------------------------------------------------------------

def run_merge(args: argparse.Namespace) -> int:
    """Git's merge driver: merge BASE (%O) and THEIRS (%B) into OURS (%A), written over %A.

    Exit 0 for a clean merge, 1 when conflicts were kept in the map (git then
    marks the file conflicted; the file itself is a valid map either way).
    """
    from ..analysis.merge import merge_maps
    from ..io.output_guard import keep_replaced_map, refusal

    elsewhere = args.output is not None and not _same_file(args.output, args.ours)
    if elsewhere:  # -o: like any output, never over BASE, THEIRS or another map unasked
        refused = refusal(args.output, "map", inputs=[args.base, args.theirs], force=args.force)
        if refused:
            _err(refused)
            return BAD_INPUT
    base, ours, theirs = load_or_report(args.base), load_or_report(args.ours), load_or_report(args.theirs)
    if base is None or ours is None or theirs is None:
        _err(f"{args.ours} was left as it was")
        return BAD_INPUT
    result = merge_maps(base, ours, theirs)
    out = args.output if elsewhere else args.ours
    if elsewhere:
        keep_replaced_map(out)
    try:
        save_map(result.journey, out, backup=False)
    except SaveError as e:
        _err(str(e))
        return BAD_INPUT
    if result.clean:
        print("journeymap merge: merged cleanly", file=sys.stderr)
        return OK
    n = len(result.conflicts)
    print(f"journeymap merge: {n} conflict{'s' if n != 1 else ''} kept in the merged map with both values "
          f"(open it in Journeymap, or run journeymap lint, to see {'them' if n != 1 else 'it'}):", file=sys.stderr)
    for conflict in result.conflicts:
        print(f"  {conflict.message}", file=sys.stderr)
    return BAD_INPUT


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


# -- git-setup ------------------------------------------------------------------------------------------------

def run_git_setup(args: argparse.Namespace) -> int:
    from ..analysis.git_setup import ATTRIBUTES_LINE, GitSetupError, set_up

    try:
        done = set_up(args.repository, args.command)
    except GitSetupError as e:
        _err(str(e))
        return BAD_INPUT
    where = done.root / ".gitattributes"
    print(f"{where}: {'added' if done.attributes_added else 'already has'} '{ATTRIBUTES_LINE}'"
          f"{' (commit it, so the whole team gets it)' if done.attributes_added else ''}")
    print("git config --local (this clone):")
    for key, value in done.config.items():
        print(f"  {key} = {value}")
    print("git diff now shows what changed in maps in words; git merge merges maps by ids.")
    return OK
