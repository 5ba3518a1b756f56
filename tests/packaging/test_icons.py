"""Every icon the app, the cards and the desktop ask for exists and draws something."""

import importlib.util
import sys

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from journeymap.model.kinds import CHANNELS

from ._paths import APP_ID, ICONS, LINUX, PACKAGING

TOOLBAR = (
    "new open save save-as export undo redo cut copy paste delete find filter zoom-in zoom-out zoom-fit "
    "zoom-100 add-card add-stage add-step add-lane add-persona persona present empathy-map settings about"
).split()
ALL_SVGS = sorted(ICONS.rglob("*.svg")) + sorted((LINUX / "icons").rglob("*.svg"))


def _inked_pixels(svg, size: int) -> int:
    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid(), f"{svg} does not parse as SVG"
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return sum(1 for y in range(size) for x in range(size) if image.pixelColor(x, y).alpha() > 64)


@pytest.fixture(scope="module")
def qt_app():
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])


@pytest.mark.parametrize("svg", ALL_SVGS, ids=lambda p: str(p.relative_to(p.parents[1])))
def test_every_icon_renders_something(qt_app, svg):
    inked = _inked_pixels(svg, 32)
    assert 20 < inked < 32 * 32 * 0.9, f"{svg.name}: {inked} of 1024 pixels inked"


@pytest.mark.parametrize("channel", [*CHANNELS, "custom"])
def test_every_channel_has_an_icon_legible_at_card_size(qt_app, channel):
    svg = ICONS / "channels" / f"{channel}.svg"
    assert svg.is_file(), f"no icon for channel {channel!r}"
    assert _inked_pixels(svg, 14) >= 12


def test_every_toolbar_icon_has_a_dark_twin():
    missing = [n for n in TOOLBAR for f in (f"{n}.svg", f"{n}-dark.svg") if not (ICONS / f).is_file()]
    assert missing == []


def test_the_committed_icons_are_what_the_generator_draws(tmp_path):
    spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "make_icons.py")
    make_icons = importlib.util.module_from_spec(spec)
    sys.modules["make_icons"] = make_icons
    spec.loader.exec_module(make_icons)
    make_icons.main(tmp_path)
    fresh = {p.relative_to(tmp_path): p.read_text() for p in tmp_path.rglob("*.svg")}
    committed = {p.relative_to(ICONS): p.read_text() for p in ICONS.rglob("*.svg")}
    assert fresh == committed


@pytest.mark.parametrize("size", [16, 22, 24, 32, 48, 64, 128, 256, 512])
def test_the_desktop_has_app_and_document_pngs_at_every_size(qt_app, size):
    for context, name in (("apps", APP_ID), ("mimetypes", "application-x-journeymap")):
        image = QImage(str(LINUX / "icons" / "hicolor" / f"{size}x{size}" / context / f"{name}.png"))
        assert (image.width(), image.height()) == (size, size), f"{context}/{name} at {size}"
