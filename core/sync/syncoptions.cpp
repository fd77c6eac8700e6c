// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/sync/syncoptions.h"
#include "core/util/qtext.h"

#include "core/channel/channel.h"
#include "core/channel/packagearchive.h"
#include "core/util/secrets.h"
#include "core/sync/syncplan.h"

#include <QDir>
#include <QFileInfo>
#include <QVariantList>

#include <algorithm>

using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace core::sync {

namespace {

QString masked(const QString &text)
{
    return QString::fromStdString(util::maskSecrets(text.toStdString()));
}

using core::util::qs;

QVariantMap itemToMap(const SyncItem &item)
{
    return { { QStringLiteral("fn"), item.fn }, { QStringLiteral("subdir"), item.subdir },
        { QStringLiteral("url"), masked(item.url) }, { QStringLiteral("size"), item.size },
        { QStringLiteral("sha256"), item.sha256 }, { QStringLiteral("md5"), item.md5 },
        { QStringLiteral("record"), QString::fromUtf8(item.record) },
        { QStringLiteral("recordOnly"), item.recordOnly } };
}

Result<SyncItem> itemFromMap(const QVariant &value, int index)
{
    const QVariantMap map = value.toMap();
    SyncItem item;
    item.fn = map.value(QStringLiteral("fn")).toString();
    item.subdir = map.value(QStringLiteral("subdir")).toString();
    item.url = map.value(QStringLiteral("url")).toString();
    item.size = map.value(QStringLiteral("size")).toLongLong();
    item.sha256 = map.value(QStringLiteral("sha256")).toString();
    item.md5 = map.value(QStringLiteral("md5")).toString();
    item.record = map.value(QStringLiteral("record")).toString().toUtf8();
    item.recordOnly = map.value(QStringLiteral("recordOnly")).toBool();
    if (item.fn.isEmpty() || item.url.isEmpty())
        return makeError(ErrorCode::InvalidValue, "a sync item without fn or url", "items[" + std::to_string(index) + "]");
    return item;
}

} // namespace

QString SyncTarget::exclusiveKey() const
{
    if (kind == SyncTargetKind::Quetz)
        return QStringLiteral("sync:quetz:") + quetzServer + QLatin1Char('/') + quetzChannel;
    return QStringLiteral("sync:local:") + localPath;
}

Result<SyncTarget> parseSyncTarget(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidArgument, "no sync target given", "target");
    SyncTarget target;
    if (!trimmed.contains(QLatin1String("://"))) {
        target.localPath = QDir::cleanPath(QFileInfo(trimmed).absoluteFilePath());
        target.display = target.localPath;
        return target;
    }
    auto resolved = channel::resolveChannel(trimmed.toStdString(), channel::ChannelConfig{});
    if (!resolved)
        return resolved.error();
    const channel::Channel &c = resolved->front();
    if (c.kind() == channel::ChannelKind::File) {
        target.localPath = qs(c.localPath());
        target.display = target.localPath;
        return target;
    }
    if (c.kind() != channel::ChannelKind::Quetz || c.quetzChannel().empty() || !c.platformFilter().empty())
        return makeError(ErrorCode::InvalidArgument,
                         "a sync target is a local channel folder or a Quetz channel URL (https://server/get/CHANNEL)",
                         util::maskSecrets(trimmed.toStdString()));
    target.kind = SyncTargetKind::Quetz;
    target.quetzServer = qs(c.quetzServer());
    target.quetzChannel = qs(c.quetzChannel());
    target.display = qs(c.url());  // masked: url() without WithToken::Yes
    return target;
}

Result<void> SyncOptions::validate() const
{
    if (parallel < 1 || parallel > 16)
        return makeError(ErrorCode::InvalidArgument, "must be between 1 and 16", "parallel");
    if (publishBatch < 1)
        return makeError(ErrorCode::InvalidArgument, "must be at least 1", "publishBatch");
    if (retries < 0 || retries > 10)
        return makeError(ErrorCode::InvalidArgument, "must be between 0 and 10", "retries");
    if (auto parsed = parseSyncTarget(target); !parsed)
        return parsed.error();
    return {};
}

QVariantMap SyncOptions::toParameters() const
{
    QVariantList list;
    list.reserve(qsizetype(items.size()));
    for (const SyncItem &item : items)
        list.append(itemToMap(item));
    return {{QStringLiteral("source"), masked(source)},
            {QStringLiteral("target"), masked(target)},
            {QStringLiteral("items"), list},
            {QStringLiteral("parallel"), parallel},
            {QStringLiteral("publishBatch"), publishBatch},
            {QStringLiteral("publishIntervalMs"), publishIntervalMs},
            {QStringLiteral("retries"), retries},
            {QStringLiteral("apiKeyEnvironment"), apiKeyEnvironment},
            {QStringLiteral("apiKeyFile"), apiKeyFile},
            {QStringLiteral("stagingDir"), stagingDir},
            {QStringLiteral("dryRun"), mode == SyncMode::DryRun}};
}

Result<SyncOptions> SyncOptions::fromParameters(const QVariantMap &parameters)
{
    SyncOptions options;
    options.source = parameters.value(QStringLiteral("source")).toString();
    options.target = parameters.value(QStringLiteral("target")).toString();
    const QVariantList list = parameters.value(QStringLiteral("items")).toList();
    for (int i = 0; i < list.size(); ++i) {
        auto item = itemFromMap(list.at(i), i);
        if (!item)
            return item.error();
        options.items.push_back(std::move(*item));
    }
    // Absent numbers keep their defaults (a history written by an older version).
    const auto number = [&](const char *key, int fallback) {
        const QVariant value = parameters.value(QLatin1String(key));
        return value.isValid() ? value.toInt() : fallback;
    };
    options.parallel = number("parallel", options.parallel);
    options.publishBatch = number("publishBatch", options.publishBatch);
    options.publishIntervalMs = number("publishIntervalMs", options.publishIntervalMs);
    options.retries = number("retries", options.retries);
    options.apiKeyEnvironment = parameters.value(QStringLiteral("apiKeyEnvironment"), options.apiKeyEnvironment).toString();
    options.apiKeyFile = parameters.value(QStringLiteral("apiKeyFile")).toString();
    options.stagingDir = parameters.value(QStringLiteral("stagingDir")).toString();
    options.mode = parameters.value(QStringLiteral("dryRun")).toBool() ? SyncMode::DryRun : SyncMode::Copy;
    if (auto valid = options.validate(); !valid)
        return valid.error();
    return options;
}

Result<void> checkItemName(const SyncItem &item)
{
    const std::string where = item.displayName().toStdString();
    if (!util::isSafeFileName(item.fn.toStdString()))
        return makeError(ErrorCode::UnsafePath, "refused: the file name is not a plain file name", where);
    if (!util::isSafeFileName(item.subdir.toStdString()))
        return makeError(ErrorCode::UnsafePath, "refused: the subdir is not a plain folder name", where);
    if (!channel::packageFormatOf(item.fn.toStdString()))
        return makeError(ErrorCode::UnsupportedFormat, "refused: not a .conda or .tar.bz2 package", where);
    return {};
}

std::vector<SyncItem> syncItemsFromPlan(const SyncPlan &plan)
{
    std::vector<SyncItem> items;
    items.reserve(plan.missing.size() + plan.recordUpdates.size());
    const auto add = [&](const solve::PlanPackage &package, bool recordOnly) {
        const spec::PackageRecord &r = package.record;
        items.push_back(SyncItem { qs(r.fn), qs(r.subdir), qs(r.url), qint64(r.size), qs(r.sha256), qs(r.md5),
            QByteArray::fromStdString(package.sourceRecord), recordOnly });
    };
    for (const solve::PlanPackage &package : plan.missing)
        add(package, false);
    for (const solve::PlanPackage &package : plan.recordUpdates)
        add(package, true);
    return items;
}

QString formatByteSize(qint64 bytes)
{
    // The one size format (decimal units) of the whole app, in the job log's C locale.
    return util::sizeText(std::uint64_t(std::max<qint64>(bytes, 0)), QLocale::c());
}

} // namespace core::sync
