// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/util/result.h"

#include <QString>
#include <QVariantMap>

#include <vector>

namespace core::sync {

struct SyncPlan;

/** One package file a sync copies: where it comes from and what it must hash to. */
struct SyncItem
{
    QString fn;      ///< a plain file name ("numpy-1.26.4-py311h1_0.conda"); anything else is refused
    QString subdir;  ///< "linux-64", "noarch" ...
    QString url;     ///< http(s):// or file:// download URL; may carry a token (never logged)
    qint64 size = 0; ///< bytes; 0 when unknown
    QString sha256;  ///< lower-case hex; checked when present
    QString md5;     ///< checked when there is no sha256
    /**
     * The source channel's record of the file (compact JSON): a local target publishes it as it is,
     * patches included. Empty: the record is read from the archive, as `deploydeck index` does.
     */
    QByteArray record {};
    /** The target holds the file already; only its record is replaced by `record` (nothing downloaded). */
    bool recordOnly = false;

    /** "subdir/fn", how logs and summaries name the item. */
    QString displayName() const { return subdir + QLatin1Char('/') + fn; }
    bool operator==(const SyncItem &) const = default;
};

enum class SyncTargetKind { LocalChannel, Quetz };

/** Where a sync publishes: a local channel folder or a channel on a Quetz server. */
struct SyncTarget
{
    SyncTargetKind kind = SyncTargetKind::LocalChannel;
    QString localPath;     ///< LocalChannel: the absolute channel folder
    QString quetzServer;   ///< Quetz: "https://host[:port][/prefix]"
    QString quetzChannel;  ///< Quetz: the channel name on that server
    QString display;       ///< the target for logs, secrets masked

    /** The key for Job::exclusiveKey(): one sync per target channel. */
    QString exclusiveKey() const;
    bool operator==(const SyncTarget &) const = default;
};

/**
 * Reads a sync target: a folder (absolute or relative, need not exist yet), a file:// URL, or a
 * Quetz channel URL "http(s)://server[/prefix]/get/<channel>". InvalidArgument for anything else
 * (a plain HTTP channel cannot be written to), naming the masked input.
 */
[[nodiscard]] util::Result<SyncTarget> parseSyncTarget(const QString &text);

/** Whether the download mode of a sync only looks (dry run) or copies. */
enum class SyncMode : bool { Copy, DryRun };

/**
 * Everything a SyncJob needs, and what its history entry keeps to run it again. The API key itself
 * is never part of it: only where to read it (environment variable, 0600 file).
 */
struct SyncOptions
{
    QString source;              ///< the source channel, for titles and logs only
    QString target;              ///< see parseSyncTarget()
    std::vector<SyncItem> items;
    int parallel = 4;            ///< transfers at once, 1 to 16
    int publishBatch = 100;      ///< local target: regenerate the index after this many new files (and at the end)
    int publishIntervalMs = 5000;///< ... or this long after the first unpublished file arrived
    int retries = 1;             ///< a failed transfer is tried this many more times (resuming where it stopped)
    QString apiKeyEnvironment = QStringLiteral("QUETZ_API_KEY");
    QString apiKeyFile;          ///< optional 0600 file with the Quetz API key
    QString stagingDir;          ///< Quetz: where downloads wait for upload; empty: under the cache folder
    SyncMode mode = SyncMode::Copy;

    /** InvalidArgument naming the option for an empty target, bad limits or an unparsable target. */
    [[nodiscard]] util::Result<void> validate() const;

    /**
     * As job parameters (JSON-friendly), and back. Tokens and passwords in URLs are masked on the
     * way in, so the history never holds them; a re-run of such an item fails it with a clear reason.
     */
    QVariantMap toParameters() const;
    [[nodiscard]] static util::Result<SyncOptions> fromParameters(const QVariantMap &parameters);

    bool operator==(const SyncOptions &) const = default;
};

/**
 * Refuses an item before anything is downloaded: a file name or subdir with a path separator,
 * "..", an absolute path or a NUL byte (UnsafePath), a file that is not a .conda or .tar.bz2
 * (UnsupportedFormat). The location is the item's display name.
 */
[[nodiscard]] util::Result<void> checkItemName(const SyncItem &item);

/**
 * The package files @p plan says the target lacks (SyncPlan::missing), then its records to update
 * (SyncPlan::recordUpdates, recordOnly), as sync items.
 */
std::vector<SyncItem> syncItemsFromPlan(const SyncPlan &plan);

/** "1.2 MB", "512 B": sizes in logs and summaries. */
QString formatByteSize(qint64 bytes);

} // namespace core::sync
