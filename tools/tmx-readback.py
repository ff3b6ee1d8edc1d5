#!/usr/bin/python3
"""Reads a TMX file with translate-toolkit and prints its units as JSON, one object a unit:
{"id": tuid, "variants": {xml:lang: text}}. Inline codes such as <ph>1</ph> are read as their text, as
translate-toolkit gives them.

A second opinion on Hexaglot's TMX: the tests compare what translate-toolkit reads with the aligned segments.
Needs Debian's python3-translate, so run it with the system python3:

    /usr/bin/python3 tools/tmx-readback.py udhr.tmx | jq '.[0]'
"""
import json
import sys

from translate.storage import tmx

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: tmx-readback.py FILE.tmx")
    store = tmx.tmxfile.parsefile(sys.argv[1])
    units = []
    for unit in store.units:
        variants = {node.get(XML_LANG): unit.getNodeText(node) for node in unit.getlanguageNodes()}
        units.append({"id": unit.getid(), "variants": variants})
    json.dump(units, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
