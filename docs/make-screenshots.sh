#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 deploydeck authors
#
# Makes the README's pictures, docs/screenshots/*.png: runs the deploydeck already built (it builds
# nothing) on a copy of the demo workspace with `--screenshots`, which shows every page, waits until
# each has loaded and solved (and a check-mode playbook run is over), and saves one picture a page.
#
#   docs/make-screenshots.sh [OUT]        OUT defaults to docs/screenshots
#
# Environment: DEPLOYDECK_BINARY (default build/app/deploydeck); DEPLOYDECK_SCREENSHOTS_X11=1 runs
# it under xvfb-run (when installed) instead of Qt's offscreen platform. Settings, caches, the job
# history and Ansible's temporary files of the run stay in a scratch folder that is removed after.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
binary=${DEPLOYDECK_BINARY:-$root/build/app/deploydeck}
out=${1:-$here/screenshots}

if [ ! -x "$binary" ]; then
    echo "make-screenshots.sh: $binary is not there: build first (./deploydeck.sh build)" >&2
    exit 2
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/deploydeck-screenshots.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
cp -R "$root/resources/demo" "$scratch/demo"
# The demo hosts' RPM databases, as ./deploydeck.sh run makes them (rpmbuild and rpm): without them
# the Installed tab shows their RPM pins as unknown.
python3 "$scratch/demo/tools/make_hosts.py" --rpm --out "$scratch/demo/hosts" \
    || echo "make-screenshots.sh: no RPM databases for the demo hosts (make_hosts.py --rpm failed)" >&2
mkdir -p "$scratch/shots"

export XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache" XDG_DATA_HOME="$scratch/data"
export ANSIBLE_LOCAL_TEMP="$scratch/ansible" ANSIBLE_REMOTE_TEMP="$scratch/ansible"
# The English window, whatever the machine's language.
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en

status=0
if [ "${DEPLOYDECK_SCREENSHOTS_X11:-}" = 1 ] && command -v xvfb-run >/dev/null 2>&1; then
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x1000x24" \
        "$binary" --workspace "$scratch/demo" --screenshots "$scratch/shots" || status=$?
else
    QT_QPA_PLATFORM=offscreen "$binary" --workspace "$scratch/demo" --screenshots "$scratch/shots" || status=$?
fi
if [ "$status" -ne 0 ]; then
    echo "make-screenshots.sh: deploydeck exited with $status (a page was not ready in time?)" >&2
fi

mkdir -p "$out"
count=0
for png in "$scratch"/shots/*.png; do
    [ -f "$png" ] || continue
    cp "$png" "$out/"
    size=$(wc -c <"$png")
    count=$((count + 1))
    printf '%-40s %4d KB\n' "$out/$(basename "$png")" $((size / 1024))
    if [ "$size" -gt 204800 ]; then
        echo "make-screenshots.sh: $(basename "$png") is larger than 200 KB" >&2
        status=1
    fi
done
[ "$count" -gt 0 ] || { echo "make-screenshots.sh: no picture was made" >&2; exit 1; }
exit "$status"
