"""CSV, SVG and PNG exports, and the ``journeymap export`` command's exits."""

import csv
import xml.etree.ElementTree as ET

from journeymap.cli import main
from journeymap.export.csv_export import export_csv
from journeymap.export.svg_export import export_svg
from journeymap.io import save_map

from ..layout.maps import sample_map


def test_csv_has_a_header_a_bom_and_one_row_per_card_and_step(tmp_path):
    journey = sample_map()
    journey.lanes[0].cards[0].text = "=HYPERLINK(\"x\") café"
    out = tmp_path / "m.csv"
    export_csv(journey, out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    cards = [r for r in rows if r["record"] == "card"]
    steps = [r for r in rows if r["record"] == "step"]
    scores = [r for r in rows if r["record"] == "score"]
    assert len(cards) == sum(len(lane.cards) for lane in journey.lanes)
    assert len(steps) == len(journey.steps())
    assert len(scores) == sum(len(s.scores) for s in journey.steps())
    product = next(r for r in cards if r["text"] == "Product page")
    assert (product["stage"], product["step"], product["lane_kind"], product["channel"], product["owner"],
            product["votes"], product["evidence_status"]) == (
        "Research", "Compare models", "touchpoints", "Website", "E-commerce", "3", "observed")
    checkout = next(r for r in steps if r["step"] == "Checkout")
    assert (checkout["nps"], checkout["nps_n"], checkout["moment_of_truth"]) == ("32.0", "120", "yes")
    assert cards[0]["text"].startswith("'=HYPERLINK")  # never run as a formula


def test_svg_parses_and_holds_every_card_text(tmp_path):
    journey = sample_map()
    out = tmp_path / "m.svg"
    export_svg(journey, out)
    root = ET.parse(out).getroot()
    texts = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    for lane in journey.lanes:
        if not lane.hidden:
            for card in lane.cards:
                for word in card.text.split():
                    assert word in texts


def test_png_has_the_size_the_dpi_asks_for(tmp_path):
    from PySide6.QtGui import QImage

    from journeymap.layout import layout_map

    journey = sample_map()
    path = tmp_path / "m.journey"
    save_map(journey, path, backup=False)
    out = tmp_path / "m.png"
    assert main(["export", str(path), "-o", str(out), "--dpi", "50"]) == 0
    image = QImage(str(out))
    layout = layout_map(journey)
    assert (image.width(), image.height()) == (round(layout.width / 72 * 50), round(layout.height / 72 * 50))
    assert len({image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 17)}) > 5


def test_the_command_writes_each_format(tmp_path, capsys):
    path = tmp_path / "m.journey"
    save_map(sample_map(), path, backup=False)
    for name, extra in (("p.pdf", []), ("t.pdf", ["--layout", "tiled", "--page-size", "a3"]),
                        ("d.pdf", ["--layout", "digest"]), ("m.csv", []), ("m.svg", [])):
        assert main(["export", str(path), "-o", str(tmp_path / name), *extra]) == 0
        assert (tmp_path / name).stat().st_size > 100
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary leftovers


def test_bad_arguments_exit_2_with_a_message(tmp_path, capsys):
    path = tmp_path / "m.journey"
    save_map(sample_map(), path, backup=False)
    assert main(["export", str(path), "-o", str(tmp_path / "m.docx")]) == 2
    assert "format" in capsys.readouterr().err
    assert main(["export", str(path), "-o", str(tmp_path / "m.png"), "--dpi", "0"]) == 2
    assert main(["export", str(path), "-o", str(tmp_path / "m.pdf"), "--page-size", "B5"]) == 2
    assert main(["export", str(path), "-o", str(tmp_path / "d.pdf"), "--layout", "digest",
                 "--page-size", "A0"]) == 2


def test_a_bad_document_exits_1_with_its_problems_and_no_traceback(tmp_path, capsys):
    path = tmp_path / "bad.journey"
    path.write_text('{"format": "journeymap", "schema_version": 1, "title": 5}')
    assert main(["export", str(path), "-o", str(tmp_path / "m.pdf")]) == 1
    out = capsys.readouterr()
    assert "bad.journey" in out.err and "Traceback" not in out.err
    assert out.out == ""  # problems are errors: stderr, like every other error
    assert main(["export", str(tmp_path / "missing.journey"), "-o", str(tmp_path / "m.pdf")]) == 1


def test_warnings_go_to_stderr(tmp_path, capsys):
    journey = sample_map()
    journey.lanes[0].cards[0].text = "Great \U0001f56b"  # a pictograph the bundled emoji font lacks (bullhorn)
    path = tmp_path / "m.journey"
    save_map(journey, path, backup=False)
    assert main(["export", str(path), "-o", str(tmp_path / "m.pdf")]) == 0
    assert "warning" in capsys.readouterr().err
