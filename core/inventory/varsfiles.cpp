// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/inventory/varsfiles.h"
#include "core/inventory/yamldocument.h"
#include "core/util/atomicfile.h"

#include <QDir>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <set>

namespace core::inventory::detail {

using util::ErrorCode;

namespace {

const char *const kVarsExtensions[] = {".yml", ".yaml", ".json"};

bool hasVarsExtension(const QString &name)
{
    for (const char *ext : kVarsExtensions)
        if (name.endsWith(QLatin1String(ext)))
            return true;
    return false;
}

/** Python's os.path.splitext(name)[1]: the last dot's suffix, unless the dot leads the name. */
QString extensionOf(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? name.mid(dot) : QString();
}

/** DataLoader._get_dir_vars_files(): sorted, hidden files and backups skipped, sub-folders recursed. */
void collectFolderFiles(const QString &path, QStringList &out)
{
    QStringList names = QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    for (const QString &name : names) {
        if (name.startsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char('~')))
            continue;
        const QString full = path + QLatin1Char('/') + name;
        const QString ext = extensionOf(name);
        const QFileInfo info(full);
        if (info.isDir() && ext.isEmpty())
            collectFolderFiles(full, out);
        else if (info.isFile() && (ext.isEmpty() || hasVarsExtension(ext)))
            out.push_back(full);
    }
}

/** One vars file read and parsed; document is a Map (possibly empty) or Null. */
struct ParsedFile
{
    Value document;
    std::vector<Diagnostic> diagnostics;
};

/** Reads and parses one file. Touches nothing shared, so files can be parsed on several threads. */
ParsedFile parseVarsFile(const QString &path)
{
    ParsedFile out;
    const std::string file = path.toStdString();
    auto fail = [&](ErrorCode code, std::string message, std::string location) {
        out.diagnostics.push_back({Diagnostic::Severity::Error, code, std::move(message), std::move(location)});
        return out;
    };
    auto bytes = util::readFile(path);
    if (!bytes)
        return fail(bytes.error().code, "cannot read variables file: " + bytes.error().detail, file);
    const std::string_view text(bytes->constData(), static_cast<size_t>(bytes->size()));
    if (isVaultFile(text)) {
        out.diagnostics.push_back({Diagnostic::Severity::Warning, ErrorCode::UnsupportedFormat,
                                   "file is encrypted with ansible-vault; its variables are not shown", file});
        return out;
    }
    auto doc = parseYamlDocument(text, file, &out.diagnostics);
    if (!doc)
        return fail(doc.error().code, doc.error().detail, doc.error().location);
    if (!doc->isNull() && !doc->isMap())
        return fail(ErrorCode::InvalidValue, "a variables file must hold a mapping",
                    Source{file, doc->line, doc->column}.toString());
    out.document = std::move(*doc);  // empty files (Null) are ignored, as Ansible does
    return out;
}

class VarsFolderReader
{
public:
    VarsFolderReader(Inventory &inventory, int folderIndex) : m_inventory(inventory), m_folder(folderIndex) {}

    void read(const QString &subdir, bool hosts)
    {
        const QString base = QString::fromStdString(m_inventory.varsFolders[static_cast<size_t>(m_folder)].path);
        const QFileInfo info(QDir(base).filePath(subdir));
        if (!info.exists())
            return;
        if (!info.isDir()) {
            warn(ErrorCode::InvalidValue, subdir.toStdString() + " is not a folder; skipped", info.filePath());
            return;
        }
        m_dir = info.canonicalFilePath();
        // System lists dangling links too, so a file that cannot be read is reported, not skipped.
        const QStringList entries =
            QDir(m_dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
        m_entries = std::set<QString>(entries.begin(), entries.end());
        m_level = hosts ? (playbook() ? VarLevel::PlaybookHostVarsFile : VarLevel::HostVarsFile)
                        : (playbook() ? VarLevel::PlaybookGroupVarsFile : VarLevel::GroupVarsFile);
        if (hosts)
            readEntities(m_inventory.hosts);
        else
            readEntities(m_inventory.groups);
        reportUnknown(hosts);
    }

private:
    bool playbook() const { return m_inventory.varsFolders[static_cast<size_t>(m_folder)].playbook; }

    void warn(ErrorCode code, std::string message, const QString &file)
    {
        m_inventory.diagnostics.push_back({Diagnostic::Severity::Warning, code, std::move(message), file.toStdString()});
    }

    /** find_vars_files(): the first of NAME, NAME.yml, NAME.yaml, NAME.json that exists. */
    QStringList filesFor(const std::string &entity) const
    {
        const QString name = QString::fromStdString(entity);
        if (name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('/')))
            return {};  // Ansible skips chroot-like names; anything with a slash is not a file name here
        QStringList out;
        const QStringList candidates = {name, name + QLatin1String(".yml"), name + QLatin1String(".yaml"),
                                        name + QLatin1String(".json")};
        for (const QString &candidate : candidates) {
            if (!m_entries.count(candidate))
                continue;
            const QString full = m_dir + QLatin1Char('/') + candidate;
            if (QFileInfo(full).isDir())
                collectFolderFiles(full, out);
            else
                out.push_back(full);
            break;
        }
        return out;
    }

    /**
     * Finds every entity's files, parses them all in parallel (YAML parsing is most of the load
     * time of a big inventory), then builds the layers in order, so results and diagnostics come
     * out the same whatever the threads did.
     */
    template<typename Entity>
    void readEntities(std::vector<Entity> &entities)
    {
        std::vector<std::pair<size_t, QStringList>> lookups;
        QStringList all;
        for (size_t i = 0; i < entities.size(); ++i) {
            QStringList files = filesFor(entities[i].name);
            if (files.isEmpty())
                continue;
            all += files;
            lookups.emplace_back(i, std::move(files));
        }
        // A pool of its own: the inventory is often loaded on a thread of the global pool, and a
        // map waiting there for tasks queued behind it on the same (full) pool would never finish.
        QThreadPool pool;
        pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
        std::vector<ParsedFile> parsed = QtConcurrent::blockingMapped<std::vector<ParsedFile>>(&pool, all, &parseVarsFile);
        size_t next = 0;
        for (const auto &[index, files] : lookups) {
            Entity &entity = entities[index];
            VarsLayer layer{m_folder, {}, {}};
            for (const QString &file : files)
                addFile(file.toStdString(), std::move(parsed[next++]), entity.name, layer);
            entity.fileVars.push_back(std::move(layer));
        }
    }

    void addFile(const std::string &file, ParsedFile &&parsed, const std::string &owner, VarsLayer &layer)
    {
        layer.files.push_back(file);
        for (Diagnostic &d : parsed.diagnostics)
            m_inventory.diagnostics.push_back(std::move(d));
        // Within one lookup later files override earlier ones (combine_vars, replace).
        for (MapEntry &e : parsed.document.entries)
            layer.vars[e.key] = Variable{std::move(e.value), Source{file, e.line, e.column}, m_level, owner};
    }

    /** Files whose name matches no group (or host): Ansible ignores them silently; we say so. */
    void reportUnknown(bool hosts)
    {
        for (const QString &entry : m_entries) {
            if (entry.startsWith(QLatin1Char('.')) || entry.endsWith(QLatin1Char('~')))
                continue;
            QString stem = entry;
            for (const char *ext : kVarsExtensions)
                if (entry.endsWith(QLatin1String(ext)))
                    stem = entry.left(entry.size() - qsizetype(std::strlen(ext)));
            const bool known = hosts ? (m_inventory.host(entry.toStdString()) || m_inventory.host(stem.toStdString()))
                                     : (m_inventory.group(entry.toStdString()) || m_inventory.group(stem.toStdString()));
            if (!known)
                warn(ErrorCode::UnknownKey,
                     std::string(hosts ? "host_vars file for unknown host '" : "group_vars file for unknown group '")
                         + stem.toStdString() + "'",
                     m_dir + QLatin1Char('/') + entry);
        }
    }

    Inventory &m_inventory;
    int m_folder;
    QString m_dir;
    std::set<QString> m_entries;
    VarLevel m_level = VarLevel::GroupVarsFile;
};

} // namespace

void loadVarsFiles(Inventory &inventory)
{
    for (size_t i = 0; i < inventory.varsFolders.size(); ++i) {
        VarsFolderReader reader(inventory, static_cast<int>(i));
        reader.read(QStringLiteral("group_vars"), false);
        reader.read(QStringLiteral("host_vars"), true);
    }
}

} // namespace core::inventory::detail
