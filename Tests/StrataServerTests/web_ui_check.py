"""Drives the web UI of a running strata-server in headless Chromium with Selenium.

Usage: web_ui_check.py BASE_URL CHROMEDRIVER PROPOSAL_PAGE BOB_TOKEN CAROL_TOKEN

Signs in, moves the time slider and checks the drawn architecture follows it and the address keeps
both clocks, opens an earlier as-of moment from its URL, searches and opens a result, reads a
workload's measurement chart, fills the advisor form with the keyboard alone (Tab, Space, Enter),
then approves the proposal as bob and as carol until the page says it can be accepted.
Every page's browser log must hold no error, and no Content-Security-Policy violation may fire.
Prints one JSON line of what it saw; exits non-zero on the first failed check.
"""
import json
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

base, driver_path, proposal, bob, carol = sys.argv[1:6]
seen = {}


def check(condition, message):
    if not condition:
        raise SystemExit("web UI check failed: " + message)


options = webdriver.ChromeOptions()
for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"]:
    options.add_argument(argument)
options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
driver = webdriver.Chrome(service=Service(driver_path), options=options)
driver.set_page_load_timeout(30)
errors = []


def collect_log(where):
    for entry in driver.get_log("browser"):
        if entry.get("level") == "SEVERE":
            errors.append(where + ": " + entry.get("message", ""))
    violation = driver.find_element(By.TAG_NAME, "html").get_attribute("data-csp-violation")
    if violation:
        errors.append(where + ": CSP violation " + violation)


def sign_in(token):
    driver.get(base + "/sign-in")
    field = driver.find_element(By.ID, "token")
    field.send_keys(token)
    navigate_by(field, lambda e: e.submit())
    check(driver.current_url.rstrip("/") == base.rstrip("/") or driver.current_url.endswith("/index.html"),
          "signing in should land on the report, not " + driver.current_url)
    collect_log("index")


def navigate_by(element, action):
    """Clicks or submits `element` and waits until the next page has replaced this one."""
    page = driver.find_element(By.TAG_NAME, "html")
    action(element)
    WebDriverWait(driver, 15).until(expected_conditions.staleness_of(page))


def stores_drawn():
    return len(driver.find_elements(By.CSS_SELECTOR, "#arch-at-svg .store"))


try:
    driver.get(base + "/")
    check("/sign-in" in driver.current_url, "an anonymous visit should be sent to sign in")
    sign_in(bob)

    now_drawn = len(driver.find_elements(By.CSS_SELECTOR, "#architecture svg .store"))
    slider = driver.find_element(By.ID, "when")
    last_moment = driver.find_element(By.ID, "arch-at").get_attribute("data-rendered")
    last_count = stores_drawn()
    check(last_count == now_drawn, "the slider's last moment should draw the architecture now (%d vs %d)" % (last_count, now_drawn))
    slider.send_keys(Keys.HOME)
    first_moment = driver.find_element(By.ID, "arch-at").get_attribute("data-rendered")
    first_count = stores_drawn()
    check(first_moment != last_moment, "moving the slider should move the moment shown")
    check(first_count < last_count, "the first moment should hold fewer stores (%d) than now (%d)" % (first_count, last_count))
    slider.send_keys(Keys.ARROW_RIGHT)
    check(driver.find_element(By.ID, "arch-at").get_attribute("data-rendered") != first_moment, "a step right should move on")
    seen["slider"] = {"first": first_moment, "firstStores": first_count, "last": last_moment, "lastStores": last_count}
    check("validAt=" in driver.current_url, "the address should name the valid time shown, not " + driver.current_url)
    collect_log("slider")

    driver.get(base + "/?asOf=2025-01-01&validAt=2024-05-01")
    check(driver.find_element(By.ID, "as-of").get_attribute("value") == "2025-01-01", "an as-of URL should fill the as-of control")
    check(driver.find_element(By.ID, "valid-at").get_attribute("value") == "2024-05-01", "a validAt URL should set the valid-at date")
    check(driver.find_element(By.ID, "arch-at").get_attribute("data-rendered") != "", "the page at an as-of moment should draw a design")
    seen["asOf"] = driver.current_url.split("/")[-1]
    collect_log("as-of")

    driver.get(base + "/measurements/w-1.html")
    check(len(driver.find_elements(By.CSS_SELECTOR, "svg.chart circle.point.bottleneck")) > 0, "the chart should mark the bottleneck")
    check(len(driver.find_elements(By.CSS_SELECTOR, "svg.chart desc")) > 0, "the chart should describe itself")
    check(len(driver.find_elements(By.CSS_SELECTOR, "table.figures tbody tr")) > 0, "the figures should be in a table too")
    collect_log("measurements")

    driver.get(base + "/advisor")
    driver.find_element(By.TAG_NAME, "body").click()
    order, submitted = [], False
    for _ in range(400):
        driver.switch_to.active_element.send_keys(Keys.TAB)
        focused = driver.switch_to.active_element
        key = focused.get_attribute("id") or focused.tag_name + ":" + focused.text
        order.append(key)
        if key == "profile-name":
            focused.send_keys("checkout")
        elif key == "profile-accesspatterns-key-lookup":
            focused.send_keys(Keys.SPACE)
        elif focused.tag_name == "button" and focused.text == "Advise":
            navigate_by(focused, lambda e: e.send_keys(Keys.ENTER))
            submitted = True
            break
    check(submitted, "Tab should reach the Advise button; focus went " + " > ".join(order[:60]))
    labelled = [e.get_attribute("id") for e in driver.find_elements(By.CSS_SELECTOR, "form.advisor input, form.advisor select, form.advisor textarea")
                if e.get_attribute("type") != "hidden"]
    unlabelled = [i for i in labelled if not driver.find_elements(By.CSS_SELECTOR, "label[for='%s']" % i)]
    check(not unlabelled, "every advisor control needs a label: " + ", ".join(unlabelled))
    check("Advice for checkout" in driver.page_source, "the keyboard-filled form should be advised")
    check(len(driver.find_elements(By.CSS_SELECTOR, "ol.ranked > li")) > 0, "the advice should rank stores")
    levels = [int(h.tag_name[1]) for h in driver.find_elements(By.CSS_SELECTOR, "h1, h2, h3, h4, h5, h6")]
    check(levels[0] == 1 and all(b - a <= 1 for a, b in zip(levels, levels[1:])), "headings should not skip levels: %s" % levels)
    seen["advisor"] = {"tabs": len(order), "ranked": len(driver.find_elements(By.CSS_SELECTOR, "ol.ranked > li"))}
    collect_log("advisor")

    search = driver.find_element(By.ID, "site-search")
    search.send_keys("cache")
    navigate_by(search, lambda e: e.send_keys(Keys.ENTER))
    hits = driver.find_elements(By.CSS_SELECTOR, "ol.hits li a")
    check(len(hits) > 0, "searching for 'cache' should find a decision")
    check(len(driver.find_elements(By.TAG_NAME, "mark")) > 0, "the matches should be marked")
    collect_log("search")
    navigate_by(hits[0], lambda e: e.click())
    heading = driver.find_element(By.TAG_NAME, "h1").text
    check(heading.startswith("ADR-"), "a hit should open its decision page, not '%s'" % heading)
    collect_log("decision")
    seen["opened"] = heading

    driver.get(base + "/decisions/" + proposal)
    check("Not ready" in driver.page_source, "the proposal should need approvals first")
    navigate_by(driver.find_element(By.CSS_SELECTOR, "button[value='approved']"), lambda e: e.click())
    check("Not ready" in driver.page_source, "one approval of two should not be enough")
    collect_log("first approval")
    navigate_by(driver.find_element(By.CSS_SELECTOR, "form.sign-out button"), lambda e: e.click())
    check("/sign-in" in driver.current_url, "signing out should return to the sign-in page")

    sign_in(carol)
    driver.get(base + "/decisions/" + proposal)
    driver.find_element(By.ID, "review-comment").send_keys("the partitions match the retention")
    navigate_by(driver.find_element(By.CSS_SELECTOR, "button[value='approved']"), lambda e: e.click())
    check("Ready to accept" in driver.page_source, "two approvals should meet the policy")
    collect_log("second approval")
    seen["reviewed"] = proposal
finally:
    driver.quit()

check(not errors, "the browser reported errors: " + "; ".join(errors))
print(json.dumps(seen, sort_keys=True))
