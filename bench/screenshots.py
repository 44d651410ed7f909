"""Takes the README's screenshots of the web UI from a running strata-server.

Usage: screenshots.py BASE_URL CHROMEDRIVER OUT_DIR TOKEN PROPOSAL_PAGE

Signs in with TOKEN and saves index.png (the architecture and the time slider), decision.png
(PROPOSAL_PAGE with its review form), search.png, waiting.png, measurements.png (W-1's chart) and
audit.png, diff.png (what changed since 2024-06-01), past.png (the front page with the slider at
2024-06-01) and advisor.png (the advisor form, answered) into OUT_DIR.
"""
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

base, driver_path, out, token, proposal = sys.argv[1:6]
options = webdriver.ChromeOptions()
for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,1600"]:
    options.add_argument(argument)
driver = webdriver.Chrome(service=Service(driver_path), options=options)
try:
    driver.get(base + "/sign-in")
    field = driver.find_element(By.ID, "token")
    field.send_keys(token)
    field.submit()
    for name, path in [("index", "/"), ("decision", "/decisions/" + proposal), ("search", "/search?q=cache+OR+replicas"),
                       ("waiting", "/reviews/waiting"), ("measurements", "/measurements/w-1.html"),
                       ("audit", "/audit"), ("diff", "/diff?from=2024-06-01"), ("past", "/?validAt=2024-06-01")]:
        driver.get(base + path)
        driver.save_screenshot("%s/%s.png" % (out, name))
    driver.get(base + "/advisor")
    driver.find_element(By.ID, "profile-name").send_keys("checkout")
    driver.find_element(By.ID, "profile-accesspatterns-key-lookup").click()
    driver.find_element(By.ID, "profile-accesspatterns-relational").click()
    driver.find_element(By.ID, "profile-readspersecond").send_keys("1200")
    driver.find_element(By.CSS_SELECTOR, "form.advisor button[type=submit]").click()
    driver.find_element(By.ID, "advisor-result").location_once_scrolled_into_view
    driver.save_screenshot("%s/advisor.png" % out)
finally:
    driver.quit()
