"""End to end: the web UI in a real headless Chromium (Debian's chromium and chromium-driver, which
.ci/run installs), on the dev store: the readouts list, a China–Vietnam readout, the CHN–VNM dyad
page and its plotly chart, then a search, in a 1280x900 window. Every request the browser makes must
stay on 127.0.0.1.

Screenshots go to a temporary folder, or to COMMUNIQUE_SCREENSHOTS=DIR when it is set
(docs/screenshots/make.py); then a missing browser or web app fails the test instead of skipping it."""
from __future__ import annotations

import base64
import importlib.util
import json
import os
import socket
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from selenium import webdriver
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
# Without the background-networking flags Chromium keeps calling Google's hosts, which a closed network
# refuses many at a time; --no-sandbox because CI runs as root. Paths given to Service and
# binary_location keep Selenium Manager from looking for (or downloading) a browser of its own.
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-quic", "--no-first-run", "--window-size=1280,900"]
DOC = "004_4ed7dbded0f9f16b"  # Wang Yi's phone call with Bui Thanh Son, 14 April 2022
DYAD = "CHN-VNM"
SHOTS = os.environ.get("COMMUNIQUE_SCREENSHOTS")
WAIT = 10  # seconds, for the server, a page or the chart
WIDTH, MAX_HEIGHT = 1280, 1800  # screenshot size in CSS pixels: the whole page, cut at MAX_HEIGHT


def _unavailable(reason: str):
    """Skip, or fail when screenshots were asked for: a skipped run must not pass for a regenerated one."""
    if SHOTS:
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture
def site(dev_db):
    """The base URL of the web app on the dev store, served by uvicorn in a thread on a free port."""
    if importlib.util.find_spec("communique.web") is None:
        _unavailable("communique.web does not exist yet")
    import uvicorn
    from communique.web import create_app

    sock = socket.create_server(("127.0.0.1", 0))  # bound before the thread starts: no race for the port
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(dev_db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + WAIT
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the web app did not start"
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    with urllib.request.urlopen(base + "/", timeout=WAIT) as response:
        assert response.status == 200
    yield base
    server.should_exit = True
    thread.join(WAIT)
    sock.close()


@pytest.fixture
def browser(tmp_path):
    for binary in (CHROMIUM, CHROMEDRIVER):
        if not binary.is_file():
            _unavailable(f"{binary} is missing: apt-get install chromium chromium-driver (.ci/run does, as root)")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in [*FLAGS, f"--user-data-dir={tmp_path / 'chromium-profile'}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    yield driver
    driver.quit()


def _requested(driver) -> list[str]:
    """The URLs the page asked for since the last call, from Chrome's performance (DevTools) log."""
    messages = (json.loads(entry["message"])["message"] for entry in driver.get_log("performance"))
    return [m["params"]["request"]["url"] for m in messages if m["method"] == "Network.requestWillBeSent"]


def _errors(driver) -> list[str]:
    """The page's console errors since the last call; a missing favicon is not one."""
    return [e["message"] for e in driver.get_log("browser")
            if e["level"] == "SEVERE" and "favicon.ico" not in e["message"]]


def _shoot(driver, folder: Path, name: str) -> None:
    """Save the page as folder/name.png: WIDTH wide, as tall as the page up to MAX_HEIGHT."""
    height = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]["height"]
    clip = {"x": 0, "y": 0, "width": WIDTH, "height": min(height, MAX_HEIGHT), "scale": 1}
    shot = driver.execute_cdp_cmd("Page.captureScreenshot",
                                  {"format": "png", "captureBeyondViewport": True, "clip": clip})
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.png").write_bytes(base64.b64decode(shot["data"]))


def _off_host(urls: list[str]) -> list[str]:
    """The URLs that would leave the machine; chrome://, data: and the like stay inside the browser
    (its new-tab page, open before the first page, asks for chrome:// files)."""
    return [url for url in urls if urlsplit(url).scheme in ("http", "https", "ws", "wss", "ftp")
            and urlsplit(url).hostname != "127.0.0.1"]


def test_list_readout_dyad_and_search_in_chromium(site, browser, tmp_path):
    shots = Path(SHOTS) if SHOTS else tmp_path
    wait = WebDriverWait(browser, WAIT)
    requested: list[str] = []

    def page(name: str) -> None:
        """Check that the page asked only the app and logged no error, then save its screenshot."""
        requested.extend(_requested(browser))
        assert _off_host(requested) == [], f"the {name} page asked another host than the app"
        assert _errors(browser) == [], f"console errors on the {name} page"
        _shoot(browser, shots, name)

    browser.get(site + "/")
    link = wait.until(EC.element_to_be_clickable((By.CSS_SELECTOR, f'table.readouts a[href="/readouts/{DOC}"]')))
    page("list")

    link.click()
    wait.until(EC.url_contains(f"/readouts/{DOC}"))
    text = browser.find_element(By.ID, "readout-text").text
    assert "Bui Thanh Son" in text and "China will continue to provide COVID-19 vaccines" in text
    # Wang Yi's statements wear his colour, the one his swatch shows in the participants card.
    said = browser.find_element(By.CSS_SELECTOR, '#readout-text .stmt[title="Wang Yi"]')
    assert said.text.startswith("Wang Yi said")
    colour = said.value_of_css_property("background-color")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    swatch = browser.find_element(By.XPATH, '//section[contains(@class, "participants")]'
                                            '//li[strong="Wang Yi"]/span[contains(@class, "swatch")]')
    assert swatch.value_of_css_property("background-color") == colour
    page("readout")

    browser.find_element(By.CSS_SELECTOR, f'.participants a[href="/dyads/{DYAD}"]').click()
    wait.until(EC.url_contains(f"/dyads/{DYAD}"))
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#timeline-chart .plot-container svg.main-svg")))
    assert browser.execute_script("return typeof window.Plotly") == "object"
    assert browser.find_elements(By.CSS_SELECTOR, "#timeline-chart g.trace"), "the chart drew no trace"
    page("dyad")

    # A bar of the chart opens the events it counts: that pair, that type, that period's days.
    bar = browser.find_element(By.CSS_SELECTOR, "#timeline-chart g.trace.bars g.point path")
    ActionChains(browser).move_to_element(bar).click().perform()
    wait.until(EC.url_contains("/events?dyad="))
    assert "type=" in browser.current_url and "since=" in browser.current_url
    rows = wait.until(EC.presence_of_all_elements_located((By.CSS_SELECTOR, "table.events tbody tr")))
    assert rows and browser.find_elements(By.CSS_SELECTOR, "table.events mark"), "events with their trigger"
    page("events")
    first_page = browser.current_url
    browser.get(site + "/events")  # every event of the store: more than a page, so it pages
    counted = browser.find_element(By.CSS_SELECTOR, "p.count").text
    assert "page 1 of" in counted
    browser.find_element(By.CSS_SELECTOR, 'a[rel="next"]').click()
    wait.until(EC.url_contains("page=2"))
    assert "page 2 of" in browser.find_element(By.CSS_SELECTOR, "p.count").text
    browser.get(first_page)
    rows = wait.until(EC.presence_of_all_elements_located((By.CSS_SELECTOR, "table.events tbody tr")))
    rows[0].find_element(By.CSS_SELECTOR, 'a[href*="#s-"]').click()  # the evidence opens at its sentence
    wait.until(EC.url_contains("/readouts/"))
    target = browser.find_element(By.CSS_SELECTOR, ".stmt:target")
    assert target.value_of_css_property("outline-style") == "solid", "the sentence is highlighted"

    box = browser.find_element(By.CSS_SELECTOR, 'header input[name="q"]')
    box.send_keys("vaccine")
    box.submit()
    wait.until(EC.url_contains("/search?q=vaccine"))
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, f'.hits a[href^="/readouts/{DOC}#s-"]')))
    assert browser.find_elements(By.CSS_SELECTOR, ".hits mark"), "the matched words are highlighted"
    page("search")

    assert site + "/static/plotly.min.js" in requested, "plotly comes from the app itself"
