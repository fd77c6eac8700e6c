// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace core::solve {
class SolveService;
}

namespace ui {

class WorkspaceContext;

/**
 * A database per platform for planning a spec list on every platform of a workspace. The shared
 * SolveService of the WorkspaceContext holds one platform at a time (the one the other pages solve
 * for); for any other platform a private SolveService is loaded with the workspace's local
 * channels, so that planning never switches the platform under the other pages' feet. A workspace
 * with a sync_source of its own (conda-forge, while the pages solve with the mirror) plans from
 * private databases of that source on every platform; its channels must be local.
 * GUI thread only.
 */
class PlatformDatabases final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlatformDatabases)
public:
    /** Where a platform's database stands. */
    struct Backend
    {
        core::solve::SolveService *service = nullptr;  ///< null when there is none (error or no context)
        int generation = 0;                            ///< service->generation(): a reload changes it
        bool ready = false;                            ///< loaded: tasks may be posted
        QString error;                                 ///< why it cannot load; empty otherwise
    };

    explicit PlatformDatabases(QObject *parent = nullptr);
    ~PlatformDatabases() override;

    /** Follows @p context (may be null) and the local channels of its workspace; drops private databases. */
    void setContext(WorkspaceContext *context);

    /**
     * The database for @p platform: the shared one when the context holds (or loads) that platform,
     * else a private one, whose loading starts on the first call. databaseChanged() tells when a
     * backend that was not ready is ready or failed, or when a ready one is being replaced.
     */
    Backend backend(const QString &platform);

Q_SIGNALS:
    /** The backend of @p platform changed (loading started, loaded, or failed). */
    void databaseChanged(const QString &platform);

private:
    struct Private
    {
        std::unique_ptr<core::solve::SolveService> service;
        bool loaded = false;
        QString error;
    };
    bool hasOwnSource() const; ///< the workspace names a sync_source apart from its channels
    void loadPrivate(const QString &platform, Private &database);
    void dropPrivate();

    QPointer<WorkspaceContext> m_context;
    std::map<QString, std::unique_ptr<Private>> m_private;
};

} // namespace ui
