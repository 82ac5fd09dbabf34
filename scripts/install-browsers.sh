#!/usr/bin/env bash
# Installs the browsers the tests and `npm start` drive, from Debian's packages (never a download of
# a browser build of a test tool's own). Idempotent: does nothing when both are present.
set -euo pipefail
need=()
command -v "${CHROMIUM_PATH:-/usr/bin/chromium}" >/dev/null 2>&1 || need+=(chromium)
command -v "${FIREFOX_PATH:-/usr/bin/firefox-esr}" >/dev/null 2>&1 || need+=(firefox-esr)
# Chinese, Japanese and Korean glyphs: the card and popup are tested and photographed in those
# languages (and the corpus has Chinese pages). No browser language pack is needed: the tests pick
# Crosscheck's language on its options page.
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
if [ ${#need[@]} -eq 0 ]; then
  echo "browsers: chromium and firefox-esr are installed"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "browsers: missing ${need[*]}; install them with your package manager, or set CHROMIUM_PATH / FIREFOX_PATH" >&2
  exit 1
fi
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "browsers: installing ${need[*]} from Debian's packages"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}"
