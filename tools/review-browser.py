#!/usr/bin/env python3
"""Checks review pages (`hexaglot review`) in a real browser: Debian's headless Chromium driven by Playwright
(`executable_path` set to Debian's binary; Playwright's own browser download is not used).

For each page: it loads from disk with no network request; Arabic cells compute `direction: rtl`; unchecking
the "warning" filter hides every warning mark; a findings-index link brings its mark into view; `j` moves the
focus to the first finding mark and again to the next; a screenshot goes to OUT_DIR. Prints one JSON line a page
(load time in ms, marks, checks) and exits 1 if a check fails.

    tools/review-browser.py OUT_DIR PAGE.html...
"""
import json
import shutil
import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright


def check(browser, page_path, out_dir):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    started = time.monotonic()
    page.goto(Path(page_path).resolve().as_uri(), wait_until="load")
    load_ms = round((time.monotonic() - started) * 1000)
    failures = []
    external = [url for url in requests if not url.startswith(("file:", "data:", "about:"))]
    if external:
        failures.append(f"network requests: {external[:3]}")
    arabic = page.eval_on_selector_all(
        "td[data-language=ar]", "cells => cells.map(c => getComputedStyle(c).direction)")
    if any(direction != "rtl" for direction in arabic):
        failures.append("an Arabic cell is not right to left")
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    if scroll_width > 1280:
        failures.append(f"horizontal scrolling at 1280 pixels ({scroll_width})")
    marks = page.locator(".finding")
    count = marks.count()
    if count:
        # j: the first finding mark takes the focus, then the next.
        page.locator("body").click(position={"x": 1, "y": 1})
        page.keyboard.press("j")
        first = page.evaluate("document.activeElement && document.activeElement.id")
        if first != "f-1":
            failures.append(f"j focused {first!r}, not f-1")
        if count > 1:
            page.keyboard.press("j")
            second = page.evaluate("document.activeElement && document.activeElement.id")
            if second != "f-2":
                failures.append(f"j again focused {second!r}, not f-2")
        # An index link brings its mark into view.
        last = f"f-{count}"
        page.evaluate("window.scrollTo(0, 0)")
        page.locator(f'.index a[href="#{last}"]').click()
        in_view = page.evaluate(
            "id => { const r = document.getElementById(id).getBoundingClientRect();"
            " return r.top < window.innerHeight && r.bottom > 0; }", last)
        if not in_view:
            failures.append(f"the index link to {last} did not bring it into view")
        # Unchecking "warning" hides every warning mark.
        warning = page.locator('input[data-filter-severity="warning"]')
        if page.locator('.finding[data-severity="warning"]').count():
            warning.uncheck()
            visible = page.eval_on_selector_all(
                '.finding[data-severity="warning"]', "marks => marks.filter(m => m.offsetParent !== null).length")
            if visible:
                failures.append(f"{visible} warning marks still visible with the warning filter off")
            warning.check()
    page.screenshot(path=str(Path(out_dir) / (Path(page_path).stem + ".png")))
    page.close()
    return {"page": page_path, "load_ms": load_ms, "marks": count, "arabic_cells": len(arabic), "failures": failures}


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out_dir = sys.argv[1]
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if not executable:
        sys.exit("no chromium on PATH (apt-get install chromium)")
    failed = False
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        for page_path in sys.argv[2:]:
            result = check(browser, page_path, out_dir)
            print(json.dumps(result, ensure_ascii=False))
            failed = failed or bool(result["failures"])
        browser.close()
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
