#!/usr/bin/env python3
"""Benchmark for `hexaglot align` with the release build (static Swift runtime).

Reports, best of several runs, wall time, segments per second, MB/s and peak memory for:
  - the UDHR in all six languages (`hexaglot align` with six files; target: under 100 ms);
  - pre-segmented zh–en input, the whole corpus's Chinese and English texts one line a segment, repeated 1, 10
    and 100 times (target: 50,000 segments a second; linear: x100 within 1.3 x of 100 x the time for x1;
    peak memory under 1 GB);
  - the same texts through the full pipeline (segmentation and structure), x1, x10 and x100.

    tools/bench-align.py            # builds the release binary first
"""
import os
import sys
import tempfile

from benchmarking import CORPUS, best_of, build_release, corpus_lines, lines, write_lines


def main():
    if not os.path.isdir(CORPUS):
        sys.exit(f"no corpus at {CORPUS}")
    build_release()
    print(f"{'run':<36} {'segments':>9} {'MB':>7} {'wall (best)':>12} {'segments/s':>11} {'MB/s':>7} {'peak MiB':>9}")

    def row(name, arguments, segments, megabytes, runs):
        wall, peak = best_of(arguments, runs)
        print(f"{name:<36} {segments:>9} {megabytes:>7.2f} {wall * 1000:>9.1f} ms {segments / wall:>11.0f} "
              f"{megabytes / wall:>7.2f} {peak:>9.1f}")
        return wall

    udhr = [os.path.join(CORPUS, f"A_RES_217_A_III.{code}.txt") for code in ("zh", "ar", "en", "es", "fr", "ru")]
    size = sum(os.path.getsize(p) for p in udhr) / 1e6
    row("UDHR, six languages", ["align", "--format", "json"] + udhr, sum(len(lines(p)) for p in udhr), size, 20)

    with tempfile.TemporaryDirectory() as work:
        texts = {code: corpus_lines(code) for code in ("zh", "en")}
        for mode in ("presegmented", "pipeline"):
            walls = {}
            for times, runs in ((1, 10), (10, 5), (100, 3)):
                paths = [write_lines(os.path.join(work, f"corpus-x{times}.{code}.txt"), text, times)
                         for code, text in texts.items()]
                segments = sum(len(t) for t in texts.values()) * times
                megabytes = sum(os.path.getsize(p) for p in paths) / 1e6
                extra = ["--presegmented"] if mode == "presegmented" else []
                walls[times] = row(f"zh–en corpus x{times}, {mode}", ["align", "--format", "beads"] + extra + paths,
                                   segments, megabytes, runs)
            print(f"  {mode}: x10 input -> x{walls[10] / walls[1]:.1f} time, x100 input -> x{walls[100] / walls[1]:.1f} "
                  f"time ({walls[100] / (100 * walls[1]):.2f} of linear)")


if __name__ == "__main__":
    main()
