#!/bin/sh
# Install the system packages the tests use: Debian's chromium for the browser test of the HTML report
# (tests/test_report.py) and a Unicode TTF font to build PDF test inputs (tests/test_formats.py).
# Idempotent: does nothing when both are already there. Runs apt-get as the current user, so it
# must be root (the CI and dev containers are); it never calls sudo.
set -eu

FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
if command -v chromium >/dev/null 2>&1 && [ -f "$FONT" ]; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "install_browser.sh: chromium is missing and installing it needs root (apt-get)" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium fonts-dejavu-core
command -v chromium >/dev/null 2>&1 && [ -f "$FONT" ]
