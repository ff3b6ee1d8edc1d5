#!/usr/bin/env python3
"""Measures Hexaglot's alignments against the gold alignments in alignments/.

For every gold file it runs the release binary twice and prints strict and lax precision, recall and F1 (after
Sennrich and Volk 2011: strict counts beads that match a gold bead exactly; lax counts beads that overlap a gold
bead on both sides; beads empty on both sides are ignored), per file and micro-averaged over all files:

  pipeline      `hexaglot align` on the corpus text as it is (for SDG files: without the leading numbers),
                Hexaglot's own segmentation; its units are mapped onto the gold segments by where they start
                (units that share a gold segment are merged, so a segmentation error costs what it should)
  presegmented  `hexaglot align --presegmented` on the gold segments, one a line: the aligner alone, as other
                aligners are measured on their test sets

usage: tools/evaluate-alignment.py [--corpus DIR] [--binary PATH] [--mode pipeline|presegmented|both]
                                   [--show-errors] [GOLD_FILE...]
"""
import argparse
import bisect
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from alignment_gold import Gold, parse_bead  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def language(corpus_name):
    return corpus_name.rsplit(".", 2)[-2]


def run(binary, args):
    result = subprocess.run([str(binary)] + args, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"hexaglot {' '.join(args)} failed ({result.returncode}): {result.stderr.strip()}")
    return result.stdout


def presegmented_beads(gold, corpus, binary, scratch):
    paths = []
    for side in ("source", "target"):
        code = language(getattr(gold, side))
        path = Path(scratch) / f"{side}.{code}.txt"
        path.write_text("\n".join(text for _, _, text in gold.segments(side, corpus)) + "\n", encoding="utf-8")
        paths.append(str(path))
    output = run(binary, ["align", "--presegmented", "--format", "beads"] + paths)
    return [parse_bead(line, "hexaglot output") for line in output.splitlines() if line.strip()]


def pipeline_beads(gold, corpus, binary, scratch):
    paths = []
    for side in ("source", "target"):
        code = language(getattr(gold, side))
        path = Path(scratch) / f"{side}.{code}.txt"
        path.write_text(gold.text(side, corpus), encoding="utf-8")
        paths.append(str(path))
    result = json.loads(run(binary, ["align", "--format", "json"] + paths))
    # Gold segment starts per side, and for each of Hexaglot's segments the gold segments it covers.
    projected = []
    for version, side in enumerate(("source", "target")):
        starts = [(row, column) for row, column, _ in gold.segments(side, corpus)]
        ours = sorted(
            {(item["line"], item["column"], item["id"]) for unit in result["units"] for item in unit["segments"][version]}
        )
        covers = {}
        for index, (row, column, ident) in enumerate(ours):
            end = (ours[index + 1][0], ours[index + 1][1]) if index + 1 < len(ours) else (10**9, 0)
            # The gold segment this one starts in, and every gold segment starting before the next one.
            first = max(bisect.bisect_right(starts, (row, column)) - 1, 0)
            covers[ident] = set(range(first, max(bisect.bisect_left(starts, end), first + 1)))
        projected.append(covers)
    beads = []
    for unit in result["units"]:
        sides = [set().union(*[projected[v][item["id"]] for item in unit["segments"][v]]) for v in (0, 1)]
        # A gold segment split between units joins them.
        while beads and (beads[-1][0] & sides[0] or beads[-1][1] & sides[1]):
            last = beads.pop()
            sides = [last[0] | sides[0], last[1] | sides[1]]
        beads.append(sides)
    # Gold segments no unit reached (text Hexaglot dropped) would be lost: count them as unaligned.
    return [(tuple(sorted(s)), tuple(sorted(t))) for s, t in beads]


def overlaps(a, b):
    return (not a and not b) or bool(set(a) & set(b))


def score(test, gold):
    test = [bead for bead in test if bead[0] or bead[1]]
    gold = [bead for bead in gold if bead[0] or bead[1]]
    gold_set, test_set = set(gold), set(test)
    strict = (sum(bead in gold_set for bead in test), len(test), sum(bead in test_set for bead in gold), len(gold))
    lax_test = sum(any(overlaps(t[0], g[0]) and overlaps(t[1], g[1]) for g in gold) for t in test)
    lax_gold = sum(any(overlaps(t[0], g[0]) and overlaps(t[1], g[1]) for t in test) for g in gold)
    return strict, (lax_test, len(test), lax_gold, len(gold))


def prf(counts):
    correct_test, tests, correct_gold, golds = counts
    precision = correct_test / tests if tests else 0.0
    recall = correct_gold / golds if golds else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="*", help="gold files (default: alignments/*.gold)")
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--binary", default=str(ROOT / ".build" / "release" / "hexaglot"))
    parser.add_argument("--mode", choices=["pipeline", "presegmented", "both"], default="both")
    parser.add_argument("--show-errors", action="store_true", help="list the beads that differ from the gold")
    options = parser.parse_args()
    if not Path(options.corpus).is_dir():
        sys.exit(f"no corpus at {options.corpus} (give --corpus DIR)")
    if not Path(options.binary).exists():
        sys.exit(f"no binary at {options.binary}: swift build -c release --static-swift-stdlib --product hexaglot")
    files = [Path(p) for p in options.gold] or sorted((ROOT / "alignments").glob("*.gold"))
    modes = ["pipeline", "presegmented"] if options.mode == "both" else [options.mode]
    totals = {mode: [[0] * 4, [0] * 4] for mode in modes}
    print(f"{'gold file':<44} {'mode':<13} {'strict P':>8} {'R':>6} {'F1':>6}   {'lax P':>6} {'R':>6} {'F1':>6}")
    with tempfile.TemporaryDirectory() as scratch:
        for path in files:
            gold = Gold(path)
            for mode in modes:
                align = pipeline_beads if mode == "pipeline" else presegmented_beads
                test = align(gold, options.corpus, options.binary, scratch)
                strict, lax = score(test, gold.beads)
                for total, counts in zip(totals[mode], (strict, lax)):
                    for k in range(4):
                        total[k] += counts[k]
                s, l = prf(strict), prf(lax)
                print(f"{path.name:<44} {mode:<13} {s[0]:8.4f} {s[1]:6.4f} {s[2]:6.4f}   {l[0]:6.4f} {l[1]:6.4f} {l[2]:6.4f}")
                if options.show_errors:
                    gold_set = set(gold.beads)
                    for bead in test:
                        if bead not in gold_set and (bead[0] or bead[1]):
                            print(f"    wrong: [{','.join(map(str, bead[0]))}]:[{','.join(map(str, bead[1]))}]")
    for mode in modes:
        s, l = prf(totals[mode][0]), prf(totals[mode][1])
        print(f"{'micro-average':<44} {mode:<13} {s[0]:8.4f} {s[1]:6.4f} {s[2]:6.4f}   {l[0]:6.4f} {l[1]:6.4f} {l[2]:6.4f}")


if __name__ == "__main__":
    main()
