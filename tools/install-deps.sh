#!/usr/bin/env bash
# Installs what Hexaglot needs from Debian when it is missing.
#   tools/install-deps.sh          the libraries Hexaglot builds against (ICU, libxml2, zlib for ZIPFoundation)
#   tools/install-deps.sh --test   also the tools the tests check TMX output with: xmllint (libxml2-utils),
#                                  translate-toolkit (python3-translate) and OmegaT (omegat); LibreOffice
#                                  (libreoffice-writer-nogui), which writes the .docx and PDF files tests read back,
#                                  and pdftotext (poppler-utils), which reads PDF
# Debian or Ubuntu with Swift 6 already installed; run as root or with sudo available.
set -euo pipefail

packages=(libicu-dev libxml2-dev zlib1g-dev pkg-config)
case "${1:-}" in
    "") ;;
    --test) packages+=(libxml2-utils python3-translate omegat libreoffice-writer-nogui poppler-utils) ;;
    *) echo "usage: tools/install-deps.sh [--test]" >&2; exit 2 ;;
esac

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
echo "Installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
