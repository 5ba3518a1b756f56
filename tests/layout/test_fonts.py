"""Finding a CJK font on the user's system: the usual folders searched, only embeddable TrueType used."""

import shutil
import struct

import pytest

from journeymap.layout import fonts, shaping
from journeymap.resources import resource_path

DEJAVU = resource_path("fonts", "DejaVuSans.ttf")
CYRILLIC = "\u0416\u044f"  # DejaVu has these: it stands in for a CJK font in these tests


def _retagged(data: bytes, old: bytes, new: bytes, magic: bytes) -> bytes:
    """``data`` with one table tag renamed and the sfnt version replaced (a CFF-flavoured fake)."""
    out = bytearray(data)
    out[:4] = magic
    for i in range(struct.unpack(">H", data[4:6])[0]):
        at = 12 + 16 * i
        if out[at:at + 4] == old:
            out[at:at + 4] = new
    return bytes(out)


def _collection(data: bytes) -> bytes:
    """``data`` wrapped as a one-face TrueType collection (.ttc): table offsets move by the header."""
    shift = 16
    out = bytearray(data)
    for i in range(struct.unpack(">H", data[4:6])[0]):
        at = 12 + 16 * i + 8
        out[at:at + 4] = struct.pack(">I", struct.unpack(">I", data[at:at + 4])[0] + shift)
    return b"ttcf" + struct.pack(">II", 0x00010000, 1) + struct.pack(">I", shift) + bytes(out)


@pytest.fixture
def font_dir(tmp_path):
    folder = tmp_path / "fonts"
    (folder / "opentype").mkdir(parents=True)
    (folder / "truetype" / "fake").mkdir(parents=True)
    data = DEJAVU.read_bytes()
    # sorted first, and covering the probe: but CFF outlines, which ReportLab cannot embed
    (folder / "opentype" / "AAA-CJK.otf").write_bytes(_retagged(data, b"glyf", b"CFF ", b"OTTO"))
    (folder / "notes.txt").write_text("not a font")
    shutil.copy(DEJAVU, folder / "truetype" / "fake" / "FakeCJK-Regular.ttf")
    return folder


def test_the_search_finds_a_truetype_font_in_a_nested_folder_and_skips_cff(font_dir, tmp_path):
    found = list(fonts.find_cjk_fonts([tmp_path / "missing", font_dir], probe=CYRILLIC))
    assert [p.name for p in found] == ["FakeCJK-Regular.ttf"]
    assert list(fonts.find_cjk_fonts([font_dir])) == []  # DejaVu has no ideographs: not a CJK font


def test_a_truetype_collection_counts_by_its_first_face(tmp_path):
    (tmp_path / "Fake.ttc").write_bytes(_collection(DEJAVU.read_bytes()))
    assert fonts.covers(tmp_path / "Fake.ttc", CYRILLIC)
    assert not fonts.covers(tmp_path / "Fake.ttc", "\u4e2d")


def test_usual_font_folders_of_each_system(monkeypatch, tmp_path):
    monkeypatch.setattr(fonts.Path, "home", lambda: tmp_path)
    monkeypatch.setattr(fonts.sys, "platform", "linux")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    linux = fonts.font_folders()
    assert fonts.Path("/usr/share/fonts") in linux and fonts.Path("/usr/local/share/fonts") in linux
    assert tmp_path / ".fonts" in linux and tmp_path / ".local" / "share" / "fonts" in linux
    monkeypatch.setattr(fonts.sys, "platform", "darwin")
    mac = fonts.font_folders()
    assert fonts.Path("/System/Library/Fonts/Supplemental") in mac and tmp_path / "Library" / "Fonts" in mac
    monkeypatch.setattr(fonts.sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", "D:/Win")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "AppData"))
    win = fonts.font_folders()
    assert win == [fonts.Path("D:/Win") / "Fonts", tmp_path / "AppData" / "Microsoft" / "Windows" / "Fonts"]


@pytest.fixture
def fresh_cjk_cache():
    fonts.cjk_font.cache_clear()
    yield
    fonts.cjk_font.cache_clear()


def test_a_font_found_in_the_folders_is_registered_and_searched_once(font_dir, monkeypatch, fresh_cjk_cache):
    searches = []
    real = fonts.find_cjk_fonts

    def counting(folders, *a, **k):
        searches.append(folders)
        return real(folders, *a, **k)

    monkeypatch.setattr(fonts, "_CJK_CANDIDATES", ())
    monkeypatch.setattr(fonts, "CJK_PROBE", CYRILLIC)
    monkeypatch.setattr(fonts, "font_folders", lambda: [font_dir])
    monkeypatch.setattr(fonts, "find_cjk_fonts", counting)
    name = fonts.cjk_font()
    assert name is not None and name.startswith(fonts.CJK)
    assert fonts.cjk_font() == name
    assert len(searches) == 1  # cached for the process


def test_text_without_cjk_never_searches_for_a_font(monkeypatch, fresh_cjk_cache):
    def no_search():
        raise AssertionError("searched the font folders for text without CJK")

    monkeypatch.setattr(fonts, "font_folders", no_search)
    runs = shaping.shape("Crème brûlée, Ελληνικά, Кириллица")
    assert "".join(run.text for run in runs) == "Crème brûlée, Ελληνικά, Кириллица"


def test_without_any_cjk_font_cjk_text_is_drawn_as_a_stand_in_and_reported(tmp_path, monkeypatch,
                                                                           fresh_cjk_cache):
    monkeypatch.setattr(fonts, "_CJK_CANDIDATES", ())
    monkeypatch.setattr(fonts, "font_folders", lambda: [tmp_path])
    report = shaping.FontReport()
    runs = shaping.shape("\u4e2d\u6587", report=report)
    assert "".join(run.text for run in runs) == shaping.EMOJI_STAND_IN * 2
    assert any("CJK" in w for w in report.warnings)


def test_a_font_found_later_is_the_one_drawn_even_after_another_was_registered(tmp_path, monkeypatch,
                                                                               fresh_cjk_cache):
    """ReportLab ignores a second font registered under a taken name: each file gets a name of its own.

    One fixed name let a font found by an earlier search (a test's fake, or a font since uninstalled)
    draw every later CJK text: the text came out as empty boxes on a machine that has a real CJK font.
    """
    from reportlab.pdfbase import pdfmetrics

    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    shutil.copy(DEJAVU, first / "Old.ttf")
    shutil.copy(resource_path("fonts", "DejaVuSans-Bold.ttf"), second / "New.ttf")
    monkeypatch.setattr(fonts, "_CJK_CANDIDATES", ())
    monkeypatch.setattr(fonts, "CJK_PROBE", CYRILLIC)
    monkeypatch.setattr(fonts, "font_folders", lambda: [first])
    old = fonts.cjk_font()
    fonts.cjk_font.cache_clear()
    monkeypatch.setattr(fonts, "font_folders", lambda: [second])
    new = fonts.cjk_font()
    assert new != old
    assert pdfmetrics.getFont(new).face.name == b"DejaVuSans-Bold"  # the second file's face, not the first's


def test_characters_no_font_here_has_never_send_reportlab_through_its_afm_files(tmp_path, monkeypatch,
                                                                               fresh_cjk_cache):
    """Asking ReportLab for a font it lacks reads every AFM file it knows (50 ms): once per character, a map
    of Hebrew, Arabic and Chinese cards on a machine without a CJK font took 51 s to export as a PDF."""
    from reportlab.pdfbase import pdfmetrics

    monkeypatch.setattr(fonts, "_CJK_CANDIDATES", ())
    monkeypatch.setattr(fonts, "font_folders", lambda: [tmp_path])
    monkeypatch.setattr(fonts, "_blocks_without_font", set())
    fonts._find_system_font.cache_clear()
    searched = []
    search = pdfmetrics.findFontAndRegister
    monkeypatch.setattr(pdfmetrics, "findFontAndRegister", lambda name: searched.append(name) or search(name))
    for k in range(40):
        line = f"\u05e9\u05dc\u05d5\u05dd {chr(0x4e00 + 2 * k)}{chr(0x4e01 + 2 * k)} \u0645\u0631\u062d\u0628\u0627"
        runs = shaping.shape(line, report=shaping.FontReport())
        assert shaping.EMOJI_STAND_IN * 2 in "".join(run.text for run in runs)
    fonts._find_system_font.cache_clear()
    assert searched == []
