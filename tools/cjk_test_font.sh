#!/usr/bin/env bash
# Put a TrueType CJK font (Debian's fonts-droid-fallback) in DEST/fonts, for the test run that
# checks Journeymap on a machine that has one. The package is downloaded, not installed, so the
# first test run still sees the machine as it is. Usage: tools/cjk_test_font.sh DEST
set -euo pipefail
dest=${1:?usage: $0 DEST}
font=DroidSansFallbackFull.ttf
[ -s "$dest/fonts/$font" ] && exit 0
mkdir -p "$dest/fonts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null; then
    sudo=$([ "$(id -u)" = 0 ] || echo sudo)
    (cd "$work" && { apt-get download -q fonts-droid-fallback 2>/dev/null ||
        { $sudo apt-get update -q >/dev/null && apt-get download -q fonts-droid-fallback; }; }) >/dev/null
    dpkg-deb -x "$work"/fonts-droid-fallback_*.deb "$work/x"
    cp "$(find "$work/x" -name "$font" | head -n 1)" "$dest/fonts/$font.part"
    mv "$dest/fonts/$font.part" "$dest/fonts/$font"
elif command -v fc-list >/dev/null && found=$(fc-list ':lang=zh:fontformat=TrueType' file | grep -i '\.tt[fc]:' | head -n 1) && [ -n "$found" ]; then
    ln -sf "${found%%:*}" "$dest/fonts/$(basename "${found%%:*}")"
else
    echo "cannot find a TrueType CJK font for the second test run: install fonts-droid-fallback" \
         "(Debian/Ubuntu) or google-droid-sans-fonts (Fedora)" >&2
    exit 1
fi
