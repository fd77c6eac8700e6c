#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 deploydeck authors
"""Writes a conda-forge-shaped channel (linux-64 and noarch repodata.json) for the benchmarks.

Written apart from repodatagenerator.cpp, so that the benchmarks see data the C++ generator's
assumptions did not shape: about 660,000 linux-64 and 32,000 noarch records under about 30,000
names, every record carrying md5, sha256, license, timestamp (ms), size and build_number, the
filler records 5-12 ranged dependencies each, some `constrains`. A tree of about 50 names like the
one `sardana python=3.11` reaches on conda-forge (python and its C libraries, numpy, pytango with
cpptango and omniorb, taurus, itango with ipython, sardana) sits inside the filler names and
depends only on names of the tree, so that request is solvable and reaches only those names.
Deterministic: the same seed and scale give the same bytes.

    make_condaforge_shaped.py OUT_DIR [--seed N] [--scale F]
"""
import argparse
import hashlib
import json
import os
import random
import sys

GENERATOR_VERSION = 1
PYTHONS = ["3.8", "3.9", "3.10", "3.11", "3.12"]
LICENSES = ["MIT", "BSD-3-Clause", "Apache-2.0", "GPL-3.0-or-later", "LGPL-2.1-or-later", "MPL-2.0",
            "BSD-2-Clause", "Zlib", "PSF-2.0", "ISC", "LicenseRef-Proprietary"]
EPOCH_MS = 1_500_000_000_000  # mid-2017: the oldest records
# How many dependencies a filler record has: 5 to 12, most of them few (6.6 on average).
DEPENDENCY_COUNTS = list(range(5, 13))
DEPENDENCY_WEIGHTS = [30, 22, 16, 11, 8, 6, 4, 3]

# The tree `sardana python=3.11` reaches: name -> (kind, dependencies). Kinds: "c" (a C/C++ library,
# linux-64, no python), "py" (compiled python package: one build per python), "noarch" (noarch:
# python) and "python" itself. Dependencies name other tree names only.
TREE = {
    "_libgcc_mutex": ("c", []),
    "_openmp_mutex": ("c", ["_libgcc_mutex", "libgomp"]),
    "libgomp": ("c", ["_libgcc_mutex"]),
    "libgcc-ng": ("c", ["_libgcc_mutex", "_openmp_mutex"]),
    "libstdcxx-ng": ("c", ["libgcc-ng"]),
    "ld_impl_linux-64": ("c", []),
    "libzlib": ("c", ["libgcc-ng"]),
    "bzip2": ("c", ["libgcc-ng"]),
    "xz": ("c", ["libgcc-ng"]),
    "libffi": ("c", ["libgcc-ng"]),
    "libnsl": ("c", ["libgcc-ng"]),
    "libuuid": ("c", ["libgcc-ng"]),
    "libsqlite": ("c", ["libgcc-ng", "libzlib"]),
    "ncurses": ("c", ["libgcc-ng"]),
    "readline": ("c", ["libgcc-ng", "ncurses"]),
    "openssl": ("c", ["libgcc-ng", "ca-certificates"]),
    "ca-certificates": ("c", []),
    "tk": ("c", ["libgcc-ng", "libzlib"]),
    "tzdata": ("c", []),
    "libexpat": ("c", ["libgcc-ng"]),
    "libjpeg-turbo": ("c", ["libgcc-ng"]),
    "zeromq": ("c", ["libgcc-ng", "libstdcxx-ng", "libsodium"]),
    "libsodium": ("c", ["libgcc-ng"]),
    "cppzmq": ("c", ["zeromq"]),
    "omniorb-libs": ("c", ["libgcc-ng", "libstdcxx-ng", "libzlib"]),
    "cpptango": ("c", ["libgcc-ng", "libstdcxx-ng", "omniorb-libs", "zeromq", "cppzmq", "libjpeg-turbo"]),
    "libopenblas": ("c", ["libgcc-ng", "_openmp_mutex"]),
    "libblas": ("c", ["libopenblas"]),
    "libcblas": ("c", ["libblas"]),
    "liblapack": ("c", ["libblas"]),
    "python": ("python", ["bzip2", "ld_impl_linux-64", "libffi", "libgcc-ng", "libnsl", "libsqlite", "libuuid",
                          "libzlib", "ncurses", "openssl", "readline", "tk", "tzdata", "xz", "libexpat"]),
    "python_abi": ("abi", []),
    "numpy": ("py", ["libblas", "libcblas", "liblapack", "libgcc-ng", "libstdcxx-ng"]),
    "libboost-python": ("py", ["libgcc-ng", "libstdcxx-ng", "numpy"]),
    "pytango": ("py", ["cpptango", "libboost-python", "numpy", "omniorb-libs", "libgcc-ng", "libstdcxx-ng",
                       "packaging", "psutil"]),
    "psutil": ("py", ["libgcc-ng"]),
    "lxml": ("py", ["libgcc-ng", "libzlib"]),
    "pyqt": ("py", ["libgcc-ng", "libstdcxx-ng"]),
    "packaging": ("noarch", []),
    "click": ("noarch", []),
    "pint": ("noarch", ["packaging"]),
    "ply": ("noarch", []),
    "decorator": ("noarch", []),
    "traitlets": ("noarch", []),
    "pygments": ("noarch", []),
    "wcwidth": ("noarch", []),
    "prompt-toolkit": ("noarch", ["wcwidth"]),
    "parso": ("noarch", []),
    "jedi": ("noarch", ["parso"]),
    "ptyprocess": ("noarch", []),
    "pexpect": ("noarch", ["ptyprocess"]),
    "matplotlib-inline": ("noarch", ["traitlets"]),
    "ipython": ("noarch", ["decorator", "jedi", "matplotlib-inline", "pexpect", "prompt-toolkit", "pygments",
                           "traitlets"]),
    "itango": ("noarch", ["ipython", "pytango"]),
    "taurus": ("noarch", ["click", "lxml", "numpy", "pint", "ply", "pytango", "pyqt", "packaging"]),
    "sardana": ("noarch", ["click", "itango", "lxml", "numpy", "packaging", "pytango", "taurus"]),
}
# python's own versions; pip is left out (pip as a python dependency is an option of the loader).
PYTHON_PATCHES = {"3.8": 18, "3.9": 19, "3.10": 14, "3.11": 9, "3.12": 4}


def hexdigest(rng, bits):
    return format(rng.getrandbits(bits), "0%dx" % (bits // 4))


def build_hash(rng):
    return "h" + format(rng.getrandbits(28), "07x")


def version_list(rng, count):
    """count ascending versions major.minor.patch, majors 0-4, a few with two parts."""
    major = rng.randint(0, 3)
    minor, patch = rng.randint(0, 9), 0
    out = []
    for _ in range(count):
        out.append("%d.%d.%d" % (major, minor, patch) if rng.random() < 0.85 else "%d.%d" % (major, minor))
        step = rng.random()
        if step < 0.06:
            major, minor, patch = major + 1, 0, 0
        elif step < 0.4:
            minor, patch = minor + 1, 0
        else:
            patch += 1
    return sorted(set(out), key=lambda v: tuple(int(p) for p in v.split(".")))


def major_of(version):
    return int(version.split(".")[0])


def ranged(name, versions, position, short=False):
    """'name >=L,<M+1.0a0' (short: 'name >=L,<M+1') with L the version at position (0..1) of versions."""
    lower = versions[min(len(versions) - 1, int(position * len(versions)))]
    return "%s >=%s,<%d%s" % (name, lower, major_of(versions[-1]) + 1, "" if short else ".0a0")


def record(rng, name, version, build, build_number, depends, timestamp, subdir, noarch=None, constrains=None):
    r = {
        "build": build,
        "build_number": build_number,
        "depends": depends,
        "license": rng.choice(LICENSES),
        "md5": hexdigest(rng, 128),
        "name": name,
        "sha256": hexdigest(rng, 256),
        "size": rng.randint(2_000, 60_000_000),
        "subdir": subdir,
        "timestamp": timestamp,
        "version": version,
    }
    if constrains:
        r["constrains"] = constrains
    if noarch:
        r["noarch"] = noarch
    return r


class Channel:
    def __init__(self):
        self.subdirs = {"linux-64": ({}, {}), "noarch": ({}, {})}  # (packages, packages.conda)

    def add(self, subdir, rec):
        fn = "%s-%s-%s" % (rec["name"], rec["version"], rec["build"])
        # Older builds as .tar.bz2, newer as .conda, as conda-forge switched formats in 2022.
        if rec["timestamp"] < EPOCH_MS + 150 * 86_400_000 * 10 // 3:
            self.subdirs[subdir][0][fn + ".tar.bz2"] = rec
        else:
            self.subdirs[subdir][1][fn + ".conda"] = rec

    def count(self, subdir):
        return sum(len(t) for t in self.subdirs[subdir])


def tree_versions(rng):
    versions = {}
    for name, (kind, _) in TREE.items():
        if name == "python":
            versions[name] = ["%s.%d" % (minor, p) for minor in PYTHONS for p in range(PYTHON_PATCHES[minor])]
        elif name == "python_abi":
            versions[name] = PYTHONS[:]
        else:
            versions[name] = version_list(rng, rng.randint(6, 30))
    return versions


def add_tree(rng, channel, versions):
    for name, (kind, deps) in TREE.items():
        vs = versions[name]
        for i, version in enumerate(vs):
            position = i / max(1, len(vs) - 1)  # newest records ask for the newest dependencies
            timestamp = EPOCH_MS + int(position * 2_800 * 86_400_000) + rng.randint(0, 86_400_000)
            depends = [ranged(d, versions[d], position * 0.9) for d in deps]
            if kind == "python":
                minor = version.rsplit(".", 1)[0]
                for n in range(2):
                    depends_py = depends + ["python_abi %s.* *_cp%s" % (minor, minor.replace(".", ""))]
                    channel.add("linux-64", record(rng, name, version, "%s_%d_cpython" % (build_hash(rng), n), n,
                                                   depends_py, timestamp + n, "linux-64"))
            elif kind == "abi":
                tag = "cp" + version.replace(".", "")
                channel.add("linux-64", record(rng, name, version, "4_" + tag, 4, [], timestamp, "linux-64",
                                               constrains=["python %s.* *_cpython" % version]))
            elif kind == "py":
                # Older versions were built for older pythons; the newest for all five.
                first = max(0, int((1 - position) * 4) - 1)
                for py in PYTHONS[first:]:
                    tag = py.replace(".", "")
                    nxt = "%s.%d" % (py.split(".")[0], int(py.split(".")[1]) + 1)
                    depends_py = depends + ["python >=%s,<%s.0a0" % (py, nxt), "python_abi %s.* *_cp%s" % (py, tag)]
                    for n in range(rng.randint(1, 2)):
                        channel.add("linux-64", record(rng, name, version, "py%s%s_%d" % (tag, build_hash(rng), n), n,
                                                       depends_py, timestamp + n, "linux-64"))
            elif kind == "noarch":
                depends_py = ["python >=3.8"] + depends
                channel.add("noarch", record(rng, name, version, "pyhd8ed1ab_0", 0, depends_py, timestamp, "noarch",
                                             noarch="python"))
            else:
                for n in range(rng.randint(1, 3)):
                    channel.add("linux-64", record(rng, name, version, "%s_%d" % (build_hash(rng), n), n, depends,
                                                   timestamp + n, "linux-64"))


def filler_name(rng, used):
    syllables = ["ab", "ar", "co", "de", "fi", "gr", "io", "ka", "li", "mo", "ne", "or", "pa", "qu", "ro",
                 "sa", "te", "un", "vi", "xo", "ze", "py", "lib", "r-", "go", "js"]
    while True:
        name = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
        if rng.random() < 0.3:
            name += "-" + rng.choice(["core", "base", "tools", "data", "utils", "cli", "dev"])
        if name not in used and name not in TREE:
            used.add(name)
            return name


def add_filler(rng, channel, versions, linux_target, noarch_target, names):
    used = set()
    filler = []
    # linux-64 names hold ~25 records each on average (a long tail: a few hundred for some),
    # noarch names fewer.
    while channel.count("linux-64") < linux_target or channel.count("noarch") < noarch_target:
        noarch = channel.count("noarch") < noarch_target and (
            channel.count("linux-64") >= linux_target or rng.random() < 0.13)
        name = filler_name(rng, used)
        n_versions = min(60, max(1, int(rng.paretovariate(1.6) * (2 if noarch else 3))))
        vs = version_list(rng, n_versions)
        versions[name] = vs
        candidates = filler[-3000:] if len(filler) > 50 else list(TREE)
        for i, version in enumerate(vs):
            position = i / max(1, len(vs) - 1)
            timestamp = EPOCH_MS + int(position * 2_800 * 86_400_000) + rng.randint(0, 86_400_000)
            n_builds = 1 if noarch else min(12, max(1, int(rng.paretovariate(1.3) * 2)))
            for n in range(n_builds):
                deps = set()
                want = rng.choices(DEPENDENCY_COUNTS, DEPENDENCY_WEIGHTS)[0]
                if not noarch and rng.random() < 0.7:
                    deps.add("libgcc-ng")
                while len(deps) < want:
                    deps.add(rng.choice(candidates) if rng.random() < 0.8 else rng.choice(list(TREE)))
                depends = [ranged(d, versions[d], rng.random() * 0.8, rng.random() < 0.5) for d in sorted(deps) if d not in
                           ("python", "python_abi")]
                if noarch:
                    depends.insert(0, "python >=3.%d" % rng.randint(6, 10))
                constrained = rng.choice(candidates)
                constrains = [ranged(constrained, versions[constrained], 0.5)] if rng.random() < 0.08 else None
                subdir = "noarch" if noarch else "linux-64"
                channel.add(subdir, record(rng, name, version, "%s_%d" % (build_hash(rng), n) if not noarch else
                                           "pyh%s_%d" % (format(rng.getrandbits(28), "07x"), n), n, depends,
                                           timestamp + n, subdir, noarch="python" if noarch else None,
                                           constrains=constrains))
        filler.append(name)
    names.update(used)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=20261206)
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the record counts")
    args = parser.parse_args()
    stamp = os.path.join(args.out, ".generated-condaforge-shaped-v%d-%d-%g" % (GENERATOR_VERSION, args.seed, args.scale))
    if os.path.exists(stamp):
        print("up to date: " + args.out)
        return 0
    rng = random.Random(args.seed)
    channel = Channel()
    versions = tree_versions(rng)
    add_tree(rng, channel, versions)
    names = set(TREE)
    add_filler(rng, channel, versions, int(660_000 * args.scale), int(32_000 * args.scale), names)
    total_bytes = 0
    for subdir, (packages, conda) in channel.subdirs.items():
        folder = os.path.join(args.out, subdir)
        os.makedirs(folder, exist_ok=True)
        text = json.dumps({"info": {"subdir": subdir}, "packages": packages, "packages.conda": conda,
                           "removed": [], "repodata_version": 1}, sort_keys=True, separators=(",", ":"))
        path = os.path.join(folder, "repodata.json")
        with open(path + ".tmp", "w") as f:
            f.write(text)
        os.replace(path + ".tmp", path)
        total_bytes += len(text)
        print("%s: %d records, %.0f MB" % (subdir, channel.count(subdir), len(text) / 1e6))
    print("%d names, %.0f MB" % (len(names), total_bytes / 1e6))
    with open(stamp, "w") as f:
        f.write(hashlib.sha256(str(sorted(names)).encode()).hexdigest() + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
