// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// yum/dnf repositories for checking RPM pins: repomd.xml read with QXmlStreamReader (to find the
// primary metadata), the primary metadata read by libsolv's rpm-md parser into a pool in RPM mode.
#include "core/rpm/rpmrepo.h"

#include "core/util/atomicfile.h"
#include "core/util/secrets.h"

// libsolv names a Solvable member `requires`, a keyword in C++20: it is `requires_` on this side.
#define requires requires_
extern "C" {
#include <solv/evr.h>
#include <solv/pool.h>
#include <solv/poolarch.h>
#include <solv/repo.h>
#include <solv/repo_rpmmd.h>
#include <solv/solv_xfopen.h>
}
#undef requires

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstdio>
#include <memory>

using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace core::rpm {

namespace {

struct PoolDeleter
{
    void operator()(Pool *p) const { pool_free(p); }
};

} // namespace

const char *rpmPinStatusName(RpmPinStatus status)
{
    switch (status) {
    case RpmPinStatus::Available:
        return "available";
    case RpmPinStatus::NoMatch:
        return "no-match";
    case RpmPinStatus::Missing:
        return "missing";
    }
    return "missing";
}

struct RpmRepositories::Private
{
    std::unique_ptr<Pool, PoolDeleter> pool;
    std::size_t count = 0;

    Private()
        : pool(pool_create())
    {
        // RPM version order (epoch:version-release), not conda's: the pool is RPM-only.
        pool_setdisttype(pool.get(), DISTTYPE_RPM);
    }

    int compare(const std::string &a, const std::string &b) const
    {
        return pool_evrcmp_str(pool.get(), a.c_str(), b.c_str(), EVRCMP_COMPARE);
    }
};

RpmRepositories::RpmRepositories()
    : d(std::make_unique<Private>())
{
}
RpmRepositories::~RpmRepositories() = default;
RpmRepositories::RpmRepositories(RpmRepositories &&) noexcept = default;
RpmRepositories &RpmRepositories::operator=(RpmRepositories &&) noexcept = default;

namespace {

QString localPath(const std::string &location)
{
    const QString text = QString::fromStdString(location);
    return text.startsWith(QLatin1String("file://")) ? QUrl(text).toLocalFile() : QFileInfo(text).absoluteFilePath();
}

/** The href of repomd.xml's primary metadata, relative to the repository folder. */
Result<QString> primaryHref(const QByteArray &xml, const QString &file)
{
    QXmlStreamReader reader(xml);
    bool inPrimary = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("data"))
            inPrimary = reader.attributes().value(QLatin1String("type")) == QLatin1String("primary");
        else if (inPrimary && reader.isStartElement() && reader.name() == QLatin1String("location"))
            return reader.attributes().value(QLatin1String("href")).toString();
        else if (reader.isEndElement() && reader.name() == QLatin1String("data"))
            inPrimary = false;
    }
    if (reader.hasError())
        return makeError(ErrorCode::ParseError, reader.errorString().toStdString(),
            file.toStdString() + ':' + std::to_string(reader.lineNumber()) + ':'
                + std::to_string(reader.columnNumber()));
    return makeError(ErrorCode::UnsupportedFormat, "repomd.xml names no primary metadata", file.toStdString());
}

Result<QByteArray> readAll(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return makeError(ErrorCode::FileNotFound, "no such file", path.toStdString());
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable, f.errorString().toStdString(), path.toStdString());
    return f.readAll();
}

/** Where a repository's primary metadata is: read from its repodata/repomd.xml. */
Result<QString> primaryPath(const QString &root)
{
    const QString repomd = root + QStringLiteral("/repodata/repomd.xml");
    auto xml = readAll(repomd);
    if (!xml)
        return xml.error();
    auto href = primaryHref(*xml, repomd);
    if (!href)
        return href.error();
    // A href is relative to the repository and never leaves it.
    if (href->isEmpty() || href->startsWith(QLatin1Char('/')) || href->contains(QLatin1String("..")))
        return makeError(ErrorCode::UnsafePath, "primary metadata outside the repository: " + href->toStdString(),
            repomd.toStdString());
    return QString(root + QLatin1Char('/') + *href);
}

/** GETs @p url in a local event loop (never on the GUI thread). */
Result<QByteArray> download(const QString &url)
{
    QNetworkAccessManager manager;
    QNetworkRequest request { QUrl(url) };
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(60000);
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const std::string where = util::maskSecrets(url.toStdString());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400)
        return makeError(ErrorCode::HttpError, "HTTP " + std::to_string(status), where);
    if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
        return makeError(ErrorCode::Timeout, "no answer in time", where);
    if (reply->error() != QNetworkReply::NoError)
        return makeError(ErrorCode::NetworkError, util::maskSecrets(reply->errorString().toStdString()), where);
    return reply->readAll();
}

} // namespace

Result<std::string> fetchRpmRepository(const std::string &url, const std::string &cacheDir)
{
    QString base = QString::fromStdString(url);
    if (!base.startsWith(QLatin1String("http://")) && !base.startsWith(QLatin1String("https://")))
        return url;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    // One folder per repository URL; the name is a hash, so no token reaches the file system.
    const QString folder = QString::fromStdString(cacheDir) + QLatin1Char('/')
        + QString::fromLatin1(QCryptographicHash::hash(base.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
    auto repomd = download(base + QStringLiteral("/repodata/repomd.xml"));
    if (!repomd)
        return repomd.error();
    auto href = primaryHref(
        *repomd, QString::fromStdString(util::maskSecrets(url)) + QStringLiteral("/repodata/repomd.xml"));
    if (!href)
        return href.error();
    if (href->isEmpty() || href->startsWith(QLatin1Char('/')) || href->contains(QLatin1String("..")))
        return makeError(ErrorCode::UnsafePath, "primary metadata outside the repository: " + href->toStdString(),
            util::maskSecrets(url));
    auto primary = download(base + QLatin1Char('/') + *href);
    if (!primary)
        return primary.error();
    // The primary file first, repomd.xml last: a repomd.xml on disk always names a file that is there.
    if (auto written = util::writeFileAtomically(folder + QLatin1Char('/') + *href, *primary); !written)
        return written.error();
    if (auto written = util::writeFileAtomically(folder + QStringLiteral("/repodata/repomd.xml"), *repomd); !written)
        return written.error();
    return folder.toStdString();
}

Result<std::size_t> RpmRepositories::addRepository(const std::string &name, const std::string &location)
{
    const QString root = localPath(location);
    auto primary = primaryPath(root);
    if (!primary)
        return primary.error();
    const QByteArray file = QFile::encodeName(*primary);
    if (!QFileInfo::exists(*primary))
        return makeError(
            ErrorCode::FileNotFound, "the primary metadata repomd.xml names is missing", file.toStdString());
    FILE *fp = solv_xfopen(file.constData(), "r"); // .gz, .xz, .bz2, .zst or plain
    if (!fp)
        return makeError(ErrorCode::FileUnreadable, "cannot open the primary metadata", file.toStdString());
    Pool *pool = d->pool.get();
    Repo *repo = repo_create(pool, name.c_str());
    const int before = repo->nsolvables;
    const int failed = repo_add_rpmmd(repo, fp, nullptr, 0);
    std::fclose(fp);
    if (failed) {
        const std::string why = pool_errstr(pool);
        repo_free(repo, 1); // nothing half-read stays in the pool
        return makeError(ErrorCode::ParseError, why, file.toStdString());
    }
    const std::size_t added = std::size_t(repo->nsolvables - before);
    d->count += added;
    return added;
}

std::size_t RpmRepositories::packageCount() const
{
    return d->count;
}

std::vector<RpmPackage> RpmRepositories::packages(const std::string &name) const
{
    Pool *pool = d->pool.get();
    std::vector<RpmPackage> out;
    const Id nameId = pool_str2id(pool, name.c_str(), 0);
    if (!nameId)
        return out;
    Id p;
    Solvable *s;
    FOR_POOL_SOLVABLES(p)
    {
        s = pool->solvables + p;
        if (s->name != nameId || !s->repo)
            continue;
        const std::string arch = pool_id2str(pool, s->arch);
        if (arch == "src" || arch == "nosrc")
            continue;
        out.push_back(RpmPackage { name, pool_id2str(pool, s->evr), arch, s->repo->name ? s->repo->name : "" });
    }
    // Newest first; equal versions keep the order the repositories were added in.
    std::stable_sort(out.begin(), out.end(),
        [this](const RpmPackage &a, const RpmPackage &b) { return d->compare(a.evr, b.evr) > 0; });
    return out;
}

RpmPinCheck RpmRepositories::check(const std::string &name, const std::string &pin) const
{
    RpmPinCheck check { name, pin, RpmPinStatus::Missing, {}, {}, {} };
    const std::vector<RpmPackage> all = packages(name);
    if (all.empty())
        return check;
    check.newest = all.front().evr;
    std::string resolved;
    if (pin.empty() || pin == "default" || pin == "latest") {
        resolved = check.newest;
    } else {
        // "1.2.3" matches any release of 1.2.3, "1.2.3-1.el7" that release: libsolv's EVRCMP_MATCH
        // compares only the parts the pin gives.
        const auto match = std::find_if(all.begin(), all.end(), [&](const RpmPackage &p) {
            return pool_evrcmp_str(d->pool.get(), p.evr.c_str(), pin.c_str(), EVRCMP_MATCH) == 0;
        });
        if (match != all.end())
            resolved = match->evr;
    }
    if (resolved.empty()) {
        check.status = RpmPinStatus::NoMatch;
        return check;
    }
    check.status = RpmPinStatus::Available;
    check.resolved = resolved;
    for (const RpmPackage &p : all)
        if (p.evr == resolved
            && std::find(check.repositories.begin(), check.repositories.end(), p.repository)
                == check.repositories.end())
            check.repositories.push_back(p.repository);
    return check;
}

RpmRepositories loadRpmRepositories(
    const std::vector<RpmRepositorySource> &sources, const std::string &cacheDir, std::vector<std::string> &errors)
{
    RpmRepositories repos;
    for (const RpmRepositorySource &source : sources) {
        auto folder = fetchRpmRepository(source.url, cacheDir);
        auto added = folder ? repos.addRepository(source.name, *folder) : util::Result<std::size_t>(folder.error());
        if (!added)
            errors.push_back(source.name + ": " + added.error().message());
    }
    return repos;
}

} // namespace core::rpm
