// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/jobs/ansibleeventparser.h"
#include "core/jobs/ansiblerunoptions.h"
#include "core/jobs/processjob.h"

#include <memory>

class QTemporaryDir;

namespace core::jobs {

class FileTail;
class JobFactory;

/**
 * Runs `ansible-playbook` as a ProcessJob with deploydeck's callback plugin enabled. Ansible's
 * normal output is the log; the plugin's JSON events (a file named by DEPLOYDECK_EVENTS, followed
 * while the run goes on) build review(): hosts × tasks, diffs, recap. reviewChanged() tells a
 * view to look again.
 *
 * Succeeds when ansible-playbook exits with 0 (failed or unreachable hosts give 2 or 4: Failed).
 * Options are checked when the job starts; bad ones fail it with InvalidArgument in the log.
 */
class AnsibleRunJob final : public ProcessJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnsibleRunJob)
public:
    /** The job kind, "ansible-run". */
    static QString kindName();

    explicit AnsibleRunJob(const AnsibleRunOptions &options, QObject *parent = nullptr);
    ~AnsibleRunJob() override;

    const AnsibleRunOptions &options() const { return m_options; }
    const AnsibleReview &review() const { return m_parser.review(); }
    /** A check run's runFingerprint(), taken as it started; empty before, and for a real run. */
    const QVariantMap &fingerprint() const { return m_fingerprint; }
    /** Event lines that could not be read (a plugin/app mismatch), with their line numbers. */
    const std::vector<util::Error> &eventProblems() const { return m_parser.problems(); }

    /**
     * Where the plugin writes its events. By default a file in a temporary folder that lives as
     * long as the job; set before start to keep the events (next to the job's history, say).
     */
    QString eventsFile() const { return m_eventsFile; }
    void setEventsFile(const QString &path) { m_eventsFile = path; }

    /**
     * The folder holding `callback_plugins/deploydeck_events.py`: `../share/deploydeck/ansible`
     * beside the executable when installed, else the source tree's `resources/ansible`. Empty
     * when neither exists.
     */
    static QString pluginFolder();
    /** deploydeck's gathering play, `gather_installed.yml` in pluginFolder(); empty when missing. */
    static QString gatherPlaybook();
    /**
     * Whether @p options run deploydeck's gathering play (made by gatherRunOptions(): the play's
     * file name and the environments it is given), from this installation or another.
     */
    static bool isGathering(const AnsibleRunOptions &options);

    /** Title for a run: the playbook's file name and the options that matter at a glance. */
    static QString titleFor(const AnsibleRunOptions &options);

    /** Lets @p factory re-create runs from their parameters (re-run from the history). */
    static void registerKind(JobFactory &factory);

Q_SIGNALS:
    /** New events arrived and review() changed. */
    void reviewChanged();

protected:
    [[nodiscard]] util::Result<void> prepareStart() override;
    void processEnded(JobState &state, QVariantMap &summary) override;

private:
    [[nodiscard]] util::Result<void> ensureTemporaryFolder();
    [[nodiscard]] util::Result<void> prepareEventsFile();
    QProcessEnvironment ansibleEnvironment(const QString &pluginFolder) const;

    AnsibleRunOptions m_options;
    QVariantMap m_fingerprint; ///< a check run's runFingerprint() at its start
    AnsibleEventParser m_parser;
    std::unique_ptr<QTemporaryDir> m_temporaryFolder;
    std::unique_ptr<FileTail> m_tail;
    QString m_eventsFile;
};

} // namespace core::jobs
