// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QObject>
#include <QString>

#include <map>
#include <optional>

namespace ui {

/**
 * What an editor last saw of each open file on disk (the bytes it read or wrote), so that a change
 * made behind its back (a `git pull`, another editor) is noticed: by a file watcher as it happens,
 * and by changedOnDisk() right before a write. A file replaced by rename, as atomic writers do, is
 * watched again under its name. GUI thread only.
 */
class DiskWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiskWatch)
public:
    explicit DiskWatch(QObject *parent = nullptr);
    ~DiskWatch() override;

    /** @p bytes are what @p path holds now, as read or just written; watches it. */
    void track(const QString &path, const QByteArray &bytes);
    /** Stops watching @p path (deleted, renamed, or its document dropped). */
    void forget(const QString &path);
    /** What @p path holds now, or nothing when it cannot be read (deleted). */
    static std::optional<QByteArray> onDisk(const QString &path);
    /** Whether @p path now differs from what was last tracked (a deleted file differs). False when untracked. */
    bool changedOnDisk(const QString &path) const;

Q_SIGNALS:
    /** @p path differs on disk from what was tracked: @p bytes is what it holds now (nothing: deleted). */
    void changed(const QString &path, const std::optional<QByteArray> &bytes);

private:
    void onFileChanged(const QString &path);

    QFileSystemWatcher m_watcher;
    std::map<QString, std::optional<QByteArray>> m_seen; ///< nothing: seen deleted
};

} // namespace ui
