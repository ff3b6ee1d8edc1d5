"""Gold alignments: reading the files in alignments/ and the corpus texts they refer to.

A gold file names two corpus files and says how they are cut into segments, so it stays valid whatever the
segmenter does:

    @source A_RES_217_A_III.zh.txt      corpus file of the left side (ids before the colon); a path with a
                                        folder is relative to the repository (Tests/HexaglotTests/Fixtures/real/…)
    @target A_RES_217_A_III.en.txt      corpus file of the right side
    @strip-numbers                      (optional) the aligner's input is each line without its leading
                                        number (`1.2 `, `3.b.1 `): the numbers are the answer key
    @source-cuts 4:37 4:98              (optional) a segment also starts at these LINE:COLUMN places
    @target-cuts 16:65                  (1-based; columns count Unicode code points)
    [0]:[0]                             beads: 0-based segment ids, source side first
    [1,2]:[]

Segments: every non-empty line of the (stripped) text is cut at the listed places; ids count from 0 in text
order. Lines starting with `#` are comments.
"""
import re
from pathlib import Path

LEADING_NUMBER = re.compile(r"^\s*\d+(\.[0-9a-z]+)+\s+")


class Gold:
    def __init__(self, path):
        self.path = Path(path)
        self.source = self.target = None
        self.strip_numbers = False
        self.cuts = {"source": set(), "target": set()}
        self.beads = []
        for number, raw in enumerate(self.path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@"):
                key, _, value = line[1:].partition(" ")
                if key in ("source", "target"):
                    setattr(self, key, value.strip())
                elif key == "strip-numbers":
                    self.strip_numbers = True
                elif key in ("source-cuts", "target-cuts"):
                    for place in value.split():
                        row, column = place.split(":")
                        self.cuts[key.split("-")[0]].add((int(row), int(column)))
                else:
                    raise ValueError(f"{path}:{number}: unknown directive @{key}")
                continue
            self.beads.append(parse_bead(line, f"{path}:{number}"))
        if not self.source or not self.target:
            raise ValueError(f"{path}: @source and @target are required")

    def text(self, side, corpus):
        """The aligner's input for one side: the corpus file, stripped of leading numbers if the gold says so."""
        name = getattr(self, side)
        # A path with a folder is a text committed to this repository (Tests/…/Fixtures/real), else a corpus file.
        folder = Path(__file__).resolve().parent.parent if "/" in name else Path(corpus)
        text = (folder / name).read_text(encoding="utf-8")
        if self.strip_numbers:
            text = "\n".join(LEADING_NUMBER.sub("", line) for line in text.split("\n"))
        return text

    def segments(self, side, corpus):
        """The gold segments of one side: (line, first column, text), in order."""
        return cut(self.text(side, corpus), self.cuts[side])


def parse_bead(line, where):
    match = re.fullmatch(r"\[([0-9,\s]*)\]\s*:\s*\[([0-9,\s]*)\]", line)
    if not match:
        raise ValueError(f"{where}: not a bead: {line}")
    ids = [tuple(int(x) for x in group.split(",") if x.strip()) for group in match.groups()]
    return ids[0], ids[1]


def cut(text, cuts):
    segments = []
    for row, line in enumerate(text.split("\n"), 1):
        starts = sorted(column for (r, column) in cuts if r == row)
        if not line.strip():
            if starts:
                raise ValueError(f"cut on empty line {row}")
            continue
        bounds = [1] + starts + [len(line) + 1]
        for first, end in zip(bounds, bounds[1:]):
            piece = line[first - 1:end - 1]
            if piece.strip():
                segments.append((row, first, piece.strip()))
    return segments
