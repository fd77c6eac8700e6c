// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// The demo channel as a sharded channel (CEP 16) for the GUI tests: copied, with shards written by
// the independent Python tool (make_shards.py), to be served by Python's http.server; and a count
// of the shards a repodata cache holds, to tell what a page fetched.

#include "core/channel/repodatafetcher.h"
#include "core/util/atomicfile.h"
#include "tests/support/pythonhttpserver.h"

#include <QDebug>
#include <QDirIterator>
#include <QString>
#include <QTemporaryDir>

namespace testsupport {

/** The demo channel copied into @p dir as "mini-conda-forge", with shards; its folder, or "" on failure. */
inline QString shardedDemoChannel(const QString &dir)
{
    const QString channel = dir + QStringLiteral("/mini-conda-forge");
    if (!core::util::copyTree(
            QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo/channels/mini-conda-forge"), channel))
        return {};
    QString errors;
    if (runSupportScript(QStringLiteral("make_shards.py"), { channel }, &errors).isNull()) {
        qWarning().noquote() << errors;
        return {};
    }
    return channel;
}

/** Shards in a repodata cache folder (files named by their sha256). */
inline int cachedShards(const QString &cacheDir)
{
    int count = 0;
    for (QDirIterator it(cacheDir, { QStringLiteral("*.msgpack.zst") }, QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();)
        count += it.next().section(u'/', -1).size() == 64 + 12 ? 1 : 0;
    return count;
}

/**
 * The sharded demo channel served by Python's http.server at "<url>/mini-conda-forge", and fetch
 * options with a repodata cache of their own.
 */
struct ShardedDemoServer
{
    QTemporaryDir served;
    QTemporaryDir cache;
    PythonHttpServer server { served.path() };
    core::channel::FetchOptions options;

    bool start()
    {
        if (!served.isValid() || !cache.isValid() || shardedDemoChannel(served.path()).isEmpty() || !server.start())
            return false;
        options.cacheDir = cache.path();
        options.maxRetries = 0;
        options.proxy = core::channel::UseSystemProxy::No;
        return true;
    }

    /** The demo's deploydeck.yml text with its channel `mini-conda-forge` served here instead of read from ./channels.
     */
    QByteArray servedDemoWorkspace(QByteArray text) const
    {
        text.replace("  - ./channels/mini-conda-forge\n", "  - mini-conda-forge\n");
        text.replace("sync_source: ./channels/conda-forge\n", ""); // spec lists plan from the served channel too
        text.replace(
            "  mini-conda-forge: ./channels\n", QByteArray("  mini-conda-forge: " + server.url().toUtf8() + "\n"));
        return text;
    }
};

} // namespace testsupport
