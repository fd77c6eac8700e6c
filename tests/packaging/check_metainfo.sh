#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 deploydeck authors
#
# check_metainfo.sh SOURCE_DIR VERSION: the AppStream metainfo validates, names this version as its
# newest release, and agrees with the desktop file on the launchable and the icon.
set -eu
src="$1" version="$2"
meta="$src/packaging/linux/se.maxiv.deploydeck.metainfo.xml"
desktop="$src/packaging/linux/se.maxiv.deploydeck.desktop"
fail() { echo "FAIL: $*" >&2; exit 1; }

appstreamcli validate --no-net --pedantic "$meta" || fail "appstreamcli validate rejects $meta"

first_release="$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$meta" | head -n1)"
[ "$first_release" = "$version" ] || fail "newest <release> in $meta is '$first_release', the project is $version"

launchable="$(sed -n 's/.*<launchable type="desktop-id">\(.*\)<\/launchable>.*/\1/p' "$meta")"
[ "$launchable" = "$(basename "$desktop")" ] || fail "<launchable> '$launchable' is not $(basename "$desktop")"

icon="$(sed -n 's/.*<icon type="stock">\(.*\)<\/icon>.*/\1/p' "$meta")"
grep -qx "Icon=$icon" "$desktop" || fail "$desktop has no 'Icon=$icon' line"
grep -qx "Exec=deploydeck" "$desktop" || fail "$desktop does not start deploydeck"
echo "ok: metainfo valid, release $version, launchable and icon match the desktop file"
