#!/usr/bin/env bash
# Installs the system libraries Hexaglot builds against (ICU, libxml2) when they are missing.
# Debian or Ubuntu with Swift 6 already installed; run as root or with sudo available.
set -euo pipefail

packages=(libicu-dev libxml2-dev pkg-config)
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
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
