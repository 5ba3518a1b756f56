"""Update the translation catalogs: extract the marked strings, merge them into each .po, compile the .mo files.

``make translations`` runs it. The .po files (resources/locale/<lang>/LC_MESSAGES/journeymap.po) are the
sources translators edit; the compiled .mo files beside them are what the app reads and what the wheel ships.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "resources" / "locale"
POT = LOCALE / "journeymap.pot"
SOURCES = ["journeymap/model", "journeymap/layout", "journeymap/export", "journeymap/empathy", "journeymap/analysis",
           "journeymap/commands", "journeymap/ui", "journeymap/templates.py", "journeymap/io"]
KEYWORDS = ["-k", "_", "-k", "N_", "-k", "ngettext:1,2", "-k", "tr", "-k", "ntr:1,2"]  # tr, ntr: the editor's own words
LANGUAGES = ("de", "fr", "es", "ar")


def main() -> int:
    babel = [sys.executable, "-m", "babel.messages.frontend"]
    subprocess.run([*babel, "-q", "extract", *KEYWORDS, "--no-location", "--sort-output", "--project",
                    "Journeymap", "-o", str(POT), *SOURCES], cwd=ROOT, check=True)
    for lang in LANGUAGES:
        po = LOCALE / lang / "LC_MESSAGES" / "journeymap.po"
        command = "update" if po.exists() else "init"
        subprocess.run([*babel, "-q", command, "-i", str(POT), "-d", str(LOCALE), "-D", "journeymap", "-l", lang,
                        *(["--no-fuzzy-matching", "--ignore-obsolete"] if command == "update" else [])],
                       cwd=ROOT, check=True)
    subprocess.run([*babel, "-q", "compile", "-d", str(LOCALE), "-D", "journeymap", "--statistics"], cwd=ROOT,
                   check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
