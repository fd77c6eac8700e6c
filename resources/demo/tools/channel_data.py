# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 deploydeck authors
"""The invented package table of the demo channel mini-conda-forge (see make_channel.py).

Dependencies follow conda-forge's conventions: compiled Python extensions pin
`python >=3.X,<3.(X+1).0a0` and `python_abi 3.X.* *_cp3X`, shared libraries are pinned
to their ABI range (`libzlib >=1.2.13,<1.3.0a0`), noarch python packages use
`python >=3.X` lower bounds. Every name used in a dependency exists in the table with
a matching version (check_demo.py verifies it).
"""

import hashlib

PYS = ["3.8", "3.9", "3.10", "3.11"]

_packages = []


def _hash7(*parts):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:7]


def _abi(py):
    return "cp" + py.replace(".", "")


def py_deps(py):
    major, minor = py.split(".")
    return ["python >=%s,<%s.%d.0a0" % (py, major, int(minor) + 1), "python_abi %s.* *_%s" % (py, _abi(py))]


def _add(name, version, build, depends, date, size, license, subdir="linux-64", **extra):
    # The build number is the last number between underscores: h59595ed_2, 4_cp39, hb7a2778_2_cpython.
    numbers = [t for t in build.split("_") if t.isdigit()]
    pkg = {
        "name": name,
        "version": version,
        "build": build,
        "build_number": int(numbers[-1]) if numbers else 0,
        "depends": sorted(depends),
        "date": date,
        "size": size,
        "license": license,
        "subdir": subdir,
    }
    pkg.update({k: v for k, v in extra.items() if v})
    _packages.append(pkg)
    return build


def native(name, version, build, depends, date, size, license, **extra):
    """A linux-64 package with an explicit build string."""
    return _add(name, version, build, depends, date, size, license, **extra)


def hashed(name, version, depends, date, size, license, bn=0, prefix="", salt="", **extra):
    """A linux-64 package whose build hash is derived from its dependencies."""
    build = "%sh%s_%d" % (prefix, _hash7(name, version, *depends, salt), bn)
    return _add(name, version, build, depends, date, size, license, **extra)


def per_python(name, version, pys, depends, date, size, license, bn=0, prefix="", salt="", constrains=None, **extra):
    """One build per Python version; @p depends is a function of the python version. Returns {py: build}."""
    builds = {}
    for py in pys:
        deps = list(depends(py)) + py_deps(py)
        build = "%spy%sh%s_%d" % (prefix, _abi(py)[2:], _hash7(name, version, py, *deps, salt), bn)
        builds[py] = _add(name, version, build, deps, date, size, license,
                          constrains=constrains(py) if constrains else None, **extra)
    return builds


def noarch_python(name, version, depends, date, size, license, bn=0, tag="pyhd8ed1ab", **extra):
    return _add(name, version, "%s_%d" % (tag, bn), depends, date, size, license, subdir="noarch",
                noarch="python", **extra)


def noarch_generic(name, version, build, depends, date, size, license, **extra):
    return _add(name, version, build, depends, date, size, license, subdir="noarch", noarch="generic", **extra)


GCC = "GPL-3.0-only WITH GCC-exception-3.1"

# --------------------------------------------------------------------------------------------
# Compiler runtimes and the C libraries Python needs
# --------------------------------------------------------------------------------------------


def _runtimes():
    native("_libgcc_mutex", "0.1", "conda_forge", [], "2020-01-21", 2562, "None")
    native("_openmp_mutex", "4.5", "2_gnu", ["_libgcc_mutex 0.1 conda_forge", "libgomp >=7.5.0"],
           "2021-02-15", 23621, "BSD-3-Clause", constrains=["openmp_impl 9999"])
    for version, build, date in (("12.2.0", "h65d4601_19", "2022-10-16"), ("13.2.0", "h807b86a_3", "2023-11-04")):
        native("libgomp", version, build, ["_libgcc_mutex 0.1 conda_forge"], date, 421133, GCC)
        native("libgcc-ng", version, build, ["_libgcc_mutex 0.1 conda_forge", "_openmp_mutex >=4.5"], date, 773629,
               GCC, constrains=["libgomp %s %s" % (version, build)])
    native("libstdcxx-ng", "12.2.0", "h46fd767_19", [], "2022-10-16", 4316834, GCC)
    native("libstdcxx-ng", "13.2.0", "h7e041cc_3", [], "2023-11-04", 3842940, GCC)
    native("libgfortran5", "12.2.0", "h337968e_19", [], "2022-10-16", 1864331, GCC,
           constrains=["libgfortran-ng 12.2.0 *_19"])
    native("libgfortran5", "13.2.0", "ha4646dd_3", ["libgcc-ng >=13.2.0"], "2023-11-04", 1442814, GCC,
           constrains=["libgfortran-ng 13.2.0 *_3"])
    native("libgfortran-ng", "12.2.0", "h69a702a_19", ["libgfortran5 12.2.0 h337968e_19"], "2022-10-16", 22884, GCC)
    native("libgfortran-ng", "13.2.0", "h69a702a_3", ["libgfortran5 13.2.0 ha4646dd_3"], "2023-11-04", 23837, GCC)
    native("ld_impl_linux-64", "2.39", "hcc3a1bd_1", [], "2022-10-20", 690432, "GPL-3.0-only",
           constrains=["binutils_impl_linux-64 2.39"])
    native("ld_impl_linux-64", "2.40", "h41732ed_0", [], "2023-02-07", 704696, "GPL-3.0-only",
           constrains=["binutils_impl_linux-64 2.40"])


def _c_libraries():
    for version, date in (("2023.7.22", "2023-07-24"), ("2023.11.17", "2023-11-17")):
        native("ca-certificates", version, "hbcca054_0", [], date, 154117, "ISC",
               format="both" if version == "2023.11.17" else None)
    native("openssl", "1.1.1w", "hd590300_0", ["ca-certificates", "libgcc-ng >=12"], "2023-09-12", 1956064,
           "OpenSSL", license_family="Apache")
    native("openssl", "3.1.4", "hd590300_0", ["ca-certificates", "libgcc-ng >=12"], "2023-10-25", 2648144,
           "Apache-2.0", license_family="Apache")
    native("openssl", "3.2.0", "hd590300_1", ["ca-certificates", "libgcc-ng >=12"], "2023-11-24", 2865379,
           "Apache-2.0", license_family="Apache", constrains=["pyopenssl >=22.1"])
    native("libffi", "3.4.2", "h7f98852_5", ["libgcc-ng >=9.4.0"], "2021-11-26", 58292, "MIT")
    native("libzlib", "1.2.13", "h166bdaf_4", ["libgcc-ng >=12"], "2022-10-13", 65503, "Zlib",
           constrains=["zlib 1.2.13 *_4"])
    native("libzlib", "1.2.13", "hd590300_5", ["libgcc-ng >=12"], "2023-06-14", 61588, "Zlib",
           constrains=["zlib 1.2.13 *_5"])
    native("zlib", "1.2.13", "h166bdaf_4", ["libgcc-ng >=12", "libzlib 1.2.13 h166bdaf_4"], "2022-10-13", 94048,
           "Zlib")
    native("zlib", "1.2.13", "hd590300_5", ["libgcc-ng >=12", "libzlib 1.2.13 hd590300_5"], "2023-06-14", 92825,
           "Zlib")
    native("bzip2", "1.0.8", "h7f98852_4", ["libgcc-ng >=9.3.0"], "2020-12-21", 495686, "bzip2-1.0.6")
    native("bzip2", "1.0.8", "hd590300_5", ["libgcc-ng >=12"], "2023-08-28", 254228, "bzip2-1.0.6")
    native("xz", "5.2.6", "h166bdaf_0", ["libgcc-ng >=12"], "2022-08-22", 418368, "LGPL-2.1 and GPL-2.0")
    native("ncurses", "6.3", "h27087fc_1", ["libgcc-ng >=10.3.0"], "2022-03-27", 1025992, "X11 AND BSD-3-Clause")
    native("ncurses", "6.4", "h59595ed_2", ["libgcc-ng >=12"], "2023-10-20", 884434, "X11 AND BSD-3-Clause")
    native("readline", "8.1.2", "h0f457ee_0", ["libgcc-ng >=12", "ncurses >=6.3,<7.0a0"], "2022-08-15", 298080,
           "GPL-3.0-only")
    native("readline", "8.2", "h8228510_1", ["libgcc-ng >=12", "ncurses >=6.3,<7.0a0"], "2023-02-24", 281456,
           "GPL-3.0-only")
    native("libuuid", "2.38.1", "h0b41bf4_0", ["libgcc-ng >=12"], "2023-02-03", 33601, "BSD-3-Clause")
    native("libnsl", "2.0.0", "h7f98852_0", ["libgcc-ng >=9.4.0"], "2021-09-23", 31236, "LGPL-2.1-only")
    native("libnsl", "2.0.1", "hd590300_0", ["libgcc-ng >=12"], "2023-09-26", 33408, "LGPL-2.1-only")
    native("libxcrypt", "4.4.36", "hd590300_1", ["libgcc-ng >=12"], "2023-08-29", 100393, "LGPL-2.1-or-later")
    for version, build, date in (("3.40.0", "h753d276_0", "2022-11-16"), ("3.44.2", "h2797004_0", "2023-11-30")):
        native("libsqlite", version, build, ["libgcc-ng >=12", "libzlib >=1.2.13,<1.3.0a0"], date, 840000,
               "Unlicense")
    native("sqlite", "3.40.0", "h4ff8645_0",
           ["libgcc-ng >=12", "libsqlite 3.40.0 h753d276_0", "libzlib >=1.2.13,<1.3.0a0", "ncurses >=6.3,<7.0a0",
            "readline >=8.1.2,<9.0a0"], "2022-11-16", 810234, "Unlicense")
    native("sqlite", "3.44.2", "h2c6b66d_0",
           ["libgcc-ng >=12", "libsqlite 3.44.2 h2797004_0", "libzlib >=1.2.13,<1.3.0a0", "ncurses >=6.4,<7.0a0",
            "readline >=8.2,<9.0a0"], "2023-11-30", 839022, "Unlicense")
    native("tk", "8.6.12", "h27826a3_0", ["libgcc-ng >=9.4.0", "libzlib >=1.2.11,<1.3.0a0"], "2021-11-30", 3456292,
           "TCL")
    native("tk", "8.6.13", "noxft_h4845f30_101", ["libgcc-ng >=12", "libzlib >=1.2.13,<1.3.0a0"], "2023-09-15",
           3318875, "TCL")
    noarch_generic("tzdata", "2023c", "h71feb2d_0", [], "2023-03-24", 117580, "LicenseRef-Public-Domain")
    noarch_generic("tzdata", "2023d", "h0c530f3_0", [], "2023-12-29", 119639, "LicenseRef-Public-Domain")
    native("libexpat", "2.5.0", "hcb278e6_1", ["libgcc-ng >=12"], "2023-02-14", 77980, "MIT",
           constrains=["expat 2.5.0.*"])
    native("expat", "2.5.0", "hcb278e6_1", ["libexpat 2.5.0 hcb278e6_1", "libgcc-ng >=12"], "2023-02-14", 136778,
           "MIT")
    native("libiconv", "1.17", "h166bdaf_0", ["libgcc-ng >=10.3.0"], "2022-07-22", 1450368, "LGPL-2.1-only")
    native("icu", "72.1", "hcb278e6_0", ["libgcc-ng >=12", "libstdcxx-ng >=12"], "2023-01-30", 12089150, "MIT")
    native("icu", "73.2", "h59595ed_0", ["libgcc-ng >=12", "libstdcxx-ng >=12"], "2023-08-14", 12089150, "MIT")
    native("zstd", "1.5.2", "hfc55251_7", ["libgcc-ng >=12", "libstdcxx-ng >=12", "libzlib >=1.2.13,<1.3.0a0"],
           "2023-03-24", 431126, "BSD-3-Clause")
    native("zstd", "1.5.5", "hfc55251_0", ["libgcc-ng >=12", "libstdcxx-ng >=12", "libzlib >=1.2.13,<1.3.0a0"],
           "2023-04-05", 545199, "BSD-3-Clause")
    native("lz4-c", "1.9.4", "hcb278e6_0", ["libgcc-ng >=12", "libstdcxx-ng >=12"], "2023-01-24", 143402,
           "BSD-2-Clause")
    native("libsodium", "1.0.18", "h36c2ea0_1", ["libgcc-ng >=7.5.0"], "2020-12-24", 374999, "ISC")
    native("yaml", "0.2.5", "h7f98852_2", ["libgcc-ng >=9.4.0"], "2021-11-24", 89141, "MIT")
    native("libaec", "1.0.6", "hcb278e6_1", ["libgcc-ng >=12", "libstdcxx-ng >=12"], "2023-01-26", 34356,
           "BSD-2-Clause")
    native("libaec", "1.1.2", "h59595ed_1", ["libgcc-ng >=12", "libstdcxx-ng >=12"], "2023-08-21", 35446,
           "BSD-2-Clause")


def _python():
    """Python 3.8 to 3.11 and python_abi. 3.8.12 is the build MAX IV synced in 2021 (openssl 1.1.1)."""
    old_38 = ["bzip2 >=1.0.8,<2.0a0", "ld_impl_linux-64 >=2.36.1", "libffi >=3.4.2,<3.5.0a0",
              "libgcc-ng >=9.4.0", "libnsl >=2.0.0,<2.1.0a0", "libuuid >=2.32.1,<3.0a0",
              "libzlib >=1.2.11,<1.3.0a0", "ncurses >=6.2,<7.0a0", "openssl >=1.1.1l,<1.1.2a",
              "readline >=8.1,<9.0a0", "sqlite >=3.36.0,<4.0a0", "tk >=8.6.11,<8.7.0a0", "xz >=5.2.5,<6.0a0"]
    native("python", "3.8.12", "hb7a2778_2_cpython", old_38, "2021-10-12", 25633340, "Python-2.0",
           constrains=["python_abi 3.8.* *_cp38"])

    def modern(sqlite, openssl, extra=()):
        return ["bzip2 >=1.0.8,<2.0a0", "ld_impl_linux-64 >=2.36.1", "libffi >=3.4,<4.0a0", "libgcc-ng >=12",
                "libnsl >=2.0.0,<2.1.0a0", "libsqlite >=%s,<4.0a0" % sqlite, "libuuid >=2.38.1,<3.0a0",
                "libzlib >=1.2.13,<1.3.0a0", "ncurses >=6.3,<7.0a0", "openssl >=%s,<4.0a0" % openssl,
                "readline >=8.1.2,<9.0a0", "tk >=8.6.12,<8.7.0a0", "tzdata", "xz >=5.2.6,<6.0a0"] + list(extra)

    xcrypt = ["libxcrypt >=4.4.36"]
    pythons = [
        ("3.8.18", "hd12c33a_0_cpython", "2023-08-28", 24027411, modern("3.43.0", "3.1.2", xcrypt)),
        ("3.9.16", "h2782a2a_0_cpython", "2022-12-08", 23845990, modern("3.40.0", "3.0.7")),
        ("3.9.18", "h0755675_0_cpython", "2023-08-28", 23998412, modern("3.43.0", "3.1.2", xcrypt)),
        ("3.10.12", "hd12c33a_0_cpython", "2023-06-07", 25511262, modern("3.42.0", "3.1.1")),
        ("3.10.13", "hd12c33a_0_cpython", "2023-08-28", 25513001, modern("3.43.0", "3.1.2", xcrypt)),
        ("3.11.4", "hab00c5b_0_cpython", "2023-06-08", 30802155, modern("3.42.0", "3.1.1")),
        ("3.11.6", "hab00c5b_0_cpython", "2023-10-02", 30830615, modern("3.43.0", "3.1.3", xcrypt)),
    ]
    for version, build, date, size, deps in pythons:
        short = ".".join(version.split(".")[:2])
        native("python", version, build, deps, date, size, "Python-2.0",
               constrains=["python_abi %s.* *_%s" % (short, _abi(short))],
               format="both" if version == "3.9.18" else None)
    for py in PYS:
        native("python_abi", py, "4_" + _abi(py), [], "2023-10-05", 6300, "BSD-3-Clause",
               constrains=["python %s.* *_cpython" % py])
    native("python_abi", "3.9", "2_cp39", [], "2021-04-12", 4010, "BSD-3-Clause")


# --------------------------------------------------------------------------------------------
# Build tools, pure-Python packages and the IPython stack (noarch)
# --------------------------------------------------------------------------------------------


def _noarch_basics():
    noarch_python("pip", "23.2.1", ["python >=3.7", "setuptools", "wheel"], "2023-07-22", 1386212, "MIT")
    noarch_python("pip", "23.3.1", ["python >=3.7", "setuptools", "wheel"], "2023-10-16", 1398245, "MIT")
    noarch_python("setuptools", "68.2.2", ["python >=3.7"], "2023-09-15", 464399, "MIT")
    noarch_python("setuptools", "69.0.2", ["python >=3.7"], "2023-11-28", 470548, "MIT")
    noarch_python("wheel", "0.41.3", ["python >=3.7"], "2023-10-30", 58121, "MIT")
    noarch_python("wheel", "0.42.0", ["python >=3.7"], "2023-11-28", 57553, "MIT")
    noarch_python("six", "1.16.0", ["python"], "2021-06-23", 14259, "MIT", tag="pyh6c4a22f")
    noarch_python("packaging", "23.1", ["python >=3.7"], "2023-04-12", 46098, "Apache-2.0")
    noarch_python("packaging", "23.2", ["python >=3.7"], "2023-10-01", 49452, "Apache-2.0")
    noarch_python("python-dateutil", "2.8.2", ["python >=3.6", "six >=1.5"], "2021-07-13", 245987, "Apache-2.0")
    noarch_python("click", "8.1.7", ["__unix", "python >=3.8"], "2023-08-17", 84437, "BSD-3-Clause",
                  tag="unix_pyh707e725")
    noarch_python("certifi", "2023.11.17", ["python >=3.7"], "2023-11-18", 158939, "ISC")
    noarch_python("cycler", "0.12.1", ["python >=3.8"], "2023-10-07", 13458, "BSD-3-Clause")
    noarch_python("pyparsing", "3.1.1", ["python >=3.6"], "2023-07-02", 89521, "MIT")
    noarch_python("zipp", "3.17.0", ["python >=3.8"], "2023-09-07", 18954, "MIT")
    noarch_python("importlib_resources", "6.1.1", ["python >=3.8", "zipp >=3.1.0"], "2023-11-08", 30024,
                  "Apache-2.0", constrains=["importlib-resources >=6.1.1,<6.1.2.0a0"])
    noarch_python("importlib-resources", "6.1.1", ["importlib_resources >=6.1.1,<6.1.2.0a0", "python >=3.8"],
                  "2023-11-08", 9669, "Apache-2.0")
    noarch_python("munkres", "1.1.4", ["python"], "2020-11-24", 12452, "Apache-2.0", tag="pyh9f0ad1d")
    noarch_python("ply", "3.11", ["python"], "2018-10-11", 44837, "BSD-3-Clause", tag="py", bn=1)
    noarch_python("toml", "0.10.2", ["python >=2.7"], "2020-11-01", 18433, "MIT")
    noarch_python("tomli", "2.0.1", ["python >=3.7"], "2022-02-12", 15940, "MIT")
    noarch_python("typing_extensions", "4.8.0", ["python >=3.8"], "2023-09-18", 36058, "PSF-2.0",
                  tag="pyha770c72")
    noarch_generic("typing-extensions", "4.8.0", "hd8ed1ab_0", ["typing_extensions 4.8.0 pyha770c72_0"],
                   "2023-09-18", 10104, "PSF-2.0")
    noarch_python("exceptiongroup", "1.2.0", ["python >=3.7"], "2023-11-21", 20551, "MIT")
    noarch_python("colorama", "0.4.6", ["python >=3.7"], "2022-10-25", 25170, "BSD-3-Clause")
    noarch_python("iniconfig", "2.0.0", ["python >=3.7"], "2023-01-07", 11101, "MIT")
    noarch_python("pluggy", "1.3.0", ["python >=3.8"], "2023-08-26", 22548, "MIT")
    noarch_python("pytest", "7.4.3", ["colorama", "exceptiongroup >=1.0.0rc8", "iniconfig", "packaging",
                                      "pluggy >=0.12,<2.0", "python >=3.7", "tomli >=1.0.0"],
                  "2023-10-26", 244691, "MIT", constrains=["pytest-faulthandler >=2"])
    noarch_python("cached_property", "1.5.2", ["python >=3.6"], "2020-11-16", 11065, "BSD-3-Clause",
                  tag="pyha770c72", bn=1)
    noarch_generic("cached-property", "1.5.2", "hd8ed1ab_1", ["cached_property >=1.5.2,<1.5.3.0a0"],
                   "2020-11-16", 4134, "BSD-3-Clause")
    noarch_python("pint", "0.21.1", ["python >=3.8"], "2023-06-23", 207856, "BSD-3-Clause")
    noarch_python("pint", "0.22", ["python >=3.9", "typing_extensions"], "2023-06-27", 216045, "BSD-3-Clause")
    noarch_python("xlrd", "2.0.1", ["python >=3.6"], "2020-12-11", 95281, "BSD-3-Clause")
    noarch_python("jsonpointer", "2.4", ["python >=3.7"], "2023-06-26", 16170, "BSD-3-Clause")
    noarch_python("jsonpatch", "1.33", ["jsonpointer >=1.9", "python >=3.7"], "2023-06-26", 17366,
                  "BSD-3-Clause")
    noarch_python("attrs", "23.1.0", ["python >=3.7"], "2023-04-16", 55022, "MIT")
    noarch_python("pkgutil-resolve-name", "1.3.10", ["python >=3.6"], "2021-09-13", 10778, "MIT OR PSF-2.0")
    noarch_python("jsonschema", "4.17.3", ["attrs >=17.4.0", "importlib_resources >=1.4.0",
                                           "pkgutil-resolve-name >=1.3.10",
                                           "pyrsistent >=0.14.0,!=0.17.0,!=0.17.1,!=0.17.2", "python >=3.7",
                                           "typing_extensions"], "2022-12-11", 71389, "MIT")


def _ipython():
    noarch_python("backcall", "0.2.0", ["python"], "2020-06-10", 13705, "BSD-3-Clause", tag="pyh9f0ad1d")
    noarch_python("decorator", "5.1.1", ["python >=3.5"], "2022-01-06", 12072, "BSD-2-Clause")
    noarch_python("parso", "0.8.3", ["python >=3.6"], "2021-11-26", 71048, "MIT")
    noarch_python("jedi", "0.19.1", ["parso >=0.8.3,<0.9.0", "python >=3.6"], "2023-10-02", 841312, "MIT")
    noarch_python("traitlets", "5.14.0", ["python >=3.8"], "2023-11-28", 109736, "BSD-3-Clause")
    noarch_python("matplotlib-inline", "0.1.6", ["python >=3.6", "traitlets"], "2022-08-28", 12273,
                  "BSD-3-Clause")
    noarch_python("ptyprocess", "0.7.0", ["python"], "2020-12-20", 16546, "ISC", tag="pyhd3deb0d")
    noarch_python("pexpect", "4.8.0", ["ptyprocess >=0.5", "python"], "2021-01-26", 48780, "ISC",
                  tag="pyh1a96a4e", bn=2)
    noarch_python("pickleshare", "0.7.5", ["python >=3"], "2018-03-18", 9332, "MIT", tag="py", bn=1003)
    noarch_python("wcwidth", "0.2.12", ["python >=3.6"], "2023-12-01", 32709, "MIT")
    noarch_python("prompt-toolkit", "3.0.41", ["python >=3.7", "wcwidth"], "2023-11-17", 269068,
                  "BSD-3-Clause", tag="pyha770c72", constrains=["prompt_toolkit 3.0.41"])
    noarch_python("pygments", "2.17.2", ["python >=3.7"], "2023-11-21", 860141, "BSD-2-Clause")
    noarch_python("asttokens", "2.4.1", ["python >=3.5", "six >=1.12.0"], "2023-10-26", 28922, "Apache-2.0")
    noarch_python("executing", "2.0.1", ["python >=2.7"], "2023-10-26", 27689, "MIT")
    noarch_python("pure_eval", "0.2.2", ["python >=3.5"], "2021-11-25", 14551, "MIT")
    noarch_python("stack_data", "0.6.2", ["asttokens", "executing", "pure_eval", "python >=3.5"], "2022-12-23",
                  26205, "MIT")
    common = ["decorator", "jedi >=0.16", "matplotlib-inline", "pexpect >4.3", "pickleshare",
              "pygments >=2.4.0", "stack_data", "traitlets >=5", "typing_extensions"]
    noarch_python("ipython", "8.12.2", common + ["__linux", "backcall", "prompt-toolkit >=3.0.30,<3.1.0",
                                                 "python >=3.8"],
                  "2023-05-31", 576930, "BSD-3-Clause", tag="pyh41d4057")
    noarch_python("ipython", "8.18.1", common + ["__unix", "exceptiongroup", "prompt-toolkit >=3.0.41,<3.1.0",
                                                 "python >=3.9"],
                  "2023-11-27", 589570, "BSD-3-Clause", tag="pyh707e725", bn=3)


# --------------------------------------------------------------------------------------------
# numpy and BLAS
# --------------------------------------------------------------------------------------------

NUMPY_BUILT_AGAINST = {"3.8": "numpy >=1.21.6,<2.0a0", "3.9": "numpy >=1.22.4,<2.0a0",
                       "3.10": "numpy >=1.22.4,<2.0a0", "3.11": "numpy >=1.23.5,<2.0a0"}
NUMPY_2022 = {"3.8": "numpy >=1.21.6,<2.0a0", "3.9": "numpy >=1.21.6,<2.0a0", "3.10": "numpy >=1.21.6,<2.0a0",
              "3.11": "numpy >=1.23.5,<2.0a0"}


def _blas():
    """Reference BLAS/LAPACK wrappers over OpenBLAS. The openmp flavour is de-prioritised with a track_feature."""
    variants = [
        ("0.3.21", "pthreads_h78a6416_3", "pthreads_h320a7e8_3", "2022-08-26",
         ["libgcc-ng >=12", "libgfortran-ng", "libgfortran5 >=10.4.0"], None),
        ("0.3.25", "pthreads_h413a1c8_0", "pthreads_h7a3da1a_0", "2023-11-16",
         ["libgcc-ng >=12", "libgfortran-ng", "libgfortran5 >=12.3.0"], None),
        ("0.3.25", "openmp_h7c3e1c6_0", None, "2023-11-16",
         ["_openmp_mutex >=4.5", "libgcc-ng >=12", "libgfortran-ng", "libgfortran5 >=12.3.0"],
         "openblas_threading_openmp"),
    ]
    for version, build, openblas_build, date, deps, feature in variants:
        native("libopenblas", version, build, deps, date, 5545037, "BSD-3-Clause",
               constrains=["openblas %s *_%s" % (version, build.rsplit("_", 1)[-1])], track_features=feature)
        if openblas_build:
            native("openblas", version, openblas_build, ["libopenblas %s %s" % (version, build)], date, 5581522,
                   "BSD-3-Clause")
    for number, date, openblas in (("16", "2022-09-20", "0.3.21"), ("20", "2023-11-17", "0.3.25")):
        build = number + "_linux64_openblas"
        native("libblas", "3.9.0", build, ["libopenblas >=%s,<1.0a0" % openblas], date, 14591, "BSD-3-Clause",
               constrains=["blas * openblas", "libcblas 3.9.0 " + build, "liblapack 3.9.0 " + build,
                           "liblapacke 3.9.0 " + build])
        native("libcblas", "3.9.0", build, ["libblas 3.9.0 " + build], date, 14437, "BSD-3-Clause",
               constrains=["blas * openblas", "liblapack 3.9.0 " + build, "liblapacke 3.9.0 " + build])
        native("liblapack", "3.9.0", build, ["libblas 3.9.0 " + build], date, 14406, "BSD-3-Clause",
               constrains=["blas * openblas", "libcblas 3.9.0 " + build, "liblapacke 3.9.0 " + build])


def _numpy():
    blas = ["libblas >=3.9.0,<4.0a0", "libcblas >=3.9.0,<4.0a0", "liblapack >=3.9.0,<4.0a0"]
    per_python("numpy", "1.21.6", ["3.8", "3.9", "3.10"],
               lambda py: blas + ["libgcc-ng >=10.3.0", "libstdcxx-ng >=10.3.0"], "2022-05-20", 6381213,
               "BSD-3-Clause", constrains=lambda py: ["numpy-base <0a0"])
    per_python("numpy", "1.24.4", PYS, lambda py: blas + ["libgcc-ng >=12", "libstdcxx-ng >=12"], "2023-06-26",
               6871245, "BSD-3-Clause", constrains=lambda py: ["numpy-base <0a0"])
    per_python("numpy", "1.26.2", PYS[1:], lambda py: blas + ["libgcc-ng >=12", "libstdcxx-ng >=12"],
               "2023-11-12", 7002141, "BSD-3-Clause", constrains=lambda py: ["numpy-base <0a0"])


def all_packages():
    """Every package of the channel, in a stable order."""
    if not _packages:
        _runtimes()
        _c_libraries()
        _python()
        _noarch_basics()
        _ipython()
        _blas()
        _numpy()
        import channel_data_stack  # the compiled stack: X11/Qt, HDF5, Tango, and the facility's packages
        channel_data_stack.add_all()
    return _packages
