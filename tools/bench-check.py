#!/usr/bin/env python3
"""Benchmark for `hexaglot check` with the release build.

Prints the start-up floor (`--version`) next to `check` on the seed (medians of 50 runs), then times the bundled
sample and the corpus (../shared/corpus) concatenated 1, 10 and 100 times, and prints the best wall time,
throughput, peak memory, and how time grows with input size (linear means x10 input ≈ x10 time).

    tools/bench-check.py            # builds the release binary first
    HEXAGLOT_BINARY=/other/hexaglot tools/bench-check.py   # times that binary instead (an earlier build, say)
    tools/bench-check.py --startup  # only the start-up line, with the binary built already
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.environ.get("HEXAGLOT_BINARY") or os.path.join(ROOT, ".build", "release", "hexaglot")
SAMPLE = os.path.join(ROOT, "samples", "A-C.1-73-L.27.zh.md")
CORPUS = os.path.join(os.path.dirname(ROOT), "shared", "corpus")


def run_once(path):
    """Wall seconds and peak resident MiB of one `hexaglot check` run."""
    start = time.perf_counter()
    # posix_spawn (vfork underneath), not fork: a forked child would count this script's memory in its peak
    # resident size, which survives exec.
    devnull = [(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0), (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)]
    pid = os.posix_spawn(BINARY, [BINARY, "check", path], os.environ, file_actions=devnull)
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"hexaglot check {path} exited {code}")
    return elapsed, usage.ru_maxrss / 1024


def best_of(path, runs):
    """Measured from a fresh, small Python process: a spawned child's peak resident size starts from its
    parent's, and this one has held whole test files in memory."""
    output = subprocess.run([sys.executable, __file__, "--measure", path, str(runs)], check=True,
                            capture_output=True, text=True).stdout.split()
    return float(output[0]), float(output[1])


def measure(path, runs):
    results = [run_once(path) for _ in range(runs)]
    print(min(r[0] for r in results), max(r[1] for r in results))


def median_walls(commands, runs):
    """The median wall time of `runs` runs of hexaglot with each argument list of `commands` (after two warm-up
    rounds), in seconds. The commands take turns, run by run, so that a slower spell of a shared machine weighs
    on each of them alike and their ratio holds."""
    quiet = [(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0), (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)]
    walls = [[] for _ in commands]
    for run in range(runs + 2):
        for index, arguments in enumerate(commands):
            start = time.perf_counter()
            pid = os.posix_spawn(BINARY, [BINARY] + arguments, os.environ, file_actions=quiet)
            os.waitpid(pid, 0)
            if run >= 2:
                walls[index].append(time.perf_counter() - start)
    return [statistics.median(times) for times in walls]


def startup():
    """Start-up: `check` on the seed against the floor every run pays (`--version`: the process, the Swift
    runtime, argument parsing), as medians of 100 runs each. Targets: under 20 ms, and under twice the floor."""
    floor, seed = median_walls([["--version"], ["check", SAMPLE]], 100)
    print(f"start-up (medians of 100, taking turns): --version {floor * 1000:.1f} ms, check on the seed "
          f"{seed * 1000:.1f} ms ({seed / floor:.2f} x --version)")


def main():
    # A static Swift runtime saves the dynamic linker about 15 ms a run: what a deployed binary would use.
    if not os.environ.get("HEXAGLOT_BINARY"):
        subprocess.run(["swift", "build", "-c", "release", "--product", "hexaglot", "--static-swift-stdlib"], cwd=ROOT,
                       check=True, stdout=subprocess.DEVNULL)
    startup()
    print(f"{'input':<20} {'size':>10} {'wall (best)':>12} {'MB/s':>8} {'peak memory':>12}")
    rows = [("sample (seed)", SAMPLE, 30)]
    with tempfile.TemporaryDirectory() as work:
        if os.path.isdir(CORPUS):
            names = sorted(n for n in os.listdir(CORPUS) if n.endswith(".txt"))
            corpus = b"".join(open(os.path.join(CORPUS, n), "rb").read() for n in names)
            for times, runs in ((1, 10), (10, 5), (100, 3)):
                path = os.path.join(work, f"corpus-x{times}.txt")
                with open(path, "wb") as out:
                    for _ in range(times):
                        out.write(corpus)
                rows.append((f"corpus x{times}", path, runs))
            del corpus
        else:
            print("../shared/corpus not found: corpus rows skipped", file=sys.stderr)
        # Shapes that would expose work done again and again: each must stay linear.
        shapes = {
            "wrapped 100k lines": "Title\n" + "lorem ipsum dolor sit amet\n" * 100_000,
            "one 10 MB line": "x " * 5_000_000 + "\n",
            "400k traditional": "標題\n" + "關鍵 各国 " * 200_000 + "\n",
            "20k foreign items": "(一) 各国。\n" + "".join(
                f"({'bcdefghijklmnopqrstuvwxyz'[i % 25] * (i // 25 + 1)}) item\n" for i in range(20_000)),
            # One 8 MB paragraph holding 20,000 sentences with a run-in marker each: cut in one pass, not one a cut.
            "20k run-in items": "Intro: " + " ".join(
                f"({'abcdefghijklmnopqrstuvwxyz'[i % 26] * (i // 26 + 1)}) Text of the item number here."
                for i in range(20_000)) + "\n",
        }
        for label, text in shapes.items():
            path = os.path.join(work, label.replace(" ", "-") + ".txt")
            with open(path, "w", encoding="utf-8") as out:
                out.write(text)
            rows.append((label, path, 2))
        del shapes
        timings = {}
        for label, path, runs in rows:
            size = os.path.getsize(path)
            seconds, peak = best_of(path, runs)
            timings[label] = seconds
            print(f"{label:<20} {size / 1048576:>7.2f} MB {seconds * 1000:>9.1f} ms {size / 1048576 / seconds:>8.1f}"
                  f" {peak:>8.1f} MiB")
    if "corpus x100" in timings:
        print(f"growth: x10 input -> x{timings['corpus x10'] / timings['corpus x1']:.1f} time, "
              f"x100 input -> x{timings['corpus x100'] / timings['corpus x1']:.1f} time")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--measure":
        measure(sys.argv[2], int(sys.argv[3]))
    elif sys.argv[1:] == ["--startup"]:
        startup()
    elif sys.argv[1:]:
        sys.exit(__doc__)
    else:
        main()
