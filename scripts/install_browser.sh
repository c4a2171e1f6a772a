#!/bin/sh
# Install Debian's chromium for the browser test of the HTML report (tests/test_report.py).
# Idempotent: does nothing when chromium is already on PATH. Runs apt-get as the current user, so it
# must be root (the CI and dev containers are); it never calls sudo.
set -eu

if command -v chromium >/dev/null 2>&1; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "install_browser.sh: chromium is missing and installing it needs root (apt-get)" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium
command -v chromium >/dev/null 2>&1
