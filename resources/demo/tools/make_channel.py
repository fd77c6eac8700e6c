#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 deploydeck authors
"""Writes the demo workspace's invented conda channels (python3 standard library only).

    python3 resources/demo/tools/make_channel.py [--out resources/demo/channels]

The records are written for the demo: names, versions and dependency ranges follow
conda-forge's habits (python_abi pins, run_exports-style ranges, noarch python builds),
but every checksum, size, timestamp and hash part of a build string is derived
deterministically from the file name. No package archive exists behind them.
Running the script twice gives byte-identical files; the output is committed.
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

# conda-forge stopped uploading .tar.bz2 in late 2022; older builds keep that format.
CONDA_FORMAT_SINCE = "2022-12-01"


def digest(kind, text):
    return hashlib.new(kind, text.encode()).hexdigest()


def timestamp_ms(date, fn):
    """Midday UTC of @p date plus a few hours derived from the file name, in milliseconds."""
    day = datetime.datetime.strptime(date, "%Y-%m-%d").replace(tzinfo=datetime.timezone.utc)
    offset = int(digest("md5", "t:" + fn)[:6], 16) % (10 * 3600)
    return int(day.timestamp() + 8 * 3600 + offset) * 1000 + int(digest("md5", "ms:" + fn)[:3], 16) % 1000


def archive_size(base, fn, ext):
    """A size near @p base that differs per file; .conda archives are a little smaller."""
    wobble = 0.9 + (int(digest("md5", "s:" + fn)[:4], 16) / 0xFFFF) * 0.2
    factor = 0.86 if ext == ".conda" else 1.0
    return max(900, int(base * wobble * factor))


def record_for(pkg, ext):
    fn = "%s-%s-%s%s" % (pkg["name"], pkg["version"], pkg["build"], ext)
    rec = {
        "build": pkg["build"],
        "build_number": pkg["build_number"],
        "depends": list(pkg["depends"]),
        "license": pkg["license"],
        "md5": digest("md5", "deploydeck-demo:" + fn),
        "name": pkg["name"],
        "sha256": digest("sha256", "deploydeck-demo:" + fn),
        "size": archive_size(pkg["size"], fn, ext),
        "subdir": pkg["subdir"],
        "timestamp": timestamp_ms(pkg["date"], fn),
        "version": pkg["version"],
    }
    if pkg.get("constrains"):
        rec["constrains"] = list(pkg["constrains"])
    if pkg.get("license_family"):
        rec["license_family"] = pkg["license_family"]
    if pkg.get("noarch"):
        rec["noarch"] = pkg["noarch"]
    if pkg.get("track_features"):
        rec["track_features"] = pkg["track_features"]
    return fn, dict(sorted(rec.items()))


def formats_for(pkg):
    fmt = pkg.get("format")
    if fmt == "both":
        return [".tar.bz2", ".conda"]
    if fmt:
        return [fmt]
    return [".conda"] if pkg["date"] >= CONDA_FORMAT_SINCE else [".tar.bz2"]


def build_repodata(packages, subdir):
    tarbz2, conda = {}, {}
    for pkg in packages:
        if pkg["subdir"] != subdir:
            continue
        for ext in formats_for(pkg):
            fn, rec = record_for(pkg, ext)
            target = conda if ext == ".conda" else tarbz2
            if fn in target:
                raise SystemExit("duplicate file name %s" % fn)
            target[fn] = rec
    return {
        "info": {"subdir": subdir},
        "packages": dict(sorted(tarbz2.items())),
        "packages.conda": dict(sorted(conda.items())),
        "removed": [],
        "repodata_version": 1,
    }


def write_json(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, sort_keys=False)
        f.write("\n")
    os.replace(tmp, path)


def empty_repodata(subdir):
    return {"info": {"subdir": subdir}, "packages": {}, "packages.conda": {}, "repodata_version": 1}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(here, "..", "channels"))
    args = parser.parse_args()

    packages = channel_data.all_packages()
    total = 0
    for subdir in ("linux-64", "noarch"):
        repodata = build_repodata(packages, subdir)
        count = len(repodata["packages"]) + len(repodata["packages.conda"])
        total += count
        write_json(os.path.join(args.out, "mini-conda-forge", subdir, "repodata.json"), repodata)
        print("mini-conda-forge/%s: %d records (%d .tar.bz2, %d .conda)"
              % (subdir, count, len(repodata["packages"]), len(repodata["packages.conda"])))
        write_json(os.path.join(args.out, "maxiv-local", subdir, "repodata.json"), empty_repodata(subdir))
    names = {p["name"] for p in packages}
    print("%d records, %d package names" % (total, len(names)))


if __name__ == "__main__":
    main()
