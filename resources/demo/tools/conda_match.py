# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 deploydeck authors
"""Just enough of conda's version ordering and match specs to check the demo data (stdlib only).

Covers what the demo's records use: `name`, `name VERSION [BUILD]`, `name=1.2`, operators
(`>= <= > < == != ~=`), `,` (and), `|` (or), `1.2.*` prefixes and build globs. It is a
checking aid, not the application's parser (that lives in core/spec).
"""

import fnmatch
import itertools
import re

_COMPONENT = re.compile(r"\d+|[a-z]+|\*")


def _parts(text):
    out = []
    for segment in text.replace("_", ".").split("."):
        pieces = _COMPONENT.findall(segment)
        if pieces and not pieces[0].isdigit():
            pieces.insert(0, "0")  # "a1" compares like "0a1"
        comp = []
        for p in pieces:
            if p.isdigit():
                comp.append(int(p))
            elif p == "post":
                comp.append(float("inf"))
            elif p == "dev":
                comp.append("DEV")  # below every other string
            else:
                comp.append(p)
        out.append(comp or [0])
    return out


def version_key(version):
    v = version.strip().lower()
    epoch = 0
    if "!" in v:
        e, v = v.split("!", 1)
        epoch = int(e)
    local = ""
    if "+" in v:
        v, local = v.split("+", 1)
    return epoch, _parts(v), _parts(local) if local else []


def _lt_parts(a, b):
    for ca, cb in itertools.zip_longest(a, b, fillvalue=[]):
        for x, y in itertools.zip_longest(ca, cb, fillvalue=0):
            if x == y:
                continue
            if isinstance(x, str) and not isinstance(y, str):
                return True
            if isinstance(y, str) and not isinstance(x, str):
                return False
            return x < y
    return False


def compare(a, b):
    """-1, 0 or 1, as conda orders versions a and b."""
    ka, kb = version_key(a), version_key(b)
    if ka[0] != kb[0]:
        return -1 if ka[0] < kb[0] else 1
    for pa, pb in ((ka[1], kb[1]), (ka[2], kb[2])):
        if _lt_parts(pa, pb):
            return -1
        if _lt_parts(pb, pa):
            return 1
    return 0


def _starts_with(version, prefix):
    """True when the leading components of @p version equal those of @p prefix ("3.9.18" in "3.9")."""
    va, vp = version_key(version)[1], version_key(prefix)[1]
    va = va + [[0]] * (len(vp) - len(va))
    return all(all(x == y for x, y in itertools.zip_longest(a, p, fillvalue=0)) for a, p in zip(va, vp))


def _match_one(version, term):
    term = term.strip()
    for op in (">=", "<=", "==", "!=", "~=", ">", "<", "="):
        if term.startswith(op):
            target = term[len(op):].strip()
            break
    else:
        op, target = "", term
    if target.endswith(".*") or target.endswith("*"):
        prefix = target.rstrip("*").rstrip(".")
        if op in ("", "=", "=="):
            return prefix == "" or _starts_with(version, prefix)
        if op == "!=":
            return not _starts_with(version, prefix)
        target = prefix
    if op == "=":
        return _starts_with(version, target)
    c = compare(version, target)
    return {"": c == 0, "==": c == 0, "!=": c != 0, ">=": c >= 0, "<=": c <= 0, ">": c > 0, "<": c < 0,
            "~=": c >= 0 and _starts_with(version, target.rsplit(".", 1)[0])}[op]


def version_matches(version, spec):
    if spec in ("", "*"):
        return True
    return any(all(_match_one(version, t) for t in alt.split(",")) for alt in spec.split("|"))


def parse_spec(spec):
    """(name, version spec, build glob) of a match spec such as 'numpy >=1.22,<2' or 'python=3.9'."""
    spec = spec.strip()
    m = re.match(r"^([A-Za-z0-9_.\-]+)\s*(.*)$", spec)
    if not m:
        raise ValueError("bad match spec '%s'" % spec)
    name, rest = m.group(1).lower(), m.group(2).strip()
    build = "*"
    if rest.startswith("=") and not rest.startswith("=="):
        fields = rest[1:].split("=")
        version = fields[0] + ("" if fields[0].endswith("*") or len(fields) > 1 else "*")
        if len(fields) > 1:
            build = fields[1]
        return name, version, build
    fields = rest.split()
    if len(fields) >= 2 and not re.match(r"^[<>=!~]", fields[1]):
        return name, fields[0], fields[1]
    return name, "".join(fields), build


def record_matches(record, spec):
    name, version, build = parse_spec(spec)
    return (record["name"] == name and version_matches(record["version"], version)
            and fnmatch.fnmatchcase(record.get("build", ""), build))
