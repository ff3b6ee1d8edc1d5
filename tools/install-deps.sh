#!/usr/bin/env bash
# Installs what Hexaglot needs from Debian when it is missing.
#   tools/install-deps.sh          the libraries Hexaglot builds against (ICU, libxml2, zlib for ZIPFoundation)
#   tools/install-deps.sh --test   also the tools the tests check TMX output with: xmllint (libxml2-utils),
#                                  translate-toolkit (python3-translate) and OmegaT (omegat); LibreOffice
#                                  (libreoffice-writer-nogui), which writes the .docx and PDF files tests read back,
#                                  and pdftotext (poppler-utils), which reads PDF; Chromium with CJK and Arabic
#                                  fonts, and Playwright (PyPI, in .venv), which check the review page in a browser
# Debian or Ubuntu with Swift 6 already installed; run as root or with sudo available.
set -euo pipefail

packages=(libicu-dev libxml2-dev zlib1g-dev pkg-config)
case "${1:-}" in
    "") ;;
    --test)
        packages+=(libxml2-utils python3-translate omegat libreoffice-writer-nogui poppler-utils)
        packages+=(chromium fonts-noto-cjk fonts-hosny-amiri python3-venv)
        ;;
    *) echo "usage: tools/install-deps.sh [--test]" >&2; exit 2 ;;
esac

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
build_manual_tool() {
    # swift-argument-parser's man page writer, for the install test (swift test cannot build it itself: SwiftPM
    # holds the build folder while the tests run).
    [ "${1:-}" = "--test" ] || return 0
    (cd "$(dirname "$0")/.." && swift build --product generate-manual >/dev/null 2>&1) ||
        echo "install-deps.sh: could not build generate-manual; the install test will skip the man pages" >&2
}
install_playwright() {
    # Playwright drives Debian's Chromium (its own browser download is not used), from a virtual environment.
    [ "${1:-}" = "--test" ] || return 0
    local venv
    venv="$(cd "$(dirname "$0")/.." && pwd)/.venv"
    if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import playwright.sync_api" 2>/dev/null; then
        /usr/bin/python3 -m venv "$venv"
        "$venv/bin/pip" install -q playwright
    fi
}

if [ ${#missing[@]} -eq 0 ]; then
    install_playwright "${1:-}"
    build_manual_tool "${1:-}"
    exit 0
fi
echo "Installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
install_playwright "${1:-}"
build_manual_tool "${1:-}"
