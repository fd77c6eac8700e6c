// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/widgets/diskwatch.h"

#include "core/util/atomicfile.h"

#include <QFileInfo>

namespace ui {

DiskWatch::DiskWatch(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &DiskWatch::onFileChanged);
}

DiskWatch::~DiskWatch() = default;

void DiskWatch::track(const QString &path, const QByteArray &bytes)
{
    m_seen[path] = bytes;
    if (!m_watcher.files().contains(path) && QFileInfo::exists(path))
        m_watcher.addPath(path);
}

void DiskWatch::forget(const QString &path)
{
    m_seen.erase(path);
    m_watcher.removePath(path);
}

std::optional<QByteArray> DiskWatch::onDisk(const QString &path)
{
    auto bytes = core::util::readFile(path);
    return bytes ? std::optional<QByteArray>(std::move(*bytes)) : std::nullopt;
}

bool DiskWatch::changedOnDisk(const QString &path) const
{
    const auto it = m_seen.find(path);
    return it != m_seen.end() && onDisk(path) != it->second;
}

void DiskWatch::onFileChanged(const QString &path)
{
    const auto it = m_seen.find(path);
    if (it == m_seen.end())
        return;
    // An atomic writer replaced the file: the watch went with the old inode.
    if (!m_watcher.files().contains(path) && QFileInfo::exists(path))
        m_watcher.addPath(path);
    auto bytes = onDisk(path);
    if (bytes == it->second)
        return; // touched, or our own write
    // Told once per change: what is on disk now counts as seen.
    it->second = bytes;
    Q_EMIT changed(path, bytes);
}

} // namespace ui
