// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace core::util {

/**
 * Calls @p handler(result) on @p context's thread once @p future has a result, unless @p context is
 * destroyed first. Use it instead of QFuture::then(context, ...), which in Qt 6.4 asserts (and in a
 * release build may touch freed memory) when the context dies before the future finishes.
 * The one way ui and core hand a background result back to a thread's objects.
 */
template <typename T, typename Handler> void whenFinished(QObject *context, QFuture<T> future, Handler handler)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, context, [watcher, handler = std::move(handler)]() mutable {
            watcher->deleteLater();
            if (!watcher->isCanceled())
                handler(watcher->result());
        });
    watcher->setFuture(std::move(future));
}

} // namespace core::util
