#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 deploydeck authors
"""Writes the demo hosts' installed state from hosts/installed.txt.

For every environment a host has, hosts/<host>/conda/envs/<env>/conda-meta holds one JSON record
per package, as conda writes them when it links a package: the fields of the package's record in
channels/mini-conda-forge, plus where it came from (channel, url, fn), what it installed (files,
paths_data: the one file of the demo's placeholder archives) and how it was requested, and a
history file lists what the deployment linked. The same input writes the same bytes: these are
committed. Stdlib only.

With --rpm, each host's RPMs also go into a real RPM database, hosts/<host>/rpm (empty noarch
packages built with rpmbuild, installed with `rpm --root ... -i --justdb`). Those are binary and
made where they are used (./deploydeck.sh run makes them in its copy of the demo), not committed.

    make_hosts.py [--out FOLDER] [--rpm]   (default FOLDER: the demo's hosts folder)
"""

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

# The archive payload (one placeholder file per package) comes from the same place as the channel's.
import package_archive  # noqa: E402

DEMO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHANNEL = os.path.join(DEMO, "channels", "mini-conda-forge")
# Where the demo hosts would download from: the facility's conda server (an invented name).
CHANNEL_URL = "https://conda.maxiv.example/mini-conda-forge"
CONDA_ROOT = "/opt/conda"  # the installation the records describe, on the hosts
DEPLOYED = "2026-11-30 09:12:40"  # when the demo's last deployment ran


class InputError(Exception):
    pass


def load_channel():
    """{(name, version, build): (subdir, fn, record)} of the mini-conda-forge channel."""
    records = {}
    for subdir in ("linux-64", "noarch"):
        with open(os.path.join(CHANNEL, subdir, "repodata.json"), encoding="utf-8") as f:
            repodata = json.load(f)
        for key in ("packages", "packages.conda"):
            for fn, rec in sorted(repodata.get(key, {}).items()):
                # Both formats of one build: conda prefers .conda, so does this.
                ident = (rec["name"], rec["version"], rec["build"])
                if ident not in records or fn.endswith(".conda"):
                    records[ident] = (subdir, fn, rec)
    return records


def parse(path):
    """(sets, hosts) of installed.txt: sets {name: [(name, version, build) or (name, version-release)]},
    hosts {host: [(env, set, changes, where)]}, where env is None for the host's RPMs."""
    sets, hosts = {}, {}
    current_set = current_host = None
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].rstrip()
            where = "%s:%d" % (path, number)
            if not line:
                continue
            words = line.split()
            if not raw[0].isspace():
                if len(words) != 2 or words[0] not in ("set", "host"):
                    raise InputError("%s: expected 'set NAME' or 'host NAME'" % where)
                if words[0] == "set":
                    current_set, current_host = sets.setdefault(words[1], []), None
                else:
                    current_set, current_host = None, hosts.setdefault(words[1], [])
            elif current_set is not None:
                if len(words) not in (2, 3):
                    raise InputError("%s: expected 'name version build' or 'name version-release'" % where)
                current_set.append(tuple(words))
            elif current_host is not None:
                if words[0] == "rpm:" and len(words) >= 2:
                    current_host.append((None, words[1], words[2:], where))
                elif words[0] == "env" and len(words) >= 3 and words[1].endswith(":"):
                    current_host.append((words[1][:-1], words[2], words[3:], where))
                else:
                    raise InputError("%s: expected 'env ENV: SET [CHANGE...]' or 'rpm: SET [CHANGE...]'" % where)
            else:
                raise InputError("%s: an indented line outside a set or host" % where)
    return sets, hosts


def environment(sets, set_name, changes, where):
    """The packages {name: tuple} of an environment or of the RPMs: the set with the changes made."""
    if set_name not in sets:
        raise InputError("%s: no set named %s" % (where, set_name))
    packages = {p[0]: p for p in sets[set_name]}
    width = len(sets[set_name][0]) if sets[set_name] else 0
    for change in changes:
        if change.startswith("-") and change[1:] in packages:
            del packages[change[1:]]
        elif change.startswith("+") and len(change[1:].split("=")) == width:
            added = tuple(change[1:].split("="))
            packages[added[0]] = added
        else:
            raise InputError("%s: %s is neither + followed by a package of the set's kind nor -name of one in it"
                             % (where, change))
    return packages


def conda_meta_record(subdir, fn, rec):
    """The conda-meta JSON of one linked package."""
    dist = fn[: -len(".conda")] if fn.endswith(".conda") else fn[: -len(".tar.bz2")]
    path, data = package_archive.payload(rec)
    meta = dict(rec)
    meta.update({
        "channel": "%s/%s" % (CHANNEL_URL, subdir),
        "extracted_package_dir": "%s/pkgs/%s" % (CONDA_ROOT, dist),
        "files": [path],
        "fn": fn,
        "link": {"source": "%s/pkgs/%s" % (CONDA_ROOT, dist), "type": 1},
        "package_tarball_full_path": "%s/pkgs/%s" % (CONDA_ROOT, fn),
        "paths_data": {"paths": [{"_path": path, "path_type": "hardlink",
                                  "sha256_in_prefix": hashlib.sha256(data).hexdigest(),
                                  "size_in_bytes": len(data)}],
                       "paths_version": 1},
        "requested_spec": "None",
        "url": "%s/%s/%s" % (CHANNEL_URL, subdir, fn),
    })
    return dist, json.dumps(meta, indent=1, sort_keys=True) + "\n"


def write(out, sets, hosts, records):
    for host in sorted(hosts):
        conda = os.path.join(out, host, "conda")
        for env_name, set_name, changes, where in hosts[host]:
            packages = environment(sets, set_name, changes, where)
            if env_name is None:
                continue  # RPMs: write_rpm_databases()
            meta = os.path.join(conda, "envs", env_name, "conda-meta")
            os.makedirs(meta)
            history = ["==> %s <==" % DEPLOYED,
                       "# cmd: conda env create -p %s/envs/%s -f %s.yml" % (CONDA_ROOT, env_name, env_name)]
            for name in sorted(packages):
                ident = packages[name]
                if ident not in records:
                    raise InputError("%s: %s %s %s is not in mini-conda-forge" % ((where,) + ident))
                subdir, fn, rec = records[ident]
                dist, text = conda_meta_record(subdir, fn, rec)
                with open(os.path.join(meta, dist + ".json"), "w", encoding="utf-8", newline="\n") as f:
                    f.write(text)
                history.append("+%s::%s" % (CHANNEL_URL, dist))
            with open(os.path.join(meta, "history"), "w", encoding="utf-8", newline="\n") as f:
                f.write("\n".join(history) + "\n")
        if not any(env_name for env_name, _, _, _ in hosts[host]):
            continue  # no conda installation
        # A conda installation is itself the base environment.
        os.makedirs(os.path.join(conda, "conda-meta"), exist_ok=True)
        with open(os.path.join(conda, "conda-meta", "history"), "w", encoding="utf-8", newline="\n") as f:
            f.write("==> %s <==\n# cmd: conda create -p %s\n" % (DEPLOYED, CONDA_ROOT))


def run(args):
    done = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=dict(os.environ, LC_ALL="C"))
    if done.returncode != 0:
        raise InputError("%s failed:\n%s" % (" ".join(args), done.stdout.strip()))


def write_rpm_databases(out, sets, hosts):
    """hosts/<host>/rpm: a new RPM database holding the host's RPMs (version-release, noarch)."""
    with tempfile.TemporaryDirectory(prefix="deploydeck-demo-rpms-") as work:
        built = {}
        for host in sorted(hosts):
            for env_name, set_name, changes, where in hosts[host]:
                if env_name is not None:
                    continue
                files = []
                for name, evr in sorted(environment(sets, set_name, changes, where).values()):
                    version, _, release = evr.rpartition("-")
                    if not version:
                        raise InputError("%s: %s %s is not version-release" % (where, name, evr))
                    if (name, evr) not in built:
                        spec = os.path.join(work, "%s-%s.spec" % (name, evr))
                        with open(spec, "w", encoding="utf-8") as f:
                            f.write("Name: %s\nVersion: %s\nRelease: %s\nSummary: %s of the deploydeck demo\n"
                                    "License: GPL-3.0-or-later\nBuildArch: noarch\n%%description\nAn empty package.\n"
                                    "%%files\n" % (name, version, release, name))
                        run(["rpmbuild", "--quiet", "--define", "_topdir " + work, "--define",
                             "_rpmdir " + os.path.join(work, "RPMS"), "-bb", spec])
                        built[(name, evr)] = os.path.join(work, "RPMS", "noarch", "%s-%s.noarch.rpm" % (name, evr))
                    files.append(built[(name, evr)])
                root = os.path.abspath(os.path.join(out, host, "rpm"))  # rpm --root wants it whole
                shutil.rmtree(root, ignore_errors=True)
                os.makedirs(root)
                run(["rpm", "--root", root, "--initdb"])
                if files:
                    run(["rpm", "--root", root, "-i", "--justdb", "--nodeps", "--noscripts"] + files)


def main():
    here = os.path.join(DEMO, "hosts")
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=here, help="where to write the host folders (default: %(default)s)")
    parser.add_argument("--rpm", action="store_true", help="also make each host's RPM database (needs rpmbuild)")
    args = parser.parse_args()
    try:
        sets, hosts = parse(os.path.join(here, "installed.txt"))
        records = load_channel()
        for host in hosts:
            shutil.rmtree(os.path.join(args.out, host, "conda"), ignore_errors=True)
        write(args.out, sets, hosts, records)
        if args.rpm:
            write_rpm_databases(args.out, sets, hosts)
    except (InputError, OSError) as e:
        print("make_hosts.py: %s" % e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
