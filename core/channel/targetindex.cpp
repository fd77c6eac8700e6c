// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/targetindex.h"

#include "core/channel/zstdcodec.h"
#include "core/util/atomicfile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QUrl>

using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace core::channel {

namespace {

// The repodata of one target subdir as JSON bytes: repodata.json, else repodata.json.zst; empty
// when there is neither (an empty subdir, as conda treats it).
Result<QByteArray> readRepodataBytes(const QString &dir)
{
    const QString plain = dir + QStringLiteral("/repodata.json");
    if (QFile::exists(plain))
        return util::readFile(plain);
    const QString zst = plain + QStringLiteral(".zst");
    if (!QFile::exists(zst))
        return QByteArray();
    auto compressed = util::readFile(zst);
    if (!compressed)
        return compressed.error();
    auto json = zstdDecompress(*compressed);
    if (!json) {
        util::Error error = json.error();
        error.location = zst.toStdString();
        return error;
    }
    return json;
}

Result<void> readSubdir(const QString &dir, const std::string &subdir, TargetIndex &index)
{
    auto bytes = readRepodataBytes(dir);
    if (!bytes)
        return bytes.error();
    std::set<std::string> &files = index.files[subdir];
    if (bytes->isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::ParseError,
                         error.error != QJsonParseError::NoError ? error.errorString().toStdString() + " at offset " + std::to_string(error.offset)
                                                                 : std::string("repodata must be a JSON object"),
                         QString(dir + QStringLiteral("/repodata.json")).toStdString());
    for (const char *key : { "packages", "packages.conda" }) {
        const QJsonObject records = doc.object().value(QLatin1String(key)).toObject();
        for (auto it = records.begin(); it != records.end(); ++it) {
            files.insert(it.key().toStdString());
            index.records[subdir + '/' + it.key().toStdString()]
                = QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact).toStdString();
        }
    }
    return {};
}

} // namespace

bool TargetIndex::contains(const std::string &subdir, const std::string &fn) const
{
    const auto it = files.find(subdir);
    return it != files.end() && it->second.contains(fn);
}

Result<TargetIndex> readTargetIndex(const std::string &channel, const std::vector<std::string> &subdirs)
{
    const QString folder = channel.starts_with("file://") ? QUrl(QString::fromStdString(channel)).toLocalFile()
                                                          : QString::fromStdString(channel);
    if (!QFileInfo(folder).isDir())
        return makeError(ErrorCode::FileNotFound, "the target channel folder does not exist", channel);
    TargetIndex index;
    for (const auto &subdir : subdirs) {
        if (auto read = readSubdir(folder + QLatin1Char('/') + QString::fromStdString(subdir), subdir, index); !read)
            return read.error();
    }
    return index;
}

} // namespace core::channel
