"""Times the served web UI in headless Chromium, with the browser's own clocks.

Usage: live_site_timing.py BASE_URL CHROMEDRIVER READER_TOKEN STEPS

Run by `strata-bench --only web.live` on a server it has just started, so the first load finds
nothing rendered. Signs in by setting the session cookie (on the cheap sign-in page, so no page
of the report is rendered before the first load), then:

- firstLoad: the front page, from Navigation Timing: the navigation's start to its load event's end;
  firstResponse: request start to the page's last byte (the server's share);
- sliderStep: STEPS presses of the left arrow on the focused slider, each from the key's input
  event until the page shows the new moment in the architecture, the decision log and the audit
  (the page's script ends a `strata-step` performance measure there);
- otherPages: the audit, a decision page and a measurement page opened at the slider's moment,
  each from Navigation Timing as above.

Prints one JSON line of millisecond arrays; exits non-zero if a page fails to show its moment.
"""
import json
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

base, driver_path, token, steps = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
options = webdriver.ChromeOptions()
for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"]:
    options.add_argument(argument)
driver = webdriver.Chrome(service=Service(driver_path), options=options)
driver.set_page_load_timeout(120)
driver.set_script_timeout(120)
result = {"firstLoad": [], "firstResponse": [], "sliderStep": [], "otherPages": []}


def navigation():
    """The last navigation's (load end - start, response end - request start), in ms."""
    WebDriverWait(driver, 120).until(
        lambda d: d.execute_script("var n = performance.getEntriesByType('navigation')[0]; return n && n.loadEventEnd > 0"))
    entry = driver.execute_script("return performance.getEntriesByType('navigation')[0].toJSON()")
    return entry["loadEventEnd"] - entry["startTime"], entry["responseEnd"] - entry["requestStart"]


def fail(message):
    raise SystemExit("live site timing failed: " + message)


try:
    driver.get(base + "/sign-in")
    driver.add_cookie({"name": "strata_token", "value": token, "path": "/", "httpOnly": True, "sameSite": "Strict"})
    driver.get(base + "/")
    load, response = navigation()
    result["firstLoad"].append(load)
    result["firstResponse"].append(response)
    if not driver.find_elements(By.ID, "when"):
        fail("the front page has no slider: " + driver.title)

    slider = driver.find_element(By.ID, "when")
    slider.send_keys(Keys.END)   # focus, at the newest moment
    for _ in range(steps):
        before = driver.find_element(By.TAG_NAME, "html").get_attribute("data-step-count") or "0"
        slider.send_keys(Keys.ARROW_LEFT)
        WebDriverWait(driver, 120).until(
            lambda d: (d.find_element(By.TAG_NAME, "html").get_attribute("data-step-count") or "0") != before)
        measure = driver.execute_script(
            "var m = performance.getEntriesByName('strata-step', 'measure'); return m.length ? m[m.length - 1].duration : null")
        if measure is None:
            fail("the slider step ended no strata-step measure")
        result["sliderStep"].append(measure)
    moment = driver.current_url.split("?", 1)[1] if "?" in driver.current_url else ""
    if "validAt=" not in moment:
        fail("the address should hold the slider's moment, not " + driver.current_url)

    for path in ["/audit", "/decisions/adr-1.html", "/measurements/w-1.html"]:
        driver.get(base + path + "?" + moment)
        load, _ = navigation()
        result["otherPages"].append(load)
        if "validAt=" not in (driver.find_element(By.CSS_SELECTOR, "nav.live a").get_attribute("href") or ""):
            fail(path + " should keep the moment in its links")
finally:
    driver.quit()

print(json.dumps(result))
