#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 deploydeck authors
#
# The one entry script: installs what is missing on Debian 12, builds libsolv with conda support
# into a cache outside the clone, builds deploydeck, and runs it or its tests.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache_root="${DEPLOYDECK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/deploydeck}"
build_dir="${DEPLOYDECK_BUILD_DIR:-$here/build}"
jobs="$(nproc 2>/dev/null || echo 2)"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'deploydeck.sh: error: %s\n' "$*" >&2; exit 1; }

usage() {
    cat <<'EOF'
Usage: ./deploydeck.sh COMMAND [ARGS]

Commands:
  run [ARGS]     install what is missing, build, and open deploydeck on the demo workspace
                 (without a display: print the demo workspace and solve its environment)
  test [--sanitize] [CTEST ARGS]
                 install what is missing, build, and run every test with ctest; --sanitize: in
                 build-sanitize, with clang's AddressSanitizer and UndefinedBehaviorSanitizer,
                 every test plus the fuzz targets (each replays its corpus and fuzzes 10 s)
  build [TARGET...]
                 install what is missing and build only (everything, or the given CMake targets)
  setup          install Debian packages and build libsolv with conda support only
  bench [NAME]   build and run the benchmarks in tests/bench (all, or one by name)
  package        build the Debian package into dist/
  fuzz [SECONDS] [TARGET...]
                 build the libFuzzer targets in build-sanitize (clang, ASan + UBSan) and fuzz each
                 (or the named ones) for SECONDS (default 60) on a copy of its seed corpus; fails
                 naming the targets that crashed, leaked or timed out
  help           this text

Environment:
  DEPLOYDECK_CACHE      where libsolv is built and cached, and the compiler cache kept
                        (default ~/.cache/deploydeck)
  DEPLOYDECK_BUILD_DIR  build directory (default ./build)
  LIBSOLV_ROOT          use this conda-enabled libsolv instead of building one
  DEPLOYDECK_PEER_DATA  peer test data (default ../shared/data/peers)
  DEPLOYDECK_QUETZ_DIR  the real Quetz server the tests start (default ../shared/servers/quetz)
EOF
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        die "need root to run: $* (install sudo or run as root)"; fi
}

# Debian packages the build, the tests and the app need.
debian_packages=(
    build-essential cmake ninja-build pkg-config dpkg-dev
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-translations-l10n libgl-dev
    libyaml-cpp-dev libmsgpack-cxx-dev libarchive-dev libzstd-dev zlib1g-dev libbz2-dev liblzma-dev libexpat1-dev libssl-dev
    ansible-core python3 python3-msgpack python3-zstandard zstd openssl
    rpm createrepo-c strace lld ccache
    appstream desktop-file-utils groff-base
)
# The real Quetz server the tests start (tests/support/realquetz.h) lives beside the clone, in the
# peer folder shared/servers/quetz, and names the Debian packages it runs on; without that folder
# there is nothing to install for it.
quetz_dir="${DEPLOYDECK_QUETZ_DIR:-$here/../shared/servers/quetz}"
if [ -f "$quetz_dir/debian-packages.txt" ]; then
    mapfile -t quetz_packages < <(tr -s '[:space:]' '\n' <"$quetz_dir/debian-packages.txt" | grep -v '^$')
    debian_packages+=("${quetz_packages[@]}")
fi

ensure_packages() {
    local missing=()
    for p in "${debian_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "Debian packages: all present"
        return
    fi
    say "Installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq || die "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" \
        || die "apt-get install failed for: ${missing[*]}"
}

# Add deb-src entries derived from the machine's own apt sources (deb822 and one-line forms).
ensure_deb_src() {
    local out=/etc/apt/sources.list.d/deploydeck-src.sources
    if apt-get source --print-uris -qq libsolv >/dev/null 2>&1 \
        && [ -n "$(apt-get source --print-uris -qq libsolv 2>/dev/null)" ]; then
        return
    fi
    say "Adding deb-src entries derived from this machine's apt sources"
    local tmp
    tmp="$(mktemp)"
    shopt -s nullglob
    for f in /etc/apt/sources.list.d/*.sources; do
        [ "$f" = "$out" ] && continue
        awk 'BEGIN { RS = ""; FS = "\n" }
             {
                 deb = 0; debian = 0
                 for (i = 1; i <= NF; i++) {
                     if ($i ~ /^Types:/ && (" " $i " ") ~ / deb /) deb = 1
                     if ($i ~ /^URIs:/ && $i ~ /debian/) debian = 1
                 }
                 if (!deb || !debian) next
                 for (i = 1; i <= NF; i++) {
                     if ($i ~ /^Types:/) print "Types: deb-src"; else if ($i !~ /^#/) print $i
                 }
                 print ""
             }' "$f" >>"$tmp"
    done
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$f" ] || continue
        sed -n 's/^deb \(.*debian.*\)$/Types: deb-src\nURIs: \1\n/p' "$f" \
            | awk '/^URIs:/ { n = split(substr($0, 7), a, " "); o = 1; if (a[1] ~ /^\[/) o = 2;
                              print "URIs: " a[o]; print "Suites: " a[o+1]; c = "";
                              for (i = o + 2; i <= n; i++) c = c " " a[i]; print "Components:" c; next } { print }' >>"$tmp"
    done
    shopt -u nullglob
    [ -s "$tmp" ] || die "no Debian entries in /etc/apt/sources.list* to derive deb-src from"
    as_root install -m 0644 "$tmp" "$out"
    rm -f "$tmp"
    as_root apt-get update -qq || die "apt-get update failed after adding deb-src entries ($out)"
}

libsolv_patch_hash() {
    cat "$here"/packaging/libsolv/*.patch 2>/dev/null | sha256sum | cut -c1-12
}

libsolv_prefix() {
    local ver
    ver="$(dpkg-query -W -f='${Version}' libsolv1 2>/dev/null || apt-cache policy libsolv1 2>/dev/null | awk '/Candidate:/ {print $2}')"
    ver="${ver:-unknown}"
    echo "$cache_root/libsolv-${ver//[:~+]/_}-$(libsolv_patch_hash)"
}

ensure_libsolv() {
    if [ -n "${LIBSOLV_ROOT:-}" ]; then
        say "libsolv: using LIBSOLV_ROOT=$LIBSOLV_ROOT"
        return
    fi
    local prefix
    prefix="$(libsolv_prefix)"
    if [ -f "$prefix/.complete" ]; then
        say "libsolv with conda support: cached in $prefix"
        export LIBSOLV_ROOT="$prefix"
        return
    fi
    ensure_deb_src
    say "Building libsolv with conda support into $prefix (once)"
    local work="$cache_root/src"
    rm -rf "$work" && mkdir -p "$work"
    (cd "$work" && apt-get source -qq libsolv >/dev/null 2>&1) \
        || (cd "$work" && apt-get source libsolv) || die "apt-get source libsolv failed (are deb-src entries reachable?)"
    local src
    src="$(find "$work" -maxdepth 1 -type d -name 'libsolv-*' | head -n1)"
    [ -n "$src" ] || die "apt-get source did not unpack libsolv"
    for p in "$here"/packaging/libsolv/*.patch; do
        [ -f "$p" ] || continue
        say "  applying $(basename "$p")"
        patch -d "$src" -p1 --quiet <"$p" || die "patch $(basename "$p") does not apply to $(basename "$src")"
    done
    cmake -S "$src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_INSTALL_LIBDIR=lib \
        -DCMAKE_POSITION_INDEPENDENT_CODE=ON -DENABLE_STATIC=ON -DDISABLE_SHARED=ON \
        -DENABLE_CONDA=ON -DMULTI_SEMANTICS=ON -DENABLE_RPMMD=ON -DENABLE_COMPLEX_DEPS=ON \
        -DENABLE_ZSTD_COMPRESSION=ON -DENABLE_LZMA_COMPRESSION=ON -DENABLE_BZIP2_COMPRESSION=ON \
        -DWITH_LIBXML2=OFF >"$work/configure.log" 2>&1 || { tail -20 "$work/configure.log"; die "libsolv configure failed"; }
    cmake --build "$work/build" -j "$jobs" >"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; die "libsolv build failed"; }
    rm -rf "$prefix"
    cmake --install "$work/build" >/dev/null || die "libsolv install failed"
    nm "$prefix/lib/libsolvext.a" 2>/dev/null | grep -c " T repo_add_conda" >/dev/null \
        || die "the libsolv just built has no conda support (repo_add_conda missing)"
    touch "$prefix/.complete"
    rm -rf "$work"
    export LIBSOLV_ROOT="$prefix"
}

setup() {
    ensure_packages
    ensure_libsolv
}

# clang and its libFuzzer runtime, for the sanitized build (which also builds the fuzz targets).
ensure_clang() {
    if ! command -v clang++ >/dev/null || ! compgen -G "/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a" >/dev/null; then
        say "Installing clang and its libFuzzer runtime"
        as_root apt-get update -qq || die "apt-get update failed"
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends clang libclang-rt-dev \
            || die "apt-get install failed for: clang libclang-rt-dev"
    fi
}

# build [TARGET...]: configure, then build everything, or only the given targets.
# With DEPLOYDECK_SANITIZE=1: the sanitized clang build in <build dir>-sanitize.
build() {
    setup
    local type="${DEPLOYDECK_BUILD_TYPE:-RelWithDebInfo}"
    # Line tables only: enough for backtraces, and the build takes a third less time than with -g.
    local extra=(-DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG")
    if [ "${DEPLOYDECK_SANITIZE:-0}" = 1 ]; then
        ensure_clang
        build_dir="${build_dir}-sanitize"
        extra=(-DDEPLOYDECK_SANITIZE=ON -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++)
        type=Debug
        # A sanitized build folder from before it moved to clang would keep its gcc settings.
        if [ -f "$build_dir/CMakeCache.txt" ] && ! grep -q '^CMAKE_CXX_COMPILER:[A-Z]*=.*clang++' "$build_dir/CMakeCache.txt"; then
            say "Removing $build_dir: it was configured with another compiler"
            rm -rf "$build_dir"
        fi
    fi
    # Compiler cache outside the clone: a fresh clone in the same place (CI) recompiles only what
    # changed. No CCACHE_BASEDIR: it would make __FILE__ relative, and QFINDTESTDATA needs it whole.
    if command -v ccache >/dev/null; then
        export CCACHE_DIR="${CCACHE_DIR:-$cache_root/ccache}" CCACHE_NOHASHDIR=1
        export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-4G}"
        # The targets share precompiled headers; ccache takes them with these two allowances.
        export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros}"
        extra+=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    say "Configuring ($type) in $build_dir"
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" -DLIBSOLV_ROOT="$LIBSOLV_ROOT" \
        "${extra[@]}" >"$build_dir.configure.log" 2>&1 || { cat "$build_dir.configure.log"; die "CMake configure failed"; }
    say "Building ${*:-everything} with $jobs jobs"
    cmake --build "$build_dir" -j "$jobs" ${1:+--target "$@"} || die "build failed (compile errors above)"
}

# The peer data beside the clone, when it is there: a DEPLOYDECK_PEER_DATA that names no folder is
# an error to the tests, while an unset one lets them skip (or fail under CI=true).
use_peer_data() {
    if [ -z "${DEPLOYDECK_PEER_DATA:-}" ] && [ -d "$here/../shared/data/peers" ]; then
        export DEPLOYDECK_PEER_DATA="$here/../shared/data/peers"
    fi
}

demo_workspace() {
    local dest="${XDG_DATA_HOME:-$HOME/.local/share}/deploydeck/demo"
    if [ ! -f "$dest/deploydeck.yml" ]; then
        say "Copying the demo workspace to $dest" >&2
        mkdir -p "$(dirname "$dest")"
        rm -rf "$dest.tmp" && cp -r "$here/resources/demo" "$dest.tmp"
        # The demo hosts' RPM databases are binary and per machine: made here, not committed.
        python3 "$dest.tmp/tools/make_hosts.py" --rpm --out "$dest.tmp/hosts" >&2 \
            || say "The demo hosts have no RPM databases (make_hosts.py --rpm failed): their RPM pins read unknown" >&2
        mv "$dest.tmp" "$dest"
    fi
    echo "$dest"
}

cmd_run() {
    build deploydeck  # the app alone: the tests are for ./deploydeck.sh test
    local ws
    ws="$(demo_workspace)"
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        say "Opening deploydeck on $ws"
        exec "$build_dir/app/deploydeck" --workspace "$ws" "$@"
    fi
    say "No display: showing the demo workspace on the command line"
    "$build_dir/app/deploydeck" workspace "$ws"
    say "Solving the demo environment"
    "$build_dir/app/deploydeck" solve --workspace "$ws" -f "$ws/environments/sardana.yml"
    say "Planning the demo's sync: what conda-forge (a local stand-in) has that mini-conda-forge lacks"
    "$build_dir/app/deploydeck" sync-plan --workspace "$ws" || true
    echo
    echo "To copy it into mini-conda-forge: $build_dir/app/deploydeck sync --workspace $ws"
    echo "For the window, run this on a machine with a display, or under Xvfb:"
    echo "  xvfb-run -a ./deploydeck.sh run"
}

cmd_test() {
    if [ "${1:-}" = "--sanitize" ]; then
        export DEPLOYDECK_SANITIZE=1
        shift
    fi
    build
    say "Running the tests"
    export QT_QPA_PLATFORM=offscreen
    use_peer_data
    ctest --test-dir "$build_dir" --output-on-failure -j "$jobs" --timeout 900 "$@"
}

cmd_bench() {
    build
    use_peer_data
    local b
    for b in "$build_dir"/tests/bench/bench_*; do
        [ -x "$b" ] || continue
        [ -n "${1:-}" ] && [ "$(basename "$b")" != "bench_$1" ] && continue
        say "$(basename "$b")"
        "$b"
    done
}

cmd_package() {
    build deploydeck_packaged  # only what the install rules ship, not the tests
    say "Building the Debian package"
    # CPack's scratch files stay in the build directory; only the .deb goes to dist/.
    local out="$build_dir/cpack"
    rm -rf "$out"
    cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$out" >"$out.log" 2>&1 \
        || { cat "$out.log"; die "cpack failed (log: $out.log)"; }
    local deb
    deb="$(find "$out" -maxdepth 1 -name 'deploydeck_*.deb' | head -n1)"
    [ -n "$deb" ] || die "cpack wrote no deploydeck_*.deb into $out"
    mkdir -p "$here/dist"
    cp "$deb" "$here/dist/"
    say "Built dist/$(basename "$deb")"
    dpkg-deb -f "$deb" Package Version Depends Recommends
    echo "Install it with: sudo apt install ./dist/$(basename "$deb")"
}

# fuzz [SECONDS] [TARGET...]: the libFuzzer targets of tests/fuzz, built in the sanitized clang
# build (ASan + UBSan + libFuzzer coverage; only the libraries they need), each fuzzed for SECONDS
# on a corpus in the build folder (seeded from tests/fuzz/corpus, which never grows) plus
# tests/fuzz/regressions.
cmd_fuzz() {
    local seconds="${1:-60}"
    [ $# -gt 0 ] && shift
    [[ "$seconds" =~ ^[0-9]+$ ]] || die "fuzz: SECONDS must be a number, not '$seconds'"
    DEPLOYDECK_SANITIZE=1 build fuzz_all
    local dir="$build_dir"

    local list="$dir/tests/fuzz/fuzz.list" failed=() ran=0 name seeds regressions
    [ -f "$list" ] || die "no $list: the fuzz build lists no targets"
    export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
    while IFS=$'\t' read -r name seeds regressions; do
        if [ $# -gt 0 ] && ! printf '%s\n' "$@" | grep -qx "$name"; then continue; fi
        local work="$dir/fuzz-work/$name" artifacts="$dir/fuzz-artifacts/$name" log="$dir/fuzz-logs/$name.log"
        mkdir -p "$work" "$artifacts" "$(dirname "$log")"
        cp -n "$seeds"/* "$work"/ 2>/dev/null || true
        local extra=()
        [ -d "$regressions" ] && extra+=("$regressions")
        say "fuzz_$name: ${seconds}s"
        ran=$((ran + 1))
        if "$dir/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
            -print_final_stats=1 -artifact_prefix="$artifacts/" "$work" "${extra[@]}" </dev/null >"$log" 2>&1; then
            printf '    %s executions, %s corpus inputs (log: %s)\n' \
                "$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)" \
                "$(find "$work" -type f | wc -l)" "$log"
        else
            tail -n 40 "$log"
            printf '    FAILED: fuzz_%s (log: %s, input in %s)\n' "$name" "$log" "$artifacts"
            failed+=("$name")
        fi
    done <"$list"
    [ "$ran" -gt 0 ] || die "fuzz: no target named ${*}"
    [ ${#failed[@]} -eq 0 ] || die "fuzz targets failed: ${failed[*]}"
    say "All $ran fuzz targets ran ${seconds}s each without a crash, leak or timeout"
}

cmd="${1:-help}"
[ $# -gt 0 ] && shift
case "$cmd" in
    run) cmd_run "$@" ;;
    test) cmd_test "$@" ;;
    build) build "$@" ;;
    setup) setup ;;
    bench) cmd_bench "$@" ;;
    package) cmd_package ;;
    fuzz) cmd_fuzz "$@" ;;
    help | -h | --help) usage ;;
    *) usage >&2; exit 2 ;;
esac
