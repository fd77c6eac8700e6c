#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 deploydeck authors
"""Writes CEP 16 sharded repodata beside each <subdir>/repodata.json of a channel folder.

A writer independent of deploydeck's own (core/channel/shards.cpp), with Python's msgpack and
zstandard, so that tests read shards deploydeck did not make. Options give the shapes real
servers produce: hashes as integer arrays, an absolute shards_base_url, shards in another folder,
no flat repodata left (a shards-only channel).

    make_shards.py CHANNEL_DIR [--int-array-hashes] [--shards-base-url URL] [--shards-dir NAME]
                               [--remove-flat] [--subdir S ...]
"""
import argparse
import hashlib
import json
import os
import sys

import msgpack
import zstandard


def pack_record(record):
    out = dict(record)
    for key, length in (("md5", 32), ("sha256", 64)):
        value = out.get(key)
        if isinstance(value, str) and len(value) == length:
            out[key] = bytes.fromhex(value)
    return out


def shard_subdir(folder, subdir, args):
    path = os.path.join(folder, "repodata.json")
    with open(path, "rb") as f:
        repodata = json.load(f)
    by_name = {}
    for table in ("packages", "packages.conda"):
        for fn, record in (repodata.get(table) or {}).items():
            name = record.get("name")
            if not name:
                continue
            shard = by_name.setdefault(name, {"packages": {}, "packages.conda": {}, "removed": []})
            shard[table][fn] = pack_record(record)
    shards_dir = os.path.join(folder, args.shards_dir)
    os.makedirs(shards_dir, exist_ok=True)
    compressor = zstandard.ZstdCompressor(level=3)
    hashes = {}
    for name in sorted(by_name):
        data = compressor.compress(msgpack.packb(by_name[name], use_bin_type=True))
        digest = hashlib.sha256(data).digest()
        hashes[name] = list(digest) if args.int_array_hashes else digest
        with open(os.path.join(shards_dir, digest.hex() + ".msgpack.zst"), "wb") as f:
            f.write(data)
    info = {"subdir": subdir, "base_url": "./",
            "shards_base_url": args.shards_base_url if args.shards_base_url is not None else "./" + args.shards_dir + "/"}
    index = {"version": 1, "info": info, "repodata_version": 2, "removed": [], "shards": hashes}
    with open(os.path.join(folder, "repodata_shards.msgpack.zst"), "wb") as f:
        f.write(compressor.compress(msgpack.packb(index, use_bin_type=True)))
    if args.remove_flat:
        for name in ("repodata.json", "repodata.json.zst"):
            if os.path.exists(os.path.join(folder, name)):
                os.remove(os.path.join(folder, name))
    return len(hashes)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("channel")
    parser.add_argument("--int-array-hashes", action="store_true")
    parser.add_argument("--shards-base-url")
    parser.add_argument("--shards-dir", default="shards")
    parser.add_argument("--remove-flat", action="store_true")
    parser.add_argument("--subdir", action="append")
    args = parser.parse_args()
    total = 0
    for subdir in sorted(os.listdir(args.channel)):
        folder = os.path.join(args.channel, subdir)
        if args.subdir and subdir not in args.subdir:
            continue
        if os.path.isfile(os.path.join(folder, "repodata.json")):
            total += shard_subdir(folder, subdir, args)
    print(total)
    return 0 if total else 1


if __name__ == "__main__":
    sys.exit(main())
