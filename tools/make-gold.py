#!/usr/bin/env python3
"""Writes gold alignment files for alignments/.

  make-gold.py pairs PAIRS SOURCE TARGET OUT   from a hand-made pairs file (groups of `S: ` and `T: ` sentences
                                               copied from the corpus, separated by `===`): the cuts are where
                                               sentences start inside lines, the beads are the groups
  make-gold.py sdg SOURCE TARGET OUT           from the SDG numbers: every line is a segment, a line without a
                                               number continues the entry above, entries pair by number

SOURCE and TARGET are corpus files; OUT names them by file name only. The pairs files hold corpus text and
stay out of the repository; the gold files hold only places and ids.
"""
import re
import sys
from pathlib import Path

NUMBER = re.compile(r"^\s*(\d+(?:\.[0-9a-z]+)+)\s+")


def from_pairs(pairs_path, source_path, target_path):
    groups, current = [], {"S": [], "T": []}
    for raw in Path(pairs_path).read_text(encoding="utf-8").split("\n"):
        if raw.strip() == "===":
            if current["S"] or current["T"]:
                groups.append(current)
            current = {"S": [], "T": []}
        elif raw[:3] in ("S: ", "T: "):
            current[raw[0]].append(raw[3:])
    if current["S"] or current["T"]:
        groups.append(current)
    cuts, ids = {}, {}
    for side, path in (("S", source_path), ("T", target_path)):
        lines = Path(path).read_text(encoding="utf-8").split("\n")
        row, column, side_cuts, side_ids, count = 0, 0, [], [], 0
        for group in groups:
            group_ids = []
            for sentence in group[side]:
                while row < len(lines) and not lines[row][column:].strip():
                    row, column = row + 1, 0
                column += len(lines[row][column:]) - len(lines[row][column:].lstrip())
                if not lines[row].startswith(sentence, column):
                    sys.exit(f"{pairs_path}: {side} sentence {sentence[:40]!r} is not at {path}:{row + 1}:{column + 1}")
                if column > len(lines[row]) - len(lines[row].lstrip()):
                    side_cuts.append(f"{row + 1}:{column + 1}")
                group_ids.append(count)
                count += 1
                column += len(sentence)
            side_ids.append(group_ids)
        cuts[side], ids[side] = side_cuts, side_ids
    beads = [(ids["S"][k], ids["T"][k]) for k in range(len(groups))]
    return cuts["S"], cuts["T"], beads


def from_sdg(source_path, target_path):
    def entries(path):
        result = []
        segment = 0
        for line in Path(path).read_text(encoding="utf-8").split("\n"):
            if not line.strip():
                continue
            match = NUMBER.match(line)
            if match:
                result.append((match.group(1), [segment]))
            elif result:
                result[-1][1].append(segment)
            else:
                sys.exit(f"{path}: text before the first number")
            segment += 1
        return result

    source, target = entries(source_path), entries(target_path)
    target_by_number = {number: ids for number, ids in target}
    if len(target_by_number) != len(target):
        sys.exit(f"{target_path}: a number occurs twice")
    beads, used = [], set()
    order = [number for number, _ in target]
    position = 0
    for number, ids in source:
        if number in target_by_number:
            # Target entries skipped over have no source counterpart.
            while order[position] != number:
                beads.append(((), tuple(target_by_number[order[position]])))
                used.add(order[position])
                position += 1
            beads.append((tuple(ids), tuple(target_by_number[number])))
            used.add(number)
            position += 1
        else:
            beads.append((tuple(ids), ()))
    for number in order[position:]:
        beads.append(((), tuple(target_by_number[number])))
    return [], [], beads


def write(out, source_path, target_path, cuts_source, cuts_target, beads, header, strip):
    lines = [f"# {line}" if line else "#" for line in header]
    lines += [f"@source {Path(source_path).name}", f"@target {Path(target_path).name}"]
    if strip:
        lines.append("@strip-numbers")
    if cuts_source:
        lines.append("@source-cuts " + " ".join(cuts_source))
    if cuts_target:
        lines.append("@target-cuts " + " ".join(cuts_target))
    lines += [f"[{','.join(map(str, s))}]:[{','.join(map(str, t))}]" for s, t in beads]
    Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "pairs":
        _, _, pairs, source, target, out = sys.argv
        cs, ct, beads = from_pairs(pairs, source, target)
        header = [
            "Made by hand: a reader compared both texts sentence by sentence and grouped what translates what",
            "(without any aligner); sentences cut after 。！？ and . ! ? ؟ only. See alignments/README.md.",
        ]
        write(out, source, target, cs, ct, beads, header, strip=False)
    elif len(sys.argv) == 5 and sys.argv[1] == "sdg":
        _, _, source, target, out = sys.argv
        cs, ct, beads = from_sdg(source, target)
        header = [
            "Made from the SDG numbers: entries with the same number pair up; the aligner gets the lines",
            "without their numbers (@strip-numbers). See alignments/README.md.",
        ]
        write(out, source, target, cs, ct, beads, header, strip=True)
    else:
        sys.exit(__doc__)
