#!/usr/bin/env bash
# Installs what the tests need on a fresh machine: the npm packages from the lock file, and a
# Chromium for Playwright (Debian's, since Playwright cannot download its own browser here).
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci

if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then
  echo "Using Chromium at $CHROMIUM_PATH"
elif [ -x /usr/bin/chromium ]; then
  echo "Using Debian's Chromium at /usr/bin/chromium"
elif command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's Chromium"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium
else
  echo "No apt-get here: set CHROMIUM_PATH to a Chromium, or let Playwright use its own." >&2
fi
