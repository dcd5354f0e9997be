#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (never a downloaded browser), and the print test
# reads its PDFs with poppler's pdftotext. Install what is missing.
set -euo pipefail
want=()
[ -x /usr/bin/chromium ] || want+=(chromium)
command -v pdftotext >/dev/null 2>&1 || want+=(poppler-utils)
if [ ${#want[@]} -eq 0 ]; then exit 0; fi
echo "Installing Debian's ${want[*]} for the browser tests..."
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
  echo "Cannot install ${want[*]} without root. Run: apt-get install ${want[*]}" >&2; exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${want[@]}" >/dev/null
