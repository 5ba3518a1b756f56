"""The ``journeymap`` command: open the editor, or a verb for scripts and CI.

Exit codes everywhere: 0 success, 1 a problem with a document or input,
2 a usage error, 70 a fault of Journeymap's own. Bad input never prints a
traceback; a fault says one line and leaves the details in a crash report.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from .. import __version__
from ..paper import PAGE_SIZES

OK, BAD_INPUT, USAGE = 0, 1, 2
INTERNAL = 70  #: EX_SOFTWARE: Journeymap's own fault, never the input's


def _err(message: str) -> None:
    print(f"journeymap: {message}", file=sys.stderr)


def cmd_templates(args: argparse.Namespace) -> int:
    from ..io import MapFileError
    from ..templates import list_templates

    try:
        templates = list_templates()
    except MapFileError as e:
        _err(f"a bundled template is broken: {e}")
        return BAD_INPUT
    width = max((len(t.name) for t in templates), default=0)
    for t in templates:
        print(f"{t.name:<{width}}  {t.title}")
    return OK


def cmd_new(args: argparse.Namespace) -> int:
    from ..io import MapFileError, SaveError, save_map
    from ..io.filenames import shown
    from ..io.output_guard import is_read_only, refusal
    from ..templates import new_from_template

    out = Path(args.out)
    refused = refusal(out, "map", force=args.force)
    if refused:
        _err(refused)
        return BAD_INPUT
    was_read_only = is_read_only(out)
    try:
        journey = new_from_template(args.template)
    except KeyError as e:
        _err(str(e.args[0]))
        return USAGE
    except MapFileError as e:
        _err(f"the template is broken: {e.summary}")
        return BAD_INPUT
    try:
        save_map(journey, out, backup=True, replace_read_only=args.force)
    except SaveError as e:
        _err(str(e))
        return BAD_INPUT
    if was_read_only:
        _err(f"note: {shown(out)} was read-only; it was replaced (the old map is among its backups) "
             "and is still read-only")
    print(f"wrote {shown(out)} from the {args.template!r} template")
    return OK


def cmd_validate(args: argparse.Namespace) -> int:
    from ..io import MapFileError, load_map
    from ..io.filenames import shown

    status = OK
    for name in args.files:
        try:
            journey = load_map(name)
        except MapFileError as e:
            for line in e.lines():
                print(line)
            status = BAD_INPUT
        else:
            from ..safety.photo_decode import damaged_photo_problems

            damaged = damaged_photo_problems(journey)  # decoded in full: a good header is not enough
            for line in MapFileError(name, damaged).lines():
                print(line)
            if damaged:
                status = BAD_INPUT
            elif args.verbose:
                print(f"{shown(name)}: valid")
    return status


def cmd_schema(args: argparse.Namespace) -> int:
    from ..io import SaveError, schema_text
    from ..io.writer import write_atomically

    text = schema_text()
    if args.output:
        from ..io.output_guard import keep_replaced_map, refusal

        refused = refusal(args.output, "schema", force=args.force)
        if refused:
            _err(refused)
            return BAD_INPUT
        keep_replaced_map(args.output)
        try:
            write_atomically(Path(args.output), text.encode("utf-8"), backup=False, replace_read_only=True)
        except SaveError as e:
            _err(str(e))
            return BAD_INPUT
    else:
        sys.stdout.write(text)
    return OK


def cmd_export(args: argparse.Namespace) -> int:
    from .export import run_export

    return run_export(args)


def cmd_empathy(args: argparse.Namespace) -> int:
    from .empathy import run_empathy

    return run_empathy(args)


def cmd_analysis(args: argparse.Namespace) -> int:
    from . import analysis as verbs

    return getattr(verbs, f"run_{args.verb.replace('-', '_')}")(args)


def _has_display() -> bool:
    """Whether a window can be shown; without one Qt would abort with a plugin error."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_edit(files: Sequence[str], template: str | None = None) -> int:
    if not _has_display():
        _err("no display found: the editor needs a graphical session "
             f"(the verbs {', '.join(VERBS[:-1])} and {VERBS[-1]} work without one)")
        return BAD_INPUT
    if template is not None:
        from ..templates import template_path

        try:
            template_path(template)
        except KeyError as e:
            _err(str(e.args[0]))
            return USAGE
    from ..platform_check import prepare_display

    cannot = prepare_display()  # before Qt: a missing system library would abort it with a core dump
    if cannot:
        _err(cannot)
        return BAD_INPUT
    leave_own_console()
    try:
        from ..ui.app import run_editor
    except ImportError as e:
        _err(f"the editor cannot start: {e}")
        return BAD_INPUT
    return run_editor(list(files), template=template)


def cmd_open(args: argparse.Namespace) -> int:
    """``journeymap open ws://…``: the editor joined to the room; headless with --check or --save."""
    from ..collab.link import LinkError, RoomLink
    from . import collab as collab_verbs

    if args.save is not None or args.check or not _has_display():
        return collab_verbs.run_open(args)
    try:
        RoomLink.parse(args.link)
    except LinkError as e:
        _err(str(e))
        return USAGE
    from ..platform_check import prepare_display

    cannot = prepare_display()
    if cannot:
        _err(cannot)
        return BAD_INPUT
    try:
        from ..ui.live.startup import run_joined_editor
    except ImportError as e:
        _err(f"the editor cannot start: {e}")
        return BAD_INPUT
    return run_joined_editor(args.link)


def leave_own_console(kernel32=None) -> bool:
    """On Windows, close the console window that starting ``journeymap`` from a shortcut opened.

    ``journeymap`` is a console program (so the verbs can print); started from
    Explorer it gets a console of its own that would sit behind the editor.
    A console shared with a shell (more than one process attached) is left
    alone, so messages still reach the terminal. Returns whether it detached.
    """
    if kernel32 is None and sys.platform != "win32":
        return False  # before ctypes is loaded: elsewhere the editor starts without it
    import ctypes

    if kernel32 is None:
        kernel32 = ctypes.windll.kernel32
    attached = (ctypes.c_uint32 * 2)()  # room for two: all we need to know is "only us" or not
    if kernel32.GetConsoleProcessList(attached, 2) == 1:
        kernel32.FreeConsole()
        # the freed console's handles are gone: a later print or warning must not fail on them
        sys.stdout = sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process
        return True
    return False


def _page_args(p: argparse.ArgumentParser, sizes: list[str], default: str | None = "A4", custom: bool = False) -> None:
    p.add_argument("--page-size", default=default, type=_page_size(sizes, custom),
                   metavar="|".join(sizes) + ("|WxH(mm|cm|in)" if custom else ""))
    orient = p.add_mutually_exclusive_group()
    orient.add_argument("--portrait", dest="orientation", action="store_const", const="portrait",
                        help="portrait pages (default: the poster takes the orientation that prints larger, the tiles the one needing fewer sheets; empathy sheets are landscape)")
    orient.add_argument("--landscape", dest="orientation", action="store_const", const="landscape")


def _page_size(sizes: list[str], custom: bool = False) -> Callable[[str], str]:
    """A sheet's name, or (``custom``) any ``WxH`` with a unit: a roll printer's banner."""
    def parse(text: str) -> str:
        for s in sizes:
            if s.lower() == text.lower():
                return s
        if custom:
            from ..paper import custom_size

            try:
                if custom_size(text) is not None:
                    return text.strip().lower()
            except ValueError as e:
                raise argparse.ArgumentTypeError(str(e)) from None
        choices = ", ".join(sizes) + (", or WxH with a unit (914x2000mm, 36x80in)" if custom else "")
        raise argparse.ArgumentTypeError(f"unknown page size {text!r} (choose from {choices})")
    return parse


def _force_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--force", action="store_true",
                   help="replace OUT even if it is a map, the input, read-only or a file of another kind "
                        "(a replaced map is kept among its backups)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="journeymap",
        description="Customer journey maps on your own machine. "
        "Run with no verb (or with FILE) to open the editor.",
    )
    parser.add_argument("--version", action="version", version=f"journeymap {__version__}")
    parser.add_argument("--template", metavar="NAME", dest="open_template",
                        help="open the editor on a new, untitled map from a bundled template")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB")

    p = verbs.add_parser("templates", help="list the bundled templates")
    p.set_defaults(run=cmd_templates)

    p = verbs.add_parser("new", help="write a new map from a template")
    p.add_argument("out", metavar="OUT")
    p.add_argument("--template", default="blank", metavar="NAME")
    p.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    p.set_defaults(run=cmd_new)

    p = verbs.add_parser("validate", help="check map files; one line per problem")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("-v", "--verbose", action="store_true", help="also name the valid files")
    p.set_defaults(run=cmd_validate)

    p = verbs.add_parser("schema", help="print or write the file format's JSON Schema")
    p.add_argument("-o", "--output", metavar="FILE")
    _force_arg(p)
    p.set_defaults(run=cmd_schema)

    p = verbs.add_parser("export", help="export a map to PDF, PNG, SVG, CSV or HTML")
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    # no defaults here: run_export tells a flag the user gave from one they did not, and refuses
    # flags that cannot apply (e.g. --dpi for a PDF) instead of silently ignoring them
    p.add_argument("--layout", choices=["poster", "tiled", "digest"], default=None)
    _page_args(p, PAGE_SIZES, default=None, custom=True)
    p.add_argument("--fit", choices=["bands", "page", "width"], default=None,
                   help="the poster: wrap into bands to print largest (default), the map in one piece on the "
                        "page, or across the page's width with the page as long as the map (roll printers)")
    p.add_argument("--include-hidden", action="store_true",
                   help="also print the lanes hidden on the map (the CSV always has them)")
    p.add_argument("--comments", action="store_true",
                   help="add the map's comment threads, open and resolved, by object: an appendix of the "
                        "digest (--layout digest), a section of the web page (.html)")
    p.add_argument("--dpi", type=int, default=None, metavar="N")
    _force_arg(p)
    p.set_defaults(run=cmd_export)

    p = verbs.add_parser("empathy", help="export personas' empathy maps (filled or blank)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    p.add_argument("--persona", default=None, metavar="NAME|ID|all")
    p.add_argument("--style", choices=["quadrants", "canvas"], default=None)
    p.add_argument("--blank", action="store_true", help="the empty workshop template")
    _page_args(p, PAGE_SIZES)
    _force_arg(p)
    p.set_defaults(run=cmd_empathy)
    _analysis_verbs(verbs)

    from . import collab as collab_verbs

    p = verbs.add_parser("serve", help="run a co-editing server for a team (rooms kept in SQLite)")
    collab_verbs.add_serve_arguments(p)
    p.set_defaults(run=collab_verbs.run_serve)

    p = verbs.add_parser("open", help="join a shared map by its ws:// link in the editor (or --check it, --save a copy)")
    collab_verbs.add_open_arguments(p)
    p.set_defaults(run=cmd_open)

    from .personas import add_parser as persona_verbs

    persona_verbs(verbs)
    return parser


def _analysis_verbs(verbs: argparse._SubParsersAction) -> None:
    """Research import, the health check, and what changed between versions (journeymap.analysis)."""
    p = verbs.add_parser("import", help="import survey or analytics data (CSV, XLSX) into a map")
    p.add_argument("file", metavar="FILE.journey")
    p.add_argument("data", metavar="DATA.csv|DATA.xlsx")
    p.add_argument("--mapping", metavar="M.toml", help="which column and value means what (TOML)")
    p.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    p.add_argument("--name", help="the import's name in the map's history (default: the data file's name)")
    p.add_argument("--skip-unmatched", action="store_true",
                   help="import the rows that match the map and list the others, instead of refusing")
    p.set_defaults(run=cmd_analysis)

    p = verbs.add_parser("lint", help="check maps against a CX lead's rules; exit 1 on errors")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--strict", action="store_true", help="warnings fail too")
    p.add_argument("--disable", action="append", metavar="RULE", help="switch a rule off (repeatable)")
    p.add_argument("-v", "--verbose", action="store_true", help="also name the maps with no findings")
    p.set_defaults(run=cmd_analysis)

    p = verbs.add_parser("diff", help="what changed between two versions of a map, in words")
    p.add_argument("files", nargs="+", metavar="OLD NEW")
    p.add_argument("--format", choices=["text", "json", "html"], default=None)
    p.add_argument("--outline", action="store_true", help=argparse.SUPPRESS)  # git's textconv
    p.add_argument("--git-external", action="store_true", help=argparse.SUPPRESS)  # git's diff driver
    p.set_defaults(run=cmd_analysis)

    p = verbs.add_parser("merge", help="three-way merge of map versions by ids (git's merge driver)")
    p.add_argument("base", metavar="BASE")
    p.add_argument("ours", metavar="OURS")
    p.add_argument("theirs", metavar="THEIRS")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of over OURS")
    _force_arg(p)
    p.set_defaults(run=cmd_analysis)

    p = verbs.add_parser("git-setup", help="make git diff and merge .journey files by their meaning")
    p.add_argument("repository", nargs="?", default=".", metavar="REPO")
    p.add_argument("--command", help="how git should start journeymap (default: found for you)")
    p.set_defaults(run=cmd_analysis)


VERBS = ("templates", "new", "validate", "schema", "export", "empathy", "import", "lint", "diff", "merge",
         "git-setup", "serve", "open", "personas")
MAP_SUFFIXES = (".journey", ".json")


def _print_anything() -> None:
    """Let every message print, even one naming a file whose name is not valid in the terminal's encoding.

    A name with bytes that are not UTF-8 reaches Python as lone surrogates;
    printing it strictly would end in a UnicodeEncodeError traceback.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError, TypeError):
                pass


def _mistyped_verb(word: str) -> str | None:
    """Why ``word`` is taken for a misspelt verb rather than a file to open, or None if it may be a file.

    A name that exists, or a new name ending in .journey or .json, is a file;
    anything else would open an empty editor on a name nobody meant.
    """
    if os.path.lexists(word) or word.lower().endswith(MAP_SUFFIXES):
        return None
    import difflib

    close = difflib.get_close_matches(word, VERBS, n=1)
    if close:
        return f"unknown verb {word!r} (did you mean {close[0]!r}?)"
    return (f"unknown verb {word!r} (verbs: {', '.join(VERBS)}; "
            f"to open a map, give a file that exists or a name ending in .journey or .json)")


def _template_alone(argv: list[str]) -> str | None:
    """NAME when the arguments are exactly ``--template NAME`` (or ``--template=NAME``): the editor opens on
    it as the full parser would say, without building the parser of every verb first (start-up time)."""
    if len(argv) == 2 and argv[0] == "--template" and argv[1] and not argv[1].startswith("-"):
        return argv[1]
    if len(argv) == 1 and argv[0].startswith("--template=") and len(argv[0]) > len("--template="):
        return argv[0].split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    _print_anything()
    argv = list(sys.argv[1:] if argv is None else argv)
    template = _template_alone(argv)
    if template is not None:
        return cmd_edit([], template=template)
    parser = build_parser()
    end_of_options = argv.index("--") if "--" in argv else len(argv)
    first_at = next((k for k, a in enumerate(argv) if not a.startswith("-")), None)
    first = argv[first_at] if first_at is not None else None
    options = [a for a in argv[:end_of_options] if a.startswith("-")]
    if first not in VERBS and not options:  # the editor takes files only; any option is parsed (and checked)
        if first is not None and first_at is not None and first_at < end_of_options:
            mistake = _mistyped_verb(first)
            if mistake is not None:
                _err(mistake)
                return USAGE
        return cmd_edit([a for a in argv if a != "--"])
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    if args.verb is None:
        return cmd_edit([], template=args.open_template)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return OK
    except Exception as e:  # a fault of ours: one line for the user, the details for a bug report
        from ..crash_report import fault_summary, write_crash_report

        report = write_crash_report(e, e.__traceback__, [f"arguments: {argv!r}"])
        _err(f"internal error ({fault_summary(e)}); nothing was changed by it. Please report it with "
             + (f"the report {report}" if report else "the command you ran"))
        return INTERNAL


if __name__ == "__main__":
    sys.exit(main())
