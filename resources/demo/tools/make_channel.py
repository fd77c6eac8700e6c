#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 deploydeck authors
"""Writes the demo workspace's channels, package archives included (needs python3-zstandard).

    python3 resources/demo/tools/make_channel.py [--out resources/demo/channels]

Two channels tell MAX IV's story (ICALEPCS 2021, THBL01):

- `conda-forge/`, a small local stand-in for conda-forge: every package of channel_data's
  table, including the ones published since the facility's last sync, with the records as
  the channel serves them today (repodata patches applied) in `repodata.json` and as the
  packages were built in `repodata_from_packages.json`;
- `mini-conda-forge/`, the facility's mirror as its last sync left it: the packages of that
  time, with the records of that time (before the patches).

Every record has a real archive behind it (package_archive.py): tiny payloads, real
checksums and sizes (the table's sizes, those of the real packages, are not used). Names,
versions and dependency ranges follow conda-forge's habits; timestamps and the hash part
of build strings are derived from the table. Running the script twice gives byte-identical
files; the output is committed.
"""

import argparse
import datetime
import hashlib
import json
import os
import sys

sys.dont_write_bytecode = True  # keep the workspace folder clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import channel_data  # noqa: E402  (the package table, kept apart from the writer)
import package_archive  # noqa: E402

# conda-forge stopped uploading .tar.bz2 in late 2022; older builds keep that format.
CONDA_FORMAT_SINCE = "2022-12-01"
SOURCE, MIRROR = "conda-forge", "mini-conda-forge"


def _pin_pint(rec):
    rec["depends"] = sorted("pint >=0.8,<0.24" if d == "pint >=0.8" else d for d in rec["depends"])


def _constrain_taurus(rec):
    rec["constrains"] = sorted(rec.get("constrains", []) + ["taurus <6"])


def _license_family(rec):
    rec["license_family"] = "PSF"


# Repodata patches the source published after the mirror's last sync: (name, version, change).
# The archives keep the record as built; the source's repodata.json serves the patched one.
PATCHES = [
    ("taurus", "5.1.8", _pin_pint),                 # an upper bound for an API break of pint
    ("sardana", "3.5.0", _constrain_taurus),        # not with a future taurus 6
    ("matplotlib-base", "3.8.2", _license_family),  # a field the build left out
]


def digest(kind, text):
    return hashlib.new(kind, text.encode()).hexdigest()


def timestamp_ms(date, fn):
    """Midday UTC of @p date plus a few hours derived from the file name, in milliseconds."""
    day = datetime.datetime.strptime(date, "%Y-%m-%d").replace(tzinfo=datetime.timezone.utc)
    offset = int(digest("md5", "t:" + fn)[:6], 16) % (10 * 3600)
    return int(day.timestamp() + 8 * 3600 + offset) * 1000 + int(digest("md5", "ms:" + fn)[:3], 16) % 1000


def built_record(pkg, ext):
    """(file name, the record as the package was built, without the file's checksums and size)."""
    fn = "%s-%s-%s%s" % (pkg["name"], pkg["version"], pkg["build"], ext)
    rec = {
        "build": pkg["build"],
        "build_number": pkg["build_number"],
        "depends": list(pkg["depends"]),
        "license": pkg["license"],
        "name": pkg["name"],
        "subdir": pkg["subdir"],
        "timestamp": timestamp_ms(pkg["date"], fn),
        "version": pkg["version"],
    }
    for key in ("constrains", "license_family", "noarch", "track_features"):
        if pkg.get(key):
            rec[key] = list(pkg[key]) if isinstance(pkg[key], list) else pkg[key]
    return fn, rec


def patched(pkg, rec):
    """@p rec with the source's patches of @p pkg applied (a copy), or None when none applies."""
    changes = [change for name, version, change in PATCHES if (name, version) == (pkg["name"], pkg["version"])]
    if not changes:
        return None
    rec = json.loads(json.dumps(rec))
    for change in changes:
        change(rec)
    return dict(sorted(rec.items()))


def formats_for(pkg):
    fmt = pkg.get("format")
    if fmt == "both":
        return [".tar.bz2", ".conda"]
    if fmt:
        return [fmt]
    return [".conda"] if pkg["date"] >= CONDA_FORMAT_SINCE else [".tar.bz2"]


class Channel:
    """The repodata tables of one channel folder and the archives it holds, per subdir."""

    def __init__(self, name):
        self.name = name
        self.tables = {}  # (subdir, key) -> {fn: record}
        self.files = {}   # subdir -> {fn: bytes}

    def add(self, subdir, fn, rec, data):
        key = "packages.conda" if fn.endswith(".conda") else "packages"
        table = self.tables.setdefault((subdir, key), {})
        if fn in table:
            raise SystemExit("duplicate file name %s" % fn)
        table[fn] = rec
        self.files.setdefault(subdir, {})[fn] = data

    def repodata(self, subdir, tables=None):
        tables = tables or self.tables
        return {
            "info": {"subdir": subdir},
            "packages": dict(sorted(tables.get((subdir, "packages"), {}).items())),
            "packages.conda": dict(sorted(tables.get((subdir, "packages.conda"), {}).items())),
            "removed": [],
            "repodata_version": 1,
        }


def write_bytes(path, data):
    """Writes @p data to @p path atomically, and not at all when the file holds it already."""
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return
    except FileNotFoundError:
        pass
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def write_json(path, data):
    write_bytes(path, (json.dumps(data, indent=1, sort_keys=False) + "\n").encode())


def write_channel(out, channel, subdirs, unpatched=None):
    """Writes @p channel under @p out; removes archives of its subdirs that it no longer holds."""
    for subdir in subdirs:
        folder = os.path.join(out, channel.name, subdir)
        files = channel.files.get(subdir, {})
        for fn, data in files.items():
            write_bytes(os.path.join(folder, fn), data)
        for fn in os.listdir(folder):
            if (fn.endswith(".conda") or fn.endswith(".tar.bz2")) and fn not in files:
                os.remove(os.path.join(folder, fn))
        write_json(os.path.join(folder, "repodata.json"), channel.repodata(subdir))
        if unpatched is not None:
            write_json(os.path.join(folder, "repodata_from_packages.json"), channel.repodata(subdir, unpatched))
        count = len(files)
        print("%s/%s: %d packages, %d bytes of archives" % (channel.name, subdir, count, sum(map(len, files.values()))))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(here, "..", "channels"))
    args = parser.parse_args()

    subdirs = ("linux-64", "noarch")
    source, mirror = Channel(SOURCE), Channel(MIRROR)
    unpatched = {}  # the source's records as built: its repodata_from_packages.json
    patches = 0
    for pkg in channel_data.all_packages():
        for ext in formats_for(pkg):
            fn, rec = built_record(pkg, ext)
            data = package_archive.archive_bytes(fn, rec)
            rec = dict(sorted({**rec, **package_archive.file_fields(data)}.items()))
            served = patched(pkg, rec)
            patches += served is not None
            source.add(pkg["subdir"], fn, served or rec, data)
            key = "packages.conda" if ext == ".conda" else "packages"
            unpatched.setdefault((pkg["subdir"], key), {})[fn] = rec
            if not pkg.get("after_sync"):
                mirror.add(pkg["subdir"], fn, rec, data)
    write_channel(args.out, source, subdirs, unpatched)
    write_channel(args.out, mirror, subdirs)
    names = {p["name"] for p in channel_data.all_packages()}
    new = sum(len(f) for f in source.files.values()) - sum(len(f) for f in mirror.files.values())
    print("%d package names; since the mirror's last sync: %d new files, %d patched records" % (len(names), new, patches))


if __name__ == "__main__":
    main()
