"""Hostile content: pictures checked from their headers, links limited to web and e-mail, text capped."""

from __future__ import annotations

import base64
import struct
import zlib

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage

from journeymap.cli import main
from journeymap.io import MapFileError, dump_map, parse_map, save_map
from journeymap.model import Photo
from journeymap.model.limits import MAX_NAME, MAX_TEXT
from journeymap.safety import check_photo, picture_size, safe_link

from .maps import small_map


def real_picture(fmt: str, width: int = 40, height: int = 30) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt)
    return bytes(buffer.data())


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims any size (the pixel data is a single empty row)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = lambda kind, body: (struct.pack(">I", len(body)) + kind + body  # noqa: E731
                                + struct.pack(">I", zlib.crc32(kind + body)))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0")) + chunk(b"IEND", b"")


def jpeg_claiming(width: int, height: int) -> bytes:
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + sof + b"\xff\xd9"


def photo(data: bytes, media_type: str = "image/png", width: int = 40, height: int = 30) -> Photo:
    return Photo(media_type=media_type, data=base64.b64encode(data).decode(), width=width, height=height)


def test_real_png_and_jpeg_pictures_pass(qapp):
    assert check_photo(photo(real_picture("PNG"))) == []
    assert check_photo(photo(real_picture("JPG"), "image/jpeg")) == []
    assert picture_size(real_picture("JPG", 123, 45)) == ("image/jpeg", 123, 45)


def test_a_tiny_file_claiming_a_gigantic_picture_is_refused():
    for data, kind in ((png_claiming(100_000, 100_000), "image/png"), (jpeg_claiming(60_000, 60_000), "image/jpeg")):
        assert len(data) < 200
        [problem] = check_photo(photo(data, kind, 20_000, 20_000))
        assert "over the limit" in problem.message and problem.place == "photo.data"


def test_a_picture_is_typed_by_its_bytes_not_by_what_the_file_says(qapp):
    [problem] = check_photo(photo(real_picture("JPG"), "image/png"))
    assert problem.place == "photo.media_type" and "image/jpeg" in problem.message
    [problem] = check_photo(photo(b"<svg onload='alert(1)'></svg>"))
    assert "not a PNG or JPEG" in problem.message
    [problem] = check_photo(Photo(media_type="image/png", data="%%% not base64", width=1, height=1))
    assert "base64" in problem.message


def test_a_picture_whose_size_disagrees_with_the_map_is_reported():
    [problem] = check_photo(photo(png_claiming(400, 300), width=40, height=30))
    assert "400 x 300" in problem.message


def test_validate_names_the_bad_photo_of_a_persona(tmp_path, capsys):
    journey = small_map()
    journey.personas[1].photo = photo(png_claiming(100_000, 100_000), width=20_000, height=20_000)
    path = tmp_path / "hostile.journey"
    save_map(journey, path)
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}: personas[1].photo.data: the picture claims 100000 x 100000 pixels" in out


@pytest.mark.parametrize("url", [
    "https://example.com/research/interview-3", "http://intranet.local:8080/x?y=1#z",
    "mailto:cx-team@example.com", "HTTPS://EXAMPLE.COM",
])
def test_web_and_mail_links_may_open(url):
    assert safe_link(url)


@pytest.mark.parametrize("url", [
    "file:///etc/passwd", "javascript:alert(1)", "data:text/html,<script>x</script>",
    "smb://server/share", "ms-msdt:/id PCWDiagnostic", "vscode://open?file=/x", "/usr/bin/xterm",
    "https://", "http://exa mple.com", "https://example.com/\nfile:///x", "mailto:", "",
    "https://" + "a" * 3000 + ".com", "\\\\server\\share", "https:\\\\evil.com",
])
def test_every_other_link_is_refused(url):
    assert not safe_link(url)


def test_text_fields_have_length_limits_in_the_file_format():
    journey = small_map()
    journey.lanes[0].cards[0].text = "x" * (MAX_TEXT + 1)
    journey.stages[0].name = "y" * (MAX_NAME + 1)
    with pytest.raises(MapFileError) as caught:
        parse_map(dump_map(journey), "long.journey")
    places = [p.place for p in caught.value.problems]
    assert "lanes[0].cards[0].text" in places and "stages[0].name" in places
    journey.lanes[0].cards[0].text = "x" * MAX_TEXT
    journey.stages[0].name = "y" * MAX_NAME
    assert parse_map(dump_map(journey)).lanes[0].cards[0].text == "x" * MAX_TEXT


def test_opening_a_map_starts_no_program_and_opens_no_connection(tmp_path, monkeypatch):
    import socket
    import subprocess

    def forbidden(*_a, **_k):
        raise AssertionError("opening a map must not do this")

    path = tmp_path / "links.journey"
    journey = small_map()
    journey.lanes[0].cards[0].text = "see https://example.com and file:///etc/passwd"
    save_map(journey, path)
    monkeypatch.setattr(socket, "socket", forbidden)
    monkeypatch.setattr(socket, "create_connection", forbidden)
    monkeypatch.setattr(subprocess, "Popen", forbidden)
    assert main(["validate", str(path)]) == 0
