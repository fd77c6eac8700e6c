# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 deploydeck authors
"""Small but real conda package archives for the demo channels (see make_channel.py).

Each archive holds what conda and the channel indexers read: `info/index.json` (the record as
the package was built), `info/files`, `info/paths.json`, and one tiny payload file. Both formats
are written: `.tar.bz2` (a bzip2 tarball) and `.conda` (an uncompressed zip with
`metadata.json` and zstd-compressed `info-*.tar.zst` and `pkg-*.tar.zst`). Every byte follows
from the record: fixed owners, modes and times, sorted members, fixed compression levels, so
the same record gives the same archive on every run.

Writing a .conda archive needs python3-zstandard (Debian's package; the project's setup installs
it); the rest is stdlib only.
"""

import bz2
import datetime
import hashlib
import io
import json
import tarfile
import zipfile


# Fields of a repodata record that describe the file, not the package: not in info/index.json.
FILE_FIELDS = ("md5", "sha256", "size")


def index_json(record):
    """The info/index.json text of @p record, as conda-build writes it (sorted keys, 2 spaces)."""
    index = {k: v for k, v in record.items() if k not in FILE_FIELDS}
    return (json.dumps(index, indent=2, sort_keys=True) + "\n").encode()


def payload(record):
    """The one file the package installs: a note for noarch python packages' site-packages, else share/."""
    name, version, build = record["name"], record["version"], record["build"]
    text = "%s %s (%s): a placeholder package of deploydeck's demo channel.\n" % (name, version, build)
    if record.get("noarch") == "python":
        module = name.replace("-", "_").replace(".", "_")
        return "site-packages/%s/__init__.py" % module, ('"""%s"""\n__version__ = "%s"\n' % (text.strip(), version)).encode()
    return "share/deploydeck-demo/%s-%s-%s.txt" % (name, version, build), text.encode()


def _tar(members, mtime):
    """An uncompressed ustar archive of @p members [(path, bytes)] in the given order."""
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for path, data in members:
            info = tarfile.TarInfo(path)
            info.size, info.mtime, info.mode = len(data), mtime, 0o644
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


def _members(record):
    """(info members, payload members) of @p record's package."""
    path, data = payload(record)
    paths_json = {
        "paths": [{"_path": path, "path_type": "hardlink", "sha256": hashlib.sha256(data).hexdigest(),
                   "size_in_bytes": len(data)}],
        "paths_version": 1,
    }
    info = [
        ("info/files", (path + "\n").encode()),
        ("info/index.json", index_json(record)),
        ("info/paths.json", (json.dumps(paths_json, indent=2, sort_keys=True) + "\n").encode()),
    ]
    return info, [(path, data)]


def archive_bytes(fn, record):
    """The archive named @p fn (".conda" or ".tar.bz2") of the package @p record describes."""
    mtime = record["timestamp"] // 1000
    info, files = _members(record)
    if fn.endswith(".tar.bz2"):
        return bz2.compress(_tar(info + files, mtime), 9)
    if not fn.endswith(".conda"):
        raise ValueError("not a package file name: " + fn)
    stem = fn[: -len(".conda")]
    import zstandard  # only here: make_hosts.py reads payload() without it

    zstd = zstandard.ZstdCompressor(level=19, write_checksum=True)
    when = datetime.datetime.fromtimestamp(mtime, datetime.timezone.utc).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, data in (("metadata.json", b'{"conda_pkg_format_version": 2}'),
                           ("pkg-%s.tar.zst" % stem, zstd.compress(_tar(files, mtime))),
                           ("info-%s.tar.zst" % stem, zstd.compress(_tar(info, mtime)))):
            entry = zipfile.ZipInfo(name, date_time=when)
            entry.create_system, entry.external_attr = 3, 0o644 << 16
            archive.writestr(entry, data)
    return out.getvalue()


def file_fields(data):
    """The md5, sha256 and size of archive bytes @p data, as a repodata record gives them."""
    return {"md5": hashlib.md5(data).hexdigest(), "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
