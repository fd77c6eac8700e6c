// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/jobs/job.h"
#include "core/util/result.h"

#include <QHash>

#include <functional>
#include <memory>

namespace core::jobs {

/**
 * Makes jobs from a kind and its parameters: how a job from the history is run again. Each job
 * class registers its kind (AnsibleRunJob::registerKind(), later SyncJob and RefreshJob).
 */
class JobFactory final
{
public:
    using Creator = std::function<util::Result<std::unique_ptr<Job>>(const QVariantMap &parameters)>;

    void registerKind(const QString &kind, Creator creator);
    bool hasKind(const QString &kind) const { return m_creators.contains(kind); }
    QStringList kinds() const;

    /** A new queued job; UnknownKey for an unregistered kind, the creator's error for bad parameters. */
    [[nodiscard]] util::Result<std::unique_ptr<Job>> create(const QString &kind, const QVariantMap &parameters) const;

    /** Re-run: a new job with the same kind and parameters as @p record. */
    [[nodiscard]] util::Result<std::unique_ptr<Job>> rerun(const JobRecord &record) const
    {
        return create(record.kind, record.parameters);
    }

private:
    QHash<QString, Creator> m_creators;
};

} // namespace core::jobs
