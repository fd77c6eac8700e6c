// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "repodatagenerator.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace bench {

namespace {

/** splitmix64: small, fast, and the same everywhere. */
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % std::uint64_t(n)); }
    bool chance(int percent) { return below(100) < percent; }

private:
    std::uint64_t m_state;
};

const char *s_licenses[] = {"MIT", "BSD-3-Clause", "Apache-2.0", "GPL-3.0-or-later", "LGPL-2.1-or-later", "MPL-2.0", "PSF-2.0"};
const int s_pythons[] = {8, 9, 10, 11, 12};

enum class Layer { Base, Library, Compiled, NoarchPython };

struct Package
{
    std::string name;
    Layer layer;
    int versions;       ///< how many versions its history has
    int firstPython;    ///< oldest python minor it supports (compiled and noarch)
    bool usesNumpy;
    std::vector<int> deps;  ///< indexes of lower packages
};

std::string hex(Random &r, int n)
{
    static const char digits[] = "0123456789abcdef";
    std::string s(std::size_t(n), '0');
    for (auto &c : s)
        c = digits[r.below(16)];
    return s;
}

std::string versionOf(const Package &p, int i)
{
    // Histories look like 1.0.0 ... 1.9.3, 2.0.0 ...: major grows every 10 versions.
    return std::to_string(1 + i / 10) + '.' + std::to_string(i % 10) + '.' + std::to_string((i * 7 + int(p.name.size())) % 4);
}

std::string pin(const Package &dep, int version)
{
    const int major = 1 + version / 10;
    return dep.name + " >=" + versionOf(dep, version) + ",<" + std::to_string(major + 1) + ".0a0";
}

class Writer
{
public:
    Writer(const std::string &path, const std::string &subdir) : m_out(path, std::ios::binary), m_subdir(subdir) {}

    void record(const std::string &fn, const std::string &body, bool conda)
    {
        auto &section = conda ? m_conda : m_tar;
        section << (section.tellp() > 0 ? ",\n" : "") << "    \"" << fn << "\": " << body;
    }

    std::uint64_t finish()
    {
        m_out << "{\n  \"info\": {\"subdir\": \"" << m_subdir << "\"},\n  \"packages\": {\n" << m_tar.str()
              << "\n  },\n  \"packages.conda\": {\n" << m_conda.str() << "\n  },\n  \"removed\": [],\n"
              << "  \"repodata_version\": 1\n}\n";
        m_out.flush();
        return std::uint64_t(m_out.tellp());
    }

private:
    std::ofstream m_out;
    std::string m_subdir;
    std::ostringstream m_tar, m_conda;
};

class Generator
{
public:
    Generator(const std::string &root, const GeneratorOptions &options) : m_root(root), m_options(options), m_random(options.seed) {}

    GeneratedChannel run()
    {
        makePackages();
        std::filesystem::create_directories(m_root + "/linux-64");
        std::filesystem::create_directories(m_root + "/noarch");
        Writer linux(m_root + "/linux-64/repodata.json", "linux-64");
        Writer noarch(m_root + "/noarch/repodata.json", "noarch");
        writePython(linux);
        for (std::size_t i = 0; i < m_packages.size(); ++i)
            writePackage(int(i), m_packages[i].layer == Layer::NoarchPython ? noarch : linux);
        GeneratedChannel out;
        out.root = m_root;
        out.records = m_records;
        out.bytes = linux.finish() + noarch.finish();
        requests(out);
        return out;
    }

private:
    void makePackages()
    {
        // Real names first, so requests read like a facility's environments.
        const char *real[] = {"libgcc-ng", "libstdcxx-ng", "libzlib", "openssl", "libffi", "ncurses", "readline",
                              "sqlite", "tk", "xz", "bzip2", "libblas", "libcblas", "liblapack", "hdf5", "zeromq",
                              "omniorb", "cpptango", "numpy", "pytango", "h5py", "pyqt", "taurus", "sardana", "itango",
                              "matplotlib-base", "pillow", "lxml", "click", "pyyaml", "six", "packaging"};
        const int total = m_options.names;
        // Per name: ~40 records on average across all the layers (compiled names fan out by python).
        for (int i = 0; i < total; ++i) {
            Package p;
            p.name = i < int(std::size(real)) ? real[i] : "pkg-" + std::to_string(i);
            const double f = double(i) / total;
            p.layer = i < 18 || f < 0.06 ? (i < 12 || f < 0.02 ? Layer::Base : Layer::Library)
                      : f < 0.35 ? Layer::Compiled
                                 : Layer::NoarchPython;
            if (p.name == "numpy" || p.name == "pytango" || p.name == "h5py" || p.name == "pyqt" || p.name == "pillow" ||
                p.name == "lxml" || p.name == "matplotlib-base" || p.name == "pyyaml")
                p.layer = Layer::Compiled;
            if (p.name == "taurus" || p.name == "sardana" || p.name == "itango" || p.name == "click" ||
                p.name == "six" || p.name == "packaging")
                p.layer = Layer::NoarchPython;
            p.versions = p.layer == Layer::Compiled       ? 3 + m_random.below(10)
                         : p.layer == Layer::NoarchPython ? 4 + m_random.below(30)
                                                          : 10 + m_random.below(45);
            p.firstPython = s_pythons[m_random.below(3)];
            p.usesNumpy = p.layer == Layer::Compiled && p.name != "numpy" && (m_random.chance(25) || p.name == "h5py" || p.name == "pytango");
            const int ndeps = p.layer == Layer::Base ? (i ? m_random.below(2) : 0)
                              : p.layer == Layer::Library ? 1 + m_random.below(2)
                                                          : m_random.below(3);
            for (int d = 0; d < ndeps && i > 0; ++d) {
                // Depend on a lower package, mostly a near one, so closures stay environment-sized.
                const int span = std::min(i, p.layer == Layer::NoarchPython ? 4000 : 600);
                const int dep = p.layer == Layer::Base ? m_random.below(i) : i - 1 - m_random.below(span);
                if (std::find(p.deps.begin(), p.deps.end(), dep) == p.deps.end() && dep != indexOf("numpy"))
                    p.deps.push_back(dep);
            }
            m_packages.push_back(std::move(p));
        }
        // The one deliberately impossible package: only built for python 3.12.
        m_packages[std::size_t(total - 1)].firstPython = 12;
        m_packages[std::size_t(total - 1)].layer = Layer::Compiled;
    }

    int indexOf(const std::string &name) const
    {
        for (std::size_t i = 0; i < m_packages.size() && i < 40; ++i)
            if (m_packages[i].name == name)
                return int(i);
        return -1;
    }

    std::string body(const std::string &name, const std::string &version, const std::string &build, int buildNumber,
                     const std::vector<std::string> &depends, const std::vector<std::string> &constrains,
                     const std::string &subdir, bool noarch, bool feature)
    {
        std::ostringstream o;
        o << "{\"build\": \"" << build << "\", \"build_number\": " << buildNumber;
        if (!constrains.empty()) {
            o << ", \"constrains\": [";
            for (std::size_t i = 0; i < constrains.size(); ++i)
                o << (i ? ", " : "") << '"' << constrains[i] << '"';
            o << ']';
        }
        o << ", \"depends\": [";
        for (std::size_t i = 0; i < depends.size(); ++i)
            o << (i ? ", " : "") << '"' << depends[i] << '"';
        o << "], \"license\": \"" << s_licenses[m_random.below(int(std::size(s_licenses)))] << "\", \"md5\": \""
          << hex(m_random, 32) << "\", \"name\": \"" << name << "\"";
        if (noarch)
            o << ", \"noarch\": \"python\"";
        o << ", \"sha256\": \"" << hex(m_random, 64) << "\", \"size\": " << 2000 + m_random.below(30000000)
          << ", \"subdir\": \"" << subdir << "\", \"timestamp\": " << 1500000000000ULL + m_records * 137000ULL;
        if (feature)
            o << ", \"track_features\": \"" << name << "_debug\"";
        o << ", \"version\": \"" << version << "\"}";
        return o.str();
    }

    void emit(Writer &w, const std::string &name, const std::string &version, const std::string &build, int bn,
              const std::vector<std::string> &depends, const std::vector<std::string> &constrains,
              const std::string &subdir, bool noarch, bool old, bool feature = false)
    {
        const std::string stem = name + '-' + version + '-' + build;
        // Old builds exist in both formats (the .conda wins when loading), new ones only as .conda.
        if (old) {
            w.record(stem + ".tar.bz2", body(name, version, build, bn, depends, constrains, subdir, noarch, feature), false);
            ++m_records;
        }
        w.record(stem + ".conda", body(name, version, build, bn, depends, constrains, subdir, noarch, feature), true);
        ++m_records;
    }

    /** A pin on the newest major of a base library, as conda-forge's run_exports write them. */
    std::string newestPin(const char *name) const
    {
        return pin(m_packages[std::size_t(indexOf(name))], majorStart(m_packages[std::size_t(indexOf(name))], false));
    }

    void writePython(Writer &w)
    {
        std::vector<std::string> depends = {"libgcc-ng >=1.0"};
        for (const char *lib : {"libzlib", "openssl", "libffi", "readline", "sqlite", "tk", "xz", "ncurses"})
            depends.push_back(newestPin(lib));
        for (const int minor : s_pythons) {
            for (int patch = 0; patch < 12; ++patch) {
                const std::string version = "3." + std::to_string(minor) + '.' + std::to_string(patch);
                for (int bn = 0; bn < 3; ++bn)
                    emit(w, "python", version, "h" + hex(m_random, 7) + '_' + std::to_string(bn) + "_cpython", bn,
                         depends, {"python_abi 3." + std::to_string(minor) + ".* *_cp3" + std::to_string(minor)},
                         "linux-64", false, patch < 8);
            }
            emit(w, "python_abi", "3." + std::to_string(minor), "4_cp3" + std::to_string(minor), 4, {},
                 {"python 3." + std::to_string(minor) + ".* *_cpython"}, "linux-64", false, false);
        }
    }

    /** The first version of the newest major of @p dep (run_exports pin to it), or the major before. */
    static int majorStart(const Package &dep, bool older)
    {
        const int newest = dep.versions - 1 - (dep.versions - 1) % 10;
        return older && newest >= 10 ? newest - 10 : newest;
    }

    std::vector<std::string> baseDepends(const Package &p, int version)
    {
        std::vector<std::string> depends;
        if (p.layer != Layer::NoarchPython && p.name != "libgcc-ng")
            depends.push_back("libgcc-ng >=1.0");
        // The older half of a history was built against the previous major of its libraries.
        const bool older = version < p.versions / 2;
        for (const int d : p.deps) {
            const Package &dep = m_packages[std::size_t(d)];
            if (dep.layer == Layer::Compiled || dep.layer == Layer::NoarchPython)
                depends.push_back(dep.name + " >=" + versionOf(dep, version % dep.versions / 2));
            else
                depends.push_back(pin(dep, majorStart(dep, older)));
        }
        return depends;
    }

    void writePackage(int index, Writer &w)
    {
        const Package &p = m_packages[std::size_t(index)];
        for (int v = 0; v < p.versions; ++v) {
            const std::string version = versionOf(p, v);
            const bool old = v < p.versions * 2 / 3;
            const bool feature = m_random.chance(2);
            std::vector<std::string> constrains;
            if (m_random.chance(8)) {
                const Package &other = m_packages[std::size_t(m_random.below(index + 1))];
                constrains.push_back(other.name + " >=" + versionOf(other, 0));
            }
            if (p.layer == Layer::NoarchPython) {
                auto depends = baseDepends(p, v);
                depends.push_back("python >=3." + std::to_string(p.firstPython));
                emit(w, p.name, version, "pyhd8ed1ab_0", 0, depends, constrains, "noarch", true, old, feature);
            } else if (p.layer == Layer::Compiled) {
                writeCompiled(w, p, v, version, old, constrains);
            } else {
                for (int bn = 0; bn < 2; ++bn)
                    emit(w, p.name, version, "h" + hex(m_random, 7) + '_' + std::to_string(bn), bn, baseDepends(p, v),
                         constrains, "linux-64", false, old, feature && bn == 0);
            }
        }
    }

    void writeCompiled(Writer &w, const Package &p, int v, const std::string &version, bool old,
                       const std::vector<std::string> &constrains)
    {
        for (const int minor : s_pythons) {
            if (minor < p.firstPython)
                continue;
            const std::string py = std::to_string(minor);
            // numpy-using packages are built against an old and a middle numpy, like conda-forge's matrix.
            const Package &numpy = m_packages[std::size_t(indexOf("numpy"))];
            const std::vector<int> numpys = p.usesNumpy ? std::vector<int>{1, 1 + numpy.versions / 2} : std::vector<int>{0};
            for (const int np : numpys) {
                auto depends = baseDepends(p, v);
                depends.push_back("python >=3." + py + ",<3." + std::to_string(minor + 1) + ".0a0");
                depends.push_back("python_abi 3." + py + ".* *_cp3" + py);
                if (np)
                    depends.push_back("numpy >=" + versionOf(numpy, np - 1) + ",<3.0a0");
                const std::string build = (np ? "np" + std::to_string(np) : std::string()) + "py3" + py + 'h' + hex(m_random, 7) + "_0";
                emit(w, p.name, version, build, 0, depends, constrains, "linux-64", false, old);
            }
        }
    }

public:
    /** A sardana-like environment: the facility's names plus noarch packages until ~70 packages. */
    void requests(GeneratedChannel &out)
    {
        if (m_packages.empty())
            makePackages();
        out.sardanaLike = {"python=3.10", "sardana", "taurus", "pytango", "itango", "h5py", "matplotlib-base",
                           "pyqt", "pillow", "lxml", "click", "pyyaml", "numpy"};
        std::set<int> closure;
        for (std::size_t i = 1; i < out.sardanaLike.size(); ++i)
            addClosure(indexOf(out.sardanaLike[i]), closure);
        Random pick(m_options.seed + 1);
        for (int tries = 0; tries < 2000 && closure.size() < 60; ++tries) {
            const int candidate = int(m_packages.size() / 2) + pick.below(int(m_packages.size() / 2) - 1);
            if (m_packages[std::size_t(candidate)].layer != Layer::NoarchPython)
                continue;
            std::set<int> extended = closure;
            addClosure(candidate, extended);
            if (extended.size() <= 75) {
                closure = std::move(extended);
                out.sardanaLike.push_back(m_packages[std::size_t(candidate)].name);
            }
        }
        out.unsolvable = {"python=3.9", m_packages.back().name};
    }

private:
    void addClosure(int index, std::set<int> &closure) const
    {
        if (index < 0 || !closure.insert(index).second)
            return;
        for (const int d : m_packages[std::size_t(index)].deps)
            addClosure(d, closure);
        if (m_packages[std::size_t(index)].usesNumpy)
            addClosure(indexOf("numpy"), closure);
    }

    std::string m_root;
    GeneratorOptions m_options;
    Random m_random;
    std::vector<Package> m_packages;
    std::size_t m_records = 0;
};

} // namespace

GeneratedChannel generateChannel(const std::string &root, const GeneratorOptions &options)
{
    const std::string stamp = root + "/.generated-" + std::to_string(options.seed) + '-' + std::to_string(options.names) + "-v3";
    if (std::filesystem::exists(stamp)) {
        GeneratedChannel out;
        out.root = root;
        std::ifstream(stamp) >> out.records >> out.bytes;
        Generator(root, options).requests(out);
        return out;
    }
    GeneratedChannel out = Generator(root, options).run();
    std::ofstream(stamp) << out.records << ' ' << out.bytes << '\n';
    return out;
}

} // namespace bench
