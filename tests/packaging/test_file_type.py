"""The .journey file type: the MIME definition, the desktop entry and the metainfo agree."""

import configparser
import xml.etree.ElementTree as ET

from journeymap.io import dump_map
from journeymap.templates import new_from_template

from ._paths import APP_ID, DESKTOP, METAINFO, MIME_XML

NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
MIME_TYPE = "application/x-journeymap"


def _mime_type() -> ET.Element:
    root = ET.parse(MIME_XML).getroot()
    (mime,) = root.findall("m:mime-type", NS)
    return mime


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_mime_type_is_journey_files_and_a_kind_of_json():
    mime = _mime_type()
    assert mime.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime.findall("m:glob", NS)] == ["*.journey"]
    assert [s.get("type") for s in mime.findall("m:sub-class-of", NS)] == ["application/json"]
    assert mime.find("m:comment", NS).text.strip()


def test_the_magic_matches_what_the_writer_saves():
    """A map saved without its extension is still recognised by its first bytes."""
    match = _mime_type().find("m:magic/m:match", NS)
    start, end = (int(n) for n in match.get("offset").split(":"))
    saved = dump_map(new_from_template("blank")).decode("utf-8")
    assert match.get("value") in saved[start : end + len(match.get("value"))]


def test_the_desktop_entry_opens_journey_files_with_the_journeymap_command():
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "journeymap %F"
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Icon"] == APP_ID
    assert "Office" in entry["Categories"].split(";")


def test_the_metainfo_names_the_desktop_entry_and_the_file_type():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/mediatype") == MIME_TYPE
    assert root.findtext("provides/binary") == "journeymap"


def test_the_metainfo_names_this_version_and_screenshots_that_exist():
    from journeymap import __version__

    root = ET.parse(METAINFO).getroot()
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__
    images = [image.text for image in root.iter("image")]
    assert images
    for url in images:
        relative = url.split("/main/", 1)[1]
        assert (METAINFO.parents[2] / relative).is_file(), url
