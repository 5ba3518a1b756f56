"""The HTML export in a real browser (Debian's chromium via chromium-driver): WCAG 2.2 AA by axe-core, the keyboard.

axe-core is the npm package, installed by ``make test`` into ``.venv/axe`` (or
named by ``JOURNEYMAP_AXE_CORE``). Every bundled template and maps in Arabic
and Hebrew (with Japanese, Russian, Greek and emoji) must have no violation.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from journeymap.export.html import html_document
from journeymap.io import load_map
from journeymap.templates import list_templates

from .maps import unicode_map

FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
         "--window-size=1280,900", "--force-device-scale-factor=1")
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def axe_source() -> str:
    path = Path(os.environ.get("JOURNEYMAP_AXE_CORE")
                or Path(sys.prefix) / "axe" / "node_modules" / "axe-core" / "axe.min.js")
    if not path.is_file():
        pytest.fail(f"axe-core is not installed at {path}: `make test` installs it (npm install --prefix "
                    ".venv/axe axe-core@4), or set JOURNEYMAP_AXE_CORE to its axe.min.js")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    service = Service(executable_path=shutil.which("chromium-driver") or shutil.which("chromedriver")
                      or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(options=options, service=service)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def axe():
    return axe_source()


def _open(browser, tmp_path, page: str, name: str = "map.html") -> None:
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    browser.get(path.as_uri())


def _violations(browser, axe: str) -> list[str]:
    browser.execute_script(axe)
    found = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' at ' +"
        " v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))"
        ".catch(e => done(['axe failed: ' + e]));", WCAG)
    return found


MAPS = [(t.name, lambda t=t: load_map(t.path)) for t in list_templates()] + [
    ("arabic", lambda: unicode_map("ar")), ("hebrew", lambda: unicode_map("he"))]


@pytest.mark.parametrize("name, make", MAPS, ids=[name for name, _m in MAPS])
def test_no_wcag_violation_for_every_template_and_the_unicode_maps(browser, axe, tmp_path, name, make):
    _open(browser, tmp_path, html_document(make()))
    assert _violations(browser, axe) == []


def test_no_violation_with_the_comments_section(browser, axe, tmp_path):
    from tests.export.test_comments_export import _commented_map

    _open(browser, tmp_path, html_document(_commented_map(), comments=True))
    assert browser.find_element(By.ID, "comments-h").text == "Comments"
    assert _violations(browser, axe) == []


def test_no_violation_on_a_phone_where_the_grid_becomes_a_document(browser, axe, tmp_path):
    browser.set_window_size(390, 844)
    try:
        _open(browser, tmp_path, html_document(load_map(list_templates()[1].path)))
        assert browser.execute_script("return getComputedStyle(document.querySelector('.grid')).display") == "block"
        assert _violations(browser, axe) == []
    finally:
        browser.set_window_size(1280, 900)


def _focus(browser):
    return browser.switch_to.active_element


def test_the_keyboard_reaches_the_map_scrolls_it_and_skips_past_it(browser, tmp_path):
    journey = next(load_map(t.path) for t in list_templates() if t.name == "online-purchase")
    _open(browser, tmp_path, html_document(journey))
    visited = []
    for _ in range(20):
        ActionChains(browser).send_keys(Keys.TAB).perform()
        element = _focus(browser)
        visited.append(element.get_attribute("class") or element.get_attribute("href") or element.tag_name)
        if "map" == element.get_attribute("class"):
            break
    assert visited[0].endswith("#about")  # the contents first
    assert visited[-2:] == ["skip", "map"]  # the skip link just before the map
    grid = _focus(browser)
    outline = browser.execute_script("return getComputedStyle(arguments[0]).outlineStyle", grid)
    assert outline != "none"  # where the focus is shows
    head = browser.find_element(By.CSS_SELECTOR, ".step-head")
    lane = browser.find_element(By.CSS_SELECTOR, ".lane-name")
    top_before = head.rect["y"]
    left_before = lane.rect["x"]
    for key in (Keys.ARROW_DOWN,) * 8 + (Keys.ARROW_RIGHT,) * 8:
        grid.send_keys(key)
    scrolled = browser.execute_script("return [arguments[0].scrollTop, arguments[0].scrollLeft]", grid)
    assert scrolled[0] > 100 and scrolled[1] > 100
    assert head.rect["y"] == pytest.approx(top_before, abs=1)  # the step names stay pinned on top
    assert lane.rect["x"] == pytest.approx(left_before, abs=1)  # the lane names at the left
    grid.send_keys(Keys.SHIFT, Keys.TAB)
    assert _focus(browser).get_attribute("class") == "skip"
    _focus(browser).send_keys(Keys.ENTER)
    assert _focus(browser).get_attribute("id") == "emotions-h"


def test_right_to_left_text_reads_right_to_left_and_a_screenshot_is_made(browser, tmp_path):
    _open(browser, tmp_path, html_document(unicode_map("ar")))
    card = browser.find_element(By.XPATH, "//li[contains(@class,'card')]/p[contains(., 'إنستغرام')]")
    assert browser.execute_script("return getComputedStyle(arguments[0]).direction", card) == "rtl"
    latin = browser.find_element(By.XPATH, "//li[contains(@class,'card')]/p[contains(., 'Курьер')]")
    assert browser.execute_script("return getComputedStyle(arguments[0]).direction", latin) == "ltr"
    browser.execute_script("document.getElementById('journey').scrollIntoView()")
    shot = tmp_path / "journey.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
