"""The semantic diff written out: plain text for a terminal or ``git diff``, JSON for tools, HTML to share.

The HTML page is self-contained (no script, no link out), escapes every text of
the maps, and marks each change with a word as well as a colour.
"""

from __future__ import annotations

import html
import json
from collections import Counter

from .diff import Difference

_ACTION_WORDS = {"added": "added", "removed": "removed", "changed": "changed", "moved": "moved"}


def summary(differences: list[Difference]) -> str:
    """"12 changes: 3 added, 2 removed, 5 changed, 2 moved" (or "no changes")."""
    if not differences:
        return "no changes"
    counts = Counter(d.action for d in differences)
    parts = [f"{counts[a]} {w}" for a, w in _ACTION_WORDS.items() if counts[a]]
    n = len(differences)
    return f"{n} change{'s' if n != 1 else ''}: " + ", ".join(parts)


def as_text(differences: list[Difference], old_name: str, new_name: str) -> str:
    lines = [f"{old_name} → {new_name}: {summary(differences)}"]
    lines += [f"  {d.text}" for d in differences]
    return "\n".join(lines) + "\n"


def as_json(differences: list[Difference], old_name: str, new_name: str) -> str:
    doc = {"old": old_name, "new": new_name, "summary": summary(differences),
           "changes": [d.as_dict() for d in differences]}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; color: #1a1a1a; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.3rem; } p.summary { color: #4a5360; }
ol { list-style: none; padding: 0; } li { padding: .35rem .5rem; border-bottom: 1px solid #e3e6ea; }
.tag { display: inline-block; min-width: 5.2rem; font-size: .8rem; font-weight: 600; text-transform: uppercase;
       letter-spacing: .03em; border-radius: 3px; padding: .05rem .35rem; margin-right: .6rem; text-align: center; }
.added .tag { background: #d7f0dd; color: #14532d; } .removed .tag { background: #fadbd8; color: #7f1d1d; }
.changed .tag { background: #fdf0c8; color: #713f12; } .moved .tag { background: #dbe9f6; color: #1e3a5f; }
.place { color: #6b7480; font: .8rem ui-monospace, monospace; margin-left: .5rem; }
"""


def as_html(differences: list[Difference], old_name: str, new_name: str) -> str:
    e = html.escape
    items = "\n".join(
        f'<li class="{e(d.action)}"><span class="tag">{e(_ACTION_WORDS.get(d.action, d.action))}</span>'
        f'{e(d.text)}<span class="place">{e(d.place)}</span></li>' for d in differences)
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<title>What changed: {e(old_name)} → {e(new_name)}</title><style>{_STYLE}</style></head>\n'
            f'<body><h1>What changed from {e(old_name)} to {e(new_name)}</h1>\n'
            f'<p class="summary">{e(summary(differences))}</p>\n<ol>\n{items}\n</ol></body></html>\n')


FORMATS = {"text": as_text, "json": as_json, "html": as_html}
