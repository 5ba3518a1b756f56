"""The editor's settings file carries a version; old files are upgraded step by step, newer ones are never cut down."""

import json

from journeymap.io.settings_migrations import SETTINGS_VERSION, upgrade_settings
from journeymap.ui.settings import Settings


def _v1_to_v2(data):
    data["choices"]["export"] = {"page_size": data.pop("page")}
    return data


def _v2_to_v3(data):
    data["choices"]["export"]["orientation"] = "landscape"
    return data


def test_an_old_file_goes_through_every_step_in_order():
    old = {"version": 1, "page": "A3", "choices": {}, "recent_files": []}
    new = upgrade_settings(old, {1: _v1_to_v2, 2: _v2_to_v3}, current=3)
    assert new == {"version": 3, "choices": {"export": {"page_size": "A3", "orientation": "landscape"}},
                   "recent_files": []}
    assert old["page"] == "A3"  # the upgrade works on a copy


def test_a_failing_step_leaves_nothing_half_upgraded():
    def broken(data):
        data["choices"]["half"] = True
        raise KeyError("oops")

    old = {"version": 1, "page": "A3", "choices": {}}
    assert upgrade_settings(old, {1: _v1_to_v2, 2: broken}, current=3) is None
    assert old == {"version": 1, "page": "A3", "choices": {}}


def test_a_file_from_a_newer_journeymap_is_read_and_not_downgraded(tmp_path):
    path = tmp_path / "settings.json"
    newer = {"version": SETTINGS_VERSION + 1, "recent_files": [], "choices": {}, "panels": {"outline": "left"}}
    path.write_text(json.dumps(newer), encoding="utf-8")
    settings = Settings(path)
    settings.set_choice("export", {"page_size": "A0"})
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["version"] == SETTINGS_VERSION + 1
    assert written["panels"] == {"outline": "left"}
    assert written["choices"]["export"] == {"page_size": "A0"}


def test_a_file_with_a_nonsense_version_is_ignored_and_defaults_are_used(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": "two", "recent_files": ["/x.journey"]}), encoding="utf-8")
    assert Settings(path).recent_files == []
    assert upgrade_settings({"version": 0}) is None and upgrade_settings({"version": True}) is None
