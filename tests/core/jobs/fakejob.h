// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/jobs/job.h"

namespace tests {

/** A job the test drives by hand: it starts, logs and finishes when told to. */
class FakeJob final : public core::jobs::Job
{
public:
    explicit FakeJob(const QString &kind, const QString &title = QString(), const QVariantMap &parameters = {})
        : Job(kind, title, parameters)
    {
    }

    void log(const QString &text) { appendLog(text); }
    void report(qint64 value, qint64 maximum, qint64 failed = 0) { setProgress({ value, maximum, failed }); }
    void complete(core::jobs::JobState state = core::jobs::JobState::Succeeded, const QVariantMap &summary = {})
    {
        finish(state, summary);
    }

    int startCount = 0;

protected:
    void doStart() override { ++startCount; }
    void doCancel() override { finish(core::jobs::JobState::Cancelled, {{QStringLiteral("how"), QStringLiteral("test")}}); }
};

} // namespace tests
