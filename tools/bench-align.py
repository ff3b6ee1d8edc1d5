#!/usr/bin/env python3
"""Benchmark for `hexaglot align` with the release build (static Swift runtime).

Reports, as medians of several runs, wall time, segments per second, MB/s and peak memory for:
  - the UDHR in all six languages (`hexaglot align --format json` with six files; target: under 40 ms);
  - pre-segmented zh–en prose in the shape of a UN report (long sentences, few numbers): the sentence pairs of
    the zh–en gold alignments in alignments/ whose English side is a sentence of 100 characters or more with at
    most two digits, leading paragraph numbers taken off, repeated 1, 10 and 100 times (target: 100,000 segments
    a second at x100, x100 within 1.2 x of 10 x the time for x10, peak memory under 200 MB);
  - pre-segmented zh–en input, the whole corpus's Chinese and English texts one line a segment (lists,
    headings and all), x1, x10 and x100;
  - the same texts through the full pipeline (segmentation and structure), x1, x10 and x100.

    tools/bench-align.py            # builds the release binary first
"""
import os
import sys
import tempfile
from pathlib import Path

from alignment_gold import Gold
from benchmarking import CORPUS, ROOT, build_release, corpus_lines, lines, median_of, write_lines


def report_pairs():
    """Sentence pairs of the zh–en gold alignments that read as report prose: 1-1 beads whose English side has
    100 characters or more and at most two digits."""
    chinese, english = [], []
    for path in sorted((Path(ROOT) / "alignments").glob("*.zh-en.gold")):
        gold = Gold(path)
        source, target = gold.segments("source", CORPUS), gold.segments("target", CORPUS)
        for left, right in gold.beads:
            if len(left) == 1 and len(right) == 1:
                zh, en = source[left[0]][2], target[right[0]][2]
                if len(en) >= 100 and sum(c.isdigit() for c in en) <= 2:
                    chinese.append(zh)
                    english.append(en)
    return chinese, english


def main():
    if not os.path.isdir(CORPUS):
        sys.exit(f"no corpus at {CORPUS}")
    build_release()
    print(f"{'run':<36} {'segments':>9} {'MB':>7} {'wall (median)':>14} {'segments/s':>11} {'MB/s':>7} {'peak MiB':>9}")

    def row(name, arguments, segments, megabytes, runs):
        wall, peak = median_of(arguments, runs)
        print(f"{name:<36} {segments:>9} {megabytes:>7.2f} {wall * 1000:>11.1f} ms {segments / wall:>11.0f} "
              f"{megabytes / wall:>7.2f} {peak:>9.1f}")
        return wall

    udhr = [os.path.join(CORPUS, f"A_RES_217_A_III.{code}.txt") for code in ("zh", "ar", "en", "es", "fr", "ru")]
    size = sum(os.path.getsize(p) for p in udhr) / 1e6
    row("UDHR, six languages", ["align", "--format", "json"] + udhr, sum(len(lines(p)) for p in udhr), size, 20)

    with tempfile.TemporaryDirectory() as work:
        chinese, english = report_pairs()
        walls = {}
        for times, runs in ((1, 11), (10, 5), (100, 3)):
            paths = [write_lines(os.path.join(work, f"report-x{times}.{code}.txt"), text, times)
                     for code, text in (("zh", chinese), ("en", english))]
            megabytes = sum(os.path.getsize(p) for p in paths) / 1e6
            walls[times] = row(f"zh–en report prose x{times}, presegm.", ["align", "--format", "beads",
                               "--presegmented"] + paths, 2 * len(chinese) * times, megabytes, runs)
        print(f"  report prose ({len(chinese)} sentence pairs): x100 input -> x{walls[100] / walls[10]:.1f} the time of"
              f" x10 ({walls[100] / (10 * walls[10]):.2f} of linear)")
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
