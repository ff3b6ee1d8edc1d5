#!/usr/bin/env python3
"""Precision and recall of Hexaglot's checks on real UN texts, against labels made by reading.

    tools/evaluate-checks.py [--hexaglot PATH] [--show] [--markdown] [--without-stress]

The labelled set:
  Tests/HexaglotTests/Fixtures/real/X.<lang>.txt   real texts, each with X.<lang>.labels.tsv beside it
  Tests/HexaglotTests/Fixtures/real/corpus/*.labels.tsv
                                                   labels of ../shared/corpus files (used when it is present)
  samples/A-C.1-73-L.27.zh.md                      the bundled sample (labels in Fixtures/real/samples/)
A labels file is tab-separated: `path  line  rule  why`, one true fault a line; `*` as the line for a finding about
the whole document. Each file is checked on its own (`hexaglot check --format json FILE`), so only single-document
rules count: xlang.* and align.* are left out. A finding is a true positive when a label of its file has its line and
rule (each label matched once), else a false positive; a label no finding matched is a missed fault. Texts named in
Fixtures/real/STRESS count in every row and are also left out of a last row, "all but STRESS texts".

Cross-version rules (xlang.*, align.*) are measured on the version sets of Fixtures/real/versions/SETS (a name and
its files, the pivot first), each checked as one run (`hexaglot check --format json FILES...`), against
versions/<set>.<lang>.xlang.tsv (the pivot against <lang>; see versions/GUIDE.md). A finding belongs to the pair of
its file and its counterpart's file; it is true when a label of that pair has its file, its rule and its line (a
number mismatch: at most 2 lines away, as its unit may start before the number), each label matched once. A set whose files are absent (../shared) is left out with a note.
"""
import argparse
import collections
import csv
import glob
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REAL = os.path.join(ROOT, "Tests", "HexaglotTests", "Fixtures", "real")
CORPUS = os.path.join(os.path.dirname(ROOT), "shared", "corpus")


def labelled_files():
    """(text path, labels path) for every labelled document that is present."""
    pairs = []
    for labels in sorted(glob.glob(os.path.join(REAL, "*.labels.tsv"))):
        pairs.append((labels[: -len(".labels.tsv")] + ".txt", labels))
    corpus_labels = sorted(glob.glob(os.path.join(REAL, "corpus", "*.labels.tsv")))
    if corpus_labels and not os.path.isdir(CORPUS):
        print(f"note: {CORPUS} is absent; its {len(corpus_labels)} labelled files are left out", file=sys.stderr)
    for labels in corpus_labels:
        text = os.path.join(CORPUS, os.path.basename(labels)[: -len(".labels.tsv")] + ".txt")
        if os.path.exists(text):
            pairs.append((text, labels))
    for labels in sorted(glob.glob(os.path.join(REAL, "samples", "*.labels.tsv"))):
        pairs.append((os.path.join(ROOT, "samples", os.path.basename(labels)[: -len(".labels.tsv")] + ".md"), labels))
    return pairs


def stress_files():
    """Names of labelled texts reported apart (Fixtures/real/STRESS, one a line, # for comments)."""
    path = os.path.join(REAL, "STRESS")
    if not os.path.exists(path):
        return set()
    with open(path, encoding="utf-8") as handle:
        return {line.strip() for line in handle if line.strip() and not line.startswith("#")}


def read_labels(path):
    with open(path, encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or rows[0][:3] != ["path", "line", "rule"]:
        sys.exit(f"{path}: the first line must be the header path, line, rule, why")
    labels = []
    for number, row in enumerate(rows[1:], start=2):
        if not row or not "".join(row).strip():
            continue
        if len(row) < 3 or not (row[1] == "*" or row[1].isdigit()):
            sys.exit(f"{path}:{number}: expected path, line (a number or *), rule, why")
        labels.append({"line": row[1], "rule": row[2].strip(), "why": row[3] if len(row) > 3 else ""})
    return labels


def findings_of(binary, text):
    result = subprocess.run([binary, "check", "--format", "json", text], capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.exit(f"hexaglot check {text} failed: {result.stderr.strip()}")
    return [f for f in json.loads(result.stdout)["findings"] if not f["rule"].startswith(("xlang.", "align."))]


def match(findings, labels):
    """True positives, false positives and missed labels of one file."""
    open_labels = list(labels)
    hits, false = [], []
    for finding in findings:
        for index, label in enumerate(open_labels):
            if label["rule"] == finding["rule"] and label["line"] in ("*", str(finding["line"])):
                hits.append(finding)
                del open_labels[index]
                break
        else:
            false.append(finding)
    return hits, false, open_labels


VERSIONS = os.path.join(REAL, "versions")
# A number is labelled on its line; its finding is put where its aligned unit starts, which may be a line or two
# before. Other cross-version findings are put on the line they are about.
LINE_TOLERANCE = {"xlang.number-mismatch": 2}


def language_of(path):
    """`x.zh.txt` -> `zh`."""
    parts = os.path.basename(path).split(".")
    return parts[-2] if len(parts) >= 3 else ""


def version_sets():
    """(name, files) of each version set in versions/SETS, files relative to the checkout."""
    path = os.path.join(VERSIONS, "SETS")
    if not os.path.exists(path):
        return []
    sets = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                name, *files = line.rstrip("\n").split("\t")
                sets.append((name, [os.path.normpath(os.path.join(ROOT, f)) for f in files]))
    return sets


def cross_version_counts(binary, show):
    """Per rule: findings, true, false, missed, over the version sets present; and the number of sets run."""
    counts = collections.defaultdict(lambda: [0, 0, 0, 0])
    run = 0
    for name, files in version_sets():
        if not all(os.path.exists(f) for f in files):
            print(f"note: version set {name} is left out: its files are not all present", file=sys.stderr)
            continue
        run += 1
        result = subprocess.run([binary, "check", "--format", "json", *files], capture_output=True, text=True)
        if result.returncode not in (0, 1):
            sys.exit(f"hexaglot check {name} failed: {result.stderr.strip()}")
        findings = [f for f in json.loads(result.stdout)["findings"] if f["rule"].startswith(("xlang.", "align."))]
        pivot = language_of(files[0])
        labels = {}
        for other in files[1:]:
            labels_path = os.path.join(VERSIONS, f"{name}.{language_of(other)}.xlang.tsv")
            labels[language_of(other)] = read_labels(labels_path) if os.path.exists(labels_path) else []
            for label in labels[language_of(other)]:
                label["path"] = label.get("path") or ""
        # read_labels drops the path column: read it again for the file each label is in.
        for other in files[1:]:
            labels_path = os.path.join(VERSIONS, f"{name}.{language_of(other)}.xlang.tsv")
            if os.path.exists(labels_path):
                with open(labels_path, encoding="utf-8") as handle:
                    rows = [row for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)][1:]
                paths = [row[0] for row in rows if row and "".join(row).strip()]
                for label, label_path in zip(labels[language_of(other)], paths):
                    label["path"] = label_path
        for finding in findings:
            counts[finding["rule"]][0] += 1
            languages = {language_of(finding["path"])}
            if finding.get("counterpart"):
                languages.add(language_of(finding["counterpart"]["path"]))
            pair = next((language for language in sorted(languages) if language != pivot), None)
            open_labels = labels.get(pair, [])
            candidates = [
                (abs(int(label["line"]) - finding["line"]), index) for index, label in enumerate(open_labels)
                if label["rule"] == finding["rule"] and label["path"] == os.path.basename(finding["path"])
                and label["line"].isdigit()
                and abs(int(label["line"]) - finding["line"]) <= LINE_TOLERANCE.get(finding["rule"], 0)
            ]
            if candidates:
                del open_labels[min(candidates)[1]]
                counts[finding["rule"]][1] += 1
            else:
                counts[finding["rule"]][2] += 1
                if show:
                    print(f"false positive  {name} {os.path.basename(finding['path'])}:{finding['line']} "
                          f"[{finding['rule']}] {finding['message']}")
        for pair, open_labels in labels.items():
            for label in open_labels:
                counts[label["rule"]][3] += 1
                if show:
                    print(f"missed          {name} ({pivot}-{pair}) {label['path']}:{label['line']} [{label['rule']}] "
                          f"{label['why']}")
    return counts, run


def print_table(rows, header, markdown):
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("| --- " * len(header) + "|")
        for row in rows:
            print("| " + " | ".join(f"`{c}`" if i == 0 and not c.startswith("all") else str(c)
                                    for i, c in enumerate(row)) + " |")
    else:
        print(f"{header[0]:34} " + " ".join(f"{h:>9}" for h in header[1:]))
        for row in rows:
            print(f"{row[0]:34} " + " ".join(f"{str(c):>9}" for c in row[1:]))


def rule_rows(counts):
    rows = []
    for rule in sorted(counts):
        found, true, false, missed = counts[rule]
        rows.append([rule, found, true, false, missed, ratio(true, true + false), ratio(true, true + missed)])
    total = [sum(column) for column in zip(*counts.values())] if counts else [0, 0, 0, 0]
    rows.append(["all", total[0], total[1], total[2], total[3], ratio(total[1], total[1] + total[2]),
                 ratio(total[1], total[1] + total[3])])
    return rows


def ratio(numerator, denominator):
    return f"{numerator / denominator:.3f}" if denominator else "-"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hexaglot", default=os.path.join(ROOT, ".build", "release", "hexaglot"))
    parser.add_argument("--show", action="store_true", help="list every false positive and missed fault")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown (for the README)")
    parser.add_argument("--without-stress", action="store_true",
                        help="leave the texts named in Fixtures/real/STRESS out of every row")
    arguments = parser.parse_args()
    if not os.path.exists(arguments.hexaglot):
        sys.exit(f"{arguments.hexaglot}: no such binary; build it with swift build -c release --product hexaglot")

    counts = collections.defaultdict(lambda: [0, 0, 0, 0])  # findings, true positives, false positives, missed
    ordinary = [0, 0, 0, 0]  # the same, all rules, for the texts not listed in STRESS
    stress = stress_files()
    pairs = labelled_files()
    if arguments.without_stress:
        pairs = [(text, labels) for text, labels in pairs if os.path.basename(text) not in stress]
        stress = set()
    for text, labels_path in pairs:
        labels = read_labels(labels_path)
        findings = findings_of(arguments.hexaglot, text)
        hits, false, missed = match(findings, labels)
        name = os.path.relpath(text, os.path.dirname(ROOT)) if text.startswith(CORPUS) else os.path.relpath(text, ROOT)
        for finding in findings:
            counts[finding["rule"]][0] += 1
        for finding in hits:
            counts[finding["rule"]][1] += 1
        for finding in false:
            counts[finding["rule"]][2] += 1
            if arguments.show:
                print(f"false positive  {name}:{finding['line']}:{finding['column']} [{finding['rule']}] {finding['message']}")
        if os.path.basename(text) not in stress:
            for index, value in enumerate([len(findings), len(hits), len(false), len(missed)]):
                ordinary[index] += value
        for label in missed:
            counts[label["rule"]][3] += 1
            if arguments.show:
                print(f"missed          {name}:{label['line']} [{label['rule']}] {label['why']}")

    header = ["rule", "findings", "true", "false", "missed", "precision", "recall"]
    rows = rule_rows(counts)
    if stress:
        rows.append(["all but STRESS texts", ordinary[0], ordinary[1], ordinary[2], ordinary[3],
                     ratio(ordinary[1], ordinary[1] + ordinary[2]), ratio(ordinary[1], ordinary[1] + ordinary[3])])
    print(f"{len(pairs)} labelled files")
    print_table(rows, header, arguments.markdown)

    cross, sets = cross_version_counts(arguments.hexaglot, arguments.show)
    print()
    print(f"{sets} version sets (cross-version rules)")
    print_table(rule_rows(cross), header, arguments.markdown)


if __name__ == "__main__":
    main()
