// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// InventoryManager.parse_sources() of Ansible: each source is a file, a folder of files (walked
// in sorted order, skipping what Ansible skips) or a host list; each file is offered to the yaml
// plugin, then the ini plugin. Then reconcile, group_vars/host_vars, and the merge.
#include "core/inventory/parsers.h"
#include "core/inventory/varsfiles.h"
#include "core/inventory/yamldocument.h"
#include "core/util/atomicfile.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace core::inventory {

using util::ErrorCode;

namespace {

/** INVENTORY_IGNORE_EXTS and the names Ansible never reads as inventory inside a folder. */
bool isIgnoredInFolder(const QString &name)
{
    static const char *const exts[] = {".pyc", ".pyo", ".swp", ".bak", "~", ".rpm", ".md", ".txt", ".rst",
                                       ".orig", ".ini", ".cfg", ".retry"};
    if (name.startsWith(QLatin1Char('.')) || name == QLatin1String("host_vars") || name == QLatin1String("group_vars")
        || name == QLatin1String("vars_plugins"))
        return true;
    return std::any_of(std::begin(exts), std::end(exts), [&](const char *e) { return name.endsWith(QLatin1String(e)); });
}

QString extensionOf(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? name.mid(dot) : QString();
}

/** For a file without extension whose YAML failed: does it read like YAML rather than INI? */
bool looksLikeYaml(std::string_view text)
{
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            line.remove_prefix(1);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
            line.remove_suffix(1);
        if (!line.empty() && line.front() != '#' && line.front() != ';')
            return line.front() != '[' && (line == "---" || line.back() == ':' || line.find(": ") != std::string_view::npos);
        pos = end + 1;
    }
    return false;
}

class SourceLoader
{
public:
    explicit SourceLoader(detail::InventoryBuilder &builder) : m_builder(builder) {}

    void loadSource(const QString &source)
    {
        const QFileInfo info(source);
        if (!info.exists()) {
            if (source.contains(QLatin1Char(',')))
                detail::parseHostList(source.toStdString(), m_builder);
            else
                m_builder.error(ErrorCode::FileNotFound, "inventory source not found", source.toStdString());
            return;
        }
        if (info.isDir())
            loadFolder(info.absoluteFilePath());
        else
            loadFile(info.absoluteFilePath());
    }

private:
    void loadFolder(const QString &path)
    {
        QStringList names = QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
        for (const QString &name : names) {
            if (isIgnoredInFolder(name))
                continue;
            const QString full = path + QLatin1Char('/') + name;
            if (QFileInfo(full).isDir())
                loadFolder(full);
            else
                loadFile(full);
        }
    }

    void loadFile(const QString &path)
    {
        const std::string file = path.toStdString();
        auto bytes = util::readFile(path);
        if (!bytes) {
            m_builder.error(bytes.error().code, "cannot read inventory file: " + bytes.error().detail, file);
            return;
        }
        const std::string_view text(bytes->constData(), static_cast<size_t>(bytes->size()));
        if (text.rfind("#!", 0) == 0) {
            m_builder.warn(ErrorCode::UnsupportedFormat, "inventory scripts are not run; skipped", file);
            return;
        }
        const QString ext = extensionOf(path);
        if (ext == QLatin1String(".toml")) {
            m_builder.error(ErrorCode::UnsupportedFormat, "TOML inventories are not supported", file);
            return;
        }
        const bool yamlExt = ext.isEmpty() || ext == QLatin1String(".yml") || ext == QLatin1String(".yaml")
                             || ext == QLatin1String(".json");
        if (!yamlExt) {
            detail::parseIniInventory(text, file, m_builder);
            return;
        }
        loadYamlOrIni(text, file, ext.isEmpty());
    }

    /** The yaml plugin first; if it declines, the ini plugin (on a copy, so a failed try leaves no trace). */
    void loadYamlOrIni(std::string_view text, const std::string &file, bool noExtension)
    {
        if (isVaultFile(text)) {
            m_builder.warn(ErrorCode::UnsupportedFormat, "inventory file is encrypted with ansible-vault; skipped", file);
            return;
        }
        std::vector<Diagnostic> yamlWarnings;
        auto doc = parseYamlDocument(text, file, &yamlWarnings);
        std::string reason;
        if (doc) {
            detail::InventoryBuilder attempt = m_builder;
            if (detail::parseYamlInventory(*doc, file, attempt, reason)) {
                m_builder = std::move(attempt);
                for (Diagnostic &d : yamlWarnings)
                    m_builder.inventory().diagnostics.push_back(std::move(d));
                return;
            }
        }
        detail::InventoryBuilder asIni = m_builder;
        const int iniErrors = detail::parseIniInventory(text, file, asIni);
        // Which failure to report: a .yml/.yaml/.json file, or one that reads like YAML, failed as YAML.
        const bool yamlShaped = doc && (doc->isMap() || doc->isList());
        const bool preferYamlError = !noExtension || looksLikeYaml(text) || yamlShaped;
        if (iniErrors == 0 || !preferYamlError) {
            m_builder = std::move(asIni);
            return;
        }
        if (!doc)
            m_builder.error(doc.error().code, doc.error().detail, doc.error().location);
        else
            m_builder.error(ErrorCode::InvalidValue, reason, file);
    }

    detail::InventoryBuilder &m_builder;
};

} // namespace

util::Result<Inventory> loadInventory(const std::vector<std::string> &sources, const LoadOptions &options)
{
    detail::InventoryBuilder builder;
    SourceLoader loader(builder);
    std::vector<std::string> resolved;
    std::vector<VarsFolder> folders;
    bool anyExists = false;
    for (const std::string &source : sources) {
        const QString s = QString::fromStdString(source);
        const QFileInfo info(s);
        if (info.exists()) {
            anyExists = true;
            resolved.push_back(info.absoluteFilePath().toStdString());
            folders.push_back(VarsFolder{(info.isDir() ? info.absoluteFilePath() : info.absolutePath()).toStdString(), false});
        } else {
            anyExists = anyExists || s.contains(QLatin1Char(','));
            resolved.push_back(source);
        }
        loader.loadSource(s);
    }
    if (!anyExists) {
        return util::makeError(ErrorCode::FileNotFound, "no inventory source exists",
                               sources.empty() ? std::string() : sources.front());
    }
    builder.reconcile();
    Inventory inventory = builder.take();
    inventory.sources = std::move(resolved);
    if (!options.playbookDir.empty())
        folders.push_back(VarsFolder{QFileInfo(QString::fromStdString(options.playbookDir)).absoluteFilePath().toStdString(), true});
    inventory.varsFolders = std::move(folders);
    detail::loadVarsFiles(inventory);
    detail::computeEffectiveVariables(inventory);
    return inventory;
}

util::Result<Inventory> loadInventory(const std::string &source, const LoadOptions &options)
{
    return loadInventory(std::vector<std::string>{source}, options);
}

} // namespace core::inventory
