"""Export speed of a large map written in Arabic and Hebrew, beside the same map written in Latin script.

The right-to-left map is the large generated map (3,000 cards, 300 steps) with
every generated word drawn from Arabic and Hebrew words (and Arabic-Indic
numbers) and its language set to Arabic: every line goes through the Unicode
Bidirectional Algorithm and HarfBuzz, is written glyph by glyph with its own
text map, and the digest is set right to left. The Latin row is the same map
from the same seed with the usual words. Target: the right-to-left digest and
poster within 3x of the Latin ones (shaping is cached per run of text).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate_large  # noqa: E402

from journeymap.export.pdf_digest import export_digest  # noqa: E402
from journeymap.export.pdf_poster import export_poster  # noqa: E402
from journeymap.layout.shaping import FontReport  # noqa: E402

REPEATS = 3
RTL_WORDS = (
    "العميل يتحقق من حالة الطلب التوصيل الطرد وصل تالفًا موظف الدعم يعاود الاتصال استرداد قسيمة "
    "التطبيق تسجيل الدخول يفشل إعادة تعيين كلمة المرور البريد تأكيد ٤٧١١ ١٢ سريع سهل بطيء "
    "הלקוח בודק הזמנה משלוח חבילה הגיעה פגומה נציג שירות מתקשר בחזרה החזר שובר 👍"
).split()


def _rtl_map():
    words = generate_large._WORDS
    generate_large._WORDS = RTL_WORDS
    try:
        journey = generate_large.large_map()
    finally:
        generate_large._WORDS = words
    journey.language = "ar"
    return journey


def run() -> list[tuple[str, float, str]]:
    latin, rtl = generate_large.large_map(), _rtl_map()
    rows: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out.pdf"
        for name, export in (("digest A4", lambda j: export_digest(j, out, "A4", FontReport())),
                             ("poster A0", lambda j: export_poster(j, out, "A0", True, FontReport()))):
            export(rtl)  # warm the shaping and width caches, as a second export in the editor finds them
            export(latin)
            a, b = [], []
            for _ in range(REPEATS):  # alternated, so a busy machine slows both alike
                t0 = time.perf_counter()
                export(rtl)
                t1 = time.perf_counter()
                export(latin)
                a.append(t1 - t0)
                b.append(time.perf_counter() - t1)
            ours, base = statistics.median(a), statistics.median(b)
            rows.append((f"export {name}, Arabic/Hebrew map", ours, "s, 3,000 cards, set right to left"))
            rows.append((f"ratio {name} to the Latin map", ours / base, f"x {base:.2f} s (target < 3)"))
    return rows


if __name__ == "__main__":
    from run_all import print_table

    print_table([("rtl_export", row) for row in run()])
