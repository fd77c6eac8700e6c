#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 deploydeck authors
"""check_conda_recipe.py RECIPE VERSION: the rattler-build recipe is valid YAML with the package at this
version, a local source, a cmake build script, the conda-forge host/run requirements, and tests that
run `deploydeck --help` and `deploydeck solve --help`."""
import sys

import yaml

REQUIRED_NAMES = ["qt6-main", "libsolv", "yaml-cpp", "libarchive", "zstd"]


def names(specs):
    """Package names of a requirements list ("qt6-main >=6.4" -> "qt6-main"); jinja entries are skipped."""
    return {str(s).split()[0] for s in specs or [] if not str(s).startswith("${{")}


def check(recipe, version):
    errors = []
    context = recipe.get("context", {})
    if str(context.get("version")) != version:
        errors.append(f"context.version is {context.get('version')!r}, the project is {version}")
    if context.get("name") != "deploydeck" or recipe.get("package", {}).get("name") != "${{ name }}":
        errors.append("package.name is not deploydeck (through context.name)")
    if recipe.get("source", {}).get("path") != "../..":
        errors.append("source.path is not ../.. (the checkout)")
    script = " ".join(recipe.get("build", {}).get("script", []))
    for needle in ("cmake -S", "-DLIBSOLV_ROOT=$PREFIX", "cmake --build", "cmake --install"):
        if needle not in script:
            errors.append(f"build.script lacks '{needle}'")
    requirements = recipe.get("requirements", {})
    if "cmake" not in names(requirements.get("build")):
        errors.append("requirements.build lacks cmake")
    for section in ("host", "run"):
        missing = set(REQUIRED_NAMES) - names(requirements.get(section))
        if missing:
            errors.append(f"requirements.{section} lacks {sorted(missing)}")
    commands = [c for t in recipe.get("tests", []) for c in t.get("script", [])]
    for command in ("deploydeck --help", "deploydeck solve --help"):
        if command not in commands:
            errors.append(f"tests do not run '{command}'")
    for key in ("license", "license_file", "summary", "homepage"):
        if not recipe.get("about", {}).get(key):
            errors.append(f"about.{key} is missing")
    return errors


def main():
    path, version = sys.argv[1], sys.argv[2]
    try:
        with open(path, encoding="utf-8") as f:
            recipe = yaml.safe_load(f)
    except (OSError, yaml.YAMLError) as e:
        print(f"FAIL: cannot read {path}: {e}", file=sys.stderr)
        return 1
    if not isinstance(recipe, dict):
        print(f"FAIL: {path} is not a YAML mapping", file=sys.stderr)
        return 1
    errors = check(recipe, version)
    for e in errors:
        print(f"FAIL: {path}: {e}", file=sys.stderr)
    if not errors:
        print(f"ok: {path} parses; deploydeck {version}, requirements and tests present")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
