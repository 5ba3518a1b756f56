"""``journeymap personas list|export|import``: the persona library from the command line.

Exit codes: 0 done, 1 a file could not be read or written, 2 bad arguments.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..io.filenames import shown
from ..io.persona_library import (
    LibraryError,
    LibraryPersona,
    export_bytes,
    library_folder,
    list_library,
    read_import,
    save_to_library,
)

OK, BAD_INPUT, USAGE = 0, 1, 2


def _err(message: str) -> None:
    print(f"journeymap: {message}", file=sys.stderr)


def run_personas(args: argparse.Namespace) -> int:
    entries, problems = list_library()
    for problem in problems:
        _err(f"warning: in the persona library, {problem}; it is left out")
    return {"list": _list, "export": _export, "import": _import}[args.action](args, entries)


def _list(args: argparse.Namespace, entries: list[LibraryPersona]) -> int:
    if args.format == "json":
        print(json.dumps([{"id": e.id, "name": e.name, "role": e.persona.role, "photo": e.persona.photo is not None,
                           "saved": e.saved.isoformat(), "file": str(e.path)} for e in entries],
                         indent=2, ensure_ascii=False))
        return OK
    if not entries:
        print(f"the persona library is empty ({shown(library_folder())})")
        return OK
    for e in entries:
        role = f", {e.persona.role}" if e.persona.role else ""
        photo = "  [photo]" if e.persona.photo is not None else ""
        print(f"{e.id[:8]}  {e.name}{role}{photo}")
    return OK


def _chosen(entries: list[LibraryPersona], names: list[str]) -> list[LibraryPersona] | str:
    """The entries named (by name, full id or the first 8 characters of it), or why one is not found."""
    if not names:
        return entries
    out = []
    for word in names:
        found = [e for e in entries if word in (e.id, e.id[:8]) or e.name.casefold() == word.casefold()]
        if not found:  # "Eva" for "Eva Lindqvist"
            found = [e for e in entries if e.name.casefold().startswith(word.casefold())]
        if not found:
            return f"no persona in the library is called or has the id {word!r}"
        if len(found) > 1:
            return f"{word!r} names {len(found)} personas; give the id (journeymap personas list)"
        out.append(found[0])
    return out


def _export(args: argparse.Namespace, entries: list[LibraryPersona]) -> int:
    from ..io.output_guard import refusal
    from ..io.writer import write_atomically

    chosen = _chosen(entries, args.personas)
    if isinstance(chosen, str):
        _err(chosen)
        return USAGE
    if not chosen:
        _err("the persona library is empty: nothing to export")
        return BAD_INPUT
    out = Path(args.output)
    refused = refusal(out, "personas", force=args.force)
    if refused:
        _err(refused)
        return BAD_INPUT
    try:
        write_atomically(out, export_bytes(chosen), backup=False, replace_read_only=args.force)
    except OSError as e:
        _err(f"could not write {shown(out)}: {e}")
        return BAD_INPUT
    except ValueError as e:  # SaveError
        _err(str(e))
        return BAD_INPUT
    print(f"wrote {len(chosen)} persona{'s' if len(chosen) != 1 else ''} to {shown(out)}")
    return OK


def _import(args: argparse.Namespace, entries: list[LibraryPersona]) -> int:
    have = {e.id: e for e in entries}
    status = OK
    for name in args.files:
        try:
            incoming = read_import(Path(name))
        except LibraryError as e:
            _err(str(e))
            status = BAD_INPUT
            continue
        for entry in incoming:
            kept = have.get(entry.id)
            if kept is not None and not args.replace:
                same = kept.persona.model_dump(exclude={"library_id"}) == entry.persona.model_dump(exclude={"library_id"})
                print(f"kept {entry.name} ({entry.id[:8]}): already in the library"
                      + ("" if same else ", different there (--replace takes this one)"))
                continue
            try:
                saved = save_to_library(entry.persona, library_id=entry.id)
            except (OSError, ValueError) as e:
                _err(f"could not add {entry.name}: {e}")
                status = BAD_INPUT
                continue
            have[saved.id] = saved
            print(f"{'replaced' if kept is not None else 'added'} {entry.name} ({entry.id[:8]})"
                  + (f"; the damaged library file it replaces was kept as {shown(saved.damaged_kept_as)}"
                     if saved.damaged_kept_as else ""))
    return status


def add_parser(verbs: argparse._SubParsersAction) -> None:
    p = verbs.add_parser("personas", help="the persona library shared by your maps: list, export, import")
    actions = p.add_subparsers(dest="action", metavar="list|export|import", required=True)
    a = actions.add_parser("list", help="the personas in the library")
    a.add_argument("--format", choices=["text", "json"], default="text")
    a = actions.add_parser("export", help="write library personas to one file (default: all of them)")
    a.add_argument("-o", "--output", required=True, metavar="OUT")
    a.add_argument("personas", nargs="*", metavar="NAME|ID")
    a.add_argument("--force", action="store_true", help="replace OUT if it exists")
    a = actions.add_parser("import", help="add personas from an export, a persona file or a map's personas")
    a.add_argument("files", nargs="+", metavar="FILE")
    a.add_argument("--replace", action="store_true", help="replace a library persona with the same id")
    p.set_defaults(run=run_personas)
