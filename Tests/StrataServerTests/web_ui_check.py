"""Drives the web UI of a running strata-server in headless Chromium with Selenium.

Usage: web_ui_check.py BASE_URL CHROMEDRIVER PROPOSAL_PAGE BOB_TOKEN CAROL_TOKEN

Signs in, moves the time slider and checks the drawn architecture and the decision log follow it
and the address and the links keep both clocks, opens the shared address and an earlier as-of
moment from their URLs on every kind of page, walks the front page, a decision, the log, search
and the audit with the keyboard alone (Tab, Enter, arrow keys on the slider), reads a workload's
measurement chart, fills the advisor form the same way (Tab, Space, Enter), then approves the
proposal as bob and as carol until the page says it can be accepted.
Every page's browser log must hold no error, and no Content-Security-Policy violation may fire.
Prints one JSON line of what it saw; exits non-zero on the first failed check.
"""
import json
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
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

    def replaced(_):
        # Chromium may answer for a node of the page being torn down with a plain inspector
        # error instead of a stale-element one: that page is gone too.
        try:
            return expected_conditions.staleness_of(page)(driver)
        except WebDriverException as error:
            return "does not belong to the document" in str(error)

    WebDriverWait(driver, 15).until(replaced)


def stores_drawn():
    return len(driver.find_elements(By.CSS_SELECTOR, "#architecture svg .store"))


def store_ids():
    """The ids of the stores drawn, sorted: what the test compares with `strata arch --valid-at`."""
    titles = [g.find_element(By.TAG_NAME, "title").get_attribute("textContent")
              for g in driver.find_elements(By.CSS_SELECTOR, "#architecture svg .store")]
    return sorted(title.split(":", 1)[0] for title in titles)


def statuses():
    return [row.get_attribute("data-status") for row in driver.find_elements(By.CSS_SELECTOR, "#decision-table tbody tr:not([data-absent])")]


def step_to(slider, key):
    """Presses `key` on the slider and waits until the page shows the moment it picked."""
    before = driver.find_element(By.TAG_NAME, "html").get_attribute("data-step-count") or "0"
    slider.send_keys(key)
    WebDriverWait(driver, 30).until(lambda d: (d.find_element(By.TAG_NAME, "html").get_attribute("data-step-count") or "0") != before
                                    or d.find_element(By.TAG_NAME, "html").get_attribute("data-step-error"))
    error = driver.find_element(By.TAG_NAME, "html").get_attribute("data-step-error")
    check(not error, "the slider's step failed: %s" % error)


def tab_to(predicate, limit=200):
    """Presses Tab from the focused element until `predicate(focused)` holds; returns it."""
    order = []
    for _ in range(limit):
        driver.switch_to.active_element.send_keys(Keys.TAB)
        focused = driver.switch_to.active_element
        order.append(focused.get_attribute("id") or focused.tag_name + ":" + focused.text)
        if predicate(focused):
            return focused
    raise SystemExit("web UI check failed: Tab never reached the element; focus went " + " > ".join(order[:60]))


def keyboard_walk():
    """Log, a decision, search and the audit, from the front page, by Tab, Enter and arrow keys alone."""
    driver.get(base + "/")
    driver.find_element(By.TAG_NAME, "body").click()
    walked = []
    slider = tab_to(lambda e: e.get_attribute("id") == "when")
    before = driver.find_element(By.ID, "arch-at").get_attribute("data-rendered")
    step_to(slider, Keys.ARROW_LEFT)
    check(driver.find_element(By.ID, "arch-at").get_attribute("data-rendered") != before, "the left arrow on the slider should step back")
    check(driver.switch_to.active_element.get_attribute("id") == "when", "the slider should keep the focus after a step")
    moment = driver.current_url.split("?", 1)[1]
    walked.append("slider")
    link = tab_to(lambda e: e.tag_name == "a" and "/decisions/" in (e.get_attribute("href") or ""))
    navigate_by(link, lambda e: e.send_keys(Keys.ENTER))
    check(driver.find_element(By.TAG_NAME, "h1").text.startswith("ADR-"), "Enter on a decision's link should open it")
    check(moment in driver.current_url, "the decision page should open at the slider's moment, not " + driver.current_url)
    walked.append("decision")
    driver.find_element(By.TAG_NAME, "body").click()
    navigate_by(tab_to(lambda e: e.tag_name == "a" and e.text == "Log"), lambda e: e.send_keys(Keys.ENTER))
    check(driver.find_element(By.TAG_NAME, "h1").text == "Decision log" and moment in driver.current_url, "Enter on Log should open the log at the moment, not '%s' at %s" % (driver.find_element(By.TAG_NAME, "h1").text, driver.current_url))
    walked.append("log")
    driver.find_element(By.TAG_NAME, "body").click()
    search = tab_to(lambda e: e.get_attribute("id") == "site-search")
    search.send_keys("cache")
    navigate_by(search, lambda e: e.send_keys(Keys.ENTER))
    check(driver.find_element(By.TAG_NAME, "h1").text.startswith("Search"), "Enter in the search box should search")
    walked.append("search")
    driver.find_element(By.TAG_NAME, "body").click()
    navigate_by(tab_to(lambda e: e.tag_name == "a" and e.text == "Audit"), lambda e: e.send_keys(Keys.ENTER))
    check(driver.find_element(By.TAG_NAME, "h1").text == "Audit", "Enter on Audit should open the audit")
    check(len(driver.find_elements(By.CSS_SELECTOR, "#audit table tbody tr")) > 0, "the audit should judge stores")
    walked.append("audit")
    collect_log("keyboard walk")
    return walked


try:
    driver.get(base + "/")
    check("/sign-in" in driver.current_url, "an anonymous visit should be sent to sign in")
    sign_in(bob)

    now_drawn = stores_drawn()
    slider = driver.find_element(By.ID, "when")
    last_moment = driver.find_element(By.ID, "arch-at").get_attribute("data-rendered")
    last_rows = statuses()
    check(now_drawn > 0, "the front page should draw the architecture now")
    step_to(slider, Keys.HOME)
    first_moment = driver.find_element(By.ID, "arch-at").get_attribute("data-rendered")
    first_count = stores_drawn()
    check(first_moment != last_moment, "moving the slider should move the moment shown")
    check(first_count < now_drawn, "the first moment should hold fewer stores (%d) than now (%d)" % (first_count, now_drawn))
    check(statuses() != last_rows, "the decision log should move with the slider (%s)" % statuses())
    check("in effect at" in driver.find_element(By.ID, "shown-moment").text, "the page should say which valid time it shows")
    step_to(slider, Keys.ARROW_RIGHT)
    stepped = driver.find_element(By.ID, "arch-at").get_attribute("data-rendered")
    stepped_view = (stores_drawn(), statuses())
    check(stepped != first_moment, "a step right should move on")
    seen["slider"] = {"first": first_moment, "firstStores": first_count, "last": last_moment, "lastStores": now_drawn,
                      "stepped": stepped, "steppedStoreIDs": store_ids(),
                      "steppedStatuses": {row.get_attribute("data-id"): row.get_attribute("data-status")
                                          for row in driver.find_elements(By.CSS_SELECTOR, "#decision-table tbody tr:not([data-absent])")}}
    check("validAt=" in driver.current_url, "the address should name the valid time shown, not " + driver.current_url)
    moment = driver.current_url.split("?", 1)[1]
    check(moment in (driver.find_element(By.CSS_SELECTOR, "#decision-table a").get_attribute("href") or ""),
          "a decision's link should keep the moment the slider moved to")
    collect_log("slider")

    driver.get(base + "/?" + moment)
    check(driver.find_element(By.ID, "arch-at").get_attribute("data-rendered") == stepped, "the shared address should open at its moment")
    check((stores_drawn(), statuses()) == stepped_view, "the shared address should show the same architecture and statuses")
    collect_log("shared")

    driver.get(base + "/?asOf=2025-01-01&validAt=2024-05-01")
    check(driver.find_element(By.ID, "as-of").get_attribute("value") == "2025-01-01", "an as-of URL should fill the as-of control")
    check(driver.find_element(By.ID, "valid-at").get_attribute("value") == "2024-05-01", "a validAt URL should set the valid-at date")
    check(driver.find_element(By.ID, "arch-at").get_attribute("data-rendered") != "", "the page at an as-of moment should draw a design")
    for path in ["log", "audit", "decisions/adr-1.html", "measurements/w-1.html", "search?q=cache", "advisor"]:
        driver.get(base + "/" + path + ("&" if "?" in path else "?") + "asOf=2025-01-01&validAt=2024-05-01")
        links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "nav.live a")]
        check(all("asOf=2025-01-01" in l and "validAt=2024-05-01" in l for l in links), path + " should keep the moment in its links: %s" % links)
        collect_log(path)
    seen["asOf"] = driver.current_url.split("/")[-1]
    collect_log("as-of")

    driver.get(base + "/measurements/w-1.html")
    check(len(driver.find_elements(By.CSS_SELECTOR, "svg.chart circle.point.bottleneck")) > 0, "the chart should mark the bottleneck")
    check(len(driver.find_elements(By.CSS_SELECTOR, "svg.chart desc")) > 0, "the chart should describe itself")
    check(len(driver.find_elements(By.CSS_SELECTOR, "table.figures tbody tr")) > 0, "the figures should be in a table too")
    collect_log("measurements")

    seen["keyboard"] = keyboard_walk()

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
