"""The participant page in a real browser (Debian's chromium through chromium-driver), end to end.

A phone joins from the QR code's link, gives a name, places a dot and adds a
note; a second visit joins with the short code. The facilitator's side is
the real presentation. The page is 360 px wide, like a small phone.
"""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from journeymap.ui.present.room_control import FROM_THE_ROOM

from .conftest import open_presentation

CHROMIUM_FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                  "--window-size=360,900", "--force-device-scale-factor=1")


def chromium(tmp_path) -> webdriver.Chrome:
    """Debian's chromium, headless, with a fresh profile under the test's own folder."""
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'chromium-profile'}")
    service = Service(executable_path=shutil.which("chromium-driver") or shutil.which("chromedriver")
                      or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(options=options, service=service)
    # a desktop window cannot be narrower than ~500 px: emulate the phone's viewport itself
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 360, "height": 780, "deviceScaleFactor": 1, "mobile": True})
    return driver


@pytest.fixture
def browser(tmp_path):
    driver = chromium(tmp_path)
    yield driver
    driver.quit()


def _wait(driver, condition, timeout=10):
    return WebDriverWait(driver, timeout, poll_frequency=0.05).until(lambda d: condition(d))


def test_a_phone_joins_from_the_link_votes_and_adds_a_note_that_becomes_a_card(qtbot, browser, tmp_path):
    """A person joins and votes; the map gets the dot and the note; a second visit joins by the code."""
    window = open_presentation(qtbot)
    journey = window.session.journey
    window.go_to_stage(3)
    window.room.open_room("127.0.0.1")
    qtbot.waitUntil(lambda: window.room.opened is not None, timeout=5000)
    opened = window.room.opened
    try:
        window.room.start_round(5, 0, window.slide.stage_id)
        browser.get(opened.link)
        name = _wait(browser, lambda d: d.find_element(By.ID, "name"))
        assert browser.execute_script("return window.innerWidth") == 360
        assert browser.execute_script("return document.documentElement.lang") == "en"
        assert "#" not in browser.current_url  # the token leaves the address bar
        name.send_keys("Ana", Keys.ENTER)  # the keyboard is enough
        add = _wait(browser, lambda d: [b for b in d.find_elements(By.CSS_SELECTOR, "#vote-lanes button.add")
                                        if b.is_displayed()])
        assert all(b.size["height"] >= 44 and b.size["width"] >= 44 for b in add)  # large touch targets
        first = window.room.round.lanes[0].cards[0]
        assert add[0].get_attribute("aria-label").startswith("Add a dot to: ")
        add[0].click()
        _wait(browser, lambda d: "4 of 5 dots left" in d.find_element(By.ID, "vote-left").text)
        qtbot.waitUntil(lambda: window.room.ballots.dots == 1, timeout=5000)

        pains = next(lane for lane in window.room.view().lanes if lane.title == "Pain points")
        browser.find_element(By.XPATH, f"//label[normalize-space()='{pains.title}']").click()
        browser.find_element(By.ID, "note-text").send_keys("Delivery options appear only after payment")
        browser.find_element(By.CSS_SELECTOR, "#note-form button[type=submit]").click()
        qtbot.waitUntil(lambda: len(window.room.notes) == 1, timeout=5000)
        _wait(browser, lambda d: "Waiting" in d.find_element(By.ID, "mine").text)
        assert window.room.notes[0].name == "Ana"

        qtbot.keyClick(window, Qt.Key.Key_Q)
        qtbot.keyClick(window, Qt.Key.Key_Return)
        _wait(browser, lambda d: "Added to the map" in d.find_element(By.ID, "mine").text)
        card = next(c for lane in journey.lanes if lane.id == pains.id for c in lane.cards
                    if c.text == "Delivery options appear only after payment")
        assert FROM_THE_ROOM in card.tags
        qtbot.keyClick(window, Qt.Key.Key_Q)
        votes = next(c.votes for lane in journey.lanes for c in lane.cards if c.id == first.id)
        qtbot.keyClick(window, Qt.Key.Key_D)
        qtbot.waitUntil(lambda: window.room.round is None, timeout=5000)
        assert next(c.votes for lane in journey.lanes for c in lane.cards if c.id == first.id) == votes + 1
        _wait(browser, lambda d: not d.find_element(By.ID, "vote").is_displayed())
        assert browser.execute_script("return document.documentElement.scrollWidth") <= 360  # no sideways scroll

        # another visit types the short code from the wall instead of scanning
        browser.execute_script("sessionStorage.clear()")
        browser.get(opened.address + "/")
        code = _wait(browser, lambda d: d.find_element(By.ID, "code"))
        code.send_keys("WRONG1", Keys.ENTER)
        _wait(browser, lambda d: "not right" in d.find_element(By.ID, "status").text)
        code.clear()
        code.send_keys(opened.code.lower(), Keys.ENTER)
        _wait(browser, lambda d: d.find_element(By.ID, "name").is_displayed())
        browser.find_element(By.CSS_SELECTOR, "#name-form button").click()  # anonymous
        _wait(browser, lambda d: "anonymously" in d.find_element(By.ID, "who").text)
        qtbot.waitUntil(lambda: window.room.people == 1, timeout=5000)
        browser.save_screenshot(str(tmp_path / "page.png"))
    finally:
        window.room.close_room()
