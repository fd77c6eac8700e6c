// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// Internal to the sync job: blocking file work on a worker thread, and letting go of a network reply.

#include "core/util/whenfinished.h"

#include <QNetworkReply>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace core::sync::detail {

/**
 * Runs @p work through QtConcurrent on @p pool (QThreadPool::globalInstance() when null) and calls @p done with its result on @p context's thread.
 * The watcher is a child of @p context: when the context is destroyed first, @p done is never
 * called (the work itself runs to its end; it must own, by value, everything it touches).
 * The result type must be default-constructible.
 */
template<typename Work, typename Done>
void runInWorker(QObject *context, QThreadPool *pool, Work work, Done done)
{
    util::whenFinished(
        context, QtConcurrent::run(pool ? pool : QThreadPool::globalInstance(), std::move(work)), std::move(done));
}

/**
 * Stops @p reply and lets it go: disconnected from @p receiver first, so no signal of it arrives any
 * more; aborted from the event loop, because aborting inside the reply's own signal (readyRead)
 * upsets QNetworkReply's bookkeeping; deleted later. Null is ignored.
 */
inline void abandonReply(QNetworkReply *reply, QObject *receiver)
{
    if (!reply)
        return;
    reply->disconnect(receiver);
    QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
    reply->deleteLater();
}

} // namespace core::sync::detail
