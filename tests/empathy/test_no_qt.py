"""The empathy core and its PDF/SVG export run where Qt is not installed (servers, CI)."""

import subprocess
import sys

BLOCK_QT = """
import sys
class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6'):
            raise ImportError('Qt is not allowed here')
sys.meta_path.insert(0, NoQt())
import journeymap.empathy, journeymap.empathy.pages, journeymap.export.empathy_pdf
import journeymap.export.empathy_files
from journeymap.cli import main
raise SystemExit(main(['empathy', sys.argv[1], '-o', sys.argv[2], '--blank']))
"""


def test_empathy_pdf_export_needs_no_qt(tmp_path):
    from journeymap.io import save_map

    from .sample import two_persona_journey

    path = tmp_path / "m.journey"
    save_map(two_persona_journey(), path, backup=False)
    out = tmp_path / "blank.pdf"
    done = subprocess.run([sys.executable, "-c", BLOCK_QT, str(path), str(out)], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
