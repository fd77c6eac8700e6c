// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// What both lock formats share: turning solver records into locked packages, the content hash,
// format detection and atomic file I/O. The formats themselves are in explicitlock.cpp and
// condalock.cpp.
#include "core/lock/lockfile.h"

#include "core/util/atomicfile.h"

#include <QCryptographicHash>
#include <QString>
#include <QUrl>

#include <algorithm>

using core::util::Result;

namespace core::lock {

namespace {

constexpr std::string_view s_extensions[] = {".conda", ".tar.bz2"};

// "libgcc-ng >=12" -> {"libgcc-ng", ">=12"}; "python" -> {"python", "*"}; "numpy>=1.2" is split at
// the operator, as conda-lock does for the few records that write no space.
std::pair<std::string, std::string> splitDependency(const std::string &depend)
{
    std::size_t cut = depend.find_first_of(" \t");
    if (cut == std::string::npos)
        cut = depend.find_first_of("<>=!~");
    if (cut == std::string::npos)
        return {depend, "*"};
    std::string rest = depend.substr(cut);
    const auto begin = rest.find_first_not_of(" \t");
    rest = begin == std::string::npos ? std::string() : rest.substr(begin);
    return {depend.substr(0, cut), rest.empty() ? "*" : rest};
}

} // namespace

std::vector<LockedPackage> LockFile::packagesFor(const std::string &platform) const
{
    std::vector<LockedPackage> result;
    std::copy_if(packages.begin(), packages.end(), std::back_inserter(result),
                 [&](const LockedPackage &p) { return p.platform == platform; });
    return result;
}

LockedPackage lockedPackage(const spec::PackageRecord &record, const std::string &platform)
{
    LockedPackage p;
    p.name = record.name;
    p.version = record.version;
    p.build = record.build;
    p.platform = platform;
    p.subdir = record.subdir;
    p.fn = record.fn;
    p.url = record.url;
    p.md5 = record.md5;
    p.sha256 = record.sha256;
    for (const auto &depend : record.depends) {
        auto [name, constraint] = splitDependency(depend);
        // Two entries for one name ("python >=3.9", "python <4") become one constraint, as conda reads them.
        auto [it, inserted] = p.dependencies.emplace(name, constraint);
        if (!inserted && constraint != "*")
            it->second = it->second == "*" ? constraint : it->second + ',' + constraint;
    }
    return p;
}

std::vector<LockedPackage> lockedPackages(const std::vector<spec::PackageRecord> &records, const std::string &platform)
{
    std::vector<LockedPackage> result;
    result.reserve(records.size());
    for (const auto &r : records)
        result.push_back(lockedPackage(r, platform));
    return result;
}

std::string contentHash(const std::vector<std::string> &specs, const std::vector<std::string> &channels,
                        const std::string &platform, const std::vector<std::string> &virtualPackages)
{
    // Sorted specs and virtual packages: their order does not change the solve; channel order does.
    std::vector<std::string> sortedSpecs = specs;
    std::sort(sortedSpecs.begin(), sortedSpecs.end());
    std::vector<std::string> sortedVirtual = virtualPackages;
    std::sort(sortedVirtual.begin(), sortedVirtual.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&](std::string_view section, const std::vector<std::string> &items) {
        hash.addData(QByteArrayView(section.data(), qsizetype(section.size())));
        for (const auto &item : items) {
            hash.addData(QByteArrayView(item.data(), qsizetype(item.size())));
            hash.addData(QByteArrayView("\n"));
        }
    };
    add("specs\n", sortedSpecs);
    add("channels\n", channels);
    add("platform\n", {platform});
    add("virtual\n", sortedVirtual);
    return hash.result().toHex().toStdString();
}

bool splitPackageFileName(const std::string &fn, std::string &name, std::string &version, std::string &build)
{
    std::string_view stem(fn);
    const auto ext = std::find_if(std::begin(s_extensions), std::end(s_extensions),
                                  [&](std::string_view e) { return stem.ends_with(e); });
    if (ext == std::end(s_extensions))
        return false;
    stem.remove_suffix(ext->size());
    // Names may contain '-', versions and builds may not: split at the last two dashes.
    const std::size_t buildDash = stem.rfind('-');
    if (buildDash == std::string_view::npos || buildDash == 0)
        return false;
    const std::size_t versionDash = stem.rfind('-', buildDash - 1);
    if (versionDash == std::string_view::npos || versionDash == 0 || versionDash + 1 == buildDash
        || buildDash + 1 == stem.size())
        return false;
    name = std::string(stem.substr(0, versionDash));
    version = std::string(stem.substr(versionDash + 1, buildDash - versionDash - 1));
    build = std::string(stem.substr(buildDash + 1));
    return true;
}

std::optional<PackageFileRef> packageFileOf(const std::string &url)
{
    PackageFileRef ref;
    const std::size_t slash = url.rfind('/');
    const std::size_t nameBegin = slash == std::string::npos ? 0 : slash + 1;
    ref.fn = QUrl::fromPercentEncoding(QByteArray::fromStdString(url.substr(nameBegin))).toStdString();
    if (!splitPackageFileName(ref.fn, ref.name, ref.version, ref.build))
        return std::nullopt;
    if (slash != std::string::npos && slash > 0) {
        const std::size_t before = url.rfind('/', slash - 1);
        const std::size_t begin = before == std::string::npos ? 0 : before + 1;
        ref.subdir = url.substr(begin, slash - begin);
    }
    return ref;
}

LockFormat detectLockFormat(const std::string &text)
{
    std::size_t pos = 0;
    while (pos <= text.size()) {
        const std::size_t nl = text.find('\n', pos);
        std::string_view line(text.data() + pos, (nl == std::string::npos ? text.size() : nl) - pos);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
            line.remove_suffix(1);
        if (line == "@EXPLICIT")
            return LockFormat::Explicit;
        if (nl == std::string::npos)
            break;
        pos = nl + 1;
    }
    return LockFormat::CondaLock;
}

Result<LockFile> readLockFile(const std::string &path)
{
    auto data = util::readFile(QString::fromStdString(path));
    if (!data)
        return data.error();
    const std::string text = data->toStdString();
    return detectLockFormat(text) == LockFormat::Explicit ? parseExplicit(text, path) : parseCondaLock(text, path);
}

std::string formatLockFile(const LockFile &lock, LockFormat format)
{
    return format == LockFormat::Explicit ? writeExplicit(lock) : writeCondaLock(lock);
}

Result<void> writeLockFile(const std::string &path, const LockFile &lock, LockFormat format)
{
    return util::writeFileAtomically(QString::fromStdString(path), QByteArray::fromStdString(formatLockFile(lock, format)));
}

} // namespace core::lock
