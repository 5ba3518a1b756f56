#!/bin/sh
# Smoke test of a built app folder: the frozen `journeymap` starts headless, lists its
# templates, writes and validates a map, exports it to PDF, and opens the editor.
# Usage: packaging/smoke_test.sh [dist/journeymap/journeymap]
set -eu
APP=$(cd "$(dirname "${1:-dist/journeymap/journeymap}")" && pwd)/$(basename "${1:-dist/journeymap/journeymap}")
TEMPLATE=${SMOKE_TEMPLATE:-online-purchase}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen
# Keep the user's settings, recent files and autosaves out of it.
export JOURNEYMAP_CONFIG_DIR="$WORK/config" JOURNEYMAP_STATE_DIR="$WORK/state"
cd "$WORK"

fail() { echo "smoke test FAILED: $*" >&2; exit 1; }
step() { printf '  %-44s' "$1"; }

[ -x "$APP" ] || fail "$APP is not an executable (run: make package)"
echo "smoke test of $APP"

step "--version"
"$APP" --version > version.txt || fail "--version exited $?"
grep -q '^journeymap [0-9]' version.txt || fail "--version printed: $(cat version.txt)"
echo "ok ($(cat version.txt))"

step "templates"
"$APP" templates > templates.txt || fail "templates exited $?"
grep -q "^$TEMPLATE " templates.txt || fail "template $TEMPLATE not listed: $(cat templates.txt)"
echo "ok ($(wc -l < templates.txt) templates)"

step "new --template $TEMPLATE + validate"
"$APP" new map.journey --template "$TEMPLATE" > /dev/null || fail "new exited $?"
"$APP" validate map.journey || fail "validate found problems in a fresh map"
echo "ok"

step "export $TEMPLATE -o out.pdf"
"$APP" export map.journey -o out.pdf > export.log 2>&1 || fail "export exited $?: $(cat export.log)"
[ -s out.pdf ] || fail "export wrote no out.pdf"
[ "$(head -c 5 out.pdf)" = "%PDF-" ] || fail "out.pdf is not a PDF"
if command -v pdftotext > /dev/null; then
    title=$(sed -n 's/^  "title": "\(.*\)",$/\1/p' map.journey | head -n 1)
    pdftotext out.pdf out.txt
    grep -qF "$title" out.txt || fail "the map title '$title' is not text in out.pdf"
fi
echo "ok ($(wc -c < out.pdf) bytes)"

step "editor starts (offscreen, 6 s)"
status=0
timeout 6 "$APP" map.journey > editor.log 2>&1 || status=$?
# 124: still running when timeout stopped it, i.e. the window came up and waited for the user.
[ "$status" -eq 124 ] || fail "the editor exited with $status: $(tail -n 5 editor.log)"
echo "ok"

echo "smoke test passed"
