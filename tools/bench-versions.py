#!/usr/bin/env python3
"""Benchmark for comparing documents with the release build (static Swift runtime):

  - `hexaglot check` on six language versions of one document (each aligned with the Chinese and compared,
    xlang.*): the whole corpus, each language's texts joined into one file, repeated 1, 10 and 50 times;
  - `hexaglot reissue` on the English corpus joined and repeated 1, 10 and 50 times against a copy with one line
    in a hundred changed.

It prints the best wall time, MB/s and peak memory of each, and how time grows (linear: x10 input ≈ x10 time).

    tools/bench-versions.py            # builds the release binary first
"""
import os
import random
import sys
import tempfile

from benchmarking import CORPUS, LANGUAGES, best_of, build_release, corpus_lines, write_lines


def main():
    if not os.path.isdir(CORPUS):
        sys.exit(f"no corpus at {CORPUS}")
    build_release()
    texts = {code: corpus_lines(code) for code in LANGUAGES}
    print(f"{'run':<28} {'MB':>7} {'wall (best)':>12} {'MB/s':>7} {'peak MiB':>9}")
    with tempfile.TemporaryDirectory() as work:
        for name, make in (("check, six versions", check_inputs), ("reissue, English", reissue_inputs)):
            walls = {}
            for times, runs in ((1, 5), (10, 3), (50, 1)):
                arguments, megabytes = make(work, texts, times)
                wall, peak = best_of(arguments, runs)
                walls[times] = wall
                print(f"{name + f' x{times}':<28} {megabytes:>7.2f} {wall * 1000:>9.1f} ms {megabytes / wall:>7.2f} "
                      f"{peak:>9.1f}")
            print(f"  {name}: x10 input -> x{walls[10] / walls[1]:.1f} time, x50 input -> x{walls[50] / walls[1]:.1f} "
                  f"time ({walls[50] / (50 * walls[1]):.2f} of linear)")


def check_inputs(work, texts, times):
    paths = [write_lines(os.path.join(work, f"check-x{times}.{code}.txt"), texts[code], times) for code in LANGUAGES]
    return ["check"] + paths, sum(os.path.getsize(p) for p in paths) / 1e6


def reissue_inputs(work, texts, times):
    original = texts["en"] * times
    reissue = list(original)
    chooser = random.Random(times)
    for index in chooser.sample(range(len(reissue)), len(reissue) // 100):
        reissue[index] = reissue[index].replace(" the ", " a ", 1) + " (revised)"
    old = write_lines(os.path.join(work, f"reissue-x{times}-old.en.txt"), original)
    new = write_lines(os.path.join(work, f"reissue-x{times}-new.en.txt"), reissue)
    return ["reissue", old, new], (os.path.getsize(old) + os.path.getsize(new)) / 1e6


if __name__ == "__main__":
    main()
