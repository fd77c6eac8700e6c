#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 deploydeck authors
#
# check_deb.sh CPACK BUILD_DIR SOURCE_DIR VERSION: builds the Debian package from BUILD_DIR with CPack
# into a scratch directory, checks its control fields (Depends computed by dpkg-shlibdeps, no libsolv),
# unpacks it with dpkg -x into a scratch root, checks the installed files, and runs the installed
# deploydeck: --version, and a solve against the demo channel.
set -eu
cpack="$1" build="$2" src="$3" version="$4"
fail() { echo "FAIL: $*" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "== cpack -G DEB (from $build)"
"$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1 \
    || { cat "$tmp/cpack.log"; fail "cpack failed"; }
arch="$(dpkg --print-architecture)"
deb="$tmp/out/deploydeck_${version}-1_${arch}.deb"
[ -f "$deb" ] || { ls -l "$tmp/out"; fail "cpack did not write $(basename "$deb")"; }

echo "== control fields"
dpkg-deb -I "$deb"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = deploydeck ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "${version}-1" ] || fail "Version is '$(field Version)', expected ${version}-1"
[ "$(field Section)" = admin ] || fail "Section is '$(field Section)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
field Description | grep -q "conda" || fail "Description does not say what the package is"
depends="$(field Depends)"
names="$(echo "$depends" | tr ',' '\n' | sed 's/^ *//; s/ .*//')"  # package names, one a line
for lib in libc6 libstdc++6 libqt6core6 libqt6widgets6 libqt6network6 libyaml-cpp0.7 libarchive13 libzstd1 \
    qt6-qpa-plugins; do
    echo "$names" | grep -qxF "$lib" || fail "Depends lacks $lib: $depends"
done
# Computed Depends carry the minimum versions dpkg-shlibdeps reads from the symbols files.
echo "$depends" | grep -q "libc6 (>= " || fail "Depends were not computed (libc6 has no version): $depends"
if echo "$names" | grep -q "^libsolv"; then fail "Depends names libsolv, which is linked statically: $depends"; fi

echo "== dpkg -x into a scratch root"
root="$tmp/root"
dpkg -x "$deb" "$root"
for f in usr/bin/deploydeck \
    usr/share/applications/se.maxiv.deploydeck.desktop \
    usr/share/metainfo/se.maxiv.deploydeck.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/se.maxiv.deploydeck.svg \
    usr/share/man/man1/deploydeck.1.gz \
    usr/share/deploydeck/ansible/callback_plugins/deploydeck_events.py \
    usr/share/deploydeck/ansible/gather_installed.yml \
    usr/share/deploydeck/ansible/library/deploydeck_installed.py \
    usr/share/doc/deploydeck/LICENSE; do
    [ -f "$root/$f" ] || fail "the package does not install /$f"
done
for size in 16 22 24 32 48 64 128 256; do
    f="usr/share/icons/hicolor/${size}x${size}/apps/se.maxiv.deploydeck.png"
    [ -f "$root/$f" ] || fail "the package does not install /$f"
done
[ -x "$root/usr/bin/deploydeck" ] || fail "/usr/bin/deploydeck is not executable"
# Where core/jobs looks for the Ansible callback plugin: <bindir>/../share/deploydeck/ansible.
[ -f "$root/usr/bin/../share/deploydeck/ansible/callback_plugins/deploydeck_events.py" ] \
    || fail "the Ansible plugin is not at <bindir>/../share/deploydeck/ansible"
gzip -t "$root/usr/share/man/man1/deploydeck.1.gz" || fail "the man page is not valid gzip"
if find "$root" -name '*.pyc' -o -name __pycache__ | grep -q .; then fail "the package ships Python caches"; fi

echo "== shared libraries"
ldd "$root/usr/bin/deploydeck" >"$tmp/ldd.txt" || fail "ldd failed on the installed binary"
if grep -q "not found" "$tmp/ldd.txt"; then cat "$tmp/ldd.txt"; fail "the installed binary misses libraries"; fi
echo "$(wc -l <"$tmp/ldd.txt") shared libraries, all found"
# (libresolv is glibc's resolver, not libsolv.)
if grep -Eq "(^|[[:space:]/])libsolv(ext)?\.so" "$tmp/ldd.txt"; then fail "the installed binary needs a libsolv shared library"; fi

echo "== appstreamcli validate-tree"
appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree rejects the installed tree"

echo "== the installed program"
# A private home and cache, so the run neither reads nor writes the user's.
export HOME="$tmp/home" XDG_CACHE_HOME="$tmp/cache" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data"
export QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
"$root/usr/bin/deploydeck" --version >"$tmp/version.txt" 2>&1 || { cat "$tmp/version.txt"; fail "deploydeck --version failed"; }
cat "$tmp/version.txt"
grep -qx "deploydeck $version" "$tmp/version.txt" || fail "deploydeck --version does not print 'deploydeck $version'"

channel="$src/resources/demo/channels/mini-conda-forge"
status=0
"$root/usr/bin/deploydeck" solve -c "$channel" python=3.10 --no-virtual >"$tmp/solve.txt" 2>&1 || status=$?
cat "$tmp/solve.txt"
[ "$status" -eq 0 ] || fail "deploydeck solve exited with $status"
grep -Eq "(^|[[:space:]])python[[:space:]]+3\.10" "$tmp/solve.txt" || fail "the solution lists no python 3.10"
echo "ok: $(basename "$deb") builds, installs and runs"
