"""Checks the served front page's decision log on a long log, in headless Chromium with Selenium.

Usage: web_log_window_check.py BASE_URL CHROMEDRIVER READER_TOKEN

Signs in, then checks the log is drawn a window at a time: the first rows, a "show more" button
that adds the next window until every decision is listed, and the text filter narrowing the
whole log (not only the rows drawn), with no console error or Content-Security-Policy violation.
Prints one JSON line of what it saw; exits non-zero on the first failed check.
"""
import json
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

base, driver_path, token = sys.argv[1:4]


def check(condition, message):
    if not condition:
        raise SystemExit("log window check failed: " + message)


options = webdriver.ChromeOptions()
for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"]:
    options.add_argument(argument)
options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
driver = webdriver.Chrome(service=Service(driver_path), options=options)
driver.set_page_load_timeout(30)
seen = {}
try:
    driver.get(base + "/sign-in")
    field = driver.find_element(By.ID, "token")
    field.send_keys(token)
    field.submit()

    def rows():
        return driver.find_elements(By.CSS_SELECTOR, "#decision-table tbody tr")

    def count():
        return driver.find_element(By.ID, "filter-count").text

    more = driver.find_element(By.ID, "decision-more")
    seen["first"] = len(rows())
    seen["firstCount"] = count()
    seen["moreShown"] = more.is_displayed()
    clicks = 0
    while more.is_displayed() and clicks < 20:
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", more)
        more.click()
        clicks += 1
    seen["clicks"] = clicks
    seen["all"] = len(rows())
    seen["ids"] = [row.get_attribute("data-id") for row in rows()]
    check(all(link.get_attribute("href").endswith(".html") for link in driver.find_elements(By.CSS_SELECTOR, "#decision-table a")),
          "every drawn decision links to its page")
    text = driver.find_element(By.ID, "filter-text")
    text.send_keys("Record 12")
    seen["filtered"] = [row.find_elements(By.TAG_NAME, "td")[1].text for row in rows()]
    seen["filteredCount"] = count()
    text.send_keys(Keys.CONTROL, "a")
    text.send_keys(Keys.DELETE)
    seen["clearedRows"] = len(rows())
    errors = [entry.get("message", "") for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]
    violation = driver.find_element(By.TAG_NAME, "html").get_attribute("data-csp-violation")
    check(not errors and not violation, "the page logged errors: " + json.dumps(errors) + " " + str(violation))
finally:
    driver.quit()

print(json.dumps(seen))
