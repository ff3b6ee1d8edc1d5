"""What the benchmarks share: the release build, and best-of-N wall time and peak memory of one hexaglot run.

    import benchmarking
    benchmarking.build_release()
    wall, peak_mib = benchmarking.best_of(["align", "a.zh.txt", "a.en.txt"], runs=5)
"""
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "hexaglot")
CORPUS = os.path.join(os.path.dirname(ROOT), "shared", "corpus")
DOCUMENTS = ["A_RES_217_A_III", "A_RES_70_1-SDG-goals", "A_RES_70_1-SDG-targets", "A_RES_71_313-SDG-indicators"]
LANGUAGES = ["zh", "ar", "en", "es", "fr", "ru"]


def build_release():
    """The binary users run: release, with the Swift runtime linked in."""
    subprocess.run(["swift", "build", "-c", "release", "--product", "hexaglot", "--static-swift-stdlib"], cwd=ROOT,
                   check=True, stdout=subprocess.DEVNULL)


def run_once(arguments, environment=None):
    """Wall time in seconds and peak resident memory in MiB of one run; output is discarded."""
    start = time.perf_counter()
    # posix_spawn, not fork: a forked child would count this script's memory in its peak resident size.
    quiet = [(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0), (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)]
    pid = os.posix_spawn(BINARY, [BINARY] + arguments, environment or os.environ, file_actions=quiet)
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"hexaglot {' '.join(arguments)} failed")
    return elapsed, usage.ru_maxrss / 1024


def best_of(arguments, runs):
    """The best wall time and the largest peak memory of `runs` runs, measured from a fresh small Python
    process, so the child's peak memory does not start from the caller's."""
    return _measured("--best", arguments, runs)


def median_of(arguments, runs):
    """The median wall time and the largest peak memory of `runs` runs, measured as `best_of` is."""
    return _measured("--median", arguments, runs)


def _measured(statistic, arguments, runs):
    output = subprocess.run([sys.executable, os.path.abspath(__file__), statistic, str(runs)] + arguments,
                            check=True, capture_output=True, text=True).stdout.split()
    return float(output[0]), float(output[1])


def lines(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read().rstrip("\n").split("\n")


def corpus_lines(code):
    """The lines of every corpus document in language `code`, one document after another."""
    return [line for document in DOCUMENTS for line in lines(os.path.join(CORPUS, f"{document}.{code}.txt"))]


def write_lines(path, text_lines, times=1):
    """Writes `text_lines` repeated `times` times, one a line, and returns `path`."""
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(text_lines * times) + "\n")
    return path


if __name__ == "__main__":
    results = [run_once(sys.argv[3:]) for _ in range(int(sys.argv[2]))]
    walls = sorted(r[0] for r in results)
    print(walls[len(walls) // 2] if sys.argv[1] == "--median" else walls[0], max(r[1] for r in results))
