#!/usr/bin/env bash
# Builds the release binary and installs it with its man pages and a copy of its language data:
#
#   tools/install.sh [--prefix DIR] [--binary PATH] [--manual-tool PATH | --no-manual]
#
#   --prefix DIR        where to install (default /usr/local): DIR/bin/hexaglot, DIR/share/man/man1/hexaglot*.1
#                       (man hexaglot, man hexaglot.check), DIR/share/hexaglot/languages/ (the data is compiled into
#                       the binary; copy this folder, edit it and name it in HEXAGLOT_LANGUAGES to try changes)
#   --binary PATH       install this hexaglot instead of building the release binary
#   --manual-tool PATH  swift-argument-parser's generate-manual, already built (default: swift build makes it)
#   --no-manual         install no man pages
#
# The man pages are written from the binary's own help by swift-argument-parser's generate-manual tool.
# Nothing is left half-installed: every file is copied to a temporary name beside its place, then renamed.
set -euo pipefail

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }

prefix=/usr/local
binary=""
manual_tool=""
manual=yes
while [ $# -gt 0 ]; do
    case "$1" in
    --prefix) prefix="${2:?--prefix needs a folder}"; shift 2 ;;
    --binary) binary="${2:?--binary needs a path}"; shift 2 ;;
    --manual-tool) manual_tool="${2:?--manual-tool needs a path}"; shift 2 ;;
    --no-manual) manual=no; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "install.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [ -z "$binary" ]; then
    swift build -c release --static-swift-stdlib --product hexaglot
    binary="$root/.build/release/hexaglot"
fi
[ -x "$binary" ] || { echo "install.sh: $binary is not an executable" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/man"
if [ "$manual" = yes ]; then
    if [ -z "$manual_tool" ]; then
        swift build --product generate-manual >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 2; }
        manual_tool="$(swift build --show-bin-path)/generate-manual"
    fi
    date="$(date -u -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}" +%Y-%m-%d)"
    "$manual_tool" "$binary" --multi-page --date "$date" --output-directory "$work/man"
fi

# Copies $1 to the folder $2 as $3 (mode $4) under a temporary name, then renames it into place.
place() {
    mkdir -p "$2"
    cp "$1" "$2/.$3.partial"
    chmod "$4" "$2/.$3.partial"
    mv -f "$2/.$3.partial" "$2/$3"
}

for page in "$work"/man/*.1; do [ -e "$page" ] || continue; place "$page" "$prefix/share/man/man1" "$(basename "$page")" 644; done
for file in languages/*.yaml languages/README.md; do
    place "$file" "$prefix/share/hexaglot/languages" "$(basename "$file")" 644
done
place "$binary" "$prefix/bin" hexaglot 755
pages=$([ "$manual" = yes ] && echo "its man pages, " || echo "")
echo "installed $prefix/bin/hexaglot ($("$prefix/bin/hexaglot" --version)), ${pages}its language data"
