// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/channelindexer.h"

#include "core/channel/shards.h"

#include "core/channel/filechecksums.h"
#include "core/channel/indexstate.h"
#include "core/channel/packagearchive.h"
#include "core/util/secrets.h"
#include "core/channel/zstdcodec.h"
#include "core/util/atomicfile.h"
#include "core/util/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cerrno>
#include <cstdio>


using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace core::channel {

namespace {

const QLatin1String s_stateFile(".deploydeck-index.json");

/** The file's md5 and sha256: from @p known when it matches the size, else hashed. */
Result<std::pair<QByteArray, QByteArray>> checksumsFor(const QString &path, qint64 size, const FileChecksums *known)
{
    if (known && known->size == size && !known->md5.isEmpty() && !known->sha256.isEmpty())
        return std::make_pair(known->md5, known->sha256);
    auto sums = fileChecksums(path);
    if (!sums)
        return sums.error();
    return std::make_pair(sums->md5, sums->sha256);
}

/** A fresh record from the archive: its index.json plus checksums and size. */
Result<QJsonObject> recordFromArchive(const QString &path, qint64 size, const QString &subdir,
                                      const FileChecksums *known)
{
    const std::string where = path.toStdString();
    auto indexJson = readPackageIndexJson(path);
    if (!indexJson)
        return indexJson.error();
    QJsonParseError parseError{};
    QJsonObject record = QJsonDocument::fromJson(*indexJson, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || record.isEmpty())
        return makeError(ErrorCode::InvalidRecord, "info/index.json is not a JSON object", where);
    for (const char *key : {"name", "version", "build"}) {
        if (!record.value(QLatin1String(key)).isString())
            return makeError(ErrorCode::InvalidRecord, std::string("info/index.json has no '") + key + "'", where);
    }
    const QString recordSubdir = record.value(QLatin1String("subdir")).toString(subdir);
    if (recordSubdir != subdir) {
        return makeError(ErrorCode::InvalidRecord, "info/index.json says subdir '" + recordSubdir.toStdString()
                                                       + "' but the file is in '" + subdir.toStdString() + "'", where);
    }
    auto hashes = checksumsFor(path, size, known);
    if (!hashes)
        return hashes.error();
    record[QLatin1String("subdir")] = subdir;
    record[QLatin1String("md5")] = QString::fromLatin1(hashes->first);
    record[QLatin1String("sha256")] = QString::fromLatin1(hashes->second);
    record[QLatin1String("size")] = size;
    return record;
}

/** Indexes one subdir folder into outDir. */
class SubdirIndexer
{
public:
    SubdirIndexer(const IndexOptions &options, QString subdir) : m_options(options), m_subdir(std::move(subdir))
    {
        m_inDir = QString::fromStdString(options.channelDir) + u'/' + m_subdir;
        const std::string out = options.outputDir.empty() ? options.channelDir : options.outputDir;
        m_outDir = QString::fromStdString(out) + u'/' + m_subdir;
        m_report.subdir = m_subdir.toStdString();
    }

    Result<SubdirIndexReport> run()
    {
        m_previous.load(m_outDir + QLatin1String("/repodata.json"), m_outDir + u'/' + s_stateFile);
        for (const PackageFile &file : listPackageFiles(m_inDir)) {
            if (m_options.cancel && m_options.cancel->load())
                return makeError(ErrorCode::Cancelled, "indexing cancelled", m_inDir.toStdString());
            addPackage(file);
        }
        if (auto written = write(); !written)
            return written.error();
        return m_report;
    }

private:
    void addPackage(const PackageFile &file)
    {
        const QString path = m_inDir + u'/' + QFile::decodeName(file.name.c_str());
        if (!util::isSafeFileName(file.name)) {
            m_report.skipped.push_back(makeError(ErrorCode::UnsafePath, "unsafe file name", path.toStdString()));
            return;
        }
        if (const auto source = m_options.sourceRecords.find(m_subdir.toStdString() + '/' + file.name);
            source != m_options.sourceRecords.end()) {
            store(file, QByteArray::fromStdString(source->second));
            return;
        }
        if (const std::string_view previous = m_previous.reusable(file.name, file.stamp); !previous.empty()) {
            // No copy: the text stays in m_previous's buffer until the new repodata.json is written.
            store(file, QByteArray::fromRawData(previous.data(), qsizetype(previous.size())));
            ++m_report.reused;
            return;
        }
        const auto known = m_options.knownChecksums.find(m_subdir.toStdString() + '/' + file.name);
        const FileChecksums *sums = known == m_options.knownChecksums.end() ? nullptr : &known->second;
        if (keepVerified(file, path, sums))
            return;
        auto record = recordFromArchive(path, file.stamp.size, m_subdir, sums);
        if (!record) {
            qCWarning(lcChannel).noquote() << "index: skipping" << QString::fromStdString(record.error().message());
            m_report.skipped.push_back(record.error());
            return;
        }
        store(file, QJsonDocument(*record).toJson(QJsonDocument::Compact));
        ++m_report.read;
    }

    /**
     * Keeps the previous record of @p file when the file is the one it describes (same size and
     * sha256) though its stamp changed or was never noted: a copied or cloned channel, or a mirror
     * whose records came from its source. Re-reading the archive would drop what the record holds
     * beyond the archive's index.json (a source's repodata patches).
     */
    bool keepVerified(const PackageFile &file, const QString &path, const FileChecksums *known)
    {
        const std::string_view previous = m_previous.record(file.name);
        if (previous.empty())
            return false;
        const QByteArray text = QByteArray::fromRawData(previous.data(), qsizetype(previous.size()));
        const QJsonObject record = QJsonDocument::fromJson(text).object();
        const QString sha256 = record.value(QLatin1String("sha256")).toString();
        if (sha256.isEmpty() || record.value(QLatin1String("size")).toInteger(-1) != file.stamp.size)
            return false;
        auto hashes = checksumsFor(path, file.stamp.size, known);
        if (!hashes || QString::fromLatin1(hashes->second) != sha256.toLower())
            return false;
        store(file, text);
        ++m_report.reused;
        return true;
    }

    /** Files arrive sorted by name, so appending keeps each table sorted. */
    void store(const PackageFile &file, const QByteArray &record)
    {
        const bool conda = packageFormatOf(file.name) == PackageFormat::Conda;
        (conda ? m_conda : m_tarBz2).emplace_back(file.name, record);
        m_stamps.emplace_back(file.name, file.stamp);
        ++m_report.packages;
    }

    /** A records table, one record per line so that diffs stay readable. */
    static QByteArray table(const std::vector<std::pair<std::string, QByteArray>> &records)
    {
        QByteArray out = "{";
        for (std::size_t i = 0; i < records.size(); ++i)
            out += (i == 0 ? "\n  " : ",\n  ") + jsonString(records[i].first) + ": " + records[i].second;
        return out + (records.empty() ? "}" : "\n }");
    }

    QByteArray repodataJson() const
    {
        return "{\n \"info\": {\"subdir\": " + jsonString(m_subdir.toStdString()) + "},\n \"packages\": "
            + table(m_tarBz2) + ",\n \"packages.conda\": " + table(m_conda)
            + ",\n \"removed\": [],\n \"repodata_version\": 1\n}\n";
    }

    Result<void> write()
    {
        const QByteArray json = repodataJson();
        const QByteArray sidecar = sidecarJson(m_stamps);
        const QString path = m_outDir + QLatin1String("/repodata.json");
        m_report.repodataPath = path.toStdString();
        // Nothing changed (same records, same files, the .zst as asked): leave the files alone.
        const bool zstAsAsked = QFileInfo::exists(path + QLatin1String(".zst")) == (m_options.writeZst == WriteZst::Yes);
        const QString shardIndex = m_outDir + u'/' + QLatin1String(s_shardIndexFile);
        const bool shardsAsAsked = QFileInfo::exists(shardIndex) == (m_options.writeShards == WriteShards::Yes);
        if (json == m_previous.repodata() && sidecar == m_previous.sidecar() && zstAsAsked && shardsAsAsked)
            return {};
        // The .zst first: a reader that prefers it must never see one older than repodata.json.
        if (auto zst = writeZst(path + QLatin1String(".zst"), json); !zst)
            return zst;
        if (auto written = util::writeFileAtomically(path, json); !written)
            return written;
        // Shards last: a client that reads them sees the same records (a kill before this leaves the
        // previous shards, which the next index run replaces; readers fall back to the flat file
        // for a name missing from them only through a newer index).
        if (m_options.writeShards == WriteShards::Yes) {
            if (auto shards = writeShardedRepodata(m_outDir, json, m_subdir.toStdString()); !shards)
                return shards.error();
        } else {
            QFile::remove(shardIndex); // stale shards would hide the new records from clients
        }
        return writeSidecar(sidecar);
    }

    /**
     * Atomically (temporary file + rename) but without fsync: a sidecar lost in a crash only makes
     * the next run read every archive again, and a stale one is harmless (a file whose stamp it
     * still matches did not change), so the sidecar need not cost a third disk flush.
     */
    Result<void> writeSidecar(const QByteArray &sidecar) const
    {
        const QString path = m_outDir + u'/' + s_stateFile;
        const QString temporary = path + QLatin1String(".tmp");
        QFile file(temporary);
        errno = 0;
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered) || file.write(sidecar) != sidecar.size()) {
            const std::string reason = util::writeErrorText(file, errno);
            file.close();
            QFile::remove(temporary);  // no half-written file left behind
            return makeError(ErrorCode::FileWriteFailed, reason, temporary.toStdString());
        }
        file.close();
        if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0)
            return makeError(ErrorCode::FileWriteFailed, "cannot rename the index state into place", path.toStdString());
        return {};
    }

    Result<void> writeZst(const QString &path, const QByteArray &json) const
    {
        if (m_options.writeZst == WriteZst::No) {
            QFile::remove(path);  // a stale .zst would hide the new repodata.json from clients
            return {};
        }
        auto compressed = zstdCompress(json, 3);  // zstd's default level: fast, and the size differs little
        if (!compressed)
            return compressed.error();
        return util::writeFileAtomically(path, *compressed);
    }

    const IndexOptions &m_options;
    QString m_subdir;
    QString m_inDir;
    QString m_outDir;
    PreviousIndex m_previous;
    std::vector<std::pair<std::string, QByteArray>> m_tarBz2;  // file name, record text
    std::vector<std::pair<std::string, QByteArray>> m_conda;
    std::vector<std::pair<std::string, FileStamp>> m_stamps;
    SubdirIndexReport m_report;
};

/** Subdir folders of the channel ("noarch", "linux-64", "win-32", ...), noarch always included. */
QStringList subdirsToIndex(const IndexOptions &options)
{
    QStringList subdirs;
    for (const auto &s : options.subdirs)
        subdirs.append(QString::fromStdString(s));
    if (subdirs.isEmpty()) {
        static const QRegularExpression s_subdirName(QStringLiteral("^(noarch|[a-z]+-[a-z0-9_]+)$"));
        const QDir channel(QString::fromStdString(options.channelDir));
        for (const QString &name : channel.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            if (s_subdirName.match(name).hasMatch())
                subdirs.append(name);
        }
        if (!subdirs.contains(QLatin1String("noarch")))
            subdirs.append(QStringLiteral("noarch"));  // conda expects every channel to have noarch
    }
    return subdirs;
}

} // namespace

Result<IndexReport> indexChannel(const IndexOptions &options)
{
    if (!QFileInfo(QString::fromStdString(options.channelDir)).isDir())
        return makeError(ErrorCode::FileNotFound, "no such channel folder", options.channelDir);
    IndexReport report;
    for (const QString &subdir : subdirsToIndex(options)) {
        if (!util::isSafeFileName(subdir.toStdString()))
            return makeError(ErrorCode::UnsafePath, "not a subdir name", subdir.toStdString());
        auto done = SubdirIndexer(options, subdir).run();
        if (!done)
            return done.error();
        report.subdirs.push_back(std::move(*done));
    }
    return report;
}

} // namespace core::channel
