#!/usr/bin/env python3
"""Benchmark for reading Word documents with the release build (static Swift runtime):

  `hexaglot check` on a 200-page .docx: the Chinese and English corpus texts as paragraphs, each text's numbered
  lines (`1.`, `(a)`, `一、`) turned into automatic numbering of Word's own (numbering.xml, several list
  definitions and levels), footnote calls and notes every 20 paragraphs, repeated until the text fills about 200
  pages (100,000 words or 300,000 Chinese characters).

It prints the best wall time, MB and peak memory of each (target: under 1 s and under 200 MB).

    tools/bench-docx.py            # builds the release binary first
"""
import os
import re
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

from benchmarking import CORPUS, best_of, build_release, corpus_lines

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MARKER = re.compile(r"^\s*(\(?[0-9a-z一二三四五六七八九十]{1,4}[.)、]|\([a-z]\)|（[一二三四五六七八九十]+）)\s*")
NUMBERING = f"""<?xml version="1.0" encoding="UTF-8"?><w:numbering {W}>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>"""


def document(code, target_units):
    """The .docx parts for the corpus text of `code`, repeated up to `target_units` characters (words in English)."""
    source = [line for line in corpus_lines(code) if line.strip()]
    paragraphs, notes, units, index = [], [], 0, 0
    num = "2" if code == "zh" else "1"
    while units < target_units:
        line = source[index % len(source)]
        index += 1
        match = MARKER.match(line)
        text = escape(line[match.end():] if match else line)
        units += len(line) if code == "zh" else len(line.split())
        properties = ""
        if match:
            level = 1 if "(" in match.group(1) or "（" in match.group(1) else 0
            properties = f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>'
        call = ""
        if index % 20 == 0:
            notes.append(f'<w:footnote w:id="{len(notes) + 1}"><w:p><w:r><w:t>Note {len(notes) + 1}.</w:t></w:r></w:p></w:footnote>')
            call = f'<w:r><w:footnoteReference w:id="{len(notes)}"/></w:r>'
        paragraphs.append(f'<w:p>{properties}<w:r><w:t xml:space="preserve">{text}</w:t></w:r>{call}</w:p>')
    return {
        "[Content_Types].xml": "<Types/>",
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{"".join(paragraphs)}</w:body></w:document>',
        "word/numbering.xml": NUMBERING,
        "word/footnotes.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes {W}>{"".join(notes)}</w:footnotes>',
    }


def main():
    if not os.path.isdir(CORPUS):
        sys.exit(f"no corpus at {CORPUS}")
    build_release()
    print(f"{'run':<36} {'MB':>7} {'wall (best)':>12} {'peak MiB':>9}")
    with tempfile.TemporaryDirectory() as work:
        for code, units in (("en", 100_000), ("zh", 300_000)):
            path = os.path.join(work, f"report.{code}.docx")
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
                for name, text in document(code, units).items():
                    archive.writestr(name, text)
            wall, peak = best_of(["check", path], 5)
            print(f"{'check, 200-page .docx (' + code + ')':<36} {os.path.getsize(path) / 1e6:>7.2f} "
                  f"{wall * 1000:>9.1f} ms {peak:>9.1f}")


if __name__ == "__main__":
    main()
