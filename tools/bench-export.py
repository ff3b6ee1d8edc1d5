#!/usr/bin/env python3
"""Benchmark for `hexaglot export --tmx` with the release build (static Swift runtime).

The whole corpus (UDHR, SDG goals, targets and indicators) in all six languages, each language's texts joined
into one file and repeated 1, 10 and 100 times, is exported as one six-language TMX. For each size it reports,
best of several runs: the export's wall time, input and TMX megabytes per second, peak memory; and the same
alignment written as TSV instead (`align --format tsv`) for comparison: the TMX writing is a small share of
the work, which is reading, segmenting and aligning six languages.

The writing alone: the zh–en texts x100, pre-segmented (alignment is quickest there), exported and aligned
with the smallest output (`align --format beads`); the difference is the cost of building and writing the
units, and the TMX size over it is the writer's MB/s.

Targets: linear time (x100 within 1.3 x of 100 x the time for x1) and bounded memory: the writer streams, so
exporting needs no more memory than aligning (no document tree of the TMX is built).

    tools/bench-export.py            # builds the release binary first
"""
import os
import sys
import tempfile

from benchmarking import CORPUS, LANGUAGES, best_of, build_release, corpus_lines, write_lines


def main():
    if not os.path.isdir(CORPUS):
        sys.exit(f"no corpus at {CORPUS}")
    build_release()
    print(f"{'input':<12} {'input MB':>9} {'export':>10} {'input MB/s':>11} {'TMX MB':>8} {'TMX MB/s':>9} "
          f"{'peak MiB':>9} {'align (tsv)':>12} {'its peak':>9}")
    texts = {code: corpus_lines(code) for code in LANGUAGES}
    walls = {}
    with tempfile.TemporaryDirectory() as work:
        os.environ["SOURCE_DATE_EPOCH"] = "1540373400"
        for times, runs in ((1, 5), (10, 3), (100, 1)):
            paths = [write_lines(os.path.join(work, f"corpus-x{times}.{code}.txt"), text, times)
                     for code, text in texts.items()]
            megabytes = sum(os.path.getsize(p) for p in paths) / 1e6
            output = os.path.join(work, f"corpus-x{times}.tmx")
            wall, peak = best_of(["export", "--tmx", output] + paths, runs)
            align_wall, align_peak = best_of(["align", "--format", "tsv"] + paths, runs)
            tmx = os.path.getsize(output) / 1e6
            print(f"corpus x{times:<4} {megabytes:>9.2f} {wall * 1000:>7.0f} ms {megabytes / wall:>11.2f} "
                  f"{tmx:>8.2f} {tmx / wall:>9.2f} {peak:>9.1f} {align_wall * 1000:>9.0f} ms {align_peak:>9.1f}")
            walls[times] = wall
            os.remove(output)
        print(f"x10 input -> x{walls[10] / walls[1]:.1f} time, x100 input -> x{walls[100] / walls[1]:.1f} time "
              f"({walls[100] / (100 * walls[1]):.2f} of linear)")

        paths = [write_lines(os.path.join(work, f"presegmented-x100.{code}.txt"), texts[code], 100)
                 for code in ("zh", "en")]
        output = os.path.join(work, "presegmented-x100.tmx")
        wall, peak = best_of(["export", "--presegmented", "--tmx", output] + paths, 3)
        align_wall, align_peak = best_of(["align", "--presegmented", "--format", "beads"] + paths, 3)
        tmx = os.path.getsize(output) / 1e6
        print(f"writing alone (zh–en x100, pre-segmented): export {wall * 1000:.0f} ms, align (beads) "
              f"{align_wall * 1000:.0f} ms: {tmx:.1f} MB of TMX in {(wall - align_wall) * 1000:.0f} ms = "
              f"{tmx / (wall - align_wall):.1f} MB/s; peak {peak:.1f} MiB against {align_peak:.1f} MiB")


if __name__ == "__main__":
    main()
