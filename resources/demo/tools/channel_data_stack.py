# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 deploydeck authors
"""The compiled part of the demo channel: X11/Qt, images, HDF5, Tango, Python extensions and
the facility's packages (sardana, taurus, fandango, ...). Invented records; see make_channel.py."""

from channel_data import (NUMPY_2022, NUMPY_BUILT_AGAINST, PYS, hashed, native, noarch_generic, noarch_python,
                          per_python)

LIBC = ["libgcc-ng >=12"]
LIBCXX = ["libgcc-ng >=12", "libstdcxx-ng >=12"]
ZLIB = "libzlib >=1.2.13,<1.3.0a0"
PY38_310 = ["3.8", "3.9", "3.10"]
PY39_311 = ["3.9", "3.10", "3.11"]


def _x11_and_glib():
    native("pthread-stubs", "0.4", "h36c2ea0_1001", ["libgcc-ng >=7.5.0"], "2020-11-26", 5625, "MIT")
    native("xorg-libxau", "1.0.11", "hd590300_0", LIBC, "2023-05-02", 14468, "MIT")
    native("xorg-libxdmcp", "1.1.3", "h7f98852_0", ["libgcc-ng >=9.3.0"], "2020-11-12", 19126, "MIT")
    native("libxcb", "1.15", "h0b41bf4_0", LIBC + ["pthread-stubs", "xorg-libxau", "xorg-libxdmcp"],
           "2023-02-07", 384238, "MIT")
    native("xorg-kbproto", "1.0.7", "h7f98852_1002", ["libgcc-ng >=9.3.0"], "2021-01-13", 27338, "MIT")
    native("xorg-xextproto", "7.3.0", "h0b41bf4_1003", LIBC, "2023-02-16", 30270, "MIT")
    native("xorg-xproto", "7.0.31", "h7f98852_1007", ["libgcc-ng >=9.3.0"], "2021-01-13", 74922, "MIT")
    x11 = LIBC + ["libxcb >=1.15,<1.16.0a0", "xorg-kbproto", "xorg-xextproto >=7.3.0,<8.0a0", "xorg-xproto"]
    native("xorg-libx11", "1.8.4", "h0b41bf4_0", x11, "2023-03-08", 829872, "MIT")
    native("xorg-libx11", "1.8.7", "h8ee46fc_0", x11, "2023-10-05", 828692, "MIT")
    native("xorg-libxext", "1.3.4", "h0b41bf4_2", LIBC + ["xorg-libx11 >=1.7.2,<2.0a0", "xorg-xextproto"],
           "2023-02-16", 50143, "MIT")
    native("xkeyboard-config", "2.40", "hd590300_0", LIBC + ["xorg-libx11 >=1.8.6,<2.0a0"], "2023-10-02",
           895483, "MIT")
    xml = LIBC + ["libiconv >=1.17,<2.0a0", ZLIB, "xz >=5.2.6,<6.0a0"]
    native("libxml2", "2.10.3", "hca2bb57_4", xml + ["icu >=72.1,<73.0a0"], "2023-02-28", 713891, "MIT")
    native("libxml2", "2.11.6", "h232c23b_0", xml + ["icu >=73.2,<74.0a0"], "2023-11-09", 705857, "MIT")
    native("libxslt", "1.1.37", "h873f0b0_0", LIBC + ["libxml2 >=2.10.3,<3.0.0a0"], "2022-11-14", 257738, "MIT")
    native("libxslt", "1.1.37", "h0054252_1", LIBC + ["libxml2 >=2.11.3,<3.0.0a0"], "2023-06-08", 254297, "MIT")
    native("libxkbcommon", "1.5.0", "h79f4944_1",
           LIBCXX + ["libxcb >=1.15,<1.16.0a0", "libxml2 >=2.10.3,<3.0.0a0", "xkeyboard-config", "xorg-libxau"],
           "2023-02-25", 563187, "MIT/X11 Derivative")
    native("libxkbcommon", "1.6.0", "h5d7e998_0",
           LIBCXX + ["libxcb >=1.15,<1.16.0a0", "libxml2 >=2.11.5,<3.0.0a0", "xkeyboard-config",
                     "xorg-libxau >=1.0.11,<2.0a0"], "2023-10-06", 580380, "MIT/X11 Derivative")
    native("libpng", "1.6.39", "h753d276_0", LIBC + [ZLIB], "2022-11-23", 282599, "zlib-acknowledgement")
    native("freetype", "2.12.1", "h267a509_2", LIBC + ["libpng >=1.6.39,<1.7.0a0", ZLIB], "2023-08-13", 634972,
           "GPL-2.0-only OR FTL")
    native("fontconfig", "2.14.2", "h14ed4e7_0",
           LIBC + ["expat >=2.5.0,<3.0a0", "freetype >=2.12.1,<3.0a0", "libuuid >=2.32.1,<3.0a0", ZLIB],
           "2023-01-18", 272010, "MIT")
    for name, version, build, date, size in (
            ("font-ttf-dejavu-sans-mono", "2.37", "hab24e00_0", "2018-07-24", 397370),
            ("font-ttf-inconsolata", "3.000", "h77eed37_0", "2021-02-08", 96530),
            ("font-ttf-source-code-pro", "2.038", "h77eed37_0", "2021-02-08", 700814),
            ("font-ttf-ubuntu", "0.83", "hab24e00_0", "2018-07-24", 1961279)):
        noarch_generic(name, version, build, [], date, size, "LicenseRef-fonts")
    noarch_generic("fonts-conda-forge", "1", "0", ["font-ttf-dejavu-sans-mono", "font-ttf-inconsolata",
                                                   "font-ttf-source-code-pro", "font-ttf-ubuntu"],
                   "2019-02-26", 4102, "BSD-3-Clause")
    noarch_generic("fonts-conda-ecosystem", "1", "0", ["fonts-conda-forge"], "2019-02-26", 3667, "BSD-3-Clause")
    native("gettext", "0.21.1", "h27087fc_0", LIBC, "2022-10-06", 4320628, "LGPL-2.1-or-later AND GPL-3.0-or-later")
    native("pcre2", "10.40", "hc3806b6_0", LIBC + ["bzip2 >=1.0.8,<2.0a0", "libzlib >=1.2.12,<1.3.0a0"],
           "2022-10-24", 2412495, "BSD-3-Clause")
    native("pcre2", "10.42", "hcad00b1_0", LIBC + ["bzip2 >=1.0.8,<2.0a0", ZLIB], "2023-11-22", 1017235,
           "BSD-3-Clause")
    glib = LIBCXX + ["gettext >=0.21.1,<1.0a0", "libffi >=3.4,<4.0a0", "libiconv >=1.17,<2.0a0", ZLIB]
    native("libglib", "2.74.1", "h606061b_1", glib + ["pcre2 >=10.40,<10.41.0a0"], "2022-11-09", 3135408,
           "LGPL-2.1-or-later", constrains=["glib 2.74.1 *_1"])
    native("libglib", "2.78.1", "hebfc3b9_0", glib + ["pcre2 >=10.42,<10.43.0a0"], "2023-11-02", 2701539,
           "LGPL-2.1-or-later", constrains=["glib 2.78.1 *_0"])
    native("dbus", "1.13.6", "h5008d03_3", ["expat >=2.4.2,<3.0a0", "libgcc-ng >=9.4.0", "libglib >=2.70.2,<3.0a0"],
           "2021-12-13", 618596, "GPL-2.0-or-later")


def _images():
    native("libjpeg-turbo", "2.1.5.1", "hd590300_1", LIBC, "2023-07-12", 490621, "IJG AND BSD-3-Clause AND Zlib",
           constrains=["jpeg <0.0.0a"])
    native("libjpeg-turbo", "3.0.0", "hd590300_1", LIBC, "2023-09-13", 618575, "IJG AND BSD-3-Clause AND Zlib",
           constrains=["jpeg <0.0.0a"])
    native("lerc", "4.0.0", "h27087fc_0", LIBCXX, "2022-09-13", 281798, "Apache-2.0")
    native("libdeflate", "1.19", "hd590300_0", LIBC, "2023-09-02", 67080, "MIT")
    native("libwebp-base", "1.3.2", "hd590300_0", LIBC, "2023-09-13", 401830, "BSD-3-Clause",
           constrains=["libwebp 1.3.2"])
    native("libtiff", "4.6.0", "ha9c0a0a_2",
           LIBCXX + ["lerc >=4.0.0,<5.0a0", "libdeflate >=1.19,<1.20.0a0", "libjpeg-turbo >=3.0.0,<4.0a0",
                     "libwebp-base >=1.3.2,<2.0a0", ZLIB, "xz >=5.2.6,<6.0a0", "zstd >=1.5.5,<1.6.0a0"],
           "2023-09-28", 277480, "HPND")
    native("lcms2", "2.15", "hb7c19ff_3", LIBC + ["libjpeg-turbo >=3.0.0,<4.0a0", "libtiff >=4.6.0,<4.7.0a0"],
           "2023-09-28", 239797, "MIT")
    native("openjpeg", "2.5.0", "h488ebb8_3",
           LIBCXX + ["libpng >=1.6.39,<1.7.0a0", "libtiff >=4.6.0,<4.7.0a0", ZLIB], "2023-09-28", 356698,
           "BSD-2-Clause")


def _qt():
    common = LIBCXX + ["dbus >=1.13.6,<2.0a0", "expat >=2.5.0,<3.0a0", "fontconfig >=2.14.2,<3.0a0",
                       "fonts-conda-ecosystem", "freetype >=2.12.1,<3.0a0", "libpng >=1.6.39,<1.7.0a0",
                       "libxcb >=1.15,<1.16.0a0", ZLIB, "xorg-libxext >=1.3.4,<2.0a0"]
    native("qt-main", "5.15.8", "h5d23da1_6",
           common + ["icu >=72.1,<73.0a0", "libglib >=2.74.1,<3.0a0", "libjpeg-turbo >=2.1.5.1,<3.0a0",
                     "libsqlite >=3.40.0,<4.0a0", "libxkbcommon >=1.5.0,<2.0a0", "openssl >=3.0.8,<4.0a0",
                     "xorg-libx11 >=1.8.4,<2.0a0", "zstd >=1.5.2,<1.6.0a0"],
           "2023-02-10", 52872140, "LGPL-3.0-only", constrains=["qt 5.15.8"])
    native("qt-main", "5.15.8", "h7db6fa4_18",
           common + ["icu >=73.2,<74.0a0", "libglib >=2.78.1,<3.0a0", "libjpeg-turbo >=3.0.0,<4.0a0",
                     "libsqlite >=3.44.2,<4.0a0", "libxkbcommon >=1.6.0,<2.0a0", "openssl >=3.1.4,<4.0a0",
                     "xorg-libx11 >=1.8.7,<2.0a0", "zstd >=1.5.5,<1.6.0a0"],
           "2023-11-20", 53427893, "LGPL-3.0-only", constrains=["qt 5.15.8"])
    sip = lambda py: LIBCXX + ["packaging", "ply", "tomli"]  # noqa: E731
    per_python("sip", "6.7.2", PY38_310, sip, "2022-10-08", 586712, "GPL-3.0-only")
    per_python("sip", "6.7.11", PYS, sip, "2023-07-10", 575520, "GPL-3.0-only")
    per_python("sip", "6.7.12", PYS, sip, "2023-10-11", 576139, "GPL-3.0-only")
    sip5 = lambda py: LIBCXX + ["packaging", "sip", "toml"]  # noqa: E731
    old_sip = per_python("pyqt5-sip", "12.11.0", PY38_310, sip5, "2022-10-08", 85913, "GPL-3.0-only", bn=2)
    new_sip = per_python("pyqt5-sip", "12.12.2", PYS, sip5, "2023-07-10", 85457, "GPL-3.0-only", bn=5)
    per_python("pyqt", "5.15.7", PY38_310,
               lambda py: LIBCXX + ["pyqt5-sip 12.11.0 " + old_sip[py], "qt-main >=5.15.6,<5.16.0a0",
                                    "sip >=6.7.2,<6.8.0a0"], "2022-10-08", 5199617, "GPL-3.0-only", bn=2)
    per_python("pyqt", "5.15.9", PYS,
               lambda py: LIBCXX + ["pyqt5-sip 12.12.2 " + new_sip[py], "qt-main >=5.15.8,<5.16.0a0",
                                    "sip >=6.7.11,<6.8.0a0"], "2023-07-12", 5227041, "GPL-3.0-only", bn=5)
    noarch_python("pyqtgraph", "0.12.4", ["numpy >=1.17", "python >=3.7"], "2022-03-08", 950251, "MIT")
    noarch_python("pyqtgraph", "0.13.3", ["numpy >=1.20", "python >=3.8"], "2023-04-11", 1023447, "MIT")


def _python_extensions():
    per_python("pyyaml", "6.0.1", PYS, lambda py: LIBC + ["yaml >=0.2.5,<0.3.0a0"], "2023-07-18", 171540, "MIT")
    per_python("tornado", "6.3.3", PYS, lambda py: LIBC, "2023-08-12", 640422, "Apache-2.0", bn=1)
    per_python("kiwisolver", "1.4.5", PYS, lambda py: LIBCXX, "2023-08-18", 73219, "BSD-3-Clause", bn=1)
    per_python("unicodedata2", "15.1.0", PYS, lambda py: LIBC, "2023-09-19", 374055, "Apache-2.0")
    per_python("pyrsistent", "0.20.0", PYS, lambda py: LIBC, "2023-10-26", 98816, "MIT")
    per_python("fonttools", "4.45.1", PYS, lambda py: LIBC + ["munkres", "unicodedata2 >=14.0.0"], "2023-11-23",
               2299013, "MIT")
    per_python("contourpy", "1.1.1", PYS, lambda py: LIBCXX + ["numpy >=1.16"], "2023-09-16", 237962,
               "BSD-3-Clause", bn=1)
    per_python("contourpy", "1.2.0", PY39_311, lambda py: LIBCXX + ["numpy >=1.20,<2"], "2023-11-03", 240024,
               "BSD-3-Clause")
    pillow = ["freetype >=2.12.1,<3.0a0", "lcms2 >=2.15,<3.0a0", "libgcc-ng >=12", "libjpeg-turbo >=3.0.0,<4.0a0",
              "libtiff >=4.6.0,<4.7.0a0", "libwebp-base >=1.3.2,<2.0a0", "libxcb >=1.15,<1.16.0a0", ZLIB,
              "openjpeg >=2.5.0,<3.0a0", "tk >=8.6.13,<8.7.0a0"]
    per_python("pillow", "10.0.1", PYS, lambda py: pillow, "2023-09-28", 4653233, "HPND", bn=2)
    per_python("pillow", "10.1.0", PY39_311, lambda py: pillow, "2023-10-18", 4684900, "HPND")

    def mpl(kiwi, pillow_min):
        def deps(py):
            d = LIBCXX + ["certifi >=2020.06.20", "contourpy >=1.0.1", "cycler >=0.10", "fonttools >=4.22.0",
                          "freetype >=2.12.1,<3.0a0", "kiwisolver >=" + kiwi, NUMPY_BUILT_AGAINST[py],
                          "packaging >=20.0", "pillow >=" + pillow_min, "pyparsing >=2.3.1",
                          "python-dateutil >=2.7", "tk >=8.6.13,<8.7.0a0"]
            return d + (["importlib-resources >=3.2.0"] if py in ("3.8", "3.9") else [])
        return deps

    per_python("matplotlib-base", "3.7.3", PYS, mpl("1.0.1", "6.2.0"), "2023-09-15", 7112204, "PSF-2.0")
    per_python("matplotlib-base", "3.8.2", PY39_311, mpl("1.3.1", "8"), "2023-11-17", 7010423, "PSF-2.0")
    for version, pys, date in (("3.7.3", PYS, "2023-09-15"), ("3.8.2", PY39_311, "2023-11-17")):
        upper = version.rsplit(".", 1)[0] + "." + str(int(version.rsplit(".", 1)[1]) + 1)
        per_python("matplotlib", version, pys,
                   lambda py, v=version, u=upper: ["matplotlib-base >=%s,<%s.0a0" % (v, u), "pyqt >=5.10",
                                                   "tornado >=5"], date, 8542, "PSF-2.0")
    xml = ["libxslt >=1.1.37,<2.0a0", ZLIB, "libgcc-ng >=12"]
    per_python("lxml", "4.9.2", PY38_310, lambda py: xml + ["libxml2 >=2.10.3,<3.0.0a0"], "2022-12-21", 1415102,
               "BSD-3-Clause and MIT-CMU")
    per_python("lxml", "4.9.3", PYS, lambda py: xml + ["libxml2 >=2.11.5,<3.0.0a0"], "2023-07-06", 1423006,
               "BSD-3-Clause and MIT-CMU", bn=1)


def _hdf5():
    hdf5 = LIBCXX + ["libgfortran-ng", ZLIB]
    native("hdf5", "1.12.2", "nompi_h4df4325_101",
           hdf5 + ["libaec >=1.0.6,<2.0a0", "libgfortran5 >=10.4.0", "openssl >=3.0.7,<4.0a0"],
           "2022-11-10", 3614023, "BSD-3-Clause")
    native("hdf5", "1.14.2", "nompi_h4f84152_100",
           hdf5 + ["libaec >=1.1.2,<2.0a0", "libgfortran5 >=12.3.0", "openssl >=3.1.2,<4.0a0"],
           "2023-08-18", 3879451, "BSD-3-Clause")
    native("hdf5", "1.14.3", "nompi_h4f84152_100",
           hdf5 + ["libaec >=1.1.2,<2.0a0", "libgfortran5 >=12.3.0", "openssl >=3.1.4,<4.0a0"],
           "2023-11-03", 3892207, "BSD-3-Clause")
    pin12 = "hdf5 >=1.12.2,<1.12.3.0a0"
    pin142 = "hdf5 >=1.14.2,<1.14.3.0a0"
    pin143 = "hdf5 >=1.14.3,<1.14.4.0a0"
    per_python("h5py", "3.7.0", PY38_310, lambda py: LIBC + ["cached-property", pin12, NUMPY_2022[py]],
               "2022-11-10", 1244610, "BSD-3-Clause", bn=102, prefix="nompi_")
    per_python("h5py", "3.10.0", PYS, lambda py: LIBC + [pin142, NUMPY_BUILT_AGAINST[py]], "2023-10-05", 1203452,
               "BSD-3-Clause", bn=100, prefix="nompi_")
    per_python("h5py", "3.10.0", PYS, lambda py: LIBC + [pin143, NUMPY_BUILT_AGAINST[py]], "2023-11-06", 1207120,
               "BSD-3-Clause", bn=101, prefix="nompi_")
    plugin = lambda pin: (lambda py: LIBCXX + ["h5py >=3.0", pin])  # noqa: E731
    per_python("hdf5plugin", "4.1.3", PY38_310, plugin(pin12), "2022-11-20", 1812442, "MIT")
    per_python("hdf5plugin", "4.2.0", PYS, plugin(pin142), "2023-09-05", 1855018, "MIT")
    per_python("hdf5plugin", "4.2.0", PYS, plugin(pin143), "2023-11-10", 1858226, "MIT", bn=1)
    shuffle = lambda pin, np: (lambda py: LIBC + ["h5py", pin, "lz4-c >=1.9.3,<1.10.0a0", np[py]])  # noqa: E731
    per_python("bitshuffle", "0.5.1", PY38_310, shuffle(pin12, NUMPY_2022), "2022-11-18", 252391, "MIT", bn=4)
    per_python("bitshuffle", "0.5.1", PYS, shuffle(pin143, NUMPY_BUILT_AGAINST), "2023-11-12", 255094, "MIT", bn=7)


def _mysql_and_java():
    common = native("mysql-common", "8.0.33", "hf1915f5_6", LIBCXX + ["openssl >=3.1.4,<4.0a0"], "2023-11-08",
                    753467, "GPL-2.0-or-later")
    native("mysql-libs", "8.0.33", "hca2cd23_6",
           LIBCXX + [ZLIB, "mysql-common 8.0.33 " + common, "openssl >=3.1.4,<4.0a0", "zstd >=1.5.5,<1.6.0a0"],
           "2023-11-08", 1530126, "GPL-2.0-or-later")
    hashed("openjdk", "17.0.9",
           LIBCXX + ["fontconfig >=2.14.2,<3.0a0", "freetype >=2.12.1,<3.0a0", "lcms2 >=2.15,<3.0a0",
                     "libjpeg-turbo >=3.0.0,<4.0a0", "libpng >=1.6.39,<1.7.0a0", ZLIB,
                     "xorg-libx11 >=1.8.7,<2.0a0", "xorg-libxext >=1.3.4,<2.0a0"],
           "2023-11-01", 170612344, "GPL-2.0-or-later WITH Classpath-exception-2.0")
    noarch_generic("jtango", "9.7.0", "hd8ed1ab_0", ["openjdk >=8"], "2022-05-20", 3356021, "LGPL-3.0-or-later")


def _tango():
    """omniORB, ZeroMQ, cppTango and the Tango tools. 4.2.4/9.3.4/3.3/1.16 are the builds in MAX IV's 2021 sync."""
    tango_lgpl = "LGPL-3.0-or-later"
    omni = {"4.2.4": native("omniorb-libs", "4.2.4", "h812cca2_5", ["libgcc-ng >=9.4.0", "libstdcxx-ng >=9.4.0"],
                            "2021-10-29", 5134560, "LGPL-2.1-or-later AND GPL-2.0-or-later")}
    omni["4.2.5"] = hashed("omniorb-libs", "4.2.5", LIBCXX, "2022-11-25", 5203346,
                           "LGPL-2.1-or-later AND GPL-2.0-or-later", bn=2)
    omni["4.3.0"] = hashed("omniorb-libs", "4.3.0", LIBCXX + [ZLIB, "zstd >=1.5.2,<1.6.0a0"], "2023-03-20",
                           5312980, "LGPL-2.1-or-later AND GPL-2.0-or-later")
    omni["4.3.1"] = hashed("omniorb-libs", "4.3.1", LIBCXX + [ZLIB, "zstd >=1.5.5,<1.6.0a0"], "2023-08-11",
                           5320771, "LGPL-2.1-or-later AND GPL-2.0-or-later", bn=1)
    for py, build in (("3.8", "py38h709712a_5"), ("3.9", "py39hff7568b_5")):
        major, minor = py.split(".")
        native("omniorb", "4.2.4", build,
               ["libgcc-ng >=9.4.0", "libstdcxx-ng >=9.4.0", "omniorb-libs 4.2.4 h812cca2_5",
                "python >=%s,<%s.%d.0a0" % (py, major, int(minor) + 1),
                "python_abi %s.* *_cp%s%s" % (py, major, minor)], "2021-10-29", 1040711,
               "LGPL-2.1-or-later AND GPL-2.0-or-later")
    for version, pys, date, bn in (("4.2.5", PY38_310, "2022-11-25", 2), ("4.3.0", PY39_311, "2023-03-20", 0),
                                   ("4.3.1", PY39_311, "2023-08-11", 1)):
        per_python("omniorb", version, pys,
                   lambda py, v=version: LIBCXX + ["omniorb-libs %s %s" % (v, omni[v])], date, 1051263,
                   "LGPL-2.1-or-later AND GPL-2.0-or-later", bn=bn)
    noarch_generic("tango-idl", "5.1.0", "ha770c72_0", [], "2021-06-10", 21305, tango_lgpl)
    noarch_generic("tango-idl", "5.1.1", "ha770c72_0", [], "2023-01-25", 21577, tango_lgpl)
    native("zeromq", "4.3.4", "h9c3ff4c_1",
           ["libgcc-ng >=9.4.0", "libsodium >=1.0.18,<1.0.19.0a0", "libstdcxx-ng >=9.4.0"], "2021-08-25", 359637,
           "LGPL-3.0-or-later")
    native("zeromq", "4.3.5", "h59595ed_0", LIBCXX + ["libsodium >=1.0.18,<1.0.19.0a0"], "2023-10-09", 343438,
           "MPL-2.0")
    native("cppzmq", "4.8.1", "h4bd325d_0", ["zeromq >=4.3.4,<4.4.0a0"], "2021-07-20", 23442, "MIT")
    # Two builds of one version and build number with the same dependencies: the newer timestamp wins.
    native("cppzmq", "4.10.0", "h00ab1b0_0", ["zeromq >=4.3.5,<4.4.0a0"], "2023-07-20", 24620, "MIT")
    native("cppzmq", "4.10.0", "h6e93bd4_0", ["zeromq >=4.3.5,<4.4.0a0"], "2023-10-20", 24655, "MIT")
    base = ["cppzmq", "libgcc-ng >=12", "libstdcxx-ng >=12"]
    native("cpptango", "9.3.4", "hf7cf922_4",
           ["cppzmq", "libgcc-ng >=9.4.0", "libstdcxx-ng >=9.4.0", "omniorb-libs >=4.2.4,<4.3.0a0",
            "tango-idl >=5.1.0,<5.2.0a0", "zeromq >=4.3.4,<4.4.0a0"], "2021-10-29", 4052387, tango_lgpl)
    cpptango = [
        ("9.3.5", "2022-11-28", 1, ["omniorb-libs >=4.2.5,<4.3.0a0", "tango-idl >=5.1.0,<5.2.0a0",
                                    "zeromq >=4.3.4,<4.4.0a0"]),
        ("9.4.1", "2023-02-08", 0, ["libjpeg-turbo >=2.1.5.1,<3.0a0", "omniorb-libs >=4.3.0,<4.4.0a0",
                                    "tango-idl >=5.1.1,<5.2.0a0", "zeromq >=4.3.4,<4.4.0a0"]),
        ("9.4.2", "2023-08-04", 0, ["libjpeg-turbo >=2.1.5.1,<3.0a0", "omniorb-libs >=4.3.1,<4.4.0a0",
                                    "tango-idl >=5.1.1,<5.2.0a0", "zeromq >=4.3.5,<4.4.0a0"]),
        ("9.5.0", "2023-11-30", 0, ["__glibc >=2.17,<3.0.a0", "libjpeg-turbo >=3.0.0,<4.0a0",
                                    "omniorb-libs >=4.3.1,<4.4.0a0", "tango-idl >=5.1.1,<5.2.0a0",
                                    "zeromq >=4.3.5,<4.4.0a0"]),
    ]
    for version, date, bn, deps in cpptango:
        hashed("cpptango", version, base + deps, date, 4102233, tango_lgpl, bn=bn)
    old = ["libgcc-ng >=9.4.0", "libstdcxx-ng >=9.4.0", "cpptango >=9.3.4,<9.4.0a0"]
    native("tango-test", "3.3", "h4bd325d_1", old, "2021-10-30", 253031, tango_lgpl)
    native("tango-admin", "1.16", "h4bd325d_1", old, "2021-10-30", 93341, tango_lgpl)
    for pin, date, test, admin, database in (("cpptango >=9.4.2,<9.5.0a0", "2023-08-05", "3.7", "1.20", None),
                                             ("cpptango >=9.5.0,<9.6.0a0", "2023-12-01", "3.8", "1.21", "5.21")):
        hashed("tango-test", test, LIBCXX + [pin], date, 262144, tango_lgpl)
        hashed("tango-admin", admin, LIBCXX + [pin], date, 95032, tango_lgpl)
        if database:
            hashed("tango-database", database, LIBCXX + [pin, "mysql-libs >=8.0.33,<8.1.0a0"], date, 391002,
                   tango_lgpl)
    hashed("tango-database", "5.16", LIBCXX + ["cpptango >=9.3.5,<9.4.0a0", "mysql-libs >=8.0.33,<8.1.0a0"],
           "2023-05-10", 384729, tango_lgpl, bn=2)


def _boost_and_pytango():
    boost_common = LIBCXX + ["bzip2 >=1.0.8,<2.0a0", ZLIB, "xz >=5.2.6,<6.0a0"]
    b178 = native("libboost", "1.78.0", "h6582d0a_3", boost_common + ["icu >=72.1,<73.0a0", "zstd >=1.5.2,<1.6.0a0"],
                  "2023-02-10", 16837124, "BSL-1.0", constrains=["boost-cpp =1.78.0"])
    b182 = native("libboost", "1.82.0", "h6fcfa73_6", boost_common + ["icu >=73.2,<74.0a0", "zstd >=1.5.5,<1.6.0a0"],
                  "2023-09-27", 16939250, "BSL-1.0", constrains=["boost-cpp =1.82.0"])
    per_python("boost", "1.78.0", PYS,
               lambda py: LIBCXX + ["libboost 1.78.0 " + b178, NUMPY_BUILT_AGAINST[py]], "2023-02-10", 110443,
               "BSL-1.0", bn=3)
    per_python("libboost-python", "1.78.0", PY39_311,
               lambda py: LIBCXX + ["libboost 1.78.0 " + b178, NUMPY_BUILT_AGAINST[py]], "2023-02-10", 118261,
               "BSL-1.0", bn=3)
    per_python("libboost-python", "1.82.0", PY39_311,
               lambda py: LIBCXX + ["libboost 1.82.0 " + b182, NUMPY_BUILT_AGAINST[py]], "2023-09-27", 120915,
               "BSL-1.0", bn=6, constrains=lambda py: ["boost <0a0"])
    lgpl = "LGPL-3.0-or-later"
    per_python("pytango", "9.3.6", PY38_310,
               lambda py: LIBCXX + ["boost >=1.78.0,<1.78.1.0a0", "cpptango >=9.3.5,<9.4.0a0", NUMPY_2022[py],
                                    "omniorb-libs >=4.2.5,<4.3.0a0", "six"], "2023-02-15", 3612380, lgpl)
    # Two builds of pytango 9.4.2 with build number 0: the one linked to the newer libboost-python is older.
    # conda and mamba prefer the build whose dependencies reach higher versions, so the 1.82 build wins.
    pytango94 = lambda boost: (lambda py: LIBCXX + [  # noqa: E731
        "cpptango >=9.4.2,<9.5.0a0", boost, NUMPY_BUILT_AGAINST[py], "omniorb-libs >=4.3.1,<4.4.0a0", "packaging"])
    per_python("pytango", "9.4.2", PY39_311, pytango94("libboost-python >=1.82.0,<1.83.0a0"), "2023-08-10",
               3680113, lgpl)
    per_python("pytango", "9.4.2", PY39_311, pytango94("libboost-python >=1.78.0,<1.79.0a0"), "2023-09-02",
               3679005, lgpl, salt="boost178-rebuild")
    per_python("pytango", "9.5.0", PY39_311,
               lambda py: LIBCXX + ["__glibc >=2.17,<3.0.a0", "cpptango >=9.5.0,<9.6.0a0",
                                    "libboost-python >=1.82.0,<1.83.0a0", NUMPY_BUILT_AGAINST[py],
                                    "omniorb-libs >=4.3.1,<4.4.0a0", "packaging"], "2023-12-05", 3724511, lgpl)


def _facility():
    lgpl = "LGPL-3.0-or-later"
    noarch_python("itango", "0.1.8", ["ipython >=1.0", "pytango >=9.2.0", "python >=3.5"], "2021-01-21", 16330, lgpl)
    noarch_python("itango", "0.1.9", ["ipython >=1.0", "pytango >=9.2.0", "python >=3.6"], "2022-05-11", 16512, lgpl)
    # Published after the facility's last sync: in the conda-forge stand-in, not yet in mini-conda-forge.
    noarch_python("itango", "0.1.10", ["ipython >=1.0", "pytango >=9.2.0", "python >=3.6"], "2024-03-04", 16620, lgpl,
                  after_sync=True)
    taurus = ["click", "lxml >=2.3", "numpy >=1.1", "pint >=0.8", "ply >=2.3", "pyqt >=5"]
    noarch_python("taurus", "4.8.1", taurus + ["pytango >=9.3", "python >=3.6"], "2022-03-10", 4911230, lgpl)
    noarch_python("taurus", "5.1.6", taurus + ["pytango >=9.3.4", "python >=3.7"], "2023-04-20", 5021544, lgpl)
    noarch_python("taurus", "5.1.8", taurus + ["pytango >=9.3.4", "python >=3.7"], "2023-10-25", 5034180, lgpl)
    noarch_python("taurus_pyqtgraph", "0.6.1", ["pyqtgraph >=0.11", "python >=3.6", "taurus >=4.7"], "2022-07-05",
                  52310, lgpl)
    noarch_python("taurus_pyqtgraph", "0.8.0", ["pyqtgraph >=0.12", "python >=3.7", "taurus >=5.1"], "2023-06-02",
                  54871, lgpl)
    # Every sardana needs pytango >=9.4.2, which is built for Python 3.9-3.11 only:
    # `python=3.8 sardana` cannot be solved (the demo's deliberate conflict).
    sardana = ["click", "itango >=0.1.6", "lxml >=2.3", "numpy >=1.13", "packaging", "pytango >=9.4.2",
               "python >=3.7", "taurus >=5.1.4"]
    noarch_python("sardana", "3.4.1", sardana, "2023-06-14", 1820451, lgpl)
    noarch_python("sardana", "3.4.3", sardana, "2023-10-05", 1834017, lgpl)
    noarch_python("sardana", "3.5.0", sardana + ["pyyaml"], "2023-12-11", 1851090, lgpl)
    noarch_python("fandango", "15.0.0", ["python >=3.6", "pytango >=9.2"], "2022-06-01", 623391, lgpl)
    noarch_python("fandango", "15.1.0", ["python >=3.6", "pytango >=9.2"], "2023-05-10", 628012, lgpl)
    noarch_python("icepap", "3.7.0", ["python >=3.5"], "2022-11-07", 61452, "GPL-3.0-or-later")
    noarch_python("icepap", "3.8.0", ["python >=3.5"], "2023-07-03", 62981, "GPL-3.0-or-later")
    noarch_python("icepap", "3.8.1", ["python >=3.5"], "2024-02-20", 63102, "GPL-3.0-or-later", after_sync=True)
    noarch_python("sockio", "0.15.0", ["python >=3.5"], "2021-11-02", 18845, "GPL-3.0-or-later")
    noarch_python("dsconfig", "1.6.0", ["jsonpatch >=1.13", "jsonschema", "pytango", "python >=3.6", "six", "xlrd"],
                  "2021-09-17", 43562, "GPL-3.0-or-later")


def add_all():
    _x11_and_glib()
    _images()
    _qt()
    _python_extensions()
    _hdf5()
    _mysql_and_java()
    _tango()
    _boost_and_pytango()
    _facility()
