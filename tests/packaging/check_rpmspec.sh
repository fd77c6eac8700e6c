#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 deploydeck authors
#
# check_rpmspec.sh SPEC VERSION: rpmspec parses the spec, which names deploydeck at this version,
# builds with cmake and lists every file the install rules put in place.
set -eu
spec="$1" version="$2"
fail() { echo "FAIL: $*" >&2; exit 1; }

out="$(mktemp)"
trap 'rm -f "$out"' EXIT
rpmspec -P "$spec" >"$out" || fail "rpmspec -P $spec failed"

expect_line() {  # the parsed spec has a line exactly like $1
    grep -qxF -- "$1" "$out" || fail "the parsed spec has no line '$1'"
}
expect_line "Name: deploydeck"
expect_line "Version: $version"
grep -q '^Release: 1' "$out" || fail "the parsed spec has no 'Release: 1...' line"
for tag in Summary License URL Source0; do
    grep -q "^$tag: ." "$out" || fail "the parsed spec has no $tag"
done
grep -qx 'BuildRequires: cmake >= 3.25' "$out" || fail "no versioned BuildRequires on cmake"
grep -qx 'BuildRequires: libsolv-devel >= [0-9.]*' "$out" || fail "no versioned BuildRequires on libsolv-devel"
for section in %description %prep %install %check %files %changelog; do
    grep -qx -- "$section" "$out" || fail "the parsed spec has no $section section"
done
# rpmspec -P does not echo the %build header itself (rpm 4.18), so look for its commands.
grep -qx -- "%build" "$spec" || fail "$spec has no %build section"
grep -q -- "-DLIBSOLV_ROOT=/usr" "$out" || fail "%build does not configure with LIBSOLV_ROOT=%{_prefix}"
# The %files list, with the macros expanded.
for entry in "%license LICENSE" "%doc README.md" /usr/bin/deploydeck \
    /usr/share/applications/se.maxiv.deploydeck.desktop \
    /usr/share/metainfo/se.maxiv.deploydeck.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/se.maxiv.deploydeck.svg \
    "/usr/share/icons/hicolor/*/apps/se.maxiv.deploydeck.png" \
    /usr/share/deploydeck/ "/usr/share/man/man1/deploydeck.1*"; do
    expect_line "$entry"
done
echo "ok: rpmspec -P parses $spec (deploydeck $version, all %files entries)"
