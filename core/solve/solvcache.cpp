// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/solve/solvcache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>

#include <cstdio>
#include <unistd.h>

namespace core::solve::detail {

namespace {
// Bump when the loader stores anything differently, so old caches are rebuilt.
constexpr const char *s_formatVersion = "deploydeck-solv-2";
constexpr const char *s_stampKey = "deploydeck:stamp";
constexpr const char *s_baseUrlKey = "deploydeck:baseurl";
} // namespace

std::string solvStamp(const QFileInfo &json, const RepodataSource &source, PipAsPythonDependency pip)
{
    return std::string(s_formatVersion) + '|' + std::to_string(json.size()) + '|' +
           std::to_string(json.lastModified().toMSecsSinceEpoch()) + '|' + source.channelUrl + '|' + source.channel +
           '|' + source.subdir + '|' + (pip == PipAsPythonDependency::Yes ? "pip" : "nopip");
}

std::string solvCachePath(const QFileInfo &json, const std::string &cacheDir)
{
    if (cacheDir == "-")
        return {};
    if (cacheDir.empty())
        return QString(json.absoluteFilePath() + QStringLiteral(".solv")).toStdString();
    const QByteArray key = QCryptographicHash::hash(json.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(QString::fromStdString(cacheDir)).filePath(QString::fromLatin1(key) + QStringLiteral(".solv")).toStdString();
}

bool loadSolvCache(Repo *repo, const std::string &path, const std::string &stamp, std::string &baseUrl)
{
    FILE *fp = std::fopen(path.c_str(), "rb");
    if (!fp)
        return false;
    const int failed = repo_add_solv(repo, fp, 0);
    std::fclose(fp);
    if (failed)
        return false;
    const char *stored = repo_lookup_str(repo, SOLVID_META, pool_str2id(repo->pool, s_stampKey, 1));
    if (!stored || stamp != stored)
        return false;
    const char *url = repo_lookup_str(repo, SOLVID_META, pool_str2id(repo->pool, s_baseUrlKey, 1));
    baseUrl = url ? url : "";
    return true;
}

void writeSolvCache(Repo *repo, const std::string &path, const std::string &stamp, const std::string &baseUrl)
{
    Repodata *data = repo_last_repodata(repo);
    repodata_set_str(data, SOLVID_META, pool_str2id(repo->pool, s_stampKey, 1), stamp.c_str());
    if (!baseUrl.empty())
        repodata_set_str(data, SOLVID_META, pool_str2id(repo->pool, s_baseUrlKey, 1), baseUrl.c_str());
    repodata_internalize(data);
    QDir().mkpath(QFileInfo(QString::fromStdString(path)).absolutePath());
    const std::string tmp = path + ".tmp-" + std::to_string(::getpid());
    FILE *fp = std::fopen(tmp.c_str(), "wb");
    if (!fp)
        return;
    const bool ok = repo_write(repo, fp) == 0;
    const bool closed = std::fflush(fp) == 0 && ::fsync(fileno(fp)) == 0;
    std::fclose(fp);
    if (!ok || !closed || std::rename(tmp.c_str(), path.c_str()) != 0)
        std::remove(tmp.c_str());
}

} // namespace core::solve::detail
