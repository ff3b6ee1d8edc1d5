#!/usr/bin/env python3
"""Benchmark for the review page with the release build (static Swift runtime):

  `hexaglot review` on six language versions of the whole corpus (each language's texts joined into one file),
  repeated 10 times: best wall time, peak memory and the page's size; then the time the page takes to open in
  Debian's headless Chromium (through tools/review-browser.py and the checkout's .venv, when both are there).
  Targets: under 2 s to write, under 3 s to open.

    tools/bench-review.py            # builds the release binary first
"""
import json
import os
import subprocess
import sys
import tempfile

from benchmarking import CORPUS, LANGUAGES, ROOT, best_of, build_release, corpus_lines, write_lines


def main():
    if not os.path.isdir(CORPUS):
        sys.exit(f"no corpus at {CORPUS}")
    build_release()
    with tempfile.TemporaryDirectory() as work:
        paths = [write_lines(os.path.join(work, f"corpus-x10.{code}.txt"), corpus_lines(code), 10) for code in LANGUAGES]
        page = os.path.join(work, "corpus-x10.review.html")
        wall, peak = best_of(["review", "-o", page] + paths, 3)
        size = os.path.getsize(page) / 1e6
        print(f"review, six versions x10: {wall * 1000:.0f} ms, peak {peak:.1f} MiB, page {size:.1f} MB")
        python = os.path.join(ROOT, ".venv", "bin", "python")
        if os.path.exists(python):
            result = subprocess.run(
                [python, os.path.join(ROOT, "tools", "review-browser.py"), os.path.join(work, "shots"), page],
                capture_output=True, text=True)
            for line in result.stdout.splitlines():
                opened = json.loads(line)
                print(f"opened in Chromium: {opened['load_ms']} ms, {opened['marks']} finding marks,"
                      f" checks {'passed' if not opened['failures'] else opened['failures']}")
        else:
            print("no .venv with Playwright: the page was not opened in Chromium (tools/install-deps.sh --test)")


if __name__ == "__main__":
    main()
