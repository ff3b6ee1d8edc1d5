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
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "hexaglot")
CORPUS = os.path.join(os.path.dirname(ROOT), "shared", "corpus")
DOCUMENTS = ["A_RES_217_A_III", "A_RES_70_1-SDG-goals", "A_RES_70_1-SDG-targets", "A_RES_71_313-SDG-indicators"]


def run_once(arguments):
    start = time.perf_counter()
    # posix_spawn, not fork: a forked child would count this script's memory in its peak resident size.
    quiet = [(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0), (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)]
    pid = os.posix_spawn(BINARY, [BINARY] + arguments, os.environ, file_actions=quiet)
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"hexaglot {' '.join(arguments)} failed")
    return elapsed, usage.ru_maxrss / 1024


def best_of(arguments, runs):
    """Measured from a fresh small Python process, so the child's peak memory does not start from ours."""
    output = subprocess.run([sys.executable, __file__, "--measure", str(runs)] + arguments, check=True,
                            capture_output=True, text=True).stdout.split()
    return float(output[0]), float(output[1])


def lines(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read().rstrip("\n").split("\n")


def main():
    if not os.path.isdir(CORPUS):
        sys.exit(f"no corpus at {CORPUS}")
    subprocess.run(["swift", "build", "-c", "release", "--product", "hexaglot", "--static-swift-stdlib"], cwd=ROOT,
                   check=True, stdout=subprocess.DEVNULL)
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
        texts = {code: [line for d in DOCUMENTS for line in lines(os.path.join(CORPUS, f"{d}.{code}.txt"))]
                 for code in ("zh", "en")}
        for mode in ("presegmented", "pipeline"):
            walls = {}
            for times, runs in ((1, 10), (10, 5), (100, 3)):
                paths = []
                for code, text in texts.items():
                    path = os.path.join(work, f"corpus-x{times}.{code}.txt")
                    with open(path, "w", encoding="utf-8") as handle:
                        handle.write("\n".join(text * times) + "\n")
                    paths.append(path)
                segments = sum(len(t) for t in texts.values()) * times
                megabytes = sum(os.path.getsize(p) for p in paths) / 1e6
                extra = ["--presegmented"] if mode == "presegmented" else []
                walls[times] = row(f"zh–en corpus x{times}, {mode}", ["align", "--format", "beads"] + extra + paths,
                                   segments, megabytes, runs)
            print(f"  {mode}: x10 input -> x{walls[10] / walls[1]:.1f} time, x100 input -> x{walls[100] / walls[1]:.1f} "
                  f"time ({walls[100] / (100 * walls[1]):.2f} of linear)")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--measure":
        results = [run_once(sys.argv[3:]) for _ in range(int(sys.argv[2]))]
        print(min(r[0] for r in results), max(r[1] for r in results))
    else:
        main()
