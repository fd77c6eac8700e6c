// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/jobs/ansiblereview.h"
#include "core/jobs/lineparser.h"
#include "core/util/result.h"

#include <QJsonObject>
#include <QSet>

#include <vector>

namespace core::jobs {

/**
 * Reads the event stream of the deploydeck_events callback plugin (one JSON object per line)
 * into an AnsibleReview, one line at a time, so it can follow a run live.
 *
 * A line that is not a JSON object, or an event with missing or wrongly typed fields, is skipped
 * and reported in problems() with "source:line"; unknown events are ignored (a newer plugin may
 * send more). Never throws; any input is safe.
 */
class AnsibleEventParser final : public LineParser
{
public:
    /** @p sourceName names the stream in problem locations (usually the events file). */
    explicit AnsibleEventParser(const QString &sourceName = QStringLiteral("events"));

    void parseLine(const QString &line) override;

    /**
     * Reads a whole saved event stream (a finished run's events file), e.g. to show the review of
     * a job from the history again. FileNotFound/FileUnreadable name the path.
     */
    [[nodiscard]] static util::Result<AnsibleEventParser> parseFile(const QString &path);

    const AnsibleReview &review() const { return m_review; }
    const std::vector<util::Error> &problems() const { return m_problems; }
    /** Events understood so far. */
    int eventCount() const { return m_eventCount; }
    int lineCount() const { return m_lineNumber; }

private:
    util::Result<void> handleEvent(const QJsonObject &event);
    util::Result<void> playbookStarted(const QJsonObject &event);
    util::Result<void> playStarted(const QJsonObject &event);
    util::Result<void> taskStarted(const QJsonObject &event);
    util::Result<void> hostResult(const QJsonObject &event);
    util::Result<void> recap(const QJsonObject &event);
    util::Error problem(util::ErrorCode code, const std::string &detail) const;
    void noteHost(const QString &host);

    AnsibleReview m_review;
    std::vector<util::Error> m_problems;
    QSet<QString> m_seenHosts;
    QString m_sourceName;
    int m_lineNumber = 0;
    int m_eventCount = 0;
};

} // namespace core::jobs
