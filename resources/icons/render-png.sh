#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 deploydeck authors
#
# Renders the application icon deploydeck.svg into the hicolor PNG sizes that packaging installs
# (resources/icons/hicolor/<N>x<N>/apps/se.maxiv.deploydeck.png). The PNGs are committed, so a
# build needs no SVG renderer; run this after changing deploydeck.svg (needs rsvg-convert, from
# Debian's librsvg2-bin). The ctest packaging_icons fails when deploydeck.svg changed since the PNGs were rendered.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
command -v rsvg-convert >/dev/null || { echo "render-png.sh: rsvg-convert not found (apt-get install librsvg2-bin)" >&2; exit 1; }

for size in 16 22 24 32 48 64 128 256; do
    dir="$here/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "$dir/se.maxiv.deploydeck.png" "$here/deploydeck.svg"
done
# The hash of the SVG the PNGs were made from, so a test can tell when they are stale.
sha256sum "$here/deploydeck.svg" | cut -d' ' -f1 >"$here/hicolor/deploydeck.svg.sha256"
echo "rendered $(ls "$here"/hicolor/*/apps/*.png | wc -l) PNGs from deploydeck.svg"
